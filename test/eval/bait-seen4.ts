/**
 * Look-alikes only seen4 (the holdout built 2026-12-04 ~17:00) has (bait.ts takes them in for that split):
 * its own ID formats (purchase orders, Salesforce-style cases, Nota Fiscal…), parcel numbers of many
 * carriers, IBANs of many countries, log timestamps, build and version strings, coordinates,
 * amounts in many currencies' ways, phone-shaped IDs under an ID label, conference PINs and
 * meeting IDs, passport, licence and national ID numbers, PDF page furniture; and the postcodes
 * and street lines of its 81 regions (a record's postcode is written its country's way).
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const year = (r: Rng): number => r.int(2019, 2027);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789ABCDEF'[r.int(0, 15)]).join('');

/** seen4's own ID formats (no other split writes its references these ways). */
export const SEEN4_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`PO|45${d(r, 8)}`, `Purchase Order|PO-${year(r)}-${d(r, 6)}`, `Bestellnummer|BN-${d(r, 7)}`, `発注番号|PO${pad(r.int(19, 27))}${pad(r.int(1, 12))}-${d(r, 4)}`,
    `Pedido de compra|OC-${nz(r, 6)}`, `Opportunity|OPP-${d(r, 7)}`, `Order ref.|${upper(r, 3)}-${nz(r, 6)}`]),
  'case-id': (r) => r.pick([`Case|000${nz(r, 5)}`, `Ticket|#${nz(r, 5)}`, `Vorgang|${nz(r, 4)}-${d(r, 5)}`, `お問い合わせ番号|Q${d(r, 9)}`, `SR|1-${nz(r, 10)}`, `Dossier|D${year(r)}/${d(r, 5)}`]),
  invoice: (r) => r.pick([`Invoice No.|${year(r)}-${d(r, 6)}`, `Rechnungsnummer|RE${year(r)}${d(r, 4)}`, `Facture n°|FA-${year(r)}-${d(r, 5)}`, `Nota Fiscal|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`,
    `請求書番号|INV-${year(r)}${pad(r.int(1, 12))}-${d(r, 4)}`, `Tax invoice|TI${nz(r, 8)}`]),
  'customer-id': (r) => r.pick([`Customer No.|C-${d(r, 7)}`, `Debitor|${nz(r, 5)}`, `取引先コード|${d(r, 6)}`, `Kundennummer|KD-${d(r, 6)}`, `Account|ACC-${nz(r, 8)}`]),
  serial: (r) => r.pick([`Serial No.|${upper(r, 3)}${d(r, 9)}`, `製造番号|${d(r, 3)}-${d(r, 7)}`, `MAC|${Array.from({ length: 6 }, () => hex(r, 2)).join(':')}`, `Asset|${upper(r, 2)}${d(r, 2)}-${d(r, 6)}`]),
};

