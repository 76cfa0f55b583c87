/**
 * Digits in CRM text that are not phone numbers: IDs, dates, times, amounts, postcodes, bank and
 * card numbers, tracking numbers, addresses, versions… Each generator gives one piece as it
 * appears in a CRM, with its own words where people write some ("Order #…", "〒…").
 * A generator marks its own label words with "|" ("Customer ID|34472848"), so a template that
 * writes its own label can take the value alone.
 * ID families differ between the splits (dev has "SO 1310 7022", seen "SR 2210 4471" style
 * references, and other labels), so a split not tuned on tests whether the rules generalise.
 */
import type { Rng } from './prng';
import type { Split } from './types';
import { toFullWidth } from './writing';
import { SEEN6_IDS, SEEN6_KINDS } from './bait-seen6';
import { SEEN9_IDS, SEEN9_KINDS, seen9LocalKinds } from './bait-seen9';
import { HOLDOUT_IDS, HOLDOUT_KINDS } from './bait-holdout';
import { SEEN8_IDS, SEEN8_KINDS, seen8LocalKinds } from './bait-seen8';
import { SEEN7_IDS, SEEN7_KINDS, seen7LocalKinds } from './bait-seen7';
import { SEEN5_IDS, SEEN5_KINDS } from './bait-seen5';
import { SEEN4_IDS, SEEN4_KINDS } from './bait-seen4';

export type Lang = 'en' | 'ja' | 'de' | 'fr';
type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');

function date(r: Rng): { y: number; m: number; day: number } {
  return { y: r.int(2015, 2027), m: r.int(1, 12), day: r.int(1, 28) };
}

export const DATE_FORMATS: Record<string, Gen> = {
  iso: (r) => { const t = date(r); return `${t.y}-${pad(t.m)}-${pad(t.day)}`; },
  slashYmd: (r) => { const t = date(r); return `${t.y}/${pad(t.m)}/${pad(t.day)}`; },
  slashYmdShort: (r) => { const t = date(r); return `${t.y}/${t.m}/${t.day}`; },
  dmy: (r) => { const t = date(r); return `${pad(t.day)}/${pad(t.m)}/${t.y}`; },
  mdy: (r) => { const t = date(r); return `${pad(t.m)}/${pad(t.day)}/${t.y}`; },
  dotted: (r) => { const t = date(r); return `${pad(t.day)}.${pad(t.m)}.${t.y}`; },
  ja: (r) => { const t = date(r); return `${t.y}年${t.m}月${t.day}日`; },
  reiwa: (r) => { const t = date(r); return t.y >= 2019 ? `令和${t.y - 2018}年${t.m}月${t.day}日` : `平成${t.y - 1988}年${t.m}月${t.day}日`; },
  monthName: (r) => { const t = date(r); return `${MONTHS[t.m - 1]} ${t.day}, ${t.y}`; },
  dayMonth: (r) => { const t = date(r); return `${t.day} ${MONTHS[t.m - 1]} ${t.y}`; },
  compact: (r) => { const t = date(r); return `${t.y}${pad(t.m)}${pad(t.day)}`; },
  dottedYmd: (r) => { const t = date(r); return `${t.y}.${pad(t.m)}.${pad(t.day)}`; },
  dashMdy: (r) => { const t = date(r); return `${pad(t.m)}-${pad(t.day)}-${t.y}`; },
};

const time = (r: Rng): string => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;

/**
 * A postcode as the record's country writes it: a record's postcode is evidence of its country
 * (a Dutch contact with a Japanese postcode would make the label disagree with the record).
 */
