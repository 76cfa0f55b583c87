/**
 * Look-alikes only seen6 (the holdout built 2026-12-04 ~20:00) has (bait.ts takes them in for that split):
 * its own reference formats (Salesforce record IDs, kintone record numbers, Chinese and Korean
 * ticket numbers…), and the digits of the work behind contact-centre notes: SIM and subscriber IDs
 * (ICCID, IMSI, EID, PUK, port-out codes), utility meter and supply-point IDs, contact IDs, epoch
 * times and fields of contact records, QA scores, handle times and agent IDs (en, ja), roadside and
 * odometer figures, debt-collection balances and promises to pay, service codes (short codes,
 * USSD, star codes), recruiting figures, Japanese era dates (R6.12.4, H28/4/12), JSON numbers,
 * access codes, fiscal periods and ISO weeks, time-zone offsets, forwarded e-mails' dates; company
 * registrations as each country's e-mail footers print them (HRB, RCS/SIRET, Companies House,
 * P.IVA, NIP, CIN, 統一編號, 사업자등록번호, 会社法人等番号…), plates and national IDs; how its records
 * name their countries and write their addresses over several lines.
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { WORLD_COUNTRY_NAMES } from './bait-seen5';
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const mixed = (r: Rng, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[r.int(0, 61)]).join('');
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
/** A Salesforce record ID: a three-character key prefix, then 15 more (the 18-character form). */
const sfid = (r: Rng, prefix: string): string => `${prefix}${r.pick(['5g', '8d', '2t', '0X', '3k'])}00000${mixed(r, 6)}${upper(r, 3)}${upper(r, 2)}`.slice(0, 18);
const uuid = (r: Rng): string => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
const MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** seen6's own reference formats (no other split writes its references these ways). */
export const SEEN6_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Opportunity|${sfid(r, '006')}`, `kintone レコード番号|${nz(r, 5)}`, `受注伝票|J${d(r, 9)}`, `Commande|CMD${nz(r, 7)}`, `Bestellung|${nz(r, 2)}-${d(r, 6)}-B`,
    `订单号|${nz(r, 18)}`, `주문번호|${r.int(2024, 2027)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${d(r, 7)}`]),
  'case-id': (r) => r.pick([`Vorgang|V${nz(r, 7)}/${r.int(24, 27)}`, `Case ID|${sfid(r, '500')}`, `問合せ管理番号|QA${d(r, 3)}-${d(r, 5)}`, `Zendesk|ZD-${nz(r, 6)}`, `Anfrage|ANF${nz(r, 8)}`, `工单号|${nz(r, 12)}`,
    `접수번호|${nz(r, 4)}-${d(r, 6)}`, `Réclamation|REC/${r.int(2024, 2027)}/${d(r, 5)}`]),
  invoice: (r) => r.pick([`請求書番号|INV${r.int(2024, 2027)}${d(r, 6)}`, `Facture n°|FA${r.int(24, 27)}${pad(r.int(1, 12))}-${d(r, 4)}`, `Rechnungsnr.|RE-${nz(r, 6)}`, `发票号码|${nz(r, 8)}`,
    `Statement|ST-${r.int(2024, 2027)}-${pad(r.int(1, 12))}-${d(r, 5)}`]),
  'customer-id': (r) => r.pick([`Account ID|${sfid(r, '001')}`, `Contact ID|${sfid(r, '003')}`, `顧客ID|C${nz(r, 8)}`, `Kundennummer|KDN ${nz(r, 7)}`, `客户编号|KH${nz(r, 7)}`, `고객번호|${nz(r, 3)}-${d(r, 2)}-${d(r, 5)}`,
    `Sansan ID|SS${nz(r, 9)}`]),
  serial: (r) => r.pick([`Serial|SN${nz(r, 10)}`, `製造番号|${upper(r, 1)}${d(r, 7)}-${d(r, 2)}`, `Part No.|${upper(r, 3)}-${d(r, 5)}-${d(r, 2)}`, `Asset ID|IT-${nz(r, 6)}`, `型番|${upper(r, 2)}-${nz(r, 4)}${upper(r, 1)}`]),
};

/** Kinds of bait only seen6 has. */
export const SEEN6_KINDS: Record<string, Gen> = {
  'sim-id': (r) => r.pick([`ICCID|89${r.pick(['81', '44', '01', '49'])} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 3)}`, `ICCID ${r.pick(['8981', '8944', '8901'])}${d(r, 15)}`, `IMSI|${r.pick(['440 10', '234 15', '310 260', '262 01'])} ${nz(r, 9)}`,
    `EID|${r.pick(['8904', '8903'])}${d(r, 28)}`, `PUK|${d(r, 8)}`, `PUK2 ${d(r, 8)}`, `PAC|${upper(r, 3)}${d(r, 6)}`, `STAC|${d(r, 6)}${upper(r, 3)}`, `MNP予約番号|${nz(r, 10)}`, `SIM番号|${nz(r, 15)}`]),
  'meter-id': (r) => r.pick([`MPRN|${nz(r, 10)}`, `MPAN|${pad(r.int(0, 8))} ${nz(r, 3)} ${d(r, 3)} ${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 3)}`, `Meter serial|${pad(r.int(10, 25))}${upper(r, 1)}${d(r, 7)}`,
    `Zählernummer|1${upper(r, 3)}${d(r, 10)}`, `供給地点特定番号|${pad(r.int(1, 9))} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`, `お客さま番号|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`,
    `Reading|${nz(r, 5)} kWh`, `Gas reading|${nz(r, 4)}.${d(r, 1)} m³`, `PDL|${nz(r, 14)}`, `EAN-code|871${d(r, 15)}`]),
  'contact-id': (r) => r.pick([`ContactId|${uuid(r)}`, `epoch ms|${r.int(1735, 1799)}${d(r, 10)}`, `Trace ID|${hex(r, 32)}`, `CallSid|CA${hex(r, 32)}`, `Interaction|${nz(r, 19)}`, `Contact|${uuid(r)}`]),
  'ctr-field': (r) => r.pick([`"ContactId": "${uuid(r)}"`, `"InitiationTimestamp": "${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${d(r, 3)}Z"`,
    `"Recording": { "Location": "connect-${hex(r, 12)}/CallRecordings/${r.int(2025, 2026)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${uuid(r)}_${r.int(2025, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}_UTC.wav" }`,
    `"InstanceARN": "arn:aws:connect:${r.pick(['ap-northeast-1', 'eu-west-2', 'us-west-2'])}:${nz(r, 12)}:instance/${uuid(r)}"`, `"DisconnectTimestamp": "${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z"`,
    `"QueueInfo": { "Duration": ${r.int(3, 900)}, "EnqueueTimestamp": "${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z" }`]),
  'agent-stat': (r) => r.pick([`${r.int(1, 5)}/5`, `${r.int(60, 100)}/100`, `${r.int(60, 99)}.${d(r, 1)}%`, `${r.int(0, 10)}/10`, `Score ${r.int(60, 100)}/100`, `${r.int(1, 4)} of 4`, `Pass (${r.int(80, 100)}%)`]),
  'cc-metric': (r) => r.pick([`Agent ID|${nz(r, 5)}`, `Station|${nz(r, 4)}`, `AHT 00:${pad(r.int(2, 14))}:${pad(r.int(0, 59))}`, `Talk ${pad(r.int(0, 0))}:${pad(r.int(1, 40))}:${pad(r.int(0, 59))}`, `Hold ${r.int(0, 4)}x (${r.int(10, 300)}s)`,
    `ACW ${r.int(5, 180)}s`, `Skill ${r.int(1, 40)}`, `Form Q${r.int(1, 4)}.${r.int(1, 9)}`]),
  'qa-ja': (r) => r.pick([`${r.int(1, 5)}点／5点`, `${r.int(60, 100)}点`, `${r.int(1, 3)}（${r.pick(['良', '可', '優'])}）`, `${r.int(70, 99)}.${d(r, 1)}%`]),
  'qa-ja-metric': (r) => r.pick([`保留 ${r.int(0, 4)}回（${r.int(10, 300)}秒）`, `後処理 ${r.int(5, 180)}秒`, `平均処理時間 ${r.int(2, 14)}分${pad(r.int(0, 59))}秒`, `オペレーターID|${nz(r, 5)}`, `通話時間 ${r.int(1, 40)}:${pad(r.int(0, 59))}`]),
  roadside: (r) => r.pick([`Odometer|${r.int(1, 240)},${d(r, 3)} km`, `Odometer ${r.int(1, 150)},${d(r, 3)} mi`, `mile marker ${r.int(1, 400)}.${d(r, 1)}`, `I-${r.pick(['95', '80', '5', '10', '75'])} exit ${r.int(1, 300)}${r.pick(['', 'A', 'B'])}`,
    `M${r.int(1, 62)} J${r.int(1, 30)}`, `A${r.int(1, 99)} km ${r.int(1, 600)},${d(r, 1)}`, `Membership|${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 1)}`, `Tow ETA ${r.int(20, 90)} min`, `Tire ${r.int(175, 285)}/${r.int(35, 70)}R${r.int(14, 21)}`,
    `${r.int(1, 200)}kmポスト`]),
  'debt-ref': (r) => r.pick([`Balance|$${r.int(100, 20000).toLocaleString('en-US')}.${d(r, 2)}`, `PTP ${r.int(1, 12)}/${r.int(1, 28)} $${r.int(25, 900)}.00`, `SSN last 4|${d(r, 4)}`, `DOB|${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(1940, 2004)}`,
    `Account|${pad(0, 3)}${nz(r, 7)}`, `Settlement ${r.int(30, 70)}% of $${r.int(1000, 9000).toLocaleString('en-US')}`, `Days past due ${r.int(30, 180)}`, `Last payment ${r.int(1, 12)}/${r.int(1, 28)}/${r.int(24, 26)} $${r.int(20, 500)}.00`]),
  'service-code': (r) => r.pick([`text STOP to ${nz(r, 5)}`, `SMS ${nz(r, 6)}`, `USSD *${r.int(100, 199)}#`, `*${r.int(100, 999)}*${r.int(1, 9)}#`, `dial *${r.int(60, 99)}`, `#${r.int(7000, 9999)}`, 
    `call ${r.pick(['611', '711', '311'])}`, `short code ${nz(r, 5)}`]),
  'hr-ref': (r) => r.pick([`Requisition|R-${r.int(2025, 2027)}-${d(r, 4)}`, `Salary ${r.int(40, 150)},000–${r.int(151, 220)},000`, `€${r.int(40, 120)}k–${r.int(121, 180)}k`, `年収 ${r.int(400, 1200)}万〜${r.int(1201, 1800)}万円`,
    `Notice ${r.int(1, 3)} months`, `Candidate #|${nz(r, 7)}`, `GPA ${r.int(2, 3)}.${d(r, 2)}`, `${r.int(2, 15)} yrs exp.`, `Employee no.|${nz(r, 6)}`]),
  'era-date': (r) => r.pick([`R${r.int(1, 8)}.${r.int(1, 12)}.${r.int(1, 28)}`, `R${pad(r.int(1, 8))}.${pad(r.int(1, 12))}.${pad(r.int(1, 28))}`, `H${r.int(1, 31)}/${r.int(1, 12)}/${r.int(1, 28)}`, `S${r.int(30, 64)}.${r.int(1, 12)}.${r.int(1, 28)}`,
    `${r.int(1, 12)}/${r.int(1, 28)}（${r.pick(['月', '火', '水', '木', '金', '土', '日'])}）`, `R${r.int(6, 8)}年${r.int(1, 12)}月${r.int(1, 28)}日`]),
  'json-num': (r) => r.pick([`"id": ${nz(r, 11)}`, `"created_at": ${r.int(1700000000, 1799999999)}`, `"amount_cents": ${nz(r, 6)}`, `"owner_id": ${nz(r, 9)}`, `"zip": "${nz(r, 5)}"`, `"version": ${r.int(1, 40)}`,
    `"lat": ${r.int(-60, 70)}.${d(r, 6)}`, `"external_ref": "${nz(r, 10)}"`]),
  'access-code': (r) => r.pick([`Gate code|${d(r, 4)}#`, `Alarm code|${d(r, 4)}`, `Key box|${d(r, 4)}`, `Door code ${d(r, 5)}`, `Wi-Fi password|${nz(r, 8)}`, `暗証番号|****`, `オートロック ${d(r, 4)}#`, `Codice portone|${d(r, 4)}`]),
  period: (r) => r.pick([((y: number) => `FY${y}/${String(y + 1).slice(2)}`)(r.int(2025, 2027)), `${r.int(2025, 2027)}-W${pad(r.int(1, 52))}`, `Q${r.int(1, 4)} ${r.int(2025, 2027)}`, `${r.int(1, 12)}/${r.int(1, 14)}-${r.int(15, 28)}`,
    `${MON[r.int(0, 11)]} ${r.int(1, 14)}–${r.int(15, 28)}, ${r.int(2025, 2027)}`, `KW ${r.int(1, 52)}/${r.int(2025, 2027)}`]),
  tz: (r) => r.pick([`(GMT+09:00) Osaka, Sapporo, Tokyo`, `(UTC${r.pick(['+01:00', '+05:30', '+08:00', '+10:00', '−05:00', '-08:00', '+03:00'])})`, `GMT+5:30`, `UTC-08:00`, `+0${r.int(1, 9)}00`, `CET (UTC+1)`, `JST (UTC+9)`,
    `(GMT-05:00) Eastern Time (US & Canada)`]),
  // How a forwarded e-mail's header dates its original, in the numeric ways of several locales.
  'mail-date': (r) => {
    const y = r.int(2025, 2026); const m = r.int(1, 12); const day = r.int(1, 28); const t = `${pad(r.int(7, 19))}:${pad(r.int(0, 59))}`;
    return r.pick([`${pad(day)}.${pad(m)}.${y} ${t}`, `${pad(day)}/${pad(m)}/${y} ${t}`, `${y}-${pad(m)}-${pad(day)} ${t}`, `${day}.${m}.${String(y).slice(2)}, ${t}`, `${m}/${day}/${y} ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`]);
  },
};

