/**
 * Ways of writing only seen6 (the holdout built 2026-12-04 ~20:00) has (writing.ts takes them in for that
 * split): groupings, brackets and dashes people really type, print or paste that no older split
 * models (DIN 5008 direct-dial hyphens, Dutch and Swedish "area-rest grouped", British "5 3 3",
 * Brazilian mobiles with the 9 set apart, Word's non-breaking hyphen, "+44(0)…", "(+81) 03-…",
 * "+4930 …"). Each way gives null where it does not apply, as writing.ts's ways do; every text each
 * gives is one libphonenumber reads back as the number (generate.test.ts checks every label).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

/** The national number starts with a trunk "0" that is not part of the number ("020 …" for +44 20 …). */
const trunkZero = (n: PoolNumber): boolean => n.national.replace(/\D/g, '') === `0${n.nsn}`;
/** U+2011, the non-breaking hyphen Word inserts (Ctrl+Shift+-) and pasted documents carry. */
const NB_HYPHEN = '\u2011';
const digitsOf = (n: PoolNumber): string => n.national.replace(/\D/g, '');
/** Where the international direct-dial hyphen and a country code run into the area code are written. */
const DIN = new Set<CountryCode>(['DE', 'AT', 'CH', 'LI']);
const GLUED = new Set<CountryCode>(['DE', 'AT', 'CH', 'LI', 'NL', 'BE', 'IT', 'FR', 'SE']);

export const SEEN6_NATIONAL: Record<string, Style> = {
  // "030 12345-678": DIN 5008's direct-dial hyphen, the last two to four digits of a landline set off (German, Austrian, Swiss letterheads).
  dinDirectDial: (n, g, rng) => {
    const rest = g.slice(1).join('');
    if (n.kind !== 'fixed' || !/^0\d{1,4}$/.test(g[0] ?? '') || rest.length < 6) return null;
    const tail = rng.pick([2, 3, 3, 4]);
    return `${g[0]} ${rest.slice(0, -tail)}-${rest.slice(-tail)}`;
  },
  // "020-123 4567", "08-123 456 78", "0755-8888 8888": a hyphen after the area code, the rest in groups (Dutch, Swedish, Belgian, Chinese habit).
  areaHyphenGrouped: (_n, g) => (g.length >= 3 && /^0\d{1,4}$/.test(g[0]!) ? `${g[0]}-${g.slice(1).join(' ')}` : null),
  // "07700 900 123", "01632 960 001": five digits, then the six in threes (how many Britons and the Irish say and write them).
  sixAsThrees: (_n, g) => (g.length === 2 && /^0\d{3,4}$/.test(g[0]!) && g[1]!.length === 6 ? `${g[0]} ${g[1]!.slice(0, 3)} ${g[1]!.slice(3)}` : null),
  // "612-345-678": nine digits in hyphenated threes (Spanish, Portuguese and Polish forms).
  hyphenThrees: (_n, g) => {
    const d = g.join('');
    return d.length === 9 ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : null;
  },
  // "(11) 9 8765-4321": a Brazilian mobile with its leading 9 set apart.
  brNineApart: (n) => (/^\(\d\d\) 9\d{4}-\d{4}$/.test(n.national) ? n.national.replace(/^(\(\d\d\)) 9/, '$1 9 ') : null),
  // "04 1234 5678": an Australian mobile in 2-4-4 (as the area codes of landlines are written).
  auMobile244: (n) => {
    const d = digitsOf(n);
    return /^04\d{8}$/.test(d) ? `${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}` : null;
  },
  // "(495) 123-45-67": a Russian, Belarusian or Kazakh number without its trunk 8.
  ruNoTrunk: (n) => (/^8 \(\d+\) /.test(n.national) ? n.national.slice(2) : null),
  // "03 (1234) 5678": the middle group in brackets, spaced (Japanese forms filled in by hand).
  parenMiddleSpaced: (_n, g) => (g.length === 3 && g[0]!.startsWith('0') ? `${g[0]} (${g[1]}) ${g[2]}` : null),
  // "（03）1234-5678": the area code in full-width brackets, half-width digits (a Japanese IME between modes).
  fwParenArea: (_n, g) => (g.length === 3 && /^0\d{1,4}$/.test(g[0]!) ? `（${g[0]}）${g[1]}-${g[2]}` : null),
  // "1(415)555-0132": the long-distance 1 glued to the bracketed area code (US web forms and exports).
  nanpaOneTight: (_n, g) => (g.length === 3 ? `1(${g[0]})${g[1]}-${g[2]}` : null),
  // "020‑7946‑0958": Word's non-breaking hyphens (U+2011) in a pasted letter or PDF.
  nbHyphen: (_n, g) => (g.length >= 2 ? g.join(NB_HYPHEN) : null),
};

