/**
 * Look-alikes only the holdout built 2026-12-05 ~00:30 has (bait.ts takes them in for that split):
 * its own reference formats (Salesloft, Intercom, Gong, DocuSign and Calendly records, Israeli,
 * Pakistani, Sri Lankan, Chinese and Greek quotation and invoice numbers, 見積依頼 and 督促 numbers…),
 * and the digits of the paperwork behind its texts: cheque MICR lines and remittance figures,
 * public tender references, SaaS subscription figures, laboratory sample IDs and results, visa and
 * permit references, exchange rates and deal tickets, hotel folios, and warehouse bins, pallets
 * and SSCCs. "Label|value" marks where a generator's own label ends, as in bait.ts.
 */
import type { Rng } from './prng';

type Gen = (r: Rng) => string;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const d = (r: Rng, n: number): string => r.digits(n);
const nz = (r: Rng, n: number): string => String(r.int(1, 9)) + r.digits(n - 1);
const upper = (r: Rng, n: number): string => Array.from({ length: n }, () => String.fromCharCode(65 + r.int(0, 25))).join('');
const alnum = (r: Rng, n: number): string => Array.from({ length: n }, () => 'abcdefghjkmnpqrstuvwxyz23456789'[r.int(0, 30)]).join('');
const ymd = (r: Rng): string => `${r.int(2025, 2026)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;

/** The holdout's own reference formats (no other split writes its references these ways). */
export const HOLDOUT_IDS: Record<string, Gen> = {
  'order-id': (r) => r.pick([`Envelope|DS-${upper(r, 2)}${nz(r, 6)}`, `Booking ref.|CAL-${alnum(r, 6)}`, `הזמנה|${nz(r, 6)}/${r.int(25, 26)}`, `PO#|PK-${r.int(2025, 2026)}-${d(r, 5)}`, `订单号|DD${r.int(2025, 2026)}${d(r, 6)}`,
    `見積依頼No.|MI-${d(r, 5)}-R`, `Παραγγελία|ΠΑΡ-${nz(r, 5)}`]),
  'case-id': (r) => r.pick([`Conversation|IC-${nz(r, 9)}`, `Call ID|GONG-${nz(r, 8)}`, `Cadence step|CS${nz(r, 4)}/${r.int(1, 9)}`, `督促No.|TK-${r.int(25, 26)}${d(r, 4)}`, `Complaint|LK/CMP/${nz(r, 5)}`, `פנייה|${nz(r, 7)}-IL`]),
  invoice: (r) => r.pick([`חשבונית מס|${nz(r, 5)}`, `Sales Tax Invoice|STI-${nz(r, 6)}`, `Tax Invoice|LK-INV-${d(r, 6)}`, `报价单号|BJ-${r.int(2025, 2026)}${d(r, 4)}`, `Τιμολόγιο Παροχής|ΤΠΥ ${nz(r, 5)}`, `Remittance|RA-${nz(r, 7)}`,
    `Renewal quote|RQ-${r.int(2025, 2026)}-${d(r, 4)}`]),
  'customer-id': (r) => r.pick([`Salesloft person|SL-${nz(r, 8)}`, `Intercom user|ic_${alnum(r, 8)}`, `Account ID|ACCT-${upper(r, 3)}-${nz(r, 5)}`, `NTN|${nz(r, 7)}-${d(r, 1)}`, `客户编号|KH${nz(r, 6)}`, `Guest profile|GP${nz(r, 7)}`,
    `Applicant|APP-${upper(r, 2)}-${nz(r, 6)}`]),
  serial: (r) => r.pick([`Asset tag|AT-${nz(r, 6)}-${upper(r, 1)}`, `מק"ט|${nz(r, 6)}`, `型号|${upper(r, 2)}-${nz(r, 4)}${upper(r, 1)}`, `Κωδικός|${upper(r, 3)}.${d(r, 4)}`, `Licence key|${upper(r, 4)}-${upper(r, 4)}-${nz(r, 4)}`]),
};

