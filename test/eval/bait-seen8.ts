/**
 * Look-alikes only seen8 (the holdout built 2026-12-04 ~23:00) has (bait.ts takes them in for that split):
 * its own reference formats (Pipedrive deals, vCard UIDs, 納品書 and Lieferschein numbers, Swedish
 * OCR references, Russian and Brazilian invoice numbers, M-Pesa codes…), and the digits of the
 * paperwork behind its texts: shipping documents (air waybills, containers, bills of lading,
 * customs entries), payslips (payroll and tax references, National Insurance numbers), pharmacy
 * labels (Rx numbers, NDC codes, refills), warranty claims (IMEIs, model numbers), loyalty cards
 * (会員番号, points, miles), court and legal references (docket numbers, Aktenzeichen, 事件番号),
 * land and property references (APNs, 地番, title numbers), securities (ISIN, 証券コード, CUSIP),
 * till receipts (store, register and transaction numbers, card approval codes, レジ・責任者番号),
 * company requisites of Russia, Brazil and Sweden (ИНН, КПП, ОГРН, CNPJ, CPF, Bankgiro), and
 * mobile-money receipts (M-Pesa till and paybill numbers, balances).
 * "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const alnum = (r: Rng, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[r.int(0, 33)]).join('');

/** seen8's own reference formats (no other split writes its references these ways). */
export const SEEN8_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Deal|#${nz(r, 5)}`, `Auftragsbestätigung|AB${r.int(24, 27)}-${d(r, 5)}`, `注文書番号|PO-${nz(r, 4)}-${d(r, 3)}`, `Pedido|PV${nz(r, 6)}/${r.int(24, 27)}`, `Заказ №|${nz(r, 4)}-${upper(r, 2)}`,
    `Beställning|B${nz(r, 6)}`, `Ordine n.|ORD/${r.int(2024, 2027)}/${d(r, 5)}`]),
  'case-id': (r) => r.pick([`Issue|${upper(r, 3)}-${nz(r, 4)}`, `Reklamation|RK-${nz(r, 5)}-${upper(r, 1)}`, `受付No.|${upper(r, 1)}${r.int(24, 27)}-${d(r, 5)}`, `Chamado|#${nz(r, 7)}`, `Обращение №|${nz(r, 6)}/${r.int(24, 27)}`,
    `Ärende|Ä-${nz(r, 6)}`, `Dossier|DOS-${nz(r, 5)}-${upper(r, 2)}`]),
  invoice: (r) => r.pick([`Fakturanr|${nz(r, 5)}`, `OCR-nummer|${nz(r, 12)}`, `Nota Fiscal nº|${nz(r, 3)}.${d(r, 3)}`, `Счёт №|${nz(r, 3)}-${upper(r, 1)}`, `請求No.|SK${d(r, 2)}-${d(r, 6)}`, `Factura nº|F${r.int(24, 27)}/${d(r, 5)}`,
    `Lieferschein-Nr.|LS ${nz(r, 6)}`, `納品書No.|NH-${d(r, 3)}-${d(r, 5)}`]),
  'customer-id': (r) => r.pick([`Person ID|${nz(r, 5)}`, `UID:|${alnum(r, 8).toLowerCase()}-${alnum(r, 4).toLowerCase()}`, `Kundnr|${nz(r, 6)}`, `Cliente nº|${nz(r, 4)}-${d(r, 1)}`, `Клиент|К-${nz(r, 5)}`, `得意先コード|${upper(r, 1)}${d(r, 5)}`,
    `Customer code|CU-${upper(r, 2)}${d(r, 4)}`]),
  serial: (r) => r.pick([`S/N:|${upper(r, 2)}${d(r, 2)}${upper(r, 1)}${d(r, 6)}`, `Model|${upper(r, 1)}${nz(r, 4)}`, `品番|${upper(r, 3)}${d(r, 3)}-${upper(r, 1)}`, `Artikelnr.|${nz(r, 3)} ${d(r, 3)} ${d(r, 2)}`, `Código|${upper(r, 2)}.${d(r, 3)}.${d(r, 3)}`]),
};

