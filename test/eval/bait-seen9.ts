/**
 * Look-alikes only seen9 (the holdout built 2026-12-05 ~00:00) has (bait.ts takes them in for that split):
 * its own reference formats (HubSpot, Odoo, Freshsales and Eight records, Czech, Hungarian,
 * Romanian, Finnish, Dutch and Portuguese invoice numbers, 問合せ管理番号…), and the digits of the
 * paperwork behind its texts: call detail records (unique IDs, billable seconds, SIP causes,
 * trunks), dialler campaign fields (list and lead IDs, attempts, dispositions), SIP addresses of
 * extensions and queues, chat permalinks and timestamps (Slack, LINE WORKS), safety data sheet
 * codes (CAS, UN, EC numbers, H and P statements), licence numbers (宅建, contractors, 職業紹介),
 * job references (ハローワーク求人番号 "13010-12345671"), gift-card and voucher codes, train tickets
 * and seats, payment references (Swiss QR and ESR references, Finnish viitenumero, Belgian
 * "+++123/4567/89012+++"), company registry IDs of central Europe, the Netherlands, Portugal,
 * Korea, Ukraine, Argentina and South Africa (IČO, DIČ, adószám, CUI, Y-tunnus, KvK, NIF,
 * 사업자등록번호, ЄДРПОУ, CUIT, CIPC), workforce-management shifts and skills, escalation and SLA
 * figures, and number-porting references (PON, LOA, port dates).
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const alnum = (r: Rng, n: number): string => Array.from({ length: n }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[r.int(0, 30)]).join('');
const hhmm = (r: Rng): string => `${pad(r.int(6, 22))}:${pad(r.int(0, 11) * 5)}`;

/** seen9's own reference formats (no other split writes its references these ways). */
export const SEEN9_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Odoo order|S${pad(r.int(1, 99999), 5)}-Q`, `受注No.|JC${d(r, 2)}-${d(r, 4)}-A`, `Objednávka č.|OBJ-${r.int(2025, 2026)}-${d(r, 4)}`, `Rendelés|RND/${d(r, 6)}`, `Comanda nr.|CMD-${nz(r, 5)}/RO`,
    `Tilaus|TIL${nz(r, 6)}`, `Bestelling|BST-${nz(r, 6)}-NL`, `Encomenda|ENC ${r.int(2025, 2026)}/${d(r, 4)}`]),
  'case-id': (r) => r.pick([`Side conversation|SC#${nz(r, 6)}`, `Ticket|ZD-SC-${nz(r, 5)}`, `Hibajegy|HJ-${nz(r, 6)}`, `Požadavek|PZ/${nz(r, 6)}`, `Tiketti|TK${nz(r, 4)}-${upper(r, 2)}`, `問合せ管理No.|TQ-${nz(r, 7)}`,
    `Escalation|ESC-${upper(r, 2)}${d(r, 5)}`, `Callback|CBQ-${nz(r, 6)}`]),
  invoice: (r) => r.pick([`Faktura č.|FV-${r.int(2025, 2026)}${d(r, 5)}`, `Számla|SZLA-${r.int(2025, 2026)}/${d(r, 5)}`, `Factură|FCT ${upper(r, 2)} ${nz(r, 6)}`, `Lasku|LSK-${nz(r, 6)}`, `Factuur|FACT.${r.int(2025, 2026)}.${d(r, 5)}`,
    `Fatura|FT ${r.int(2025, 2026)}A/${nz(r, 4)}`, `請求書No.|SEI-${d(r, 6)}-J`, `견적번호|EST-${r.int(2025, 2026)}${d(r, 4)}`]),
  'customer-id': (r) => r.pick([`HubSpot record|HS-${nz(r, 9)}`, `Freshsales contact|FSC-${nz(r, 7)}`, `Odoo partner|RES.P-${nz(r, 5)}`, `Eight ID|E8-${nz(r, 8)}`, `LINE WORKS ID|lw_${alnum(r, 6)}${d(r, 3)}`, `Ügyfélkód|UGY-${nz(r, 5)}`,
    `Kundenkonto|KK-${nz(r, 6)}-CH`, `Klant|KL${nz(r, 6)}NL`]),
  serial: (r) => r.pick([`Výr. č.|VC-${nz(r, 8)}`, `Gyári szám|GYSZ${nz(r, 7)}`, `Sarjanumero|SRJ-${nz(r, 7)}`, `製造番号|MFG-${d(r, 2)}${upper(r, 1)}${d(r, 5)}`, `Serial|SER/${upper(r, 3)}/${nz(r, 6)}`]),
};

