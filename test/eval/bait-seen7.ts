/**
 * Look-alikes only seen7 (the holdout built 2026-12-04 ~21:00) has (bait.ts takes them in for that split):
 * its own reference formats (Zoho, Freshdesk and ServiceNow records, Japanese 伝票 and 申請 numbers,
 * Korean, Thai, Vietnamese, Indonesian, Turkish and Polish order and invoice numbers…), and the
 * digits of the paperwork behind its texts: parcel-slip and redelivery numbers (不在票), complaint-record fields (苦情対応記録), SMS and
 * IVR log fields, clinical codes and readings, prescriber and provider IDs (NPI, GMC, 医籍),
 * school references (出席番号, 学籍番号, class and bus numbers), trade IDs (DUNS, HS codes, GLN,
 * EORI), national IDs of Europe, the Middle East and South-East Asia (PESEL, TC Kimlik, Teudat
 * Zehut, Emirates ID, NIK, Thai ID, CCCD), spreadsheet artefacts (Excel's "8.19012E+11", serial
 * dates, #N/A), HTML left over in text (entities, colours, sizes, cid: images, tracking IDs),
 * amounts in local ways (₩, Rp, ₫, ฿, TL, zł, ₪, ر.س), dates of other calendars (Buddhist, ROC,
 * Hijri, Korean dotted), bank accounts as South-East Asian, Turkish, Polish and Israeli banks
 * write them, chat and meeting furniture, municipal references (住民票コード, 受付番号, 手数料) and
 * order lines (quantities, unit prices, line numbers).
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
const thousands = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** seen7's own reference formats (no other split writes its references these ways). */
export const SEEN7_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Potential|zcrm_${nz(r, 19)}`, `Sales Order|SO-${upper(r, 2)}${nz(r, 5)}`, `発注書No.|HC${r.int(24, 27)}${pad(r.int(1, 12))}-${d(r, 4)}`, `주문 번호|ORD-${nz(r, 8)}`,
    `Sipariş No|SP${nz(r, 9)}`, `Zamówienie nr|ZAM/${d(r, 4)}/${r.int(2024, 2027)}`, `Mã đơn hàng|DH${nz(r, 8)}`, `No. Pesanan|INV/${r.int(2024, 2027)}/${upper(r, 3)}/${d(r, 6)}`]),
  'case-id': (r) => r.pick([`Ticket|#FD-${nz(r, 6)}`, `Incident|RITM${pad(r.int(0, 99), 7)}`, `Change|CHG${pad(r.int(0, 999), 7)}`, `Task|TASK${pad(r.int(0, 9999), 7)}`, `受付番号|U${d(r, 2)}-${nz(r, 6)}`,
    `문의번호|Q${nz(r, 9)}`, `Talep No|TLP-${nz(r, 7)}`, `Zgłoszenie|ZG-${nz(r, 5)}/${pad(r.int(1, 12))}`]),
  invoice: (r) => r.pick([`Invoice|ZI-${nz(r, 7)}`, `세금계산서|${r.int(2024, 2027)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${nz(r, 8)}`, `Faktura VAT|FV/${d(r, 3)}/${pad(r.int(1, 12))}/${r.int(2024, 2027)}`,
    `Fatura No|GIB${r.int(2024, 2027)}${nz(r, 9)}`, `ใบกำกับภาษี|IV${nz(r, 8)}`, `Hóa đơn số|${pad(r.int(1, 9999999), 7)}`, `納品書番号|NH${nz(r, 3)}-${d(r, 5)}`]),
  'customer-id': (r) => r.pick([`Zoho Contact|zcrm_${nz(r, 18)}`, `Requester ID|${nz(r, 11)}`, `sys_id|${hex(r, 32)}`, `会員ID|M${nz(r, 9)}`, `Müşteri No|${nz(r, 10)}`, `Numer klienta|KL/${nz(r, 6)}`,
    `รหัสลูกค้า|CUST-TH${nz(r, 5)}`, `Mã KH|KH-${nz(r, 6)}`]),
  serial: (r) => r.pick([`CI|CMDB${nz(r, 7)}`, `機番|${upper(r, 2)}${nz(r, 6)}`, `Seri No|${upper(r, 1)}${nz(r, 11)}`, `Nr seryjny|${upper(r, 3)}${nz(r, 9)}`, `IMEI|${nz(r, 15)}`]),
};

