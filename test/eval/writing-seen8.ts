/**
 * Ways of writing only seen8 (the holdout built 2026-12-04 ~23:00) has (writing.ts takes them in for that
 * split): what people and systems do to numbers that no older split models. Nationally: Japanese
 * numbers typed wholly in full width ("（０３）１２３４－５６７８", "０３ー１２３４ー５６７８" with the
 * long-vowel mark, "０３１２３４５６７８" unbroken: forms that want 全角), the Chinese print habit of
 * an em dash after the area code ("010—62751234"), soft hyphens (U+00AD) a web page's hyphenation
 * left between the groups, Belgian "02/123.45.67" and "0470/12.34.56", Italian "06.12345678" and
 * "333.1234567", Vietnamese dotted "0903.123.456" and "028.3823.4567", the old German DIN "(0 30) 12
 * 34 56 78". Internationally: "+55 (11) 91234-5678" (Brazil), "+90 (532) 123 45 67" (Turkey),
 * "+62 812-3456-7890" (Indonesia), Persian digits "+۹۸ ۲۱ ۸۸۸۸ ۸۸۸۸", "(0049) 30 1234567" (the
 * dialling-out prefix in brackets, German-speaking letterheads), soft hyphens, and everything full
 * width and hyphenated ("＋８１－３－１２３４－５６７８"). Each way gives null where it does not
 * apply, as writing.ts's ways do; every text each gives is one both libphonenumbers read back as
 * the number (generate.test.ts, and the Google cross-check when the split was built).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const digitsOf = (n: PoolNumber): string => n.national.replace(/\D/g, '');
const SOFT_HYPHEN = '\u00ad';
const FULL: Record<string, string> = { '-': '－', '(': '（', ')': '）', '+': '＋' };
/** Full-width digits, hyphens, brackets and plus (what a Japanese IME in full-width mode types). */
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/[-()+]/g, (c) => FULL[c] ?? c);
const toPersian = (s: string): string => s.replace(/\d/g, (c) => String.fromCharCode(0x06f0 + Number(c)));
const PERSIAN = new Set<CountryCode>(['IR', 'AF']);
/** Where "00" dials out and letterheads put it in brackets before the country code. */
const IDD00 = new Set<CountryCode>(['DE', 'AT', 'CH', 'LI', 'NL', 'BE', 'LU', 'DK', 'SE', 'NO', 'FI', 'IT', 'ES', 'PT', 'PL', 'CZ', 'GB', 'IE', 'FR']);
/** Pairs counted from the right ("1234567" → "1 23 45 67"), as the old DIN grouping set them. */
const pairsFromRight = (s: string): string => (s.length % 2 ? [s.slice(0, 1), ...(s.slice(1).match(/\d\d/g) ?? [])] : (s.match(/\d\d/g) ?? [])).join(' ');

export const SEEN8_NATIONAL: Record<string, Style> = {
  // "（０３）１２３４－５６７８": the area code in brackets, everything full width.
  fullWidthParenArea: (n, g) => (n.country === 'JP' && g.length === 3 && g[0]!.startsWith('0') ? fullWidth(`(${g[0]})${g[1]}-${g[2]}`) : null),
  // "０３ー１２３４ー５６７８": full-width digits, the long-vowel mark for the hyphens.
  fullWidthChoon: (n) => (n.country === 'JP' && n.national.includes('-') ? fullWidth(n.national).replaceAll('－', 'ー') : null),
  // "０３１２３４５６７８": full-width digits unbroken (a form that asks for 全角 and no hyphens).
  fullWidthUnspaced: (n) => (n.country === 'JP' ? fullWidth(digitsOf(n)) : null),
  // "010—62751234": an em dash after the area code (Chinese letterheads and notices).
  emDashArea: (n, g) => (n.country === 'CN' && g.length >= 2 && g[0]!.startsWith('0') ? `${g[0]}—${g.slice(1).join('')}` : null),
  // "020­7946­0958": soft hyphens (U+00AD) in the gaps, left by a web page's hyphenation.
  softHyphen: (_n, g) => (g.length >= 2 ? g.join(SOFT_HYPHEN) : null),
  // "02/123.45.67", "0470/12.34.56": a Belgian zone or mobile prefix, a slash, the rest dotted.
  beSlashDots: (n, g) => (n.country === 'BE' && g.length >= 3 && g[0]!.startsWith('0') ? `${g[0]}/${g.slice(1).join('.')}` : null),
  // "06.12345678", "333.1234567": an Italian prefix, a dot, the rest unbroken.
  itDotPrefix: (n, g) => (n.country === 'IT' && g.length >= 2 ? `${g[0]}.${g.slice(1).join('')}` : null),
  // "0903.123.456" (mobiles), "028.3823.4567" (landlines): Vietnamese dotted groups.
  vnDots: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'VN' || !d.startsWith('0')) return null;
    if (d.length === 10) return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
    if (d.length === 11) return `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7)}`;
    return null;
  },
  // "(0 30) 12 34 56 78", "(0 89) 1 23 45 67": the trunk 0 spaced off in the brackets, the rest in pairs (German letterheads before 2001's DIN 5008).
  dinOldPairs: (n, g) => ((n.country === 'DE' || n.country === 'AT') && g.length === 2 && /^0\d{1,4}$/.test(g[0]!) && g[1]!.length >= 5 ? `(0 ${g[0]!.slice(1)}) ${pairsFromRight(g[1]!)}` : null),
};