/** Kinds of bait only seen4 has. */
export const SEEN4_KINDS: Record<string, Gen> = {
  parcel: (r) => r.pick([`DHL|JD0146${d(r, 14)}`, `Sendungsnummer|00340434${d(r, 12)}`, `FedEx|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `UPS|1Z${upper(r, 2)}${d(r, 1)}${upper(r, 1)}${d(r, 12)}`,
    `Royal Mail|${upper(r, 2)} ${d(r, 4)} ${d(r, 4)} GB`, `佐川急便|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Correios|${upper(r, 2)}${d(r, 9)}BR`, `USPS|9405 5${d(r, 3)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`,
    `PostNL|3S${upper(r, 4)}${d(r, 7)}`, `DPD|${nz(r, 14)}`, `GLS|${nz(r, 11)}`, `追跡番号|${nz(r, 3)}-${d(r, 2)}-${d(r, 5)}-${d(r, 1)}`]),
  'iban-world': (r) => {
    const ibans = [
      () => `ES${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}${d(r, 2)} ${d(r, 4)} ${d(r, 4)}`, () => `IT${d(r, 2)} ${upper(r, 1)}${d(r, 3)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 3)}`,
      () => `PL${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, () => `CH${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 1)}`,
      () => `BE${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, () => `PT50 ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 1)}`,
      () => `SE${d(r, 2)}${d(r, 20)}`, () => `NO${d(r, 2)}${d(r, 11)}`, () => `AE${d(r, 2)}${d(r, 19)}`, () => `SA${d(r, 2)}${d(r, 20)}`,
      () => `TR${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`, () => `AT${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, () => `IE${d(r, 2)} ${upper(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`,
    ];
    return `${r.pick(['IBAN|', 'IBAN:|', 'Konto (IBAN)|', ''])}${r.pick(ibans)()}`;
  },
  'log-time': (r) => {
    const y = year(r); const m = r.int(1, 12); const day = r.int(1, 28); const h = r.int(0, 23); const mi = r.int(0, 59); const s = r.int(0, 59);
    return r.pick([`${y}-${pad(m)}-${pad(day)} ${pad(h)}:${pad(mi)}:${pad(s)},${d(r, 3)}`, `${pad(day)}/${MON[m - 1]}/${y}:${pad(h)}:${pad(mi)}:${pad(s)} +0000`,
      `${r.pick(DAY)} ${MON[m - 1]} ${pad(day)} ${y} ${pad(h)}:${pad(mi)}:${pad(s)} GMT+0900`, `${r.int(1600000000, 1800000000)}${d(r, 3)}`, `${y}${pad(m)}${pad(day)}T${pad(h)}${pad(mi)}${pad(s)}Z`,
      `${m}/${day}/${y} ${r.int(1, 12)}:${pad(mi)}:${pad(s)} ${r.pick(['AM', 'PM'])}`, `${y}年${m}月${day}日 ${h}時${pad(mi)}分`, `${MON[m - 1]} ${String(day).padStart(2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)}`, `${pad(h)}:${pad(mi)}:${pad(s)}.${d(r, 3)}`]);
  },
  build: (r) => r.pick([`Chrome/${r.int(100, 140)}.0.${r.int(5000, 7999)}.${r.int(10, 250)}`, `v${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}-rc.${r.int(1, 5)}`, `build ${year(r)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}.${r.int(1, 9)}`,
    `Windows 10.0.${r.int(17000, 26100)}.${r.int(1000, 5999)}`, `iOS ${r.int(15, 19)}.${r.int(0, 6)}.${r.int(0, 3)}`, `firmware ${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(1000, 9999)}`,
    `API ${year(r)}-${pad(r.int(1, 12))}-01`, `SDK ${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)} (build ${r.int(1000, 9999)})`]),
  latlng: (r) => r.pick([`${r.int(10, 60)}.${d(r, 4)}° N, ${r.int(100, 179)}.${d(r, 4)}° E`, `-${r.int(10, 45)}.${d(r, 4)}, ${r.int(110, 179)}.${d(r, 4)}`,
    `${r.int(10, 60)}°${pad(r.int(0, 59))}′${pad(r.int(0, 59))}″N ${r.int(0, 9)}°${r.int(0, 59)}′${pad(r.int(0, 59))}″W`, `(${r.int(10, 60)}.${d(r, 4)}, -${r.int(60, 125)}.${d(r, 4)})`,
    `lat=${r.int(10, 60)}.${d(r, 4)}&lon=${r.int(0, 30)}.${d(r, 4)}`, `@${r.int(10, 60)}.${d(r, 4)},${r.int(0, 30)}.${d(r, 4)},${r.int(10, 18)}z`]),
  money: (r) => {
    const n = r.int(1000, 9999999);
    const en = n.toLocaleString('en-US');
    const de = n.toLocaleString('de-DE');
    const fr = n.toLocaleString('fr-FR').replace(/\u202f/g, ' ');
    const cents = d(r, 2);
    const lakh = n.toLocaleString('en-IN');
    return r.pick([`${de},${cents} €`, `CHF ${n.toLocaleString('de-CH').replace(/’/g, "'")}.${cents}`, `₹${lakh}.${cents}`, `R$ ${de},${cents}`, `${fr},${cents} zł`, `kr ${fr},${cents}`, `¥${en}-`,
      `US$ ${en}.${cents}`, `AED ${en}`, `₩${en}`, `NT$${en}`, `S$ ${en}.${cents}`, `MXN $${en}.${cents}`, `€ ${de},${cents}`, `${en}.${cents} USD`, `金額 ${en}円（税込）`, `${fr} ₽`, `${en} SAR`, `ARS ${de},${cents}`]);
  },
  'id-phone-shaped': (r) => {
    const label = r.pick(['Policy No.', 'Contract ID', 'Member #', 'Loyalty card', 'Vertragsnummer', '契約番号', 'お客様ID', '証券番号', 'Nº de socio', 'Numéro client', 'Account no.']);
    const value = r.pick([`0${nz(r, 2)}-${d(r, 4)}-${d(r, 4)}`, `(${nz(r, 3)}) ${d(r, 3)}-${d(r, 4)}`, `0${nz(r, 3)} ${d(r, 6)}`, `0${nz(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `${nz(r, 3)}-${d(r, 3)}-${d(r, 4)}`, `0${nz(r, 2)} ${d(r, 3)} ${d(r, 4)}`]);
    return `${label}|${value}`;
  },
  'dial-pin': (r) => r.pick([`Webinar ID|${nz(r, 3)} ${d(r, 4)} ${d(r, 4)}`, `Conference code|${d(r, 7)}#`, `PIN|${d(r, 4)} ${d(r, 4)}#`, `Participant passcode|${d(r, 8)}`, `Attendee access code|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)}`,
    `会議ID|${nz(r, 3)} ${d(r, 4)} ${d(r, 4)}`, `パスコード|${d(r, 6)}`, `Code d'accès|${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`, `Konferenz-ID|${nz(r, 9)}`]),
  passport: (r) => r.pick([`Passport No.|${upper(r, 2)}${d(r, 7)}`, `Passport|${nz(r, 9)}`, `Reisepass-Nr.|C${d(r, 2)}${upper(r, 1)}${d(r, 2)}${upper(r, 1)}${d(r, 2)}`,
    `Driving licence|${upper(r, 5)}${d(r, 6)}${upper(r, 2)}${d(r, 1)}${upper(r, 2)}`, `DL#|${upper(r, 1)}${d(r, 7)}`, `運転免許証番号|第${d(r, 12)}号`, `Aadhaar|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `PAN|${upper(r, 5)}${d(r, 4)}${upper(r, 1)}`,
    `CPF|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}`, `DNI|${d(r, 8)}${upper(r, 1)}`, `NIE|X${d(r, 7)}${upper(r, 1)}`, `SSN|***-**-${d(r, 4)}`, `TC Kimlik No|${nz(r, 11)}`]),
  'pdf-furniture': (r) => r.pick([`Page ${r.int(1, 3)} of ${r.int(3, 9)}`, `Seite ${r.int(1, 3)} von ${r.int(3, 9)}`, `${r.int(1, 3)}/${r.int(3, 9)} ページ`, `Printed ${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${year(r)} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`,
    `Form ${r.int(100, 999)}-${upper(r, 2)} (Rev. ${pad(r.int(1, 12))}/${year(r)})`, `Doc ${upper(r, 2)}-${d(r, 4)}-${d(r, 2)} Rev ${r.int(1, 9)}`]),
};

/** How a record names its country (English, the local name, the ISO code), for seen4's records. */
export const WIDE_COUNTRY_NAMES: Partial<Record<CountryCode, readonly string[]>> = {
  JP: ['Japan', '日本', 'JP'], US: ['United States', 'USA', 'US'], GB: ['United Kingdom', 'UK', 'England'], CA: ['Canada', 'CA'], AU: ['Australia', 'AU'],
  DE: ['Germany', 'Deutschland', 'DE'], FR: ['France', 'FR'], ES: ['Spain', 'España', 'ES'], IT: ['Italy', 'Italia', 'IT'], NL: ['Netherlands', 'Nederland', 'NL'],
  KR: ['South Korea', 'Korea, Republic of', '대한민국'], CN: ['China', '中国', 'PRC'], TW: ['Taiwan', '台灣', 'TW'], HK: ['Hong Kong', 'Hong Kong SAR', '香港'], SG: ['Singapore', 'SG'],
  IN: ['India', 'IN', 'Bharat'], BR: ['Brazil', 'Brasil', 'BR'], MX: ['Mexico', 'México', 'MX'], NZ: ['New Zealand', 'NZ', 'Aotearoa'], IE: ['Ireland', 'Éire', 'IE'],
  BE: ['Belgium', 'België', 'Belgique'], CH: ['Switzerland', 'Schweiz', 'Suisse'], AT: ['Austria', 'Österreich', 'AT'], SE: ['Sweden', 'Sverige', 'SE'], NO: ['Norway', 'Norge', 'NO'],
  DK: ['Denmark', 'Danmark', 'DK'], FI: ['Finland', 'Suomi', 'FI'], PL: ['Poland', 'Polska', 'PL'], PT: ['Portugal', 'PT'], PH: ['Philippines', 'PH'],
  TH: ['Thailand', 'ประเทศไทย', 'TH'], MY: ['Malaysia', 'MY'], ID: ['Indonesia', 'ID'], VN: ['Vietnam', 'Việt Nam', 'VN'], ZA: ['South Africa', 'ZA', 'RSA'],
  AE: ['United Arab Emirates', 'UAE', 'AE'], AR: ['Argentina', 'AR'], CL: ['Chile', 'CL'], CO: ['Colombia', 'CO'], PE: ['Peru', 'Perú', 'PE'],
  UY: ['Uruguay', 'UY'], EC: ['Ecuador', 'EC'], CR: ['Costa Rica', 'CR'], PA: ['Panama', 'Panamá', 'PA'], DO: ['Dominican Republic', 'República Dominicana', 'DO'],
  PR: ['Puerto Rico', 'PR'], IL: ['Israel', 'IL'], TR: ['Türkiye', 'Turkey', 'TR'], SA: ['Saudi Arabia', 'KSA', 'SA'], QA: ['Qatar', 'QA'],
  KW: ['Kuwait', 'KW'], EG: ['Egypt', 'EG'], MA: ['Morocco', 'Maroc', 'MA'], NG: ['Nigeria', 'NG'], KE: ['Kenya', 'KE'], GH: ['Ghana', 'GH'],
  RU: ['Russia', 'Россия', 'RU'], UA: ['Ukraine', 'Україна', 'UA'], CZ: ['Czechia', 'Czech Republic', 'CZ'], SK: ['Slovakia', 'Slovensko', 'SK'], HU: ['Hungary', 'Magyarország', 'HU'],
  RO: ['Romania', 'România', 'RO'], BG: ['Bulgaria', 'BG'], GR: ['Greece', 'Ελλάδα', 'GR'], HR: ['Croatia', 'Hrvatska', 'HR'], SI: ['Slovenia', 'Slovenija', 'SI'],
  RS: ['Serbia', 'Srbija', 'RS'], LU: ['Luxembourg', 'LU'], IS: ['Iceland', 'Ísland', 'IS'], EE: ['Estonia', 'Eesti', 'EE'], LT: ['Lithuania', 'Lietuva', 'LT'],
  LV: ['Latvia', 'Latvija', 'LV'], CY: ['Cyprus', 'CY'], MT: ['Malta', 'MT'], PK: ['Pakistan', 'PK'], BD: ['Bangladesh', 'BD'], LK: ['Sri Lanka', 'LK'],
  NP: ['Nepal', 'NP'], KH: ['Cambodia', 'KH'], MO: ['Macao', 'Macau', '澳門'], JO: ['Jordan', 'JO'],
};

/** A postcode and town as the country writes them ("01310-100 São Paulo", "00-950 Warszawa", "1012 AB Amsterdam"). */
export function postalWorld(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'JP': return `〒${nz(r, 3)}-${d(r, 4)} ${r.pick(['東京都渋谷区', '大阪府大阪市北区', '愛知県名古屋市中区'])}`;
    case 'US': case 'PR': return `${r.pick(['Chicago, IL', 'Denver, CO', 'Boston, MA', 'San Juan, PR'])} ${nz(r, 5)}${r.chance(0.4) ? `-${d(r, 4)}` : ''}`;
    case 'GB': return `${r.pick(['Manchester', 'Leeds', 'Bristol'])} ${upper(r, 2)}${r.int(1, 20)} ${r.int(1, 9)}${upper(r, 2)}`;
    case 'CA': return `${r.pick(['Toronto, ON', 'Montréal, QC', 'Calgary, AB'])} ${upper(r, 1)}${r.int(1, 9)}${upper(r, 1)} ${r.int(1, 9)}${upper(r, 1)}${r.int(1, 9)}`;
    case 'BR': return `${nz(r, 5)}-${d(r, 3)} ${r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Curitiba - PR'])}`;
    case 'PL': return `${d(r, 2)}-${d(r, 3)} ${r.pick(['Warszawa', 'Kraków', 'Gdańsk'])}`;
    case 'PT': return `${nz(r, 4)}-${d(r, 3)} ${r.pick(['Lisboa', 'Porto', 'Braga'])}`;
    case 'NL': return `${nz(r, 4)} ${upper(r, 2)} ${r.pick(['Amsterdam', 'Rotterdam', 'Utrecht'])}`;
    case 'SE': return `${nz(r, 3)} ${d(r, 2)} ${r.pick(['Stockholm', 'Göteborg', 'Malmö'])}`;
    case 'CZ': case 'SK': return `${nz(r, 3)} ${d(r, 2)} ${r.pick(['Praha 1', 'Brno', 'Bratislava'])}`;
    case 'KR': return `${r.pick(['서울특별시 강남구', 'Seoul', '부산광역시'])} ${d(r, 5)}`;
    case 'IN': return `${r.pick(['Bengaluru', 'Mumbai', 'New Delhi'])} - ${nz(r, 6)}`;
    case 'AR': return `${upper(r, 1)}${nz(r, 4)}${upper(r, 3)} ${r.pick(['CABA', 'Córdoba', 'Rosario'])}`;
    case 'IE': return `${r.pick(['Dublin 2', 'Cork', 'Galway'])} ${upper(r, 1)}${d(r, 2)} ${upper(r, 1)}${d(r, 1)}${upper(r, 2)}`;
    case 'DE': case 'FR': case 'ES': case 'IT': case 'FI': case 'MX': case 'HR': case 'EE': case 'MA': case 'UA': case 'SA': case 'TR': case 'EG': case 'PK': case 'MY': case 'ID': case 'TH': case 'KW':
      return `${nz(r, 5)} ${r.pick(['Centro', 'City', 'Stadt', 'Ville'])}`;
    case 'RU': case 'CN': case 'KH': case 'EC': case 'CO': case 'RO': case 'SG': case 'VN': case 'KE':
      return `${nz(r, 6)} ${r.pick(['Centre', 'Capital', 'Downtown'])}`;
    case 'CL': case 'IL': return `${nz(r, 7)} ${r.pick(['Santiago', 'Tel Aviv', 'Centro'])}`;
    default: return `${nz(r, 4)} ${r.pick(['Central', 'City', 'Harbour'])}`;
  }
}

/** A street line as the country writes it. */
export function streetWorld(r: Rng, country: CountryCode): string {
  const n = r.int(1, 250);
  switch (country) {
    case 'JP': return `${r.pick(['神南', '梅田', '栄'])}${r.int(1, 5)}-${r.int(1, 20)}-${r.int(1, 30)} ${r.pick(['第2ビル', 'スクエア', 'タワー'])}${r.int(2, 30)}F`;
    case 'DE': case 'AT': case 'CH': return `${r.pick(['Bahnhofstraße', 'Industriestr.', 'Am Markt'])} ${n}${r.pick(['', 'a', ' / 3. OG'])}`;
    case 'FR': case 'BE': case 'LU': case 'MA': return `${n}, ${r.pick(['rue de la République', 'avenue Foch', 'boulevard Voltaire'])}`;
    case 'ES': case 'MX': case 'AR': case 'CL': case 'CO': case 'PE': case 'UY': case 'EC': case 'CR': case 'PA': case 'DO':
      return `${r.pick(['Calle Mayor', 'Av. Insurgentes Sur', 'Av. Corrientes', 'Carrera 7'])} ${n}${r.pick(['', ', piso 3', ', of. 402'])}`;
    case 'PT': case 'BR': return `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua do Ouro'])}, ${n}${r.pick(['', ' - conj. 41', ', 2º'])}`;
    case 'NL': return `${r.pick(['Keizersgracht', 'Stationsplein', 'Coolsingel'])} ${n}${r.pick(['', '-II', 'B'])}`;
    case 'IT': return `Via ${r.pick(['Roma', 'Garibaldi', 'Dante'])} ${n}`;
    case 'PL': case 'CZ': case 'SK': return `ul. ${r.pick(['Marszałkowska', 'Długa', 'Nowy Świat'])} ${n}/${r.int(1, 40)}`;
    default: return `${n} ${r.pick(['Harbour Road', 'King Street', 'Station Avenue', 'Riverside Drive'])}${r.pick(['', `, Suite ${r.int(100, 999)}`, `, Level ${r.int(2, 30)}`])}`;
  }
}
