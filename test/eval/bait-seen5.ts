/**
 * Look-alikes only seen5 (the holdout rebuilt 2026-12-04 ~17:50) has (bait.ts takes them in for
 * that split):
 * its own reference formats, and the digits of travel, health, insurance, property, freight, banking
 * and event paperwork that CRM text carries beside phone numbers (booking references, flights,
 * seats and rooms, policies and claims, account and routing numbers, tax IDs of many countries,
 * GS1 barcodes, timestamps, ranges, scores, measurements, patient and ticket numbers, listing
 * references); and how its records name their countries and write their addresses.
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const alnum = (r: Rng, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[r.int(0, 31)]).join('');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const JA_WD = ['月', '火', '水', '木', '金', '土', '日'];

/** seen5's own reference formats (no other split writes its references these ways). */
export const SEEN5_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Sales order|SO/${r.int(2024, 2027)}/${d(r, 5)}`, `Auftrag|A-${d(r, 3)}/${d(r, 5)}`, `Order confirmation|OC/${nz(r, 6)}/${d(r, 2)}`, `ご注文番号|${nz(r, 3)}-${d(r, 7)}-${d(r, 7)}`,
    `Ref. pedido|PD·${d(r, 8)}`, `Web order|WEB-${nz(r, 9)}`]),
  'case-id': (r) => r.pick([`Support ticket|ST·${nz(r, 6)}`, `Incident ID|IR:${d(r, 7)}`, `受付No.|${upper(r, 1)}${d(r, 3)}-${d(r, 5)}`, `Ticket-Nr.|T${r.int(24, 27)}/${d(r, 6)}`, `Caso nº|${nz(r, 2)}/${d(r, 6)}`]),
  invoice: (r) => r.pick([`Bill no.|BL/${nz(r, 8)}`, `Facture|F${r.int(2024, 2027)}-${pad(r.int(1, 12))}-${d(r, 4)}`, `ご請求番号|${nz(r, 2)}#${d(r, 6)}`, `Fattura n.|${nz(r, 4)}/${r.int(2024, 2027)}`, `Inv#|${nz(r, 6)}`]),
  'customer-id': (r) => r.pick([`Client ID|CL_${nz(r, 7)}`, `お客様コード|${upper(r, 1)}-${d(r, 6)}`, `Kunden-ID|K.${nz(r, 6)}`, `Member ID|MBR·${d(r, 9)}`, `Loyalty no.|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`]),
  serial: (r) => r.pick([`S/N.|${alnum(r, 12)}`, `シリアルNo.|${upper(r, 2)}-${d(r, 10)}`, `Seriennummer|${d(r, 4)}-${upper(r, 2)}-${d(r, 6)}`, `Device ID|${alnum(r, 4)}-${alnum(r, 4)}-${alnum(r, 4)}`]),
};