/** Which seen8-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN8_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['fullWidthParenArea', 2], ['fullWidthChoon', 2], ['fullWidthUnspaced', 2]], CN: [['emDashArea', 4]], BE: [['beSlashDots', 5]], IT: [['itDotPrefix', 4]], VN: [['vnDots', 6]],
  DE: [['dinOldPairs', 2], ['softHyphen', 1]], AT: [['dinOldPairs', 2]], GB: [['softHyphen', 1]], FR: [['softHyphen', 1]], NL: [['softHyphen', 1]], US: [['softHyphen', 1]], AU: [['softHyphen', 1]],
  CH: [['softHyphen', 1]], SE: [['softHyphen', 1]],
};

export const SEEN8_INTERNATIONAL: Record<string, Style> = {
  // "+55 (11) 91234-5678": the Brazilian national form after the country code.
  brPlusParen: (n) => (n.country === 'BR' && /^\(\d\d\) /.test(n.national) ? `+55 ${n.national}` : null),
  // "+90 (532) 123 45 67": the Turkish area or operator code in brackets after the country code.
  trPlusParen: (n) => (n.country === 'TR' && n.nsn.length === 10 ? `+90 (${n.nsn.slice(0, 3)}) ${n.nsn.slice(3, 6)} ${n.nsn.slice(6, 8)} ${n.nsn.slice(8)}` : null),
  // "+62 812-3456-7890": an Indonesian mobile, the country code spaced off, the rest hyphenated.
  idPlusFours: (n) => (n.country === 'ID' && /^8\d{8,11}$/.test(n.nsn) ? `+62 ${n.nsn.slice(0, 3)}-${n.nsn.slice(3, 7)}-${n.nsn.slice(7)}` : null),
  // "+۹۸ ۲۱ ۸۸۸۸ ۸۸۸۸": the international form in Persian digits (Iranian and Afghan letterheads).
  persianDigitsIntl: (n) => (PERSIAN.has(n.country) ? toPersian(n.international) : null),
  // "(0049) 30 1234567": the country dialled with "00", in brackets.
  iddInBrackets: (n, g) => (IDD00.has(n.country) ? `(00${n.countryCallingCode}) ${g.join(' ')}` : null),
  // "+44­20­7946­0958": soft hyphens for the spaces.
  softHyphenIntl: (n) => n.international.replaceAll(' ', SOFT_HYPHEN),
  // "＋８１－３－１２３４－５６７８": hyphens throughout, everything full width (East Asian forms).
  fullWidthIntlHyphen: (n, g) => (['JP', 'CN', 'TW', 'KR', 'HK'].includes(n.country) ? fullWidth(`+${n.countryCallingCode}-${g.join('-')}`) : null),
};
export const SEEN8_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['brPlusParen', 6], ['trPlusParen', 6], ['idPlusFours', 6], ['persianDigitsIntl', 6], ['iddInBrackets', 3], ['softHyphenIntl', 1], ['fullWidthIntlHyphen', 3],
];

/** Extensions written the ways only seen8 (the holdout built ~23:00) has. */
export const SEEN8_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  // ",,123": the pauses a dial string (Outlook, Teams, a phone's contact) puts before the extension.
  en: (x) => [`,,${x}`, ` / Ext. ${x}`, ` [x${x}]`, ` (ext no ${x})`],
  ja: (x) => [`【内線${x}】`, ` 内線／${x}`, `（内線＃${x}）`],
  de: (x) => [` Durchwahl-Nr. ${x}`, ` (Apparat ${x})`, `, App. ${x}`],
  fr: (x) => [` / poste ${x}`, ` (Poste : ${x})`],
};
