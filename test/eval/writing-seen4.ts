/**
 * Ways of writing only seen4 (the holdout built 2026-12-04 ~17:00) has (writing.ts takes them in for that
 * split): groupings people type, print or OCR that no other split models, for its own and its new
 * regions. Each way gives null where it does not apply, as writing.ts's ways do.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const WIDE: Record<string, string> = { '-': '－', '(': '（', ')': '）', ' ': '\u3000', '+': '＋' };
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[-() +]/g, (c) => WIDE[c] ?? c);
/** The national number starts with a trunk "0" that is not part of the number ("020 …" for +44 20 …). */
const trunkZero = (n: PoolNumber): boolean => n.national.replace(/\D/g, '') === `0${n.nsn}`;
const EAST_ASIA = new Set<CountryCode>(['JP', 'CN', 'TW', 'KR', 'HK', 'MO']);
const pairs = (s: string): string => s.match(/\d{2}/g)!.join(' ');

export const SEEN4_NATIONAL: Record<string, Style> = {
  // "020 79460958", "030 12345678", "02 12345678": the area code, a space, the rest unbroken (exports, Italian and Dutch lists).
  areaSpaceRest: (_n, g) => (g.length >= 3 && /^0\d{1,4}$/.test(g[0]!) ? `${g[0]} ${g.slice(1).join('')}` : null),
  // "612 345 678", "123 456 789": nine digits in threes (Spanish and Polish habit for every number).
  threes: (n, g) => {
    const d = g.join('');
    const out = `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
    return d.length === 9 && out !== n.national ? out : null;
  },
  // "03 - 1234 - 5678", "415 - 555 - 0132": spaced hyphens, as business cards and OCR give them.
  spacedHyphens: (_n, g) => (g.length >= 2 ? g.join(' - ') : null),
  // "(010)12345678", "(02)23456789", "(03)12345678": the area code in brackets, the rest unbroken.
  tightParenUnbroken: (_n, g) => (g.length >= 2 && /^0\d{1,4}$/.test(g[0]!) ? `(${g[0]})${g.slice(1).join('')}` : null),
  // "06 12 34 56 78", "030 12 34 56 78": the rest in pairs after the area code.
  pairsAfterArea: (_n, g) => {
    const rest = g.slice(1).join('');
    return g.length >= 2 && /^0\d{1,4}$/.test(g[0]!) && rest.length % 2 === 0 && rest.length >= 6 ? `${g[0]} ${pairs(rest)}` : null;
  },
  // "(011) 2345-6789": a Brazilian number with the trunk 0 kept inside the brackets.
  brTrunkParen: (n) => (/^\(\d\d\) /.test(n.national) ? n.national.replace(/^\((\d\d)\) /, '(0$1) ') : null),
  // "98765-43210": an Indian mobile without its trunk 0, hyphenated.
  inHyphenNoTrunk: (_n, g) => {
    const d = g.join('');
    return /^0[6-9]\d{9}$/.test(d) ? `${d.slice(1, 6)}-${d.slice(6)}` : null;
  },
  // "03（1234）5678": full-width brackets around half-width digits (a Japanese IME in half-width digit mode).
  fwParenHalf: (_n, g) => (g.length === 3 ? `${g[0]}（${g[1]}）${g[2]}` : null),
  // "03- 1234-5678": OCR of a business card puts a space after a hyphen.
  ocrGap: (n) => (n.national.includes('-') ? n.national.replace('-', '- ') : null),
  // "(55) 1234 5678": an area code without trunk in brackets (Mexico and other countries without a trunk prefix).
  parenRest: (_n, g) => (g.length >= 3 && !g[0]!.startsWith('0') && g[0]!.length <= 3 ? `(${g[0]}) ${g.slice(1).join(' ')}` : null),
};

/** Which seen4-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN4_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['fwParenHalf', 1], ['spacedHyphens', 1], ['ocrGap', 1], ['tightParenUnbroken', 1]],
  US: [['spacedHyphens', 1]], CA: [['spacedHyphens', 1]],
  GB: [['areaSpaceRest', 2], ['spacedHyphens', 1]], IE: [['areaSpaceRest', 1]], NZ: [['areaSpaceRest', 1]], ZA: [['areaSpaceRest', 1]],
  DE: [['areaSpaceRest', 2], ['pairsAfterArea', 1]], AT: [['areaSpaceRest', 1]], CH: [['areaSpaceRest', 1], ['dot', 1]],
  IT: [['areaSpaceRest', 2], ['dot', 1]], ES: [['threes', 3], ['dot', 1], ['parenRest', 1]], GR: [['parenRest', 1]], PL: [['threes', 2]], PT: [['dot', 1]],
  NL: [['areaSpaceRest', 2], ['pairsAfterArea', 2]], SE: [['areaSpaceRest', 1]], TR: [['areaSpaceRest', 1]],
  KR: [['tightParenUnbroken', 1], ['dot', 1]], CN: [['tightParenUnbroken', 2]], TW: [['tightParenUnbroken', 2]], AU: [['tightParenUnbroken', 1]],
  IN: [['inHyphenNoTrunk', 2]], BR: [['brTrunkParen', 2]], MX: [['parenRest', 3], ['dot', 1]], AR: [['parenArea', 2]],
  IL: [['areaSpaceRest', 1]], AE: [['areaSpaceRest', 1]], SA: [['areaSpaceRest', 1]],
};

export const SEEN4_INTERNATIONAL: Record<string, Style> = {
  // "+44 2079460958": the country code, then the national number unbroken (CRM exports, E.123 half-done).
  ccSpaceNsn: (n) => `+${n.countryCallingCode} ${n.nsn}`,
  // "+81-312345678".
  ccHyphenNsn: (n) => `+${n.countryCallingCode}-${n.nsn}`,
  // "＋８１\u3000３－１２３４－５６７８": everything full width, ideographic spaces (U+3000) (East Asian numbers, as their IMEs type them).
  fullWidthAll: (n) => (EAST_ASIA.has(n.country) ? fullWidth(n.international) : null),
  // "+44 (0) 20 7946 0958": the trunk 0 in brackets with a space after them.
  trunkParenSpaced: (n, g) => (trunkZero(n) ? `+${n.countryCallingCode} (0) ${g.join(' ')}` : null),
  // "+49 30/12345678": a slash after the area code.
  ccAreaSlash: (n, g) => (g.length >= 2 ? `+${n.countryCallingCode} ${g[0]}/${g.slice(1).join('')}` : null),
};
export const SEEN4_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['ccSpaceNsn', 2], ['ccHyphenNsn', 1], ['fullWidthAll', 1], ['trunkParenSpaced', 2], ['ccAreaSlash', 1],
];

/** Extensions written the ways only seen4 (the holdout built ~17:00) has. */
export const SEEN4_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` (Ext ${x})`, `, ext. ${x}`, ` x.${x}`, `;ext=${x}`, ` Extension: ${x}`],
  ja: (x) => [` 内${x}`, `／内線${x}`, `\u3000内線${x}`],
  de: (x) => [` Apparat ${x}`, ` - Durchwahl ${x}`],
  fr: (x) => [` - poste ${x}`, ` (poste n°${x})`],
};