/** A company registration as an e-mail footer of the record's country prints it. */
export function companyReg(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'DE': return r.pick([`Amtsgericht ${r.pick(['München', 'Hamburg', 'Charlottenburg'])} HRB ${nz(r, 6)}`, `USt-IdNr.: DE${nz(r, 9)}`, `Steuer-Nr. ${d(r, 3)}/${d(r, 3)}/${d(r, 5)}`]);
    case 'AT': return r.pick([`FN ${nz(r, 6)}${r.pick(['a', 'b', 'k'])}, Handelsgericht Wien`, `UID ATU${nz(r, 8)}`]);
    case 'CH': case 'LI': return r.pick([`Handelsregister ${r.pick(['Zürich', 'Basel', 'Vaduz'])} CHE-${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`, `MWST CHE-${d(r, 3)}.${d(r, 3)}.${d(r, 3)} MWST`]);
    case 'FR': case 'RE': case 'GP': case 'MQ': case 'NC': case 'PF': case 'MC': return r.pick([`RCS ${r.pick(['Paris', 'Lyon', 'Saint-Denis', 'Nanterre'])} ${nz(r, 3)} ${d(r, 3)} ${d(r, 3)}`, `SIRET ${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} ${d(r, 5)}`, `SAS au capital de ${r.int(1, 500)} 000 €`, `N° TVA FR${d(r, 2)} ${nz(r, 9)}`]);
    case 'BE': case 'LU': return r.pick([`BCE 0${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`, `RPM Bruxelles 0${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`, `RCS Luxembourg B${nz(r, 6)}`]);
    case 'GB': case 'JE': case 'GG': case 'IM': return r.pick([`Registered in England and Wales No. ${pad(r.int(0, 12))}${d(r, 6)}`, `Company No. ${nz(r, 8)}`, `VAT Reg. No. GB ${nz(r, 3)} ${d(r, 4)} ${d(r, 2)}`, `JFSC registered, company no. ${nz(r, 6)}`]);
    case 'IE': return `Registered in Ireland No. ${nz(r, 6)}`;
    case 'IT': case 'SM': return r.pick([`P.IVA ${d(r, 11)}`, `C.F. e P.IVA ${d(r, 11)}`, `REA MI-${nz(r, 7)}`, `Cap. soc. € ${r.int(10, 900)}.000 i.v.`]);
    case 'ES': return r.pick([`CIF ${upper(r, 1)}${d(r, 8)}`, `Inscrita en el Registro Mercantil de Madrid, Tomo ${nz(r, 5)}, Folio ${r.int(1, 220)}, Hoja M-${nz(r, 6)}`]);
    case 'NL': case 'AW': case 'CW': case 'SR': return r.pick([`KvK ${nz(r, 8)}`, `BTW NL${nz(r, 9)}B01`]);
    case 'PL': return r.pick([`NIP ${nz(r, 3)}-${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`, `KRS 0000${nz(r, 6)}`, `REGON ${nz(r, 9)}`]);
    case 'SE': case 'NO': case 'DK': case 'FI': case 'FO': case 'GL': return r.pick([`Org.nr. ${nz(r, 6)}-${d(r, 4)}`, `CVR ${nz(r, 8)}`, `Y-tunnus ${nz(r, 7)}-${r.int(0, 9)}`, `Org. nr. ${nz(r, 3)} ${d(r, 3)} ${d(r, 3)} MVA`]);
    case 'IN': case 'AF': case 'BT': case 'NP': case 'LK': return r.pick([`CIN ${upper(r, 1)}${d(r, 5)}${upper(r, 2)}${r.int(1990, 2024)}${upper(r, 3)}${d(r, 6)}`, `GSTIN ${pad(r.int(1, 37))}${upper(r, 5)}${d(r, 4)}${upper(r, 1)}1Z${d(r, 1)}`]);
    case 'TW': return `統一編號 ${nz(r, 8)}`;
    case 'KR': return r.pick([`사업자등록번호 ${nz(r, 3)}-${d(r, 2)}-${d(r, 5)}`, `통신판매업신고 제${r.int(2018, 2026)}-서울강남-${d(r, 5)}호`]);
    case 'CN': case 'HK': case 'MO': return r.pick([`统一社会信用代码 91${d(r, 6)}${upper(r, 2)}${d(r, 7)}${upper(r, 1)}`, `BR No. ${nz(r, 8)}`, `ICP备${nz(r, 8)}号`]);
    case 'JP': return r.pick([`会社法人等番号 ${nz(r, 4)}-${d(r, 2)}-${d(r, 6)}`, `資本金 ${r.int(1, 99)},${d(r, 3)}万円`]);
    case 'US': case 'CA': return r.pick([`EIN ${nz(r, 2)}-${d(r, 7)}`, `NMLS #${nz(r, 6)}`, `BN ${nz(r, 9)} RT0001`]);
    default: return r.pick([`Reg. No. ${nz(r, 7)}`, `Tax ID ${nz(r, 9)}`, `Business licence ${upper(r, 2)}/${r.int(2015, 2026)}/${nz(r, 5)}`]);
  }
}