/** Kinds of bait only seen8 has. */
export const SEEN8_KINDS: Record<string, Gen> = {
  'shipping-doc': (r) => r.pick([`AWB|${nz(r, 3)}-${d(r, 4)} ${d(r, 4)}`, `MAWB ${nz(r, 3)}-${d(r, 8)}`, `Container|${upper(r, 4)} ${d(r, 6)}-${d(r, 1)}`, `B/L No.|${upper(r, 4)}${nz(r, 10)}`, `MRN|${r.int(24, 26)}${upper(r, 2)}${d(r, 14)}`,
    `Seal|${nz(r, 7)}`, `HAWB|${upper(r, 3)}${nz(r, 7)}`, `Booking|${nz(r, 9)}`, `Entry No.|${d(r, 3)}-${d(r, 7)}-${d(r, 1)}`, `IMO ${nz(r, 7)}`]),
  payroll: (r) => r.pick([`Employee No.|${pad(0, 2)}${nz(r, 4)}`, `Tax code|${nz(r, 4)}L`, `NI number|${upper(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${r.pick(['A', 'B', 'C', 'D'])}`, `Pay period|${pad(r.int(1, 12))}/${r.int(2025, 2026)}`,
    `Net pay|£${r.int(1, 5)},${d(r, 3)}.${d(r, 2)}`, `Gross|${r.int(2, 9)},${d(r, 3)}.${d(r, 2)}`, `Hours|${r.int(100, 180)}.${r.pick(['0', '5'])}`, `PAYE ref|${nz(r, 3)}/${upper(r, 2)}${d(r, 5)}`, `社員番号|${nz(r, 6)}`, `支給額 ${r.int(180, 600)},${d(r, 3)}円`]),
  rx: (r) => r.pick([`Rx#|${nz(r, 7)}`, `NDC|${nz(r, 5)}-${d(r, 4)}-${d(r, 2)}`, `Qty|${r.pick([30, 60, 90])}`, `Refills|${r.int(0, 5)}`, `Days supply|${r.pick([30, 90])}`, `DEA|${upper(r, 2)}${d(r, 7)}`, `NPI ${nz(r, 10)}`, `Fill date|${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(2025, 2026)}`,
    `処方箋番号|${nz(r, 8)}`, `${r.int(5, 500)} mg`]),
  warranty: (r) => r.pick([`IMEI|${nz(r, 2)} ${d(r, 6)} ${d(r, 6)} ${d(r, 1)}`, `IMEI ${nz(r, 15)}`, `Warranty until|${r.int(2026, 2029)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`, `RMA|${upper(r, 1)}${nz(r, 9)}`, `Purchase date|${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(2023, 2026)}`,
    `Model No.|${upper(r, 1)}${nz(r, 4)}`, `MEID|${upper(r, 2)}${d(r, 12)}`, `保証書番号|${nz(r, 10)}`]),
  loyalty: (r) => r.pick([`会員番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `ポイント残高 ${r.int(1, 99)},${d(r, 3)}pt`, `Member #|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Miles|${r.int(1, 999)},${d(r, 3)}`, `Tier points ${r.int(100, 9999)}`,
    `Card expires|${pad(r.int(1, 12))}/${r.int(26, 31)}`, `Bonuskarte|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`]),
  'court-ref': (r) => r.pick([`Case No.|${r.int(1, 4)}:${r.int(20, 26)}-cv-${d(r, 5)}`, `Az.|${r.int(1, 40)} O ${r.int(1, 999)}/${r.int(22, 26)}`, `Claim No.|${upper(r, 1)}${r.int(0, 9)}${upper(r, 2)}${d(r, 4)}`, `令和${r.int(5, 8)}年（ワ）第${nz(r, 4)}号`,
    `RG n°|${r.int(22, 26)}/${d(r, 5)}`, `Docket|${r.int(2024, 2026)}-${upper(r, 2)}-${d(r, 6)}`, `Дело №|А${r.int(10, 99)}-${nz(r, 5)}/${r.int(2024, 2026)}`]),
  'land-ref': (r) => r.pick([`APN|${nz(r, 3)}-${d(r, 3)}-${d(r, 2)}`, `APN ${nz(r, 4)}-${d(r, 3)}-${d(r, 3)}`, `地番|${nz(r, 3)}番${r.int(1, 30)}`, `Title No.|${upper(r, 2)}${d(r, 6)}`, `Lot ${r.int(1, 300)} DP ${nz(r, 6)}`, `Flurstück|${nz(r, 3)}/${r.int(1, 40)}`,
    `家屋番号|${nz(r, 3)}番${r.int(1, 30)}の${r.int(1, 9)}`]),
  securities: (r) => r.pick([`ISIN|${r.pick(['JP', 'US', 'DE', 'GB'])}${nz(r, 9)}${d(r, 1)}`, `証券コード|${nz(r, 4)}`, `CUSIP|${nz(r, 6)}${d(r, 3)}`, `SEDOL|${nz(r, 7)}`, `WKN|${nz(r, 6)}`, `Shares ${r.int(1, 99)},${d(r, 3)}`,
    `Ticker ${nz(r, 4)}.T`]),
  'receipt-line': (r) => r.pick([`Store #|${nz(r, 4)}`, `REG ${pad(r.int(1, 12))} TRN ${nz(r, 4)} OP ${nz(r, 3)}`, `AUTH CODE|${d(r, 6)}`, `REF#|${d(r, 12)}`, `TC# ${nz(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`,
    `レジ${pad(r.int(1, 9))} 責No.${nz(r, 3)}`, `取引番号|${nz(r, 4)}-${d(r, 4)}`, `************${d(r, 4)}`, `${r.int(1, 12)}/${r.int(1, 28)}/${r.int(2025, 2026)} ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`]),
  requisites: (r) => r.pick([`ИНН|${nz(r, 10)}`, `КПП|${nz(r, 9)}`, `ОГРН|${nz(r, 13)}`, `р/с|${r.pick(['40702', '40817'])}810${d(r, 12)}`, `БИК|04${d(r, 7)}`, `CNPJ|${d(r, 2)}.${d(r, 3)}.${d(r, 3)}/0001-${d(r, 2)}`, `CPF|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}`,
    `Bankgiro|${nz(r, 3)}-${d(r, 4)}`, `Plusgiro|${nz(r, 2)} ${d(r, 2)} ${d(r, 2)}-${d(r, 1)}`, `Org.nr|${nz(r, 6)}-${d(r, 4)}`, `CEP|${nz(r, 5)}-${d(r, 3)}`, `Inscrição Estadual|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`]),
  'mobile-money': (r) => r.pick([`${upper(r, 2)}${alnum(r, 8)} Confirmed.`, `Ksh${r.int(1, 50)},${d(r, 3)}.00`, `Paybill|${nz(r, 6)}`, `Till No.|${nz(r, 6)}`, `Account no.|${nz(r, 8)}`, `New M-PESA balance is Ksh${r.int(1, 99)},${d(r, 3)}.${d(r, 2)}`,
    `Transaction cost, Ksh${r.int(0, 99)}.00`, `on ${r.int(1, 28)}/${r.int(1, 12)}/${r.int(25, 26)} at ${r.int(1, 12)}:${pad(r.int(0, 59))} ${r.pick(['AM', 'PM'])}`]),
};