/** Kinds of bait only seen5 has. */
export const SEEN5_KINDS: Record<string, Gen> = {
  'booking-ref': (r) => r.pick([`Booking reference|${alnum(r, 6)}`, `Confirmation #|${nz(r, 8)}`, `Confirmation number:|${nz(r, 4)}.${d(r, 3)}.${d(r, 3)}`, `予約番号|${nz(r, 10)}`, `Itinerary|${nz(r, 13)}`,
    `Reservation no.|${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`, `PNR|${alnum(r, 6)}`, `Buchungsnummer|${nz(r, 9)}`]),
  flight: (r) => r.pick([`${r.pick(['NH', 'JL', 'LH', 'BA', 'UA', 'AF', 'SQ', 'EK', 'QF', 'KE'])}${r.int(1, 9999)}`, `${r.pick(['NH', 'JL', 'LH', 'BA', 'DL'])} ${pad(r.int(1, 999), 3)}`, `Flight ${r.pick(['NH', 'JL', 'LH'])}${r.int(100, 999)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}→${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`,
    `便名 ${r.pick(['NH', 'JL'])}${r.int(1, 999)}`, `e-ticket|${r.pick(['205', '131', '220', '125'])}-${nz(r, 10)}`, `e-ticket|${r.pick(['205', '131', '220'])}${nz(r, 10)}`]),
  'seat-room': (r) => r.pick([`Seat ${r.int(1, 60)}${r.pick(['A', 'C', 'D', 'K'])}`, `Gate ${r.pick(['', 'B', 'C', 'E'])}${r.int(1, 140)}`, `Room ${r.int(2, 38)}${pad(r.int(1, 40))}`, `${r.int(2, 30)}階 ${r.int(2, 30)}${pad(r.int(1, 40))}号室`,
    `Row ${r.int(1, 40)}, Seat ${r.int(1, 60)}`, `Zimmer ${r.int(100, 999)}`, `Platform ${r.int(1, 20)}`, `Terminal ${r.int(1, 5)}, Gate ${r.int(10, 99)}`]),
  'policy-claim': (r) => r.pick([`Policy number|${upper(r, 3)}-${nz(r, 7)}-${d(r, 2)}`, `Claim no.|CLM-${r.int(2024, 2027)}-${d(r, 6)}`, `証券番号|${nz(r, 2)}-${d(r, 6)}-${d(r, 3)}`, `事故受付番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 2)}`,
    `Policennummer|${nz(r, 3)}.${d(r, 3)}.${d(r, 3)}`, `Group no.|${nz(r, 6)}`, `Policy|${nz(r, 3)} ${d(r, 3)} ${d(r, 4)}`]),
  'bank-acct': (r) => r.pick([`Account|${nz(r, 10)} / Routing ${r.pick(['021', '026', '111', '122'])}${d(r, 6)}`, `ABA routing|${r.pick(['0', '1', '2'])}${d(r, 8)}`, `BSB|${d(r, 3)}-${d(r, 3)} Acc ${nz(r, 8)}`,
    `Kontonummer|${nz(r, 10)} BLZ ${nz(r, 3)} ${d(r, 3)} ${d(r, 2)}`, `Sort code|${d(r, 2)} ${d(r, 2)} ${d(r, 2)}, acc. ${nz(r, 8)}`, `支店番号|${nz(r, 3)} 口座番号 ${nz(r, 7)}`, `CLABE|${nz(r, 18)}`, `Transit|${nz(r, 5)}-${d(r, 3)} acct ${nz(r, 7)}`]),
  'tax-world': (r) => r.pick([`GSTIN|${pad(r.int(1, 37))}${upper(r, 5)}${d(r, 4)}${upper(r, 1)}1Z${d(r, 1)}`, `CNPJ|${d(r, 2)}.${d(r, 3)}.${d(r, 3)}/0001-${d(r, 2)}`, `RFC|${upper(r, 4)}${d(r, 6)}${alnum(r, 3)}`,
    `Steuernummer|${d(r, 2)}/${d(r, 3)}/${d(r, 5)}`, `NIF|${upper(r, 1)}${d(r, 8)}`, `TIN|${d(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `UID|CHE-${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`, `TRN|${nz(r, 15)}`, `KVK|${nz(r, 8)}`, `REGON|${nz(r, 9)}`]),
  gs1: (r) => r.pick([`(01)${d(r, 14)}(17)${r.int(24, 30)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}(10)${upper(r, 2)}${d(r, 4)}`, `(00) ${d(r, 1)} ${d(r, 7)} ${d(r, 9)} ${d(r, 1)}`, `ITF-14|${d(r, 1)} ${d(r, 2)} ${d(r, 5)} ${d(r, 5)} ${d(r, 1)}`,
    `GTIN-13|${nz(r, 1)} ${d(r, 6)} ${d(r, 6)}`, `UPC-A|${d(r, 1)} ${d(r, 5)} ${d(r, 5)} ${d(r, 1)}`]),
  'ts-world': (r) => {
    const y = r.int(2024, 2027); const m = r.int(1, 12); const day = r.int(1, 28); const h = r.int(0, 23); const mi = r.int(0, 59); const s = r.int(0, 59);
    return r.pick([`${y}-${pad(m)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)}.${d(r, 6)}`, `${pad(day)}-${MON[m - 1]}-${y} ${pad(h)}:${pad(mi)}`, `${m}/${day}/${String(y).slice(2)} ${r.int(1, 12)}:${pad(mi)} ${r.pick(['AM', 'PM'])}`,
      `${r.pick(WD)}, ${pad(day)} ${MON[m - 1]} ${y} ${pad(h)}:${pad(mi)}:${pad(s)} ${r.pick(['+0900', '-0500', '+0100', '+0000'])}`, `令和${y - 2018}年${m}月${day}日(${r.pick(JA_WD)}) ${h}:${pad(mi)}`, `${pad(h)}h${pad(mi)}`, `${pad(h)}${pad(mi)}hrs`,
      `${y}年${m}月${day}日（${r.pick(JA_WD)}）`, `${pad(day)}.${pad(m)}.${String(y).slice(2)}, ${pad(h)}:${pad(mi)}`, `${y}${pad(m)}${pad(day)}${pad(h)}${pad(mi)}${pad(s)}`]);
  },
  'num-range': (r) => r.pick([`${r.int(1, 9)}000-${r.int(10, 20)}000`, `¥${r.int(1, 9)},000～${r.int(10, 50)},000`, `Mon–Fri ${r.int(7, 10)}:00–${r.int(17, 21)}:00`, `ages ${r.int(18, 30)}-${r.int(50, 70)}`, `pp. ${r.int(1000, 1200)}-${r.int(1201, 1400)}`,
    `rooms ${r.int(101, 150)}-${r.int(151, 199)}`, `${r.int(2, 5)}-${r.int(6, 10)} business days`, `${r.int(1990, 2010)}–${r.int(2011, 2026)}`, `${r.int(100, 400)}-${r.int(401, 900)} kg`, `受付 ${r.int(8, 10)}:${pad(r.int(0, 1) * 30)}〜${r.int(17, 20)}:00`]),
  score: (r) => r.pick([`NPS ${r.int(0, 10)}/10`, `CSAT ${r.int(1, 4)}.${d(r, 1)}/5`, `score ${r.int(40, 100)}/100`, `${r.int(0, 5)}–${r.int(0, 5)}`, `rating ${r.int(1, 4)}.${d(r, 1)} ★ (${r.int(1, 9)},${d(r, 3)} reviews)`, `満足度 ${r.int(1, 5)}/5`, `QA ${r.int(60, 100)}%`]),
  measure: (r) => r.pick([`${r.int(200, 1600)} x ${r.int(200, 1200)} x ${r.int(100, 900)} mm`, `${r.int(1, 60)}.${d(r, 1)} kg`, `${r.int(150, 199)} cm`, `${r.int(20, 250)} m²`, `${r.int(1, 4)},${d(r, 3)} sq ft`, `${r.int(1, 4)}LDK ${r.int(30, 120)}.${d(r, 2)}㎡`,
    `${r.int(1000, 6000)} mAh`, `${r.int(1, 5)}.${d(r, 1)} GHz`, `${r.int(100, 999)}/${r.int(30, 80)} R${r.int(14, 22)}`, `${r.int(10, 99)}.${d(r, 3)} km`]),
  'med-id': (r) => r.pick([`NHS number|${nz(r, 3)} ${d(r, 3)} ${d(r, 4)}`, `MRN|${d(r, 10)}`, `診察券番号|${nz(r, 3)}-${d(r, 4)}`, `Medicare|${nz(r, 4)} ${d(r, 5)} ${d(r, 1)}`, `Patient ID|P${nz(r, 7)}`, `保険者番号|${nz(r, 8)}`,
    `Versichertennummer|${upper(r, 1)}${nz(r, 9)}`, `Rx #|${nz(r, 7)}-${d(r, 5)}`]),
  'event-ticket': (r) => r.pick([`Ticket #|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `Registration ID|REG-${r.int(2025, 2027)}-${d(r, 6)}`, `Badge|${nz(r, 5)}`, `整理番号|${r.pick(['A', 'B', 'C'])}${d(r, 3)}`, `受付番号|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)}`,
    `Order|#${nz(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `Booth|${upper(r, 1)}${r.int(1, 9)}-${d(r, 2)}`]),
  'listing-ref': (r) => r.pick([`MLS#|${nz(r, 8)}`, `物件番号|${nz(r, 9)}`, `Listing ID|${nz(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `Lot ${r.int(1, 99)} DP ${nz(r, 6)}`, `APN|${d(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `Ref.|${upper(r, 2)}${nz(r, 5)}`,
    `REINS|${nz(r, 12)}`]),
  freight: (r) => r.pick([`AWB|${r.pick(['176', '618', '020', '205'])}-${nz(r, 8)}`, `Container|${upper(r, 4)} ${d(r, 6)} ${d(r, 1)}`, `HS code|${d(r, 4)}.${d(r, 2)}.${d(r, 2)}`, `B/L|${upper(r, 4)}${nz(r, 9)}`,
    `Pallet ${r.int(1, 3)}/${r.int(3, 6)}`, `Amazon order|${nz(r, 3)}-${d(r, 7)}-${d(r, 7)}`, `Consignment|${nz(r, 4)} ${d(r, 4)} ${d(r, 3)}`]),
};

/** How this split's records name their countries: English, the local name, ISO codes, Japanese. */
export const WORLD_COUNTRY_NAMES: Partial<Record<CountryCode, readonly string[]>> = {
  JP: ['Japan', '日本', 'JPN'], US: ['United States', 'U.S.A.', 'USA', '米国'], GB: ['United Kingdom', 'U.K.', 'GBR', '英国'], CA: ['Canada', 'CAN', 'カナダ'], AU: ['Australia', 'AUS', '豪州'],
  DE: ['Germany', 'Deutschland', 'DEU', 'ドイツ'], FR: ['France', 'FRA', 'フランス'], ES: ['Spain', 'España', 'ESP'], IT: ['Italy', 'Italia', 'ITA'], NL: ['Netherlands', 'Nederland', 'NLD'],
  KR: ['South Korea', 'Republic of Korea', '韓国'], CN: ['China', '中国', 'CHN'], TW: ['Taiwan', '台湾', 'TWN'], HK: ['Hong Kong', 'HKG', '香港'], SG: ['Singapore', 'SGP', 'シンガポール'],
  IN: ['India', 'IND', 'インド'], BR: ['Brazil', 'Brasil', 'BRA'], MX: ['Mexico', 'México', 'MEX'], NZ: ['New Zealand', 'NZL'], IE: ['Ireland', 'IRL'],
  BE: ['Belgium', 'Belgique', 'BEL'], CH: ['Switzerland', 'Schweiz', 'CHE'], AT: ['Austria', 'Österreich', 'AUT'], SE: ['Sweden', 'Sverige', 'SWE'], NO: ['Norway', 'Norge', 'NOR'],
  DK: ['Denmark', 'Danmark', 'DNK'], FI: ['Finland', 'Suomi', 'FIN'], PL: ['Poland', 'Polska', 'POL'], PT: ['Portugal', 'PRT'], PH: ['Philippines', 'PHL'],
  TH: ['Thailand', 'THA', 'タイ'], MY: ['Malaysia', 'MYS'], ID: ['Indonesia', 'IDN'], VN: ['Vietnam', 'Viet Nam', 'ベトナム'], ZA: ['South Africa', 'ZAF'],
  AE: ['United Arab Emirates', 'U.A.E.', 'ARE'], AR: ['Argentina', 'ARG'], CL: ['Chile', 'CHL'], CO: ['Colombia', 'COL'], PE: ['Peru', 'Perú', 'PER'],
  UY: ['Uruguay', 'URY'], EC: ['Ecuador', 'ECU'], CR: ['Costa Rica', 'CRI'], PA: ['Panama', 'Panamá', 'PAN'], DO: ['Dominican Republic', 'DOM'],
  PR: ['Puerto Rico', 'PRI'], IL: ['Israel', 'ISR'], TR: ['Türkiye', 'Turkey', 'TUR'], SA: ['Saudi Arabia', 'SAU'], QA: ['Qatar', 'QAT'],
  KW: ['Kuwait', 'KWT'], EG: ['Egypt', 'EGY'], MA: ['Morocco', 'Maroc', 'MAR'], NG: ['Nigeria', 'NGA'], KE: ['Kenya', 'KEN'], GH: ['Ghana', 'GHA'],
  RU: ['Russia', 'Russian Federation', 'RUS'], UA: ['Ukraine', 'UKR'], CZ: ['Czechia', 'Česko', 'CZE'], SK: ['Slovakia', 'SVK'], HU: ['Hungary', 'HUN'],
  RO: ['Romania', 'ROU'], BG: ['Bulgaria', 'BGR'], GR: ['Greece', 'GRC'], HR: ['Croatia', 'HRV'], SI: ['Slovenia', 'SVN'],
  RS: ['Serbia', 'SRB'], LU: ['Luxembourg', 'LUX'], IS: ['Iceland', 'ISL'], EE: ['Estonia', 'EST'], LT: ['Lithuania', 'LTU'],
  LV: ['Latvia', 'LVA'], CY: ['Cyprus', 'CYP'], MT: ['Malta', 'MLT'], PK: ['Pakistan', 'PAK'], BD: ['Bangladesh', 'BGD'], LK: ['Sri Lanka', 'LKA'],
  NP: ['Nepal', 'NPL'], KH: ['Cambodia', 'KHM'], MO: ['Macao', 'MAC'], JO: ['Jordan', 'JOR'],
  VE: ['Venezuela', 'VEN'], BO: ['Bolivia', 'BOL'], PY: ['Paraguay', 'PRY'], GT: ['Guatemala', 'GTM'], HN: ['Honduras', 'HND'], SV: ['El Salvador', 'SLV'], NI: ['Nicaragua', 'NIC'],
  JM: ['Jamaica', 'JAM'], TT: ['Trinidad and Tobago', 'TTO'], BS: ['Bahamas', 'BHS'], KZ: ['Kazakhstan', 'KAZ'], UZ: ['Uzbekistan', 'UZB'], GE: ['Georgia', 'GEO'], AM: ['Armenia', 'ARM'],
  AZ: ['Azerbaijan', 'AZE'], BY: ['Belarus', 'BLR'], MD: ['Moldova', 'MDA'], AL: ['Albania', 'ALB'], MK: ['North Macedonia', 'MKD'], BA: ['Bosnia and Herzegovina', 'BIH'], ME: ['Montenegro', 'MNE'],
  LB: ['Lebanon', 'LBN'], IQ: ['Iraq', 'IRQ'], OM: ['Oman', 'OMN'], BH: ['Bahrain', 'BHR'], TN: ['Tunisia', 'Tunisie', 'TUN'], DZ: ['Algeria', 'Algérie', 'DZA'], TZ: ['Tanzania', 'TZA'],
  UG: ['Uganda', 'UGA'], RW: ['Rwanda', 'RWA'], ET: ['Ethiopia', 'ETH'], SN: ['Senegal', 'Sénégal', 'SEN'], CI: ["Côte d'Ivoire", 'CIV'], CM: ['Cameroon', 'Cameroun', 'CMR'], ZM: ['Zambia', 'ZMB'],
  ZW: ['Zimbabwe', 'ZWE'], MU: ['Mauritius', 'MUS'], MM: ['Myanmar', 'MMR'], LA: ['Laos', 'LAO'], MN: ['Mongolia', 'MNG'], BN: ['Brunei', 'BRN'], FJ: ['Fiji', 'FJI'],
  AD: ['Andorra', 'AND'], MC: ['Monaco', 'MCO'], LI: ['Liechtenstein', 'LIE'], GI: ['Gibraltar', 'GIB'], MV: ['Maldives', 'MDV'],
};

/** An address line of the record's country: a city and a postcode-like number (bait). */
export function addressOf(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'JP': return `〒${nz(r, 3)}-${d(r, 4)} ${r.pick(['福岡市博多区', '札幌市中央区', '横浜市西区'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`;
    case 'US': return `${r.int(100, 9999)} ${r.pick(['Oak St', 'Pine Ave', 'Lake Blvd'])}, ${r.pick(['Miami, FL', 'Portland, OR', 'Phoenix, AZ'])} ${nz(r, 5)}`;
    case 'GB': return `${r.int(1, 200)} ${r.pick(['Mill Lane', 'Church Road', 'Queen Street'])}, ${r.pick(['Glasgow', 'Cardiff', 'York'])} ${upper(r, 1)}${r.int(1, 40)} ${r.int(1, 9)}${upper(r, 2)}`;
    case 'CA': return `${r.int(1, 9999)} ${r.pick(['Rue Sherbrooke', 'Yonge St', 'Granville St'])}, ${r.pick(['Ottawa ON', 'Vancouver BC', 'Québec QC'])} ${upper(r, 1)}${r.int(1, 9)}${upper(r, 1)} ${r.int(1, 9)}${upper(r, 1)}${r.int(1, 9)}`;
    case 'NL': return `${r.pick(['Herengracht', 'Lange Voorhout'])} ${r.int(1, 300)}, ${nz(r, 4)} ${upper(r, 2)} ${r.pick(['Den Haag', 'Eindhoven'])}`;
    case 'BR': return `${r.pick(['Rua da Consolação', 'Av. Brasil'])}, ${r.int(1, 3000)} - CEP ${nz(r, 5)}-${d(r, 3)} ${r.pick(['Belo Horizonte', 'Recife'])}`;
    default: return `${r.int(1, 400)} ${r.pick(['Avenue', 'Street', 'Road', 'Boulevard'])} ${r.pick(['Central', 'Victoria', 'Independence', 'Liberty'])}, ${nz(r, 5)} ${r.pick(['City', 'Centre'])}`;
  }
}