/** A vehicle of the record's country as a booking or a roadside case names it: its plate or chassis number. */
export function vehicle(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'JP': return r.pick([`${r.pick(['品川', '練馬', '横浜', 'なにわ', '福岡'])} ${nz(r, 3)} ${r.pick(['あ', 'さ', 'わ', 'ね'])} ${nz(r, 2)}-${d(r, 2)}`, `車台番号 ${upper(r, 3)}${r.int(10, 99)}-${nz(r, 7)}`]);
    case 'GB': case 'JE': case 'GG': case 'IM': case 'IE': return r.pick([`${upper(r, 2)}${pad(r.int(10, 75))} ${upper(r, 3)}`, `${r.int(11, 25)}-${r.pick(['D', 'C', 'G'])}-${nz(r, 5)}`]);
    case 'DE': case 'AT': case 'CH': return `${r.pick(['M', 'B', 'HH', 'K', 'W', 'ZH'])}-${upper(r, 2)} ${nz(r, 4)}`;
    case 'US': case 'CA': case 'PR': return r.pick([`${r.int(1, 9)}${upper(r, 3)}${d(r, 3)}`, `VIN ending ${d(r, 6)}`]);
    case 'FR': return `${upper(r, 2)}-${d(r, 3)}-${upper(r, 2)}`;
    case 'IN': return `${r.pick(['MH', 'DL', 'KA'])} ${pad(r.int(1, 50))} ${upper(r, 2)} ${nz(r, 4)}`;
    default: return r.pick([`${upper(r, 3)} ${nz(r, 4)}`, `Chassis ${upper(r, 3)}${nz(r, 8)}`]);
  }
}

