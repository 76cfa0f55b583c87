/**
 * Ways of writing only seen9 (the holdout built 2026-12-05 ~00:00) has (writing.ts takes them in for that
 * split): how people of countries no older way models write their numbers. Nationally: Korean
 * "02)1234-5678" (only the closing bracket after the area code, as Korean letterheads and 견적서
 * print it) and "010.1234.5678" (dotted, Korean business cards), the old American "415/555-0132",
 * Hungarian "06-1/234-5678" and "06-20/123-4567" (the trunk 06, the area code, a slash), Dutch
 * "020-123 45 67" and "06-12 34 56 78", Mexican "(55) 1234-5678", Argentine mobiles
 * "(011) 15-2345-6789" (the area code in brackets, the "15" of a mobile dialled at home), Ukrainian
 * "(044) 123-45-67", Philippine mobiles "0917-123-4567", and Japanese half-width digits with
 * ideographic spaces (U+3000 between "03", "1234" and "5678": a space typed in full-width mode). Internationally: the trunk
 * "(0)" kept by writers of countries the older ways do not give it to ("+234 (0)803 123 4567",
 * "+254 (0)722 123 456", "+20 (0)10 1234 5678"), Dutch "+31 (0)20-123 4567", German
 * "+49 (0)30/1234567", Hungarian "+36 1/234-5678" and French "+33 1.23.45.67.89". Each way gives
 * null where it does not apply, as writing.ts's ways do; every text each gives is one both
 * libphonenumbers read back as the number (generate.test.ts, and the Google cross-check when the
 * split was built).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const digitsOf = (n: PoolNumber): string => n.national.replace(/\D/g, '');
/** Whether the national form is the number behind a trunk "0" (not a 0 of the number itself, as in Italy). */
const trunkZero = (n: PoolNumber): boolean => digitsOf(n) === `0${n.nsn}`;
/** Countries writing.ts already gives "+CC (0)…" (its TRUNK_ZERO): this split's way is for the others. */
const OLDER_TRUNK = new Set<CountryCode>([
  // Gabon too: its leading 0 is a trunk prefix in the metadata, yet neither libphonenumber reads "+241 (0)7…" back.
  'GA',
  'JP', 'GB', 'AU', 'DE', 'FR', 'NL', 'KR', 'CN', 'TW', 'IN', 'BR', 'NZ', 'IE', 'BE', 'CH', 'AT', 'SE', 'FI', 'PH', 'TH', 'MY', 'ID', 'VN', 'ZA', 'AE',
]);
/** "1234567" → "123 45 67"; "12345678" → "12 34 56 78": pairs, a leading three where odd. */
const pairs = (s: string): string => (s.length % 2 ? [s.slice(0, 3), ...(s.slice(3).match(/\d\d/g) ?? [])] : (s.match(/\d\d/g) ?? [])).join(' ');

export const SEEN9_NATIONAL: Record<string, Style> = {
  // "02)1234-5678", "031)123-4567": Korean, only the closing bracket after the area code.
  krParenClose: (n, g) => (n.country === 'KR' && g.length === 3 && /^0\d{1,2}$/.test(g[0]!) && !g[0]!.startsWith('01') ? `${g[0]})${g[1]}-${g[2]}` : null),
  // "010.1234.5678": Korean dotted groups (business cards).
  krDots: (n, g) => (n.country === 'KR' && g.length === 3 && g[0]!.startsWith('0') ? g.join('.') : null),
  // "415/555-0132": the area code before a slash (older American letterheads).
  nanpaSlash: (n, g) => ((n.country === 'US' || n.country === 'CA') && g.length === 3 && g[0]!.length === 3 ? `${g[0]}/${g[1]}-${g[2]}` : null),
  // "06-1/234-5678", "06-20/123-4567": Hungarian, the trunk 06, the area code, a slash.
  huTrunkSlash: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'HU' || !d.startsWith('06')) return null;
    const rest = d.slice(2);
    const area = rest.startsWith('1') ? '1' : rest.slice(0, 2);
    const sub = rest.slice(area.length);
    if (sub.length !== 7 && sub.length !== 6) return null;
    return `06-${area}/${sub.slice(0, 3)}-${sub.slice(3)}`;
  },
  // "020-123 45 67", "06-12 34 56 78": Dutch, the area or mobile prefix hyphenated, the rest in pairs.
  nlDashPairs: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'NL' || d.length !== 10 || !d.startsWith('0')) return null;
    const area = d.startsWith('06') ? 2 : /^0(10|13|15|20|23|24|26|30|33|35|36|38|40|43|45|46|50|53|55|58|70|71|72|73|74|75|76|77|78|79)/.test(d) ? 3 : 4;
    return `${d.slice(0, area)}-${pairs(d.slice(area))}`;
  },
  // "(55) 1234-5678", "(33) 3123-4567": Mexican, the area code in brackets, the rest hyphenated.
  mxParenHyphen: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'MX' || d.length !== 10) return null;
    const area = /^(55|56|33|81)/.test(d) ? 2 : 3;
    const rest = d.slice(area);
    return `(${d.slice(0, area)}) ${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`;
  },
  // "(011) 15-2345-6789": an Argentine mobile as dialled at home, the area code in brackets.
  arParen15: (n) => {
    const m = /^(0\d{2,4}) 15-(\d+)-(\d{4})$/.exec(n.national);
    return n.country === 'AR' && m ? `(${m[1]}) 15-${m[2]}-${m[3]}` : null;
  },
  // "(044) 123-45-67": Ukrainian, the area code in brackets, the rest as three, two and two.
  uaParenPairs: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'UA' || d.length !== 10 || !d.startsWith('0')) return null;
    return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`;
  },
  // "0917-123-4567": a Philippine mobile hyphenated four, three, four.
  phMobileDashes: (n) => {
    const d = digitsOf(n);
    return n.country === 'PH' && /^09\d{9}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 7)}-${d.slice(7)}` : null;
  },
  // "03", "1234", "5678" between ideographic spaces (U+3000), the digits half-width (a space typed in full-width mode).
  ideoSpace: (n, g) => (n.country === 'JP' && g.length >= 2 ? g.join('\u3000') : null),
};