function postcodeGen(r: Rng, country: string): string {
  switch (country) {
    case 'JP': return r.pick([`〒${nz(r, 3)}-${d(r, 4)}`, `〒${nz(r, 3)}${d(r, 4)}`]);
    case 'US': return r.pick([`${r.pick(['CA', 'NY', 'TX', 'WA'])} ${nz(r, 5)}-${d(r, 4)}`, `${r.pick(['CA', 'NY', 'TX', 'WA'])} ${nz(r, 5)}`, `ZIP|${nz(r, 5)}`]);
    case 'GB': return `${upper(r, 2)}${r.int(1, 20)} ${r.int(1, 9)}${upper(r, 2)}`;
    case 'CA': return `${upper(r, 1)}${r.int(1, 9)}${upper(r, 1)} ${r.int(1, 9)}${upper(r, 1)}${r.int(1, 9)}`;
    case 'DE': return `${nz(r, 5)} ${r.pick(['Berlin', 'München', 'Hamburg'])}`;
    case 'FR': return `${nz(r, 5)} ${r.pick(['Paris', 'Lyon', 'Marseille'])}`;
    case 'NL': return `${nz(r, 4)} ${upper(r, 2)}`;
    case 'AU': return `${r.pick(['NSW', 'VIC', 'QLD'])} ${nz(r, 4)}`;
    default: return r.pick([nz(r, 4), nz(r, 5), nz(r, 6)]);
  }
}