/** Kinds of bait only the holdout has. */
export const HOLDOUT_KINDS: Record<string, Gen> = {
  'cheque-micr': (r) => r.pick([`⑈${d(r, 6)}⑈ ⑆${nz(r, 9)}⑆ ${nz(r, 10)}⑈`, `Cheque No.|${d(r, 6)}`, `Check #|${nz(r, 4)}`, `Routing|${nz(r, 9)} Account ${nz(r, 10)}`, `Transit ${d(r, 5)}-${d(r, 3)}`, `Amount paid|$${r.int(100, 99999).toLocaleString('en-US')}.${d(r, 2)}`,
    `Discount taken|$${r.int(1, 999)}.${d(r, 2)}`]),
  'tender-ref': (r) => r.pick([`Notice|${r.int(2025, 2026)}/S ${pad(r.int(1, 250), 3)}-${nz(r, 6)}`, `Tender ID|${r.int(2025, 2026)}_${upper(r, 3)}_${nz(r, 6)}_1`, `Lot ${r.int(1, 12)}`, `Deadline|${ymd(r)} ${pad(r.int(9, 17))}:00`,
    `Estimated value|EUR ${r.int(10, 9999)},${d(r, 3)}`, `調達案件番号|${nz(r, 10)}`, `Procedure|${upper(r, 2)}-${r.int(2025, 2026)}-${d(r, 4)}`]),
  'subscription-plan': (r) => r.pick([`Seats|${r.int(5, 2500)}`, `ARR|$${r.int(5, 900)},${d(r, 3)}`, `MRR $${r.int(1, 90)},${d(r, 3)}`, `Term|${r.pick([12, 24, 36])} months`, `Renewal date|${ymd(r)}`, `Plan|${r.pick(['Growth', 'Pro', 'Enterprise'])}-${r.int(2023, 2026)}`,
    `Usage|${r.int(10, 99)}% of ${r.int(1, 500)},${d(r, 3)} API calls`, `Uplift ${r.int(3, 12)}%`]),
  'lab-sample': (r) => r.pick([`Sample ID|${upper(r, 2)}${r.int(25, 26)}-${nz(r, 6)}`, `Accession #|${nz(r, 10)}`, `HbA1c ${r.int(5, 11)}.${d(r, 1)}%`, `LDL ${r.int(60, 220)} mg/dL`, `eGFR ${r.int(30, 120)} mL/min/1.73m²`, `検体番号|${nz(r, 8)}-${d(r, 2)}`,
    `Collected|${ymd(r)} ${pad(r.int(7, 18))}:${pad(r.int(0, 59))}`, `Ref. range ${r.int(3, 5)}.${d(r, 1)}–${r.int(6, 10)}.${d(r, 1)}`]),
  'visa-ref': (r) => r.pick([`Visa grant no.|${nz(r, 13)}`, `Application ref.|GWF${nz(r, 9)}`, `Receipt No.|${upper(r, 3)}${nz(r, 10)}`, `在留カード番号|${upper(r, 2)}${nz(r, 8)}${upper(r, 2)}`, `Permit|WP-${r.int(2025, 2026)}-${nz(r, 6)}`,
    `Biometrics appt.|${ymd(r)} ${pad(r.int(8, 16))}:${r.pick(['00', '15', '30', '45'])}`, `Valid until|${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${r.int(2026, 2030)}`]),
  'fx-rate': (r) => r.pick([`USD/JPY ${r.int(140, 160)}.${d(r, 2)}`, `EUR/USD 1.${d(r, 4)}`, `GBP/ILS ${r.int(4, 5)}.${d(r, 4)}`, `USD/PKR ${r.int(270, 290)}.${d(r, 2)}`, `USD/CNY ${r.int(6, 7)}.${d(r, 4)}`, `Deal ticket|FX${nz(r, 8)}`,
    `Notional|${r.int(1, 50)},${d(r, 3)},000`, `Value date|${ymd(r)}`, `Spot ${r.int(100, 160)}.${d(r, 3)} / fwd pts ${r.int(-99, 99)}.${d(r, 1)}`]),
  'guest-folio': (r) => r.pick([`Folio #|${nz(r, 7)}`, `Confirmation|${nz(r, 9)}`, `Room ${r.int(1, 30)}${pad(r.int(1, 40))} · ${r.int(1, 14)} nights`, `Rate code|${upper(r, 3)}${r.int(1, 99)}`, `Arrival|${ymd(r)}`, `Balance due|€${r.int(80, 4999)}.${d(r, 2)}`,
    `Αρ. Δωματίου|${r.int(100, 520)}`, `ΑΦΜ|${nz(r, 9)}`]),
  'pallet-bin': (r) => r.pick([`SSCC|(00) ${nz(r, 18)}`, `Bin|${upper(r, 1)}-${pad(r.int(1, 40))}-${pad(r.int(1, 12))}-${r.int(1, 6)}`, `Pallet|PL${nz(r, 8)}`, `Dock door ${r.int(1, 48)}`, `Pick wave|W${r.int(1, 9)}-${nz(r, 5)}`, `Qty short|${r.int(1, 240)}`,
    `LPN|LP${nz(r, 10)}`]),
};