/** Which seen6-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN6_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['parenMiddleSpaced', 1], ['fwParenArea', 1], ['nbHyphen', 1]],
  DE: [['dinDirectDial', 3], ['nbHyphen', 1]], AT: [['dinDirectDial', 2]], CH: [['dinDirectDial', 1]], LI: [['dinDirectDial', 1]],
  NL: [['areaHyphenGrouped', 3]], BE: [['areaHyphenGrouped', 1]], SE: [['areaHyphenGrouped', 2]], FI: [['areaHyphenGrouped', 1]], CN: [['areaHyphenGrouped', 2]],
  GB: [['sixAsThrees', 5], ['nbHyphen', 1]], IE: [['sixAsThrees', 1]], JE: [['sixAsThrees', 2]], GG: [['sixAsThrees', 2]], IM: [['sixAsThrees', 2]],
  ES: [['hyphenThrees', 2]], PT: [['hyphenThrees', 1]], PL: [['hyphenThrees', 1]],
  BR: [['brNineApart', 5]], AU: [['auMobile244', 5]], RU: [['ruNoTrunk', 4]], BY: [['ruNoTrunk', 2]], KZ: [['ruNoTrunk', 2]],
  US: [['nanpaOneTight', 1], ['nbHyphen', 1]], CA: [['nanpaOneTight', 1]], BB: [['nanpaOneTight', 1]], KY: [['nanpaOneTight', 1]],
  FR: [['nbHyphen', 1]], IT: [['nbHyphen', 1]], KR: [['nbHyphen', 1]],
};

export const SEEN6_INTERNATIONAL: Record<string, Style> = {
  // "+44(0)20 7946 0958": the trunk 0 in brackets, glued on both sides (British and Irish e-mail signatures).
  trunkTightParen: (n, g) => (trunkZero(n) ? `+${n.countryCallingCode}(0)${g.join(' ')}` : null),
  // "(+81) 03-1234-5678", "(+44) 020 7946 0958": the country code in brackets before the national number, trunk 0 and all.
  ccBracketsKeepTrunk: (n) => (trunkZero(n) ? `(+${n.countryCallingCode}) ${n.national}` : null),
  // "+49 30 12345-678": DIN 5008's direct-dial hyphen in the international format.
  dinDirectDialIntl: (n, g, rng) => {
    if (g.length < 2 || !DIN.has(n.country) || n.kind !== 'fixed') return null;
    const rest = g.slice(1).join('');
    if (rest.length < 6) return null;
    const tail = rng.pick([2, 3, 3, 4]);
    return `+${n.countryCallingCode} ${g[0]} ${rest.slice(0, -tail)}-${rest.slice(-tail)}`;
  },
  // "+44‑20‑7946‑0958": Word's non-breaking hyphens (U+2011).
  nbHyphenIntl: (n, g) => `+${n.countryCallingCode}${NB_HYPHEN}${g.join(NB_HYPHEN)}`,
  // "+4930 12345678", "+4989 1234567": the country and area codes run together (German and Austrian exports).
  ccGluedArea: (n, g) => (g.length >= 2 && GLUED.has(n.country) && n.kind === 'fixed' ? `+${n.countryCallingCode}${g[0]} ${g.slice(1).join('')}` : null),
};
export const SEEN6_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['trunkTightParen', 2], ['ccBracketsKeepTrunk', 2], ['dinDirectDialIntl', 4], ['nbHyphenIntl', 1], ['ccGluedArea', 3],
];

/** Extensions written the ways only seen6 (the holdout built ~20:00) has. */
export const SEEN6_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` #${x}`, ` (Ext: ${x})`, `, extension ${x}`, ` ext${x}`],
  ja: (x) => [` 内線${x}番`, `（内線 ${x}番）`, ` 内線（${x}）`],
  de: (x) => [`, Durchwahl ${x}`, ` Nst. ${x}`, ` (App. ${x})`],
  fr: (x) => [`, poste ${x}`, ` - Poste ${x}`],
};
