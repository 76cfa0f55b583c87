/**
 * Ways of writing only the holdout built 2026-12-05 ~00:30 has (writing.ts takes them in for that
 * split): how people of countries whose own habits no older way models write their numbers.
 * Nationally: Israeli "03-1234567" and "050-1234567" (the prefix hyphenated, the rest glued, as
 * Israeli letterheads and forms print them), Pakistani mobiles "0300-1234567", Sri Lankan
 * "011-2345678" and "077-1234567", Greek "210 1234567" and "2310 123456" (the area code spaced off,
 * the rest glued), and Chinese fixed lines "010-12345678" and "0755-12345678" (the area code
 * hyphenated, the subscriber glued). Internationally: "+972-3-1234567", "+86-10-12345678",
 * "+94-11-2345678" (the country and area codes hyphenated off a glued subscriber) and Greek
 * "+30 210 1234567". Each way gives null where it does not apply, as writing.ts's ways do; every
 * text each gives is one both libphonenumbers read back as the number (generate.test.ts, and the
 * Google cross-check when the split was built).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const digitsOf = (n: PoolNumber): string => n.national.replace(/\D/g, '');
/** Greek area codes: Athens' 21x is three digits, the rest of the country's four. */
const grArea = (nsn: string): number => (nsn.startsWith('21') ? 3 : 4);

export const HOLDOUT_NATIONAL: Record<string, Style> = {
  // "03-1234567", "050-1234567": Israeli, the prefix hyphenated, the rest glued.
  ilDashGlued: (n, g) => (n.country === 'IL' && g.length >= 2 && g[0]!.startsWith('0') ? `${g[0]}-${g.slice(1).join('')}` : null),
  // "0300-1234567": a Pakistani mobile, the operator prefix hyphenated.
  pkMobileDash: (n, g) => (n.country === 'PK' && g.length === 2 && /^03\d\d$/.test(g[0]!) ? `${g[0]}-${g[1]}` : null),
  // "011-2345678", "077-1234567": Sri Lankan, three digits, a hyphen, seven.
  lkDashSeven: (n) => {
    const d = digitsOf(n);
    return n.country === 'LK' && d.length === 10 && d.startsWith('0') ? `${d.slice(0, 3)}-${d.slice(3)}` : null;
  },
  // "210 1234567", "2310 123456": a Greek fixed line, the area code spaced off, the rest glued.
  grAreaGlued: (n) => (n.country === 'GR' && n.nsn.length === 10 && n.nsn.startsWith('2') ? `${n.nsn.slice(0, grArea(n.nsn))} ${n.nsn.slice(grArea(n.nsn))}` : null),
  // "010-12345678", "0755-12345678": a Chinese fixed line, the area code hyphenated, the subscriber glued.
  cnAreaDash: (n, g) => (n.country === 'CN' && n.kind === 'fixed' && g.length >= 2 && g[0]!.startsWith('0') ? `${g[0]}-${g.slice(1).join('')}` : null),
};

/** Which holdout-only ways each country's writers use, with weights (added to writing.ts's own). */
export const HOLDOUT_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  IL: [['ilDashGlued', 10]], PK: [['pkMobileDash', 10]], LK: [['lkDashSeven', 10]], GR: [['grAreaGlued', 8]], CN: [['cnAreaDash', 6]],
};

export const HOLDOUT_INTERNATIONAL: Record<string, Style> = {
  // "+972-3-1234567", "+972-50-1234567": Israeli, the codes hyphenated off a glued subscriber.
  ilIntlDash: (n, g) => (n.country === 'IL' && g.length >= 2 ? `+972-${g[0]}-${g.slice(1).join('')}` : null),
  // "+86-10-12345678": a Chinese fixed line likewise.
  cnIntlDash: (n, g) => (n.country === 'CN' && n.kind === 'fixed' && g.length >= 2 ? `+86-${g[0]}-${g.slice(1).join('')}` : null),
  // "+94-11-2345678": Sri Lankan likewise.
  lkIntlDash: (n) => (n.country === 'LK' && n.nsn.length === 9 ? `+94-${n.nsn.slice(0, 2)}-${n.nsn.slice(2)}` : null),
  // "+30 210 1234567": Greek, the area code spaced off, the rest glued.
  grIntlArea: (n) => (n.country === 'GR' && n.nsn.length === 10 && n.nsn.startsWith('2') ? `+30 ${n.nsn.slice(0, grArea(n.nsn))} ${n.nsn.slice(grArea(n.nsn))}` : null),
};
export const HOLDOUT_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['ilIntlDash', 12], ['cnIntlDash', 12], ['lkIntlDash', 12], ['grIntlArea', 12],
];

/** Extensions written the ways only the holdout built ~00:30 has. */
export const HOLDOUT_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` Ext No: ${x}`, ` (ext-${x})`, ` / extension ${x}`],
  ja: (x) => [` 内：${x}`, `［内線 ${x}］`, ` 内線番号＝${x}`],
  de: (x) => [` Dw. ${x}`, ` (DW ${x})`],
  fr: (x) => [` p. ${x}`, ` (p.${x})`],
};