/** Kinds of bait only seen9 has. */
export const SEEN9_KINDS: Record<string, Gen> = {
  'cdr-field': (r) => r.pick([`uniqueid ${r.int(1733000000, 1734999999)}.${r.int(1, 99999)}`, `billsec ${r.int(0, 3600)}`, `duration ${r.int(0, 3700)}`, `Q.850 cause ${r.pick(['16', '17', '18', '19', '21', '31', '34', '127'])}`, `SIP ${r.pick(['486 Busy Here', '487 Request Terminated', '603 Decline', '480 Temporarily Unavailable', '200 OK'])}`,
    `trunk TG${pad(r.int(1, 48))}`, `channel SIP/trunk-${alnum(r, 8)}`, `cost ${r.int(0, 9)}.${d(r, 4)}`, `seq ${nz(r, 7)}`]),
  'dialler-meta': (r) => r.pick([`List ID|${nz(r, 5)}`, `Lead ID|${nz(r, 8)}`, `Attempt|${r.int(1, 6)}/${r.int(6, 8)}`, `Disposition|${r.pick(['NA', 'B', 'DNC', 'CALLBK', 'SALE', 'AM'])} (${r.int(1, 99)})`, `Retry after|${r.int(15, 240)} min`,
    `Abandon rate|${r.int(0, 4)}.${d(r, 1)}%`, `Pacing ratio|${r.int(1, 3)}.${d(r, 1)}`, `Campaign|CMPGN-${pad(r.int(1, 999), 3)}`, `Local time|${hhmm(r)}`]),
  'sip-uri': (r) => r.pick([`sip:${nz(r, 4)}@pbx${r.int(1, 9)}.example.com`, `sip:queue-${nz(r, 3)}@cc.example.net`, `SIP/${nz(r, 4)}-${alnum(r, 8)}`, `PJSIP/${nz(r, 4)}`, `ext ${nz(r, 4)} (desk)`, `hunt group ${nz(r, 3)}`]),
  'chat-permalink': (r) => r.pick([`https://example.slack.com/archives/C0${upper(r, 2)}${nz(r, 7)}/p${r.int(1733000000, 1734999999)}${d(r, 6)}`, `ts ${r.int(1733000000, 1734999999)}.${d(r, 6)}`, `${r.int(2, 48)} replies`, `Last reply ${r.int(1, 59)} min ago`,
    `huddle ${r.int(1, 59)}m`, `既読 ${r.int(1, 40)}`, `${r.int(2025, 2026)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}(${r.pick(['月', '火', '水', '木', '金'])}) ${hhmm(r)}`]),
  'sds-code': (r) => r.pick([`CAS No.|${nz(r, r.int(3, 6))}-${d(r, 2)}-${d(r, 1)}`, `UN ${nz(r, 4)}`, `EC No.|${nz(r, 3)}-${d(r, 3)}-${d(r, 1)}`, `H${r.pick(['225', '302', '315', '319', '336', '410', '411'])}`, `P${r.pick(['210', '233', '280', '305+351+338', '403+235'])}`,
    `Flash point ${r.int(-40, 120)} °C`, `Revision date|${r.int(2024, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, `Version ${r.int(1, 12)}.${r.int(0, 9)}`, `ADR class ${r.pick(['3', '6.1', '8', '9'])}`]),
  'licence-no': (r) => r.pick([`宅地建物取引業免許|東京都知事（${r.int(1, 15)}）第${nz(r, 5)}号`, `有料職業紹介事業許可番号|${pad(r.int(1, 47))}-ユ-${nz(r, 6)}`, `CSLB Lic. #|${nz(r, 6)}`, `Contractor licence|${upper(r, 2)}-${nz(r, 6)}`,
    `一級建築士事務所登録|第${nz(r, 5)}号`, `Licence No.|${nz(r, 7)}`]),
  'job-ref': (r) => r.pick([`求人番号|${nz(r, 5)}-${d(r, 8)}`, `事業所番号|${nz(r, 4)}-${d(r, 6)}-${d(r, 1)}`, `Job ID|REQ-${nz(r, 6)}`, `Posting|${r.int(2025, 2026)}-${nz(r, 5)}`, `月給|${r.int(18, 45)}万${r.pick(['', '5,000', '2,000'])}円`, `年間休日|${r.int(105, 125)}日`]),
  voucher: (r) => r.pick([`Gift card|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `PIN|${d(r, 4)}`, `Voucher|${upper(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `クーポンコード|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `Promo code|SAVE${r.int(10, 50)}`, `Balance|$${r.int(5, 500)}.${d(r, 2)}`]),
  'rail-ticket': (r) => r.pick([`のぞみ${r.int(1, 250)}号 ${r.int(1, 16)}号車 ${r.int(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'E'])}`, `ICE ${nz(r, 3)} Wagen ${r.int(1, 14)} Platz ${r.int(11, 128)}`, `Train ${nz(r, 4)} coach ${r.int(1, 12)} seat ${r.int(1, 80)}`,
    `発 ${hhmm(r)} 着 ${hhmm(r)}`, `Booking|${upper(r, 2)}${nz(r, 6)}`, `Gleis ${r.int(1, 24)}`]),
  'payment-ref': (r) => r.pick([`QR-Referenz|${d(r, 2)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)}`, `Viitenumero|${nz(r, 4)} ${d(r, 5)} ${d(r, 5)}`, `+++${d(r, 3)}/${d(r, 4)}/${d(r, 5)}+++`, `Variabilní symbol|${nz(r, 8)}`,
    `Referência MB|${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`, `Entidade|${nz(r, 5)}`, `Betalingskenmerk|${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Közlemény|${nz(r, 8)}`]),
  'registry-id': (r) => r.pick([`IČO|${nz(r, 8)}`, `DIČ|CZ${nz(r, 8)}`, `Adószám|${nz(r, 8)}-${r.int(1, 5)}-${pad(r.int(1, 44))}`, `CUI|RO${nz(r, 8)}`, `Reg. Com.|J${pad(r.int(1, 52))}/${nz(r, 4)}/${r.int(2000, 2025)}`, `Y-tunnus|${nz(r, 7)}-${d(r, 1)}`,
    `KvK|${nz(r, 8)}`, `NIF|${r.pick(['5', '2'])}${d(r, 8)}`, `사업자등록번호|${nz(r, 3)}-${d(r, 2)}-${d(r, 5)}`, `ЄДРПОУ|${nz(r, 8)}`, `CUIT|${r.pick(['20', '27', '30'])}-${nz(r, 8)}-${d(r, 1)}`, `Reg No.|${r.int(1990, 2025)}/${d(r, 6)}/${pad(r.int(6, 23))}`]),
  'wfm-shift': (r) => r.pick([`Shift|${hhmm(r)}–${hhmm(r)}`, `Break ${hhmm(r)} (${r.pick([15, 30, 45])} min)`, `Skill group|${nz(r, 4)}`, `Adherence|${r.int(80, 99)}.${d(r, 1)}%`, `Occupancy|${r.int(60, 95)}%`, `FTE|${r.int(1, 40)}.${r.pick(['0', '5'])}`,
    `Interval ${hhmm(r)} forecast ${r.int(20, 400)} calls`]),
  'sla-matrix': (r) => r.pick([`P${r.int(1, 4)} response|${r.pick([15, 30, 60, 240])} min`, `Resolution|${r.pick([4, 8, 24, 72])} h`, `Severity|${r.int(1, 4)}`, `SL target|${r.pick(['80/20', '90/30', '70/60'])}`, `Uptime|99.${r.pick(['5', '9', '95', '99'])}%`,
    `Escalate after|${r.int(2, 48)} h`, `Level ${r.int(1, 3)}`]),
  'porting-ref': (r) => r.pick([`PON|${upper(r, 3)}${nz(r, 7)}`, `LOA ref|LOA-${r.int(2025, 2026)}-${d(r, 5)}`, `Port date|${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, `FOC|${pad(r.int(1, 12))}/${pad(r.int(1, 28))}`,
    `Account with losing carrier|${nz(r, 9)}`, `MNP予約番号|${nz(r, 10)}`, `Order|PRT-${nz(r, 6)}`, `${r.int(1, 200)} numbers in block`]),
};

type Group = 'ja' | 'cz' | 'hu' | 'ro' | 'fi' | 'ch' | 'nl' | 'pt' | 'kr' | 'ua' | 'ar' | 'mx' | 'us' | 'other';
const GROUPS: Record<string, Group> = {
  JP: 'ja', CZ: 'cz', SK: 'cz', HU: 'hu', RO: 'ro', MD: 'ro', FI: 'fi', CH: 'ch', LI: 'ch', NL: 'nl', BE: 'nl', PT: 'pt', AO: 'pt', MZ: 'pt', CV: 'pt', KR: 'kr', UA: 'ua', AR: 'ar', UY: 'ar',
  MX: 'mx', US: 'us', CA: 'us', PR: 'us',
};

/**
 * seen9's invoices, orders, registry IDs, payment references, licences, job references,
 * porting references, train tickets and chat stamps as the record's country writes them (an IČO on a
 * Czech invoice, a viitenumero on a Finnish one, 求人番号 and のぞみ in Japanese text); elsewhere
 * English ones.
 */
export function seen9LocalKinds(country: string): Record<string, Gen> {
  const group = GROUPS[country] ?? 'other';
  const table: Partial<Record<Group, Partial<Record<string, Gen>>>> = {
    ja: {
      invoice: (r) => `請求書No.|SEI-${d(r, 6)}-J`, 'order-id': (r) => `受注No.|JC${d(r, 2)}-${d(r, 4)}-A`, 'customer-id': (r) => r.pick([`Eight ID|E8-${nz(r, 8)}`, `LINE WORKS ID|lw_${alnum(r, 6)}${d(r, 3)}`]), 'case-id': (r) => `問合せ管理No.|TQ-${nz(r, 7)}`, serial: (r) => `製造番号|MFG-${d(r, 2)}${upper(r, 1)}${d(r, 5)}`,
      'registry-id': (r) => `法人番号|${nz(r, 13)}`, 'licence-no': (r) => r.pick([`宅地建物取引業免許|東京都知事（${r.int(1, 15)}）第${nz(r, 5)}号`, `有料職業紹介事業許可番号|${pad(r.int(1, 47))}-ユ-${nz(r, 6)}`, `一級建築士事務所登録|第${nz(r, 5)}号`]),
      'job-ref': (r) => r.pick([`求人番号|${nz(r, 5)}-${d(r, 8)}`, `事業所番号|${nz(r, 4)}-${d(r, 6)}-${d(r, 1)}`, `月給|${r.int(18, 45)}万${r.pick(['', '5,000', '2,000'])}円`, `年間休日|${r.int(105, 125)}日`]),
      'rail-ticket': (r) => r.pick([`のぞみ${r.int(1, 250)}号 ${r.int(1, 16)}号車 ${r.int(1, 20)}${r.pick(['A', 'B', 'C', 'D', 'E'])}`, `発 ${hhmm(r)} 着 ${hhmm(r)}`]),
      'porting-ref': (r) => r.pick([`MNP予約番号|${nz(r, 10)}`, `Port date|${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`]),
      'chat-permalink': (r) => r.pick([`既読 ${r.int(1, 40)}`, `${r.int(2025, 2026)}/${pad(r.int(1, 12))}/${pad(r.int(1, 28))}(${r.pick(['月', '火', '水', '木', '金'])}) ${hhmm(r)}`]),
      voucher: (r) => `クーポンコード|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`,
    },
    cz: { invoice: (r) => `Faktura č.|FV-${r.int(2025, 2026)}${d(r, 5)}`, 'order-id': (r) => `Objednávka č.|OBJ-${r.int(2025, 2026)}-${d(r, 4)}`, 'registry-id': (r) => r.pick([`IČO|${nz(r, 8)}`, `DIČ|CZ${nz(r, 8)}`]), 'payment-ref': (r) => `Variabilní symbol|${nz(r, 8)}`, 'case-id': (r) => `Požadavek|PZ/${nz(r, 6)}`, serial: (r) => `Výr. č.|VC-${nz(r, 8)}` },
    hu: { invoice: (r) => `Számla|SZLA-${r.int(2025, 2026)}/${d(r, 5)}`, 'order-id': (r) => `Rendelés|RND/${d(r, 6)}`, 'registry-id': (r) => `Adószám|${nz(r, 8)}-${r.int(1, 5)}-${pad(r.int(1, 44))}`, 'payment-ref': (r) => `Közlemény|${nz(r, 8)}`, 'customer-id': (r) => `Ügyfélkód|UGY-${nz(r, 5)}`, 'case-id': (r) => `Hibajegy|HJ-${nz(r, 6)}`, serial: (r) => `Gyári szám|GYSZ${nz(r, 7)}` },
    ro: { invoice: (r) => `Factură|FCT ${upper(r, 2)} ${nz(r, 6)}`, 'order-id': (r) => `Comanda nr.|CMD-${nz(r, 5)}/RO`, 'registry-id': (r) => r.pick([`CUI|RO${nz(r, 8)}`, `Reg. Com.|J${pad(r.int(1, 52))}/${nz(r, 4)}/${r.int(2000, 2025)}`]) },
    fi: { invoice: (r) => `Lasku|LSK-${nz(r, 6)}`, 'order-id': (r) => `Tilaus|TIL${nz(r, 6)}`, 'registry-id': (r) => `Y-tunnus|${nz(r, 7)}-${d(r, 1)}`, 'payment-ref': (r) => `Viitenumero|${nz(r, 4)} ${d(r, 5)} ${d(r, 5)}`, 'case-id': (r) => `Tiketti|TK${nz(r, 4)}-${upper(r, 2)}`, serial: (r) => `Sarjanumero|SRJ-${nz(r, 7)}` },
    ch: { 'registry-id': (r) => `UID|CHE-${nz(r, 3)}.${d(r, 3)}.${d(r, 3)} MWST`, 'payment-ref': (r) => `QR-Referenz|${d(r, 2)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)} ${d(r, 5)}`, 'customer-id': (r) => `Kundenkonto|KK-${nz(r, 6)}-CH`,
      'rail-ticket': (r) => r.pick([`IC ${nz(r, 3)} Wagen ${r.int(1, 14)} Platz ${r.int(11, 128)}`, `Gleis ${r.int(1, 24)}`]) },
    nl: { invoice: (r) => `Factuur|FACT.${r.int(2025, 2026)}.${d(r, 5)}`, 'order-id': (r) => `Bestelling|BST-${nz(r, 6)}-NL`, 'registry-id': (r) => `KvK|${nz(r, 8)}`, 'customer-id': (r) => `Klant|KL${nz(r, 6)}NL`,
      'payment-ref': (r) => r.pick([`Betalingskenmerk|${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `+++${d(r, 3)}/${d(r, 4)}/${d(r, 5)}+++`]) },
    pt: { invoice: (r) => `Fatura|FT ${r.int(2025, 2026)}A/${nz(r, 4)}`, 'order-id': (r) => `Encomenda|ENC ${r.int(2025, 2026)}/${d(r, 4)}`, 'registry-id': (r) => `NIF|${r.pick(['5', '2'])}${d(r, 8)}`,
      'payment-ref': (r) => r.pick([`Referência MB|${d(r, 3)} ${d(r, 3)} ${d(r, 3)}`, `Entidade|${nz(r, 5)}`]) },
    kr: { invoice: (r) => `견적번호|EST-${r.int(2025, 2026)}${d(r, 4)}`, 'registry-id': (r) => `사업자등록번호|${nz(r, 3)}-${d(r, 2)}-${d(r, 5)}` },
    ua: { 'registry-id': (r) => `ЄДРПОУ|${nz(r, 8)}` },
    ar: { 'registry-id': (r) => `CUIT|${r.pick(['20', '27', '30'])}-${nz(r, 8)}-${d(r, 1)}` },
    mx: { voucher: (r) => `Promo code|SAVE${r.int(10, 50)}` },
    us: { 'licence-no': (r) => r.pick([`CSLB Lic. #|${nz(r, 6)}`, `Contractor licence|${upper(r, 2)}-${nz(r, 6)}`]), voucher: (r) => r.pick([`Gift card|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `PIN|${d(r, 4)}`, `Balance|$${r.int(5, 500)}.${d(r, 2)}`]) },
  };
  // Elsewhere: English forms only (a Czech IČO or a 求人番号 in a Nigerian text would be no one's text).
  const english: Record<string, Gen> = {
    'registry-id': (r) => r.pick([`Reg No.|${r.int(1990, 2025)}/${d(r, 6)}/${pad(r.int(6, 23))}`, `Company No.|${nz(r, 8)}`]), 'payment-ref': (r) => `Payment reference|${upper(r, 2)}${nz(r, 8)}`,
    'licence-no': (r) => `Licence No.|${nz(r, 7)}`, 'job-ref': (r) => r.pick([`Job ID|REQ-${nz(r, 6)}`, `Posting|${r.int(2025, 2026)}-${nz(r, 5)}`]), 'rail-ticket': (r) => r.pick([`Train ${nz(r, 4)} coach ${r.int(1, 12)} seat ${r.int(1, 80)}`, `Booking|${upper(r, 2)}${nz(r, 6)}`]),
    'porting-ref': (r) => r.pick([`PON|${upper(r, 3)}${nz(r, 7)}`, `LOA ref|LOA-${r.int(2025, 2026)}-${d(r, 5)}`, `Port date|${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, `FOC|${pad(r.int(1, 12))}/${pad(r.int(1, 28))}`,
      `Account with losing carrier|${nz(r, 9)}`, `Order|PRT-${nz(r, 6)}`, `${r.int(1, 200)} numbers in block`]),
    'chat-permalink': (r) => r.pick([`https://example.slack.com/archives/C0${upper(r, 2)}${nz(r, 7)}/p${r.int(1733000000, 1734999999)}${d(r, 6)}`, `ts ${r.int(1733000000, 1734999999)}.${d(r, 6)}`, `${r.int(2, 48)} replies`, `Last reply ${r.int(1, 59)} min ago`, `huddle ${r.int(1, 59)}m`]),
    invoice: (r) => r.pick([`Invoice|INV-${nz(r, 6)}-X`, `Factura|FCT-${nz(r, 6)}`]), 'order-id': (r) => r.pick([`Odoo order|S${pad(r.int(1, 99999), 5)}-Q`, `Sales order|SO/${r.int(2025, 2026)}/${d(r, 5)}-Q`]),
    voucher: (r) => r.pick([`Gift card|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `Voucher|${upper(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `PIN|${d(r, 4)}`]),
    'case-id': (r) => r.pick([`Side conversation|SC#${nz(r, 6)}`, `Ticket|ZD-SC-${nz(r, 5)}`, `Escalation|ESC-${upper(r, 2)}${d(r, 5)}`, `Callback|CBQ-${nz(r, 6)}`]),
    'customer-id': (r) => r.pick([`HubSpot record|HS-${nz(r, 9)}`, `Freshsales contact|FSC-${nz(r, 7)}`, `Odoo partner|RES.P-${nz(r, 5)}`]), serial: (r) => `Serial|SER/${upper(r, 3)}/${nz(r, 6)}`,
  };
  return { ...english, ...(table[group] ?? {}) } as Record<string, Gen>;
}
