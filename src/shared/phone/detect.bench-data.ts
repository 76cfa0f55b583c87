/**
 * A deterministic synthetic CRM table for the detection benchmark: five cells per row, every one
 * holding digits, as a Japanese contact centre's customer list would (names with customer
 * codes, phones in JP/US/GB formats, order/case IDs, dates and amounts, call notes).
 */
import type { CountryCode } from './country';

export interface CrmTable {
  rows: string[][];
  /** Per row: the E.164 of the phone cell and the country whose national format it is written in ('+' for international). */
  phones: Array<{ e164: string; writtenAs: CountryCode | '+' }>;
}

/** mulberry32: tiny, fast and the same on every engine (also for tests' sample numbers). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', 'Smith', 'Johnson', 'Patel', 'Wilson'];
const GIVEN = ['太郎', '花子', '健', '美咲', '翔太', 'John', 'Mary', 'Priya', 'James'];
const FULL = '０１２３４５６７８９';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fullWidth(text: string): string {
  return text.replace(/\d/g, (d) => FULL[Number(d)] ?? d).replace(/-/g, '－');
}

function phone(rand: () => number): { text: string; e164: string; writtenAs: CountryCode | '+' } {
  const r = rand();
  const a = String(1000 + Math.floor(rand() * 9000));
  const b = pad(Math.floor(rand() * 10000), 4);
  const c = pad(Math.floor(rand() * 1000), 3);
  const k = pad(Math.floor(rand() * 100), 2);
  if (r < 0.2) return { text: `03-${a}-${b}`, e164: `+813${a}${b}`, writtenAs: 'JP' };
  if (r < 0.35) return { text: `090-${a}-${b}`, e164: `+8190${a}${b}`, writtenAs: 'JP' };
  if (r < 0.42) return { text: fullWidth(`080-${a}-${b}`), e164: `+8180${a}${b}`, writtenAs: 'JP' };
  if (r < 0.5) return { text: `(06) ${a}-${b}`, e164: `+816${a}${b}`, writtenAs: 'JP' };
  if (r < 0.56) return { text: `TEL 03${a}${b}`, e164: `+813${a}${b}`, writtenAs: 'JP' };
  if (r < 0.62) return { text: `0120-${a.slice(1)}-${c}`, e164: `+81120${a.slice(1)}${c}`, writtenAs: 'JP' };
  if (r < 0.7) return { text: `+81 3-${a}-${b}`, e164: `+813${a}${b}`, writtenAs: '+' };
  if (r < 0.78) return { text: `(415) 555-01${k}`, e164: `+141555501${k}`, writtenAs: 'US' };
  if (r < 0.84) return { text: `+1 212-555-01${k}`, e164: `+121255501${k}`, writtenAs: '+' };
  if (r < 0.9) return { text: `020 7946 0${c.slice(1)}${k[0]}`, e164: `+442079460${c.slice(1)}${k[0]}`, writtenAs: 'GB' };
  return { text: `+44 161 496 0${c}`, e164: `+441614960${c}`, writtenAs: '+' };
}

/** Rows and what their phone cells hold. */
export function makeCrmTable(n: number, seed = 1): CrmTable {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const rows: string[][] = [];
  const phones: CrmTable['phones'] = [];
  for (let i = 0; i < n; i++) {
    const p = phone(rand);
    const customer = pad(100000 + Math.floor(rand() * 900000), 7);
    const name = `${pick(FAMILY)} ${pick(GIVEN)}（顧客番号 ${customer}）`;
    const year = 2023 + Math.floor(rand() * 3);
    const date = `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`;
    const ids = [
      `ORD-${year}-${pad(Math.floor(rand() * 1e6), 6)}`,
      `Case ${pad(Math.floor(rand() * 1e8), 8)}`,
      `注文番号 ${pad(Math.floor(rand() * 1e10), 10)}`,
      `INV-${pad(Math.floor(rand() * 1e7), 7)}`,
      `TKT-${pad(Math.floor(rand() * 1e8), 8)}`,
    ];
    const amounts = [
      `${date} ${pad(Math.floor(rand() * 24), 2)}:${pad(Math.floor(rand() * 60), 2)}`,
      `¥${(1e6 + Math.floor(rand() * 1e8)).toLocaleString('en-US')}`,
      `${(1e6 + Math.floor(rand() * 1e8)).toLocaleString('en-US')}円`,
      `$${(1e5 + rand() * 1e7).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
      `${date.replace(/-/g, '/')} 請求 ${(Math.floor(rand() * 1e6)).toLocaleString('en-US')}円`,
    ];
    const other = phone(rand);
    const notes = [
      `${date} 入電。${other.text} へ折り返し希望`,
      `${date} 不在、留守電あり（注文番号 ${pad(Math.floor(rand() * 1e10), 10)}）`,
      `Called ${date}, left VM. Order #${pad(Math.floor(rand() * 1e10), 10)}`,
      `${date} 契約更新 ${(Math.floor(rand() * 1e6)).toLocaleString('en-US')}円 承認済`,
      `Follow-up ${date} 15:30, callback ${other.text}`,
    ];
    rows.push([name, p.text, pick(ids), pick(amounts), pick(notes)]);
    phones.push({ e164: p.e164, writtenAs: p.writtenAs });
  }
  return { rows, phones };
}

/** `n` rows of five cells; the same rows for the same seed. */
export function makeCrmRows(n: number, seed = 1): string[][] {
  return makeCrmTable(n, seed).rows;
}