/** A national ID as the record's country writes it (the caller asks not to send it). */
export function nationalId(r: Rng, country: CountryCode): string {
  switch (country) {
    case 'KR': return `주민등록번호 ${pad(r.int(60, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.int(1, 4)}******`;
    case 'CN': return `身份证号 ${nz(r, 6)}${r.int(1960, 2004)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${d(r, 3)}${r.pick(['X', String(r.int(0, 9))])}`;
    case 'TW': return `身分證字號 ${upper(r, 1)}${r.int(1, 2)}${d(r, 8)}`;
    case 'HK': case 'MO': return `HKID ${upper(r, 1)}${d(r, 6)}(${r.int(0, 9)})`;
    case 'SG': return `NRIC ${r.pick(['S', 'T'])}${d(r, 7)}${upper(r, 1)}`;
    case 'MY': return `MyKad ${pad(r.int(60, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${pad(r.int(1, 16))}-${d(r, 4)}`;
    case 'TH': return `Thai ID ${r.int(1, 8)} ${d(r, 4)} ${d(r, 5)} ${d(r, 2)} ${d(r, 1)}`;
    case 'ID': return `NIK ${nz(r, 16)}`;
    case 'VN': return `CCCD 0${d(r, 11)}`;
    case 'JP': return `在留カード番号 ${upper(r, 2)}${d(r, 8)}${upper(r, 2)}`;
    default: return r.pick([`ID card ${upper(r, 2)}${d(r, 7)}`, `National ID ${nz(r, 10)}`]);
  }
}