type Group = 'ja' | 'ru' | 'br' | 'nordic' | 'de' | 'fr' | 'us' | 'gb' | 'other';
const GROUPS: Record<string, Group> = {
  JP: 'ja', RU: 'ru', KZ: 'ru', BY: 'ru', AM: 'ru', UZ: 'ru', BR: 'br', PT: 'br', SE: 'nordic', NO: 'nordic', DK: 'nordic', FI: 'nordic', DE: 'de', AT: 'de', CH: 'de', LI: 'de',
  FR: 'fr', BE: 'fr', LU: 'fr', US: 'us', CA: 'us', PR: 'us', GB: 'gb', IE: 'gb', AU: 'gb', NZ: 'gb',
};

/**
 * seen8's requisites, court and land references, payslip, loyalty, pharmacy and till figures
 * as the record's country writes them (an ИНН in a Russian letter, an APN in a US notice, 地番 in a
 * Japanese one); elsewhere the English (US) ones.
 */
export function seen8LocalKinds(country: string): Record<string, Gen> {
  const group = GROUPS[country] ?? 'other';
  const out: Record<string, Gen> = {};
  const requisites: Partial<Record<Group, Gen>> = {
    ru: (r) => r.pick([`ИНН|${nz(r, 10)}`, `КПП|${nz(r, 9)}`, `ОГРН|${nz(r, 13)}`, `р/с|${r.pick(['40702', '40817'])}810${d(r, 12)}`, `БИК|04${d(r, 7)}`, `к/с|30101810${d(r, 12)}`]),
    br: (r) => r.pick([`CNPJ|${d(r, 2)}.${d(r, 3)}.${d(r, 3)}/0001-${d(r, 2)}`, `CPF|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}-${d(r, 2)}`, `CEP|${nz(r, 5)}-${d(r, 3)}`, `Inscrição Estadual|${d(r, 3)}.${d(r, 3)}.${d(r, 3)}.${d(r, 3)}`]),
    nordic: (r) => r.pick([`Bankgiro|${nz(r, 3)}-${d(r, 4)}`, `Plusgiro|${nz(r, 2)} ${d(r, 2)} ${d(r, 2)}-${d(r, 1)}`, `Org.nr|${nz(r, 6)}-${d(r, 4)}`, `Momsreg.nr|SE${nz(r, 10)}01`]),
    us: (r) => r.pick([`Company No.|${nz(r, 8)}`, `Tax ID|${nz(r, 3)}-${d(r, 3)}-${d(r, 3)}`, `Bank a/c|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Reg. No.|${upper(r, 2)} ${nz(r, 6)}`]),
  };
  const court: Partial<Record<Group, Gen>> = {
    ja: (r) => `令和${r.int(5, 8)}年（ワ）第${nz(r, 4)}号`, ru: (r) => `Дело №|А${r.int(10, 99)}-${nz(r, 5)}/${r.int(2024, 2026)}`, de: (r) => `Az.|${r.int(1, 40)} O ${r.int(1, 999)}/${r.int(22, 26)}`,
    fr: (r) => `RG n°|${r.int(22, 26)}/${d(r, 5)}`, us: (r) => r.pick([`Case No.|${r.int(1, 4)}:${r.int(20, 26)}-cv-${d(r, 5)}`, `Docket|${r.int(2024, 2026)}-${upper(r, 2)}-${d(r, 6)}`]),
    gb: (r) => `Claim No.|${upper(r, 1)}${r.int(0, 9)}${upper(r, 2)}${d(r, 4)}`,
  };
  const land: Partial<Record<Group, Gen>> = {
    ja: (r) => r.pick([`地番|${nz(r, 3)}番${r.int(1, 30)}`, `家屋番号|${nz(r, 3)}番${r.int(1, 30)}の${r.int(1, 9)}`]), de: (r) => `Flurstück|${nz(r, 3)}/${r.int(1, 40)}`,
    us: (r) => r.pick([`APN|${nz(r, 3)}-${d(r, 3)}-${d(r, 2)}`, `APN ${nz(r, 4)}-${d(r, 3)}-${d(r, 3)}`]), gb: (r) => r.pick([`Title No.|${upper(r, 2)}${d(r, 6)}`, `Lot ${r.int(1, 300)} DP ${nz(r, 6)}`]),
  };
  const payroll: Partial<Record<Group, Gen>> = {
    ja: (r) => r.pick([`社員番号|${nz(r, 6)}`, `支給額 ${r.int(180, 600)},${d(r, 3)}円`]),
    gb: (r) => r.pick([`NI number|${upper(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${r.pick(['A', 'B', 'C', 'D'])}`, `Tax code|${nz(r, 4)}L`, `PAYE ref|${nz(r, 3)}/${upper(r, 2)}${d(r, 5)}`, `Net pay|£${r.int(1, 5)},${d(r, 3)}.${d(r, 2)}`, `Pay period|${pad(r.int(1, 12))}/${r.int(2025, 2026)}`]),
    us: (r) => r.pick([`Employee No.|${pad(0, 2)}${nz(r, 4)}`, `Gross|$${r.int(2, 9)},${d(r, 3)}.${d(r, 2)}`, `Hours|${r.int(60, 90)}.${r.pick(['0', '5'])}`, `Pay period|${pad(r.int(1, 12))}/${pad(r.int(1, 28))}/${r.int(2025, 2026)}`]),
  };
  const loyalty: Partial<Record<Group, Gen>> = {
    ja: (r) => r.pick([`会員番号|${nz(r, 4)}-${d(r, 4)}-${d(r, 4)}`, `ポイント残高 ${r.int(1, 99)},${d(r, 3)}pt`]), de: (r) => `Bonuskarte|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`,
    us: (r) => r.pick([`Member #|${nz(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `Card expires|${pad(r.int(1, 12))}/${r.int(26, 31)}`]),
  };
  const receipt: Partial<Record<Group, Gen>> = {
    ja: (r) => r.pick([`レジ${pad(r.int(1, 9))} 責No.${nz(r, 3)}`, `取引番号|${nz(r, 4)}-${d(r, 4)}`, `************${d(r, 4)}`, `承認番号|${d(r, 6)}`]),
    us: (r) => r.pick([`Store #|${nz(r, 4)}`, `REG ${pad(r.int(1, 12))} TRN ${nz(r, 4)} OP ${nz(r, 3)}`, `AUTH CODE|${d(r, 6)}`, `REF#|${d(r, 12)}`, `TC# ${nz(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)} ${d(r, 4)}`, `************${d(r, 4)}`]),
  };
  const rx: Partial<Record<Group, Gen>> = {
    ja: (r) => r.pick([`処方箋番号|${nz(r, 8)}`, `${r.int(5, 500)} mg`, `${r.int(7, 30)}日分`]),
    us: (r) => r.pick([`Rx#|${nz(r, 7)}`, `NDC|${nz(r, 5)}-${d(r, 4)}-${d(r, 2)}`, `Qty|${r.pick([30, 60, 90])}`, `Refills|${r.int(0, 5)}`, `Days supply|${r.pick([30, 90])}`, `DEA|${upper(r, 2)}${d(r, 7)}`, `${r.int(5, 500)} mg`]),
  };
  for (const [kind, table] of [['requisites', requisites], ['court-ref', court], ['land-ref', land], ['payroll', payroll], ['loyalty', loyalty], ['receipt-line', receipt], ['rx', rx]] as const) {
    // Where the country has no way of its own, the English one (a Japanese court number in a Kenyan notice would be no one's text).
    const gen = (table as Partial<Record<Group, Gen>>)[group] ?? (table as Partial<Record<Group, Gen>>).us;
    if (gen) out[kind] = gen;
  }
  return out;
}