/** Kinds of bait only seen7 has. */
export const SEEN7_KINDS: Record<string, Gen> = {
  takuhai: (r) => r.pick([`お問い合わせ伝票番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `ご不在連絡票No.|${nz(r, 7)}`, `追跡番号|${nz(r, 12)}`, `配達店コード|${d(r, 3)}-${d(r, 3)}`, `お届け予定|${r.int(1, 12)}/${r.int(1, 28)} ${r.pick(['午前中', '14-16時', '16-18時', '19-21時'])}`,
    `再配達受付番号|${nz(r, 4)}-${d(r, 4)}`, `お荷物個数|${r.int(1, 5)}個`]),
  'sms-meta': (r) => r.pick([`MessageSid|SM${hex(r, 32)}`, `segments|${r.int(1, 4)}`, `DLR|${r.pick(['0/1', '1/1', '2/2'])}`, `error|${r.pick(['30003', '30005', '30007', '21610'])}`, `chars|${r.int(20, 160)}/${r.pick(['160', '153', '70'])}`,
    `keyword|STOP at ${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`, `campaign|CMP-${nz(r, 6)}`, `MO id|${nz(r, 16)}`]),
  clinical: (r) => r.pick([`ICD-10|${upper(r, 1)}${d(r, 2)}.${d(r, r.int(1, 3))}`, `BP|${r.int(100, 170)}/${r.int(60, 100)} mmHg`, `HR|${r.int(50, 120)} bpm`, `SpO2|${r.int(88, 100)}%`, `HbA1c|${r.int(5, 11)}.${d(r, 1)}%`,
    `Dose|${r.pick(['250', '500', '1000', '5', '10', '20'])} mg ${r.pick(['bd', 'tds', 'od', '1-0-1'])}`, `Weight|${r.int(40, 130)}.${d(r, 1)} kg`, `eGFR|${r.int(15, 120)} mL/min/1.73m²`, `LOT|${upper(r, 2)}${nz(r, 5)}`]),
  'provider-id': (r) => r.pick([`NPI|${r.pick(['1', '2'])}${d(r, 9)}`, `GMC No.|${nz(r, 7)}`, `DEA|${upper(r, 2)}${nz(r, 7)}`, `医籍登録番号|${nz(r, 6)}`, `保険医療機関コード|${nz(r, 2)}${d(r, 5)}`, `ODS code|${upper(r, 1)}${nz(r, 5)}`,
    `NHS No.|${nz(r, 3)} ${d(r, 3)} ${d(r, 4)}`, `MRN|${nz(r, 8)}`]),
  'school-ref': (r) => r.pick([`${r.int(1, 6)}年${r.int(1, 8)}組 ${r.int(1, 40)}番`, `学籍番号|${r.int(20, 26)}${d(r, 6)}`, `出席番号|${r.int(1, 40)}`, `Student ID|${nz(r, 8)}`, `Bus route|${r.int(1, 60)}${r.pick(['', 'A', 'B'])}`, `Class|${r.int(1, 12)}${upper(r, 1)}`,
    `Year|${r.int(7, 13)}`, `Room|${r.int(1, 3)}${d(r, 2)}`, `Locker|${nz(r, 3)}`]),
  'trade-id': (r) => r.pick([`D-U-N-S|${d(r, 2)}-${d(r, 3)}-${d(r, 4)}`, `DUNS|${nz(r, 9)}`, `HS code|${d(r, 4)}.${d(r, 2)}.${d(r, 4)}`, `HS|${d(r, 6)}`, `GLN|${nz(r, 13)}`, `EORI|${r.pick(['DE', 'FR', 'NL', 'PL', 'GB'])}${nz(r, 12)}`,
    `Incoterms|${r.pick(['FOB', 'CIF', 'DAP', 'EXW'])} ${r.pick(['Yokohama', 'Rotterdam', 'Busan', 'Gdańsk'])}`, `Container|${upper(r, 4)} ${d(r, 6)}-${d(r, 1)}`]),
  'civil-id': (r) => r.pick([`PESEL|${d(r, 11)}`, `TC Kimlik No|${nz(r, 11)}`, `ת.ז.|${d(r, 9)}`, `Emirates ID|784-${r.int(1950, 2005)}-${d(r, 7)}-${d(r, 1)}`, `NIK|${nz(r, 16)}`, `เลขประจำตัวประชาชน|${nz(r, 1)}-${d(r, 4)}-${d(r, 5)}-${d(r, 2)}-${d(r, 1)}`,
    `CCCD|0${d(r, 11)}`, `Iqama|2${d(r, 9)}`, `National ID|${nz(r, 14)}`]),
  'sheet-artefact': (r) => r.pick([`${r.int(1, 9)}.${d(r, 5)}E+${r.int(9, 12)}`, `${r.int(1, 9)}.${d(r, 4)}E+${r.int(9, 12)}`, `${r.int(44000, 46500)}`, `${r.int(44000, 46500)}.${d(r, 4)}`, '#N/A', '#VALUE!', '########',
    `=SUM(C${r.int(2, 9)}:C${r.int(10, 400)})`]),
  'html-residue': (r) => r.pick([`&#${r.int(160, 12543)};`, `#${hex(r, 6)}`, `width="${r.int(1, 800)}" height="${r.int(1, 600)}"`, `[cid:image00${r.int(1, 9)}.png@01D${upper(r, 1)}${hex(r, 5).toUpperCase()}.${hex(r, 8).toUpperCase()}]`,
    `style="font-size:${r.int(8, 14)}pt;line-height:${r.int(100, 150)}%"`, `<${r.pick(['td', 'span', 'p'])} data-id="${nz(r, 10)}">`, `utm_campaign=${r.int(2024, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}`, `?mid=${nz(r, 12)}`]),
  'local-amount': (r) => r.pick([`₩${thousands(r.int(1000, 99999) * 100, ',')}`, `Rp ${thousands(r.int(10, 9999) * 1000, '.')},00`, `${thousands(r.int(10, 9999) * 1000, '.')} ₫`, `฿${thousands(r.int(100, 999999), ',')}.${d(r, 2)}`,
    `${thousands(r.int(100, 999999), '.')},${d(r, 2)} TL`, `${thousands(r.int(100, 999999), ' ')},${d(r, 2)} zł`, `₪${thousands(r.int(100, 99999), ',')}`, `${r.int(100, 99999)} ر.س`, `${thousands(r.int(1000, 9999999), ',')}元`]),
  'calendar-date': (r) => r.pick([`${r.int(1, 28)} ${r.pick(['ม.ค.', 'มี.ค.', 'ธ.ค.', 'พ.ย.'])} ${r.int(2566, 2570)}`, `民國${r.int(112, 116)}年${r.int(1, 12)}月${r.int(1, 28)}日`, `${r.int(112, 116)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}`,
    `${r.int(1446, 1449)}/${pad(r.int(1, 12))}/${pad(r.int(1, 29))} هـ`, `${r.int(2024, 2027)}. ${r.int(1, 12)}. ${r.int(1, 28)}.`, `${r.int(2024, 2027)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일`, `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(2024, 2027)} r.`]),
  'bank-local': (r) => r.pick([`BCA|${nz(r, 10)}`, `Mandiri|${nz(r, 3)}-${d(r, 2)}-${d(r, 7)}-${d(r, 1)}`, `Kasikorn|${nz(r, 3)}-${d(r, 1)}-${d(r, 5)}-${d(r, 1)}`, `Vietcombank|${nz(r, 13)}`, `IBAN|TR${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}`,
    `Nr rachunku|${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `בנק ${r.int(10, 31)}, סניף ${d(r, 3)}, חשבון|${nz(r, 6)}`, `KEB Hana|${nz(r, 3)}-${d(r, 6)}-${d(r, 5)}`]),
  'chat-meta': (r) => r.pick([`[${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}]`, `Call ended ${r.int(1, 59)}m ${r.int(1, 59)}s`, `${r.int(2, 40)} replies`, `Edited ${r.int(1, 12)}:${pad(r.int(0, 59))}`,
    `Meeting ended: ${r.int(0, 2)}h ${r.int(1, 59)}m ${r.int(1, 59)}s`, `${r.int(2, 30)} participants`, `Recording ${pad(r.int(0, 1))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}`, `👍 ${r.int(1, 12)}`]),
  'muni-ref': (r) => r.pick([`住民票コード|${nz(r, 11)}`, `受付番号|第${nz(r, 5)}号`, `手数料|${r.pick(['300', '350', '450', '1,100'])}円`, `整理番号|${r.int(1, 9)}-${d(r, 4)}`, `世帯番号|${nz(r, 8)}`, `申請書番号|R${r.int(6, 8)}-${d(r, 5)}`,
    `Case ref.|${upper(r, 3)}/${r.int(2024, 2027)}/${d(r, 5)}`, `Council Tax ref|${nz(r, 9)}`]),
  'order-line': (r) => r.pick([`Line ${r.int(1, 30) * 10}`, `${r.int(1, 500)} × ${r.pick(['¥', '$', '€'])}${thousands(r.int(10, 99999), ',')}`, `Qty ${r.int(1, 9999)} @ ${r.int(1, 999)}.${d(r, 2)}`, `${r.int(1, 99)} ctn / ${r.int(1, 24) * 12} pcs`,
    `MOQ ${r.int(1, 50) * 100}`, `Lead time ${r.int(2, 16)} wks`, `Unit price ${r.int(1, 999)}.${d(r, 2)}`, `Subtotal ${thousands(r.int(1000, 9999999), ',')}`]),
  'complaint-ref': (r) => r.pick([`苦情受付No.|K${r.int(24, 27)}-${d(r, 5)}`, `対応回数|第${r.int(1, 9)}回`, `重要度|${r.pick(['A', 'B', 'C'])}（${r.int(1, 5)}）`, `所要時間|${r.int(5, 90)}分`, `再発防止策|No.${r.int(1, 20)}`,
    `返金額|${r.pick(['1,980', '3,300', '12,800', '550'])}円`, `記録日時|${r.int(1, 12)}/${r.int(1, 28)} ${r.int(9, 20)}:${pad(r.int(0, 59))}`, `対応者コード|${upper(r, 2)}${d(r, 4)}`]),
};

/**
 * Amounts, national IDs, dates and bank accounts as the record's country writes them (Thai text has
 * baht, Buddhist-era dates, a Thai ID and a Kasikorn account, not a PESEL); other countries draw
 * from every form above.
 */
const LOCAL: Record<string, Partial<Record<'local-amount' | 'civil-id' | 'calendar-date' | 'bank-local', Gen>>> = {
  TH: { 'local-amount': (r) => `฿${thousands(r.int(100, 999999), ',')}.${d(r, 2)}`, 'civil-id': (r) => `เลขประจำตัวประชาชน ${nz(r, 1)}-${d(r, 4)}-${d(r, 5)}-${d(r, 2)}-${d(r, 1)}`,
    'calendar-date': (r) => `${r.int(1, 28)} ${r.pick(['ม.ค.', 'มี.ค.', 'ธ.ค.', 'พ.ย.'])} ${r.int(2566, 2570)}`, 'bank-local': (r) => `Kasikorn ${nz(r, 3)}-${d(r, 1)}-${d(r, 5)}-${d(r, 1)}` },
  VN: { 'local-amount': (r) => `${thousands(r.int(10, 9999) * 1000, '.')} ₫`, 'civil-id': (r) => `CCCD 0${d(r, 11)}`, 'calendar-date': (r) => `ngày ${r.int(1, 28)} tháng ${r.int(1, 12)} năm ${r.int(2024, 2027)}`,
    'bank-local': (r) => `Vietcombank ${nz(r, 13)}` },
  ID: { 'local-amount': (r) => `Rp ${thousands(r.int(10, 9999) * 1000, '.')},00`, 'civil-id': (r) => `NIK ${nz(r, 16)}`, 'calendar-date': (r) => `${r.int(1, 28)} ${r.pick(['Januari', 'Maret', 'Agustus', 'Desember'])} ${r.int(2024, 2027)}`,
    'bank-local': (r) => r.pick([`BCA ${nz(r, 10)}`, `Mandiri ${nz(r, 3)}-${d(r, 2)}-${d(r, 7)}-${d(r, 1)}`]) },
  KR: { 'local-amount': (r) => `₩${thousands(r.int(1000, 99999) * 100, ',')}`, 'calendar-date': (r) => r.pick([`${r.int(2024, 2027)}. ${r.int(1, 12)}. ${r.int(1, 28)}.`, `${r.int(2024, 2027)}년 ${r.int(1, 12)}월 ${r.int(1, 28)}일`]),
    'bank-local': (r) => `KEB Hana ${nz(r, 3)}-${d(r, 6)}-${d(r, 5)}` },
  TW: { 'calendar-date': (r) => r.pick([`民國${r.int(112, 116)}年${r.int(1, 12)}月${r.int(1, 28)}日`, `${r.int(112, 116)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}`]), 'local-amount': (r) => `NT$${thousands(r.int(100, 999999), ',')}` },
  CN: { 'local-amount': (r) => `${thousands(r.int(1000, 9999999), ',')}元`, 'calendar-date': (r) => `${r.int(2024, 2027)}年${r.int(1, 12)}月${r.int(1, 28)}日` },
  TR: { 'local-amount': (r) => `${thousands(r.int(100, 999999), '.')},${d(r, 2)} TL`, 'civil-id': (r) => `TC Kimlik No ${nz(r, 11)}`,
    'bank-local': (r) => `IBAN TR${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 2)}` },
  PL: { 'local-amount': (r) => `${thousands(r.int(100, 999999), ' ')},${d(r, 2)} zł`, 'civil-id': (r) => `PESEL ${d(r, 11)}`, 'calendar-date': (r) => `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(2024, 2027)} r.`,
    'bank-local': (r) => `Nr rachunku ${d(r, 2)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}` },
  IL: { 'local-amount': (r) => `₪${thousands(r.int(100, 99999), ',')}`, 'civil-id': (r) => `ת.ז. ${d(r, 9)}`, 'bank-local': (r) => `בנק ${r.int(10, 31)}, סניף ${d(r, 3)}, חשבון ${nz(r, 6)}` },
  AE: { 'local-amount': (r) => `AED ${thousands(r.int(100, 99999), ',')}.00`, 'civil-id': (r) => `Emirates ID 784-${r.int(1950, 2005)}-${d(r, 7)}-${d(r, 1)}`, 'calendar-date': (r) => `${r.int(1446, 1449)}/${pad(r.int(1, 12))}/${pad(r.int(1, 29))} هـ` },
  SA: { 'local-amount': (r) => `${r.int(100, 99999)} ر.س`, 'civil-id': (r) => `Iqama 2${d(r, 9)}`, 'calendar-date': (r) => `${r.int(1446, 1449)}/${pad(r.int(1, 12))}/${pad(r.int(1, 29))} هـ` },
  EG: { 'local-amount': (r) => `${thousands(r.int(100, 99999), ',')} ج.م`, 'civil-id': (r) => `National ID ${nz(r, 14)}` },
};
/** Municipal references: a Japanese city's for Japanese records, a British or Irish council's for others. */
const MUNI_JA: Gen = (r) => r.pick([`住民票コード ${nz(r, 11)}`, `受付番号 第${nz(r, 5)}号`, `手数料 ${r.pick(['300', '350', '450', '1,100'])}円`, `整理番号 ${r.int(1, 9)}-${d(r, 4)}`, `世帯番号 ${nz(r, 8)}`, `申請書番号 R${r.int(6, 8)}-${d(r, 5)}`]);
const MUNI_EN: Gen = (r) => r.pick([`Case ref. ${upper(r, 3)}/${r.int(2024, 2027)}/${d(r, 5)}`, `Council Tax ref ${nz(r, 9)}`, `Planning application ${r.int(20, 27)}/${d(r, 5)}/FUL`, `Property ref. ${nz(r, 12)}`]);

export function seen7LocalKinds(country: string): Record<string, Gen> {
  return { 'muni-ref': country === 'JP' ? MUNI_JA : MUNI_EN, ...(LOCAL[country] ?? {}) } as Record<string, Gen>;
}