/** Japanese names of the countries Japanese agents' records name most. */
const JA_NAMES: Partial<Record<CountryCode, string>> = {
  JP: '日本', US: 'アメリカ合衆国', GB: 'イギリス', KR: '大韓民国', CN: '中華人民共和国', TW: '台湾', HK: '香港', SG: 'シンガポール', TH: 'タイ', VN: 'ベトナム', PH: 'フィリピン', ID: 'インドネシア',
  DE: 'ドイツ', FR: 'フランス', IT: 'イタリア', ES: 'スペイン', BR: 'ブラジル', PE: 'ペルー', MX: 'メキシコ', AU: 'オーストラリア', NZ: 'ニュージーランド', PG: 'パプアニューギニア',
};

/** Names of the regions this split adds (English, the local name, the ISO code). */
const NEW_NAMES: Partial<Record<CountryCode, readonly string[]>> = {
  BB: ['Barbados', 'BRB'], AG: ['Antigua and Barbuda', 'ATG'], LC: ['Saint Lucia', 'LCA'], KY: ['Cayman Islands', 'CYM'], BM: ['Bermuda', 'BMU'], GU: ['Guam', 'GUM'],
  VI: ['U.S. Virgin Islands', 'VIR'], TC: ['Turks and Caicos Islands', 'TCA'], SX: ['Sint Maarten', 'SXM'], JE: ['Jersey', 'JEY'], GG: ['Guernsey', 'GGY'], IM: ['Isle of Man', 'IMN'],
  FO: ['Faroe Islands', 'Føroyar', 'FRO'], GL: ['Greenland', 'Kalaallit Nunaat', 'GRL'], SM: ['San Marino', 'SMR'], XK: ['Kosovo', 'Kosova', 'XKX'], AO: ['Angola', 'AGO'],
  MZ: ['Mozambique', 'Moçambique', 'MOZ'], NA: ['Namibia', 'NAM'], MW: ['Malawi', 'MWI'], MG: ['Madagascar', 'MDG'], BJ: ['Benin', 'Bénin', 'BEN'], ML: ['Mali', 'MLI'],
  NE: ['Niger', 'NER'], TG: ['Togo', 'TGO'], GA: ['Gabon', 'GAB'], CD: ['DR Congo', 'RD Congo', 'COD'], CG: ['Republic of the Congo', 'Congo-Brazzaville', 'COG'], GN: ['Guinea', 'Guinée', 'GIN'],
  SL: ['Sierra Leone', 'SLE'], LR: ['Liberia', 'LBR'], GM: ['The Gambia', 'GMB'], CV: ['Cabo Verde', 'Cape Verde', 'CPV'], SC: ['Seychelles', 'SYC'], KG: ['Kyrgyzstan', 'KGZ'],
  TJ: ['Tajikistan', 'TJK'], AF: ['Afghanistan', 'AFG'], BT: ['Bhutan', 'BTN'], PS: ['Palestine', 'PSE'], YE: ['Yemen', 'YEM'], PG: ['Papua New Guinea', 'PNG'],
  NC: ['New Caledonia', 'Nouvelle-Calédonie', 'NCL'], PF: ['French Polynesia', 'Polynésie française', 'PYF'], HT: ['Haiti', 'Haïti', 'HTI'], GY: ['Guyana', 'GUY'], SR: ['Suriname', 'SUR'],
  BZ: ['Belize', 'BLZ'], GP: ['Guadeloupe', 'GLP'], MQ: ['Martinique', 'MTQ'], AW: ['Aruba', 'ABW'], CW: ['Curaçao', 'CUW'], RE: ['Réunion', 'La Réunion', 'REU'],
};