/** Bait kinds shared by both splits. */
const SHARED: Record<string, Gen> = {
  date: (r) => r.pick(Object.values(DATE_FORMATS))(r),
  time: (r) => r.pick([time(r), `${time(r)}:${pad(r.int(0, 59))}`, `${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM', 'am', 'pm'])}`, `${r.int(0, 23)}時${pad(r.int(0, 59))}分`]),
  datetime: (r) => r.pick([`${DATE_FORMATS.iso!(r)} ${time(r)}:${pad(r.int(0, 59))}`, `${DATE_FORMATS.iso!(r)}T${time(r)}:${pad(r.int(0, 59))}Z`, `${DATE_FORMATS.slashYmd!(r)} ${time(r)}`, `${DATE_FORMATS.iso!(r)}T${time(r)}:00+09:00`]),
  timestamp: (r) => r.pick([`${r.int(1500000000, 1800000000)}`, `${r.int(1500000000, 1800000000)}${d(r, 3)}`]),
  duration: (r) => r.pick([`${pad(r.int(0, 1))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`, `${r.int(0, 59)}m ${pad(r.int(0, 59))}s`, `${r.int(1, 9)}h ${pad(r.int(0, 59))}m`, `${r.int(0, 59)}分${pad(r.int(0, 59))}秒`, `${r.int(0, 9)}:${pad(r.int(0, 59))}`]),
  amount: (r) => {
    const big = r.int(1000, 9999999).toLocaleString('en-US');
    return r.pick([`¥${big}`, `$${big}.${d(r, 2)}`, `€${r.int(1000, 999999).toLocaleString('de-DE')},${d(r, 2)}`, `${big}円`, `USD ${big}.00`, `£${big}.${d(r, 2)}`, `${r.int(1000, 99999).toLocaleString('fr-FR')},${d(r, 2)} €`, `JPY ${big}`, `税込 ${big}円`, `${big} yen`]);
  },
  postcode: (r) => postcodeGen(r, 'US'),
  jpAddress: (r) => r.pick([`東京都千代田区丸の内${r.int(1, 3)}-${r.int(1, 9)}-${r.int(1, 20)}`, `大阪市北区梅田${r.int(1, 3)}丁目${r.int(1, 20)}-${r.int(1, 30)}`, `${r.pick(['港区', '渋谷区', '新宿区'])}${r.pick(['六本木', '神南', '西新宿'])}${r.int(1, 7)}-${r.int(1, 30)}-${r.int(1, 30)} ${r.int(2, 40)}F`]),
  iban: (r) => r.pick([`GB${d(r, 2)} ${upper(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`, `DE${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`, `FR${d(r, 2)}${d(r, 10)}${upper(r, 1)}${d(r, 12)}`, `NL${d(r, 2)}${upper(r, 4)}${d(r, 10)}`]),
  card: (r) => r.pick([`4${d(r, 3)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `5${d(r, 3)}-${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `**** **** **** ${d(r, 4)}`, `3${d(r, 3)} ${d(r, 6)} ${d(r, 5)}`]),
  tracking: (r) => r.pick([`1Z${upper(r, 1)}${d(r, 2)}${upper(r, 3)}${d(r, 10)}`, `9400 ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`, `${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `${upper(r, 2)}${d(r, 9)}JP`]),
  ip: (r) => r.pick([`192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`]),
  isbn: (r) => r.pick([`ISBN|978-4-${d(r, 2)}-${d(r, 6)}-${d(r, 1)}`, `ISBN-13:|978-0-${d(r, 3)}-${d(r, 5)}-${d(r, 1)}`, `978${d(r, 10)}`]),
  version: (r) => r.pick([`v${r.int(1, 12)}.${r.int(0, 30)}.${r.int(0, 99)}`, `${r.int(1, 20)}.${r.int(0, 20)}.${r.int(1000, 25000)}`, `Build|${DATE_FORMATS.compact!(r)}.${r.int(1, 9)}`]),
  percent: (r) => r.pick([`${r.int(0, 99)}.${d(r, 1)}%`, `${r.int(0, 100)} %`, `${r.int(0, 9)}.${d(r, 2)}%`]),
  coordinates: (r) => r.pick([`${r.int(-89, 89)}.${d(r, 4)}, ${r.int(-179, 179)}.${d(r, 4)}`, `${r.int(0, 89)}.${d(r, 4)}° N, ${r.int(0, 179)}.${d(r, 4)}° W`]),
  bank: (r) => r.pick([`Sort code ${d(r, 2)}-${d(r, 2)}-${d(r, 2)}, account ${nz(r, 8)}`, `口座番号|${nz(r, 7)}`, `Routing ${nz(r, 9)}`, `普通 ${nz(r, 7)}`, `BIC ${upper(r, 4)}${upper(r, 2)}${upper(r, 2)} / ${nz(r, 10)}`]),
  barcode: (r) => r.pick([`JAN|${r.pick(['45', '49'])}${d(r, 11)}`, `EAN ${nz(r, 13)}`, `SKU ${d(r, 2)}-${d(r, 4)}-${d(r, 3)}`, `UPC ${nz(r, 12)}`]),
  'tax-id': (r) => r.pick([`VAT GB${d(r, 9)}`, `USt-IdNr. DE${d(r, 9)}`, `EIN|${nz(r, 2)}-${d(r, 7)}`, `法人番号|${nz(r, 13)}`, `登録番号 T${nz(r, 13)}`, `ABN ${nz(r, 2)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`]),
  range: (r) => r.pick([`${r.int(8, 10)}:00-${r.int(17, 20)}:00`, `${r.int(8, 10)}:00～${r.int(17, 20)}:00`, `${DATE_FORMATS.slashYmd!(r)}-${DATE_FORMATS.slashYmd!(r)}`, `pp. ${r.int(10, 200)}-${r.int(201, 400)}`, `${r.int(1, 50)}-${r.int(51, 500)} units`]),
  dimension: (r) => r.pick([`${r.pick(['1920x1080', '2560×1440', '3840x2160'])}`, `W${r.int(10, 200)}×D${r.int(10, 90)}×H${r.int(10, 200)} cm`, `${r.int(100, 999)} x ${r.int(100, 999)} mm`]),
  plate: (r) => r.pick([`${r.pick(['品川', '練馬', '横浜', 'なにわ'])} ${nz(r, 3)} ${r.pick(['あ', 'さ', 'わ'])} ${d(r, 2)}-${d(r, 2)}`, `Room ${nz(r, 4)}`, `${r.int(1, 40)}F-${nz(r, 3)}`]),
  quantity: (r) => r.pick([`${r.int(1, 9999).toLocaleString('en-US')} units`, `${r.int(1, 99)} pcs`, `${r.int(1, 9999).toLocaleString('en-US')}個`, `${r.int(1, 500)} kg`]),
};

/** ID families, different in each split: the references a CRM prints beside contacts. */
const IDS: Record<Split, Record<string, Gen>> = {
  // holdout (built 2026-12-05 ~00:30): its own references (bait-holdout.ts).
  holdout: HOLDOUT_IDS,
  // seen9 (the holdout built 2026-12-05 ~00:00): its own references (bait-seen9.ts).
  seen9: SEEN9_IDS,
  // seen8 (the holdout built 2026-12-04 ~23:00): its own references (bait-seen8.ts).
  seen8: SEEN8_IDS,
  // seen7 (the holdout built 2026-12-04 ~21:00): its own references (bait-seen7.ts).
  seen7: SEEN7_IDS,
  // seen6 (the holdout built 2026-12-04 ~20:00): its own references (bait-seen6.ts).
  seen6: SEEN6_IDS,
  // seen5 (the holdout rebuilt 2026-12-04 ~17:50): its own references (bait-seen5.ts).
  seen5: SEEN5_IDS,
  // seen4 (the holdout built 2026-12-04 ~17:00): its own references (bait-seen4.ts).
  seen4: SEEN4_IDS,
  // seen3 (the holdout built ~15:30): Dynamics, HubSpot, Zendesk-like references and Iberian, Dutch and Japanese ones.
  seen3: {
    'order-id': (r) => r.pick([`Deal|${nz(r, 10)}`, `Opp-${nz(r, 6)}`, `Pedido nº|${nz(r, 7)}`, `受注番号|${upper(r, 2)}${nz(r, 8)}`, `Angebot|AN-${d(r, 6)}`, `Bestelling|${nz(r, 8)}`, `Encomenda|${nz(r, 4)}/${d(r, 4)}`]),
    'case-id': (r) => r.pick([`CAS-${nz(r, 5)}-${upper(r, 1)}${d(r, 1)}${upper(r, 1)}${d(r, 1)}`, `Case Number|${nz(r, 8)}`, `Request #|${nz(r, 6)}`, `案件番号|${nz(r, 4)}-${d(r, 6)}`, `Caso|${nz(r, 3)}.${d(r, 3)}.${d(r, 3)}`]),
    invoice: (r) => r.pick([`Factuur|${r.int(2020, 2027)}${d(r, 5)}`, `Fatura|${nz(r, 3)}.${d(r, 3)}`, `請求番号|${upper(r, 1)}-${nz(r, 7)}`, `Quote #|${nz(r, 3)}-${d(r, 4)}`]),
    'customer-id': (r) => r.pick([`Cliente nº|${nz(r, 6)}`, `顧客コード|${upper(r, 1)}${nz(r, 7)}`, `Klantnummer|${nz(r, 8)}`, `Contact ID|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`]),
    serial: (r) => r.pick([`Asset tag|AT-${d(r, 6)}`, `製造No.|${d(r, 2)}-${d(r, 5)}`, `S/N:|${upper(r, 2)}-${d(r, 4)}-${d(r, 4)}-${d(r, 2)}`]),
  },
  dev: {
    'order-id': (r) => r.pick([`SO ${nz(r, 4)} ${d(r, 4)}`, `SO-${nz(r, 8)}`, `PO#${nz(r, 10)}`, `ORD-${r.int(2018, 2027)}-${d(r, 6)}`, `受注No.|${nz(r, 8)}`, `Order #|${nz(r, 3)}-${d(r, 7)}`]),
    'case-id': (r) => r.pick([`Case #|${nz(r, 8)}`, `CS-${d(r, 4)}-${d(r, 4)}`, `チケット #|${nz(r, 5)}`, `Case|${nz(r, 2)} ${d(r, 4)} ${d(r, 4)}`]),
    invoice: (r) => r.pick([`INV-${r.int(2018, 2027)}-${d(r, 5)}`, `請求書番号|${nz(r, 10)}`, `Invoice|${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`]),
    'customer-id': (r) => r.pick([`Customer ID|${nz(r, 8)}`, `顧客番号|${d(r, 10)}`, `Acct|${d(r, 4)}-${d(r, 4)}-${d(r, 2)}`]),
    serial: (r) => r.pick([`S/N|${d(r, 1)}${upper(r, 1)}${d(r, 1)}-${d(r, 4)}-${d(r, 3)}`, `SN:|${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`]),
  },
  seen: {
    'order-id': (r) => r.pick([`SR ${nz(r, 4)} ${d(r, 4)}`, `WO-${nz(r, 8)}`, `RMA ${nz(r, 3)}-${d(r, 4)}-${d(r, 4)}`, `Q-${r.int(2018, 2027)}${d(r, 4)}`, `発注番号：|${nz(r, 4)}-${d(r, 4)}-${d(r, 3)}`, `Purchase order|${nz(r, 10)}`]),
    'case-id': (r) => r.pick([`Ticket|${upper(r, 2)}-${nz(r, 7)}`, `INC${nz(r, 7)}`, `問合せ番号|${nz(r, 3)}-${d(r, 4)}-${d(r, 4)}`, `Ref.|${nz(r, 2)} ${d(r, 4)} ${d(r, 4)}`]),
    invoice: (r) => r.pick([`Invoice No.|${r.int(2018, 2027)}/${d(r, 4)}`, `BILL|${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`, `伝票番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`]),
    'customer-id': (r) => r.pick([`Member no.|${nz(r, 9)}`, `会員番号|${d(r, 4)}-${d(r, 4)}-${d(r, 2)}`, `Contract|${upper(r, 1)}${nz(r, 9)}`]),
    serial: (r) => r.pick([`Serial|${upper(r, 2)}${d(r, 2)}-${d(r, 5)}-${d(r, 3)}`, `製造番号|${upper(r, 1)}${d(r, 4)}-${d(r, 4)}`]),
  },
  // seen2 (the holdout of 2026-12-04 15:00): references written as no other split writes them, some shaped like
  // numbers on purpose ("Ticket ID 415 555 0132", "受付番号 03-1234-5678" style).
  seen2: {
    'order-id': (r) => r.pick([`#${nz(r, 7)}`, `ORD${nz(r, 9)}`, `Bestellnr.|${nz(r, 9)}`, `注文ID|${nz(r, 3)}-${d(r, 7)}-${d(r, 7)}`, `PO ${nz(r, 4)}/${d(r, 4)}`, `受注コード|${upper(r, 1)}${nz(r, 3)}-${d(r, 4)}-${d(r, 4)}`]),
    'case-id': (r) => r.pick([`Zendesk #|${nz(r, 6)}`, `Ticket ID|${nz(r, 3)} ${d(r, 3)} ${d(r, 4)}`, `受付番号|${nz(r, 2)}-${d(r, 4)}-${d(r, 4)}`, `TKT-${nz(r, 4)}-${d(r, 4)}`, `Incident|${nz(r, 4)} ${d(r, 3)} ${d(r, 3)}`]),
    invoice: (r) => r.pick([`Rechnung Nr.|${r.int(2018, 2027)}-${d(r, 5)}`, `INV/${r.int(2018, 2027)}/${d(r, 6)}`, `請求書No.|${nz(r, 4)}-${d(r, 6)}`, `Factura|${upper(r, 1)}-${nz(r, 8)}`]),
    'customer-id': (r) => r.pick([`CID ${nz(r, 10)}`, `お客様番号|${nz(r, 4)}-${d(r, 3)}-${d(r, 3)}`, `Kundennr.|${nz(r, 8)}`, `Account #|${nz(r, 3)}-${d(r, 3)}-${d(r, 3)}`]),
    serial: (r) => r.pick([`IMEI|${nz(r, 2)} ${d(r, 6)} ${d(r, 6)} ${d(r, 1)}`, `IMEI ${nz(r, 15)}`, `S/N ${upper(r, 3)}${d(r, 8)}`, `シリアル|${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`]),
  },
};

/** Kinds of bait only one split has: seen2 (the holdout of 2026-12-04 15:00), seen3 (the holdout built ~15:30), seen4 (~17:00), seen5 (~17:50), seen6 (~20:00), seen7 (~21:00), seen8 (~23:00), seen9 (~00:00) or the holdout (~00:30). */
const NEW_KINDS: Record<Split, Record<string, Gen>> = {
  dev: {},
  seen: {},
  // holdout (built ~00:30): cheque MICR lines and remittance figures, tender references, subscription figures, lab samples, visa references, FX rates and tickets, hotel folios, warehouse bins and pallets (bait-holdout.ts).
  holdout: HOLDOUT_KINDS,
  // seen9 (the holdout built ~00:00): call detail records, dialler fields, SIP addresses, chat permalinks, SDS codes, licences, job references, vouchers, train tickets, payment references, registry IDs, shifts, SLAs, porting (bait-seen9.ts).
  seen9: SEEN9_KINDS,
  // seen8 (the holdout built ~23:00): shipping documents, payslips, pharmacy labels, warranty claims, loyalty cards, court and land references, securities, till receipts, company requisites, mobile money (bait-seen8.ts).
  seen8: SEEN8_KINDS,
  // seen7 (the holdout built ~21:00): parcel slips, SMS logs, clinical codes, provider, school, trade and civil IDs, spreadsheet and HTML residue, local amounts, calendars… (bait-seen7.ts).
  seen7: SEEN7_KINDS,
  // seen6 (the holdout built ~20:00): SIM and subscriber IDs, company registrations, meters, contact records, QA figures, service codes… (bait-seen6.ts).
  seen6: SEEN6_KINDS,
  // seen5 (the holdout rebuilt ~17:50): bookings, flights, seats, policies, accounts, tax IDs, GS1, timestamps, ranges, scores… (bait-seen5.ts).
  seen5: SEEN5_KINDS,
  // seen4 (the holdout built ~17:00): parcels, IBANs, log times, builds, coordinates, money, phone-shaped IDs, PINs, passports… (bait-seen4.ts).
  seen4: SEEN4_KINDS,
  // seen3 (the holdout built ~15:30): vehicle numbers, timestamps to the second, SKU/EAN pairs, rooms, GPS, bank
  // routing codes, 法人番号, full-width 〒, phone-shaped case numbers under an ID label, IVR traces, codes.
  seen3: {
    vin: (r) => `${r.pick(['1HG', 'WVW', 'JTD', 'WDB', 'VF1', 'KMH', 'LSV'])}${vinChars(r, 8)}${d(r, 6)}`,
    'iso-dt': (r) => {
      const day = DATE_FORMATS.iso!(r);
      const t = `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`;
      return r.pick([`${day} ${t}:${pad(r.int(0, 59))}`, `${day}T${t}:${pad(r.int(0, 59))}.${d(r, 3)}Z`, `${day}T${t}+09:00`, `${day} ${t} JST`, `${day} ${t} UTC`]);
    },
    'sku-ean': (r) => r.pick([`SKU-${nz(r, 4)}-${d(r, 3)} / EAN ${nz(r, 13)}`, `${upper(r, 2)}-${d(r, 4)}-${d(r, 4)}`, `EAN-13:|${nz(r, 13)}`, `Art.-Nr.|${d(r, 3)}.${d(r, 3)}.${d(r, 2)}`, `GTIN ${nz(r, 14)}`, `品番|${upper(r, 3)}-${d(r, 5)}`]),
    room: (r) => r.pick([`Bldg ${r.int(1, 9)} Rm ${nz(r, 4)}`, `${r.int(1, 12)}号館 ${nz(r, 3)}号室`, `Room ${r.int(1, 9)}-${d(r, 3)}`, `Suite ${nz(r, 4)}`, `${r.int(1, 40)}F-${d(r, 3)}-${d(r, 2)}`, `Unit ${nz(r, 2)}-${d(r, 2)}`]),
    gps: (r) => r.pick([`${r.int(10, 60)}.${d(r, 6)}, ${r.int(100, 179)}.${d(r, 6)}`, `N ${r.int(10, 60)}°${pad(r.int(0, 59))}'${pad(r.int(0, 59))}.${d(r, 1)}" E ${r.int(100, 179)}°${pad(r.int(0, 59))}'${pad(r.int(0, 59))}.${d(r, 1)}"`,
      `geo:${r.int(10, 60)}.${d(r, 5)},-${r.int(70, 125)}.${d(r, 5)}`, `lat ${r.int(10, 60)}.${d(r, 4)} lon ${r.int(100, 179)}.${d(r, 4)}`]),
    swift: (r) => r.pick([`SWIFT ${upper(r, 4)}${upper(r, 2)}${upper(r, 2)}${upper(r, 3)}`, `Sort code:|${d(r, 2)}-${d(r, 2)}-${d(r, 2)}`, `BSB ${d(r, 3)}-${d(r, 3)}`, `ABA|${nz(r, 9)}`, `Clearing-Nr.|${d(r, 5)}`, `SC ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`]),
    hojin: (r) => r.pick([`法人番号：|${nz(r, 13)}`, `法人番号|${nz(r, 1)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Corporate No.|${nz(r, 13)}`, `適格請求書発行事業者 T${nz(r, 13)}`]),
    'postal-fw': (r) => r.pick([`〒${toFullWidth(`${d(r, 3)}-${d(r, 4)}`)}`, `〒${toFullWidth(d(r, 3))}－${toFullWidth(d(r, 4))}`, `〒 ${d(r, 3)}-${d(r, 4)}`, `郵便番号：|${toFullWidth(d(r, 7))}`]),
    'case-ref': (r) => r.pick([`Case No.|0${d(r, 2)}-${d(r, 4)}-${d(r, 4)}`, `事案番号|0${nz(r, 1)}-${d(r, 4)}-${d(r, 4)}`, `Claim ID|${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`, `Ref. ID|(0${d(r, 2)}) ${d(r, 4)} ${d(r, 4)}`, `RMA ID|1-${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`, `管理番号|0${nz(r, 2)}-${d(r, 3)}-${d(r, 4)}`]),
    'ivr-node': (r) => r.pick([`node=${nz(r, 4)}`, `menu ${r.int(1, 9)}>${r.int(1, 9)}>${r.int(1, 9)}`, `DTMF ${d(r, 6)}#`, `flow ${d(r, 8)}-${d(r, 4)}`, `queue ${nz(r, 3)} pos ${r.int(1, 40)}`]),
    'sms-code': (r) => r.pick([`code ${d(r, 6)}`, `OTP: ${d(r, 6)}`, `認証コード ${d(r, 6)}`, `PIN ${d(r, 4)}`, `G-${nz(r, 6)}`]),
  },
  seen2: {
    aws: (r) => r.pick([`arn:aws:iam::${nz(r, 12)}:role/${r.pick(['ConnectAgent', 'ReadOnly', 'crm-sync'])}`, `AWS account|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `Account ID|${nz(r, 12)}`,
      `arn:aws:connect:${r.pick(['ap-northeast-1', 'us-east-1', 'eu-west-2'])}:${nz(r, 12)}:instance/${upper(r, 4).toLowerCase()}${d(r, 4)}`]),
    mynumber: (r) => r.pick([`個人番号|${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `マイナンバー：|${d(r, 12)}`, `${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`]),
    jan: (r) => r.pick([`${r.pick(['45', '49'])}${d(r, 11)}`, `JANコード|49${d(r, 11)}`, `ITF ${nz(r, 14)}`, `${r.pick(['45', '49'])}${d(r, 5)} ${d(r, 6)}`]),
    'compact-datetime': (r) => {
      const day = DATE_FORMATS.compact!(r);
      const hm = `${pad(r.int(0, 23))}${pad(r.int(0, 59))}`;
      return r.pick([`${day} ${hm}`, `${day}-${hm}${pad(r.int(0, 59))}`, `${day}${hm}`, `${day}_${hm}`]);
    },
    'tracking-spaced': (r) => r.pick([`${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `EJ ${d(r, 3)} ${d(r, 3)} ${d(r, 3)} JP`, `1Z ${upper(r, 3)} ${d(r, 3)} ${d(r, 2)} ${d(r, 4)} ${d(r, 3)} ${d(r, 1)}`, `お問合せ伝票番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`]),
    'bank-jp': (r) => r.pick([`当座 ${nz(r, 7)}`, `普通預金 口座番号${nz(r, 7)}`, `${r.pick(['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行'])} ${r.pick(['新宿支店', '本店営業部', '梅田支店'])}（${nz(r, 3)}）普通 ${nz(r, 7)}`,
      `ゆうちょ銀行 記号${nz(r, 5)} 番号${nz(r, 8)}`, `振込先：|${nz(r, 4)}-${d(r, 3)}-${d(r, 7)}`]),
    patent: (r) => r.pick([`US ${r.int(9, 11)},${d(r, 3)},${d(r, 3)} B2`, `特許第${nz(r, 7)}号`, `特願${r.int(2018, 2025)}-${d(r, 6)}`, `EP ${nz(r, 1)} ${d(r, 3)} ${d(r, 3)} A1`, `WO ${r.int(2018, 2025)}/${d(r, 6)}`]),
    lot: (r) => r.pick([`LOT ${r.int(22, 26)}${pad(r.int(1, 12))}-${d(r, 4)}`, `Lot No.|${nz(r, 8)}`, `ロット番号|${d(r, 6)}-${d(r, 2)}`, `Batch ${upper(r, 1)}${d(r, 2)}-${d(r, 4)}-${d(r, 3)}`]),
    'meeting-id': (r) => r.pick([`Meeting ID:|${nz(r, 3)} ${d(r, 4)} ${d(r, 4)}`, `ミーティングID：|${nz(r, 3)} ${d(r, 4)} ${d(r, 4)}`, `Conference ID:|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)}#`, `Passcode:|${d(r, 6)}`, `Webex|${nz(r, 4)} ${d(r, 3)} ${d(r, 4)}`]),
    'log-id': (r) => r.pick([`trace=${nz(r, 19)}`, `txn ${nz(r, 6)}-${d(r, 6)}`, `session ${d(r, 4)}-${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `pid=${r.int(100, 99999)}`, `port ${r.int(1024, 65535)}`]),
    customs: (r) => r.pick([`HS ${d(r, 4)}.${d(r, 2)}.${d(r, 4)}`, `Customs|${nz(r, 11)}`, `輸出許可番号|${nz(r, 11)}`]),
  },
};

/** VIN characters: digits and capitals but I, O and Q. */
const VIN = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const vinChars = (r: Rng, n: number): string => Array.from({ length: n }, () => VIN[r.int(0, VIN.length - 1)]).join('');

export interface Bait {
  kind: string;
  /** As it stands on its own ("Customer ID 34472848", "SO 1310 7022"). */
  text: string;
  /** Without its own label words, for a template that writes its own ("Customer ID: {id:…}"). */
  value: string;
}

/** One piece of bait; `country` is the record's (its postcode is written that country's way). */
export function bait(r: Rng, split: Split, kind: string | undefined, country: string): Bait {
  const all: Record<string, Gen> = { ...SHARED, ...IDS[split], postcode: (rng) => postcodeGen(rng, country), ...NEW_KINDS[split] };
  // seen7's amounts, IDs, dates and bank accounts are written the record's country's way where it has one.
  if (split === 'seen7') Object.assign(all, seen7LocalKinds(country));
  // seen8's requisites, court, land, payslip, loyalty, pharmacy and till figures likewise.
  if (split === 'seen8') Object.assign(all, seen8LocalKinds(country));
  // seen9's invoices, orders, registry IDs, payment references, licences, job and porting references, tickets and chat stamps likewise.
  if (split === 'seen9') Object.assign(all, seen9LocalKinds(country));
  const name = kind ?? r.pick(Object.keys(all));
  const gen = all[name];
  if (!gen) throw new Error(`no bait kind ${name}`);
  // "Label|value": the generator marks where its own label ends.
  const [label, value] = gen(r).split('|') as [string, string | undefined];
  return value === undefined ? { kind: name, text: label, value: label } : { kind: name, text: `${label} ${value}`, value };
}

export const BAIT_KINDS = (split: Split): string[] => [...Object.keys(SHARED), ...Object.keys(IDS[split]), ...Object.keys(NEW_KINDS[split])];