/** Which seen9-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN9_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  KR: [['krParenClose', 4], ['krDots', 4]], US: [['nanpaSlash', 2]], CA: [['nanpaSlash', 1]], HU: [['huTrunkSlash', 10]], NL: [['nlDashPairs', 6]], MX: [['mxParenHyphen', 8]],
  AR: [['arParen15', 8]], UA: [['uaParenPairs', 10]], PH: [['phMobileDashes', 6]], JP: [['ideoSpace', 1]],
};

export const SEEN9_INTERNATIONAL: Record<string, Style> = {
  // "+234 (0)803 123 4567": the trunk 0 in brackets, where the older ways never keep it.
  trunkZeroWorld: (n) => (!OLDER_TRUNK.has(n.country) && trunkZero(n) ? `+${n.countryCallingCode} (0)${n.international.slice(n.countryCallingCode.length + 2)}` : null),
  // "+31 (0)20-123 4567": Dutch, the trunk in brackets, the area code hyphenated.
  nlTrunkDash: (n, g) => (n.country === 'NL' && g.length >= 2 && trunkZero(n) ? `+31 (0)${g[0]}-${g.slice(1).join(' ')}` : null),
  // "+49 (0)30/1234567": German and Austrian, the trunk in brackets, the area code before a slash.
  deTrunkSlash: (n, g) => ((n.country === 'DE' || n.country === 'AT') && g.length >= 2 && trunkZero(n) ? `+${n.countryCallingCode} (0)${g[0]}/${g.slice(1).join('')}` : null),
  // "+36 1/234-5678", "+36 20/123-4567": Hungarian, the area code before a slash.
  huIntlSlash: (n) => {
    if (n.country !== 'HU') return null;
    const area = n.nsn.startsWith('1') ? '1' : n.nsn.slice(0, 2);
    const sub = n.nsn.slice(area.length);
    return sub.length === 7 || sub.length === 6 ? `+36 ${area}/${sub.slice(0, 3)}-${sub.slice(3)}` : null;
  },
  // "+33 1.23.45.67.89": French, the country code spaced off, the rest dotted.
  frPlusDots: (n) => (n.country === 'FR' && n.nsn.length === 9 ? `+33 ${n.nsn[0]}.${n.nsn.slice(1).match(/\d\d/g)!.join('.')}` : null),
};
export const SEEN9_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['trunkZeroWorld', 5], ['nlTrunkDash', 6], ['deTrunkSlash', 8], ['huIntlSlash', 6], ['frPlusDots', 12],
];

/** Extensions written the ways only seen9 (the holdout built ~00:00) has. */
export const SEEN9_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` Extn: ${x}`, ` (extn ${x})`, ` — ext. ${x}`, ` EXT: ${x}`],
  ja: (x) => [` 内線番号：${x}`, `［内線：${x}］`, ` 内線 No.${x}`],
  de: (x) => [` (Durchwahl: ${x})`, ` – Durchwahl ${x}`, ` Nebenst. ${x}`],
  fr: (x) => [` (poste n° ${x})`, ` – poste ${x}`],
};