/** How this split's records name their countries: English, the local name, ISO codes (two and three letters), Japanese. */
export function countryNames(country: CountryCode): readonly string[] {
  const names = [...(WORLD_COUNTRY_NAMES[country] ?? NEW_NAMES[country] ?? []), country];
  const ja = JA_NAMES[country];
  if (ja) names.push(ja);
  return [...new Set(names)];
}

/** The lines of a postal address of the record's country, before its country's name: its digits are bait. */
export function addressLines(r: Rng, country: CountryCode): string {
  const lines = ((): string[] => {
    switch (country) {
      case 'JP': return [`〒${nz(r, 3)}-${d(r, 4)}`, `${r.pick(['大阪府大阪市中央区本町', '愛知県名古屋市中村区名駅', '宮城県仙台市青葉区一番町'])}${r.int(1, 4)}-${r.int(1, 20)}-${r.int(1, 30)}`, `${r.pick(['第二', 'センター', '本町'])}ビル ${r.int(2, 30)}F`];
      case 'US': return [`${r.int(100, 9999)} ${r.pick(['Peachtree St NE', 'Michigan Ave', 'Congress Ave'])}, ${r.pick(['Ste', 'Suite', 'Fl'])} ${r.int(100, 2400)}`, `${r.pick(['Atlanta, GA', 'Chicago, IL', 'Austin, TX'])} ${nz(r, 5)}-${d(r, 4)}`];
      case 'GB': case 'JE': case 'GG': case 'IM': {
        const town = { JE: 'St Helier', GG: 'St Peter Port', IM: 'Douglas' }[country as string] ?? r.pick(['Leeds', 'Bristol', 'Norwich']);
        return [`Flat ${r.int(1, 40)}, ${r.int(1, 300)} ${r.pick(['Victoria Road', 'The Parade', 'Harbour Street'])}`, town, `${upper(r, 2)}${r.int(1, 20)} ${r.int(1, 9)}${upper(r, 2)}`];
      }
      case 'DE': case 'AT': case 'CH': return [`${r.pick(['Industriestraße', 'Bahnhofstrasse', 'Mariahilfer Straße'])} ${r.int(1, 200)}${r.pick(['', 'a', 'b'])}`,
        `${country === 'DE' ? nz(r, 5) : nz(r, 4)} ${r.pick(country === 'DE' ? ['Köln', 'Leipzig'] : country === 'AT' ? ['Graz', 'Linz'] : ['Bern', 'Luzern'])}`];
      case 'FR': case 'RE': case 'GP': case 'MQ': case 'NC': case 'PF': {
        const town = { RE: 'Saint-Denis', GP: 'Pointe-à-Pitre', MQ: 'Fort-de-France', NC: 'Nouméa', PF: 'Papeete' }[country as string] ?? r.pick(['Nantes', 'Lille']);
        return [`${r.int(1, 200)}, ${r.pick(['rue Victor Hugo', 'avenue de la République', 'boulevard du Front de Mer'])}`, `${r.pick(['BP', 'CS'])} ${nz(r, 5)}`, `${nz(r, 5)} ${town} Cedex`];
      }
      case 'KR': return [`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로'])} ${r.int(1, 500)}`, `${r.int(1, 30)}층 (우 ${nz(r, 5)})`];
      case 'CN': return [`上海市浦东新区世纪大道${r.int(1, 300)}号 ${r.int(2, 40)}楼`, `邮编 ${nz(r, 6)}`];
      case 'TW': return [`台北市信義區松仁路${r.int(1, 300)}號 ${r.int(2, 40)}樓`, `郵遞區號 ${nz(r, 3)}`];
      case 'HK': return [`香港中環皇后大道中${r.int(1, 300)}號 ${r.int(2, 40)}樓`];
      case 'BR': return [`Av. Paulista, ${r.int(1, 2000)}, ${r.pick(['sala', 'andar'])} ${r.int(1, 30)}`, `${nz(r, 5)}-${d(r, 3)} São Paulo - SP`];
      case 'PT': case 'AO': case 'MZ': case 'CV': {
        const town = { AO: 'Luanda', MZ: 'Maputo', CV: 'Praia' }[country as string] ?? 'Lisboa';
        return [`${r.pick(['Rua Augusta', 'Avenida 4 de Fevereiro', 'Rua da Liberdade'])}, ${r.int(1, 2000)}, ${r.pick(['sala', 'andar'])} ${r.int(1, 30)}`, country === 'PT' ? `${nz(r, 4)}-${d(r, 3)} ${town}` : `${town}, Caixa Postal ${nz(r, 4)}`];
      }
      default: return [`${r.pick(['P.O. Box', 'PO Box', 'Plot'])} ${nz(r, 4)}`, `${r.int(1, 400)} ${r.pick(['Independence Avenue', 'Main Road', 'Harbour Drive', 'Airport Road'])}`, `${r.pick(['Central District', 'Old Town', 'Business Park'])} ${nz(r, 5)}`];
    }
  })();
  return lines.join('\n');
}
