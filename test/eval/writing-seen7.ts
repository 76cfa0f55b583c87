/**
 * Ways of writing only seen7 (the holdout built 2026-12-04 ~21:00) has (writing.ts takes them in for that
 * split): what real people and real systems do to numbers that no older split models. Zero-width
 * spaces and word joiners that mailing tools put into numbers to stop phones auto-linking them,
 * Arabic-Indic and Persian digits (Gulf, Levant, Egyptian and Iranian text), the Thai "0-2123-4567"
 * and "08-1234-5678", the Turkish "0 (532) 123 45 67", the Indonesian "(021) 5790-1234" and
 * "0812-3456-7890", the Polish "22 123-45-67"; internationally "+1 415-555-0132" (US signatures),
 * "+91-98765 43210" (Indian signatures), "+44 207 946 0958" (London's code misgrouped),
 * "(+86)-10-8888-8888" (Asian business cards), "0044 (0)20 …" (European letterheads dialling out
 * with 00 and keeping the trunk 0). Each way gives null where it does not apply, as writing.ts's
 * ways do; every text each gives is one both libphonenumbers read back as the number (the label
 * checks in generate.test.ts, and the Google cross-check when the split was built).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const digitsOf = (n: PoolNumber): string => n.national.replace(/\D/g, '');
/** The national number starts with a trunk "0" that is not part of the number. */
const trunkZero = (n: PoolNumber): boolean => digitsOf(n) === `0${n.nsn}`;
const ZWSP = '\u200b';
const WORD_JOINER = '\u2060';
/** Arabic-Indic digits (U+0660…) and the Extended ones Persian and Urdu use (U+06F0…). */
const toArabicIndic = (s: string): string => s.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)));
const toPersian = (s: string): string => s.replace(/\d/g, (c) => String.fromCharCode(0x06f0 + Number(c)));
const ARABIC = new Set<CountryCode>(['AE', 'SA', 'EG', 'JO', 'KW', 'QA', 'BH', 'OM', 'IQ', 'LB', 'PS', 'YE', 'SD', 'LY', 'MR', 'DJ', 'KM', 'SO']);
const PERSIAN = new Set<CountryCode>(['IR', 'AF']);
/** Where "00" dials out and the trunk "0" is dropped after the country code. */
const IDD00_TRUNK = new Set<CountryCode>(['GB', 'IE', 'DE', 'AT', 'CH', 'FR', 'BE', 'NL', 'SE', 'FI', 'TR', 'AE', 'SA', 'EG', 'IL', 'ZA', 'NZ']);

export const SEEN7_NATIONAL: Record<string, Style> = {
  // "03\u200b-1234\u200b-5678": a zero-width space after each group (newsletters and e-mail tools that stop iOS auto-linking).
  zwspGroups: (n) => (/\D/.test(n.national) ? n.national.replace(/(\d)(?=\D)/g, `$1${ZWSP}`) : null),
  // "020\u2060 7946\u2060 0958": word joiners in the gaps (the same trick, other tools).
  wordJoined: (_n, g) => (g.length >= 2 ? g.join(`${WORD_JOINER} `) : null),
  // "٠٥٠ ١٢٣ ٤٥٦٧": Arabic-Indic digits, the number's own grouping.
  arabicDigits: (n) => (ARABIC.has(n.country) ? toArabicIndic(n.national) : null),
  // "۰۹۱۲ ۳۴۵ ۶۷۸۹": Persian digits.
  persianDigits: (n) => (PERSIAN.has(n.country) ? toPersian(n.national) : null),
  // "0-2123-4567" (Bangkok lines), "08-1234-5678" (mobiles): how Thai companies print them.
  thZeroDash: (n) => {
    const d = digitsOf(n);
    if (n.country !== 'TH') return null;
    if (d.length === 9) return `${d[0]}-${d.slice(1, 5)}-${d.slice(5)}`;
    if (d.length === 10) return `${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`;
    return null;
  },
  // "0 (532) 123 45 67": the Turkish trunk 0 before the bracketed area or operator code.
  trZeroParen: (n) => {
    const d = digitsOf(n);
    return n.country === 'TR' && d.length === 11 && d.startsWith('0') ? `0 (${d.slice(1, 4)}) ${d.slice(4, 7)} ${d.slice(7, 9)} ${d.slice(9)}` : null;
  },
  // "(021) 5790-1234": an Indonesian landline, the area code in brackets, the rest hyphenated.
  idParenHyphen: (n, g) => {
    const rest = g.slice(1).join('');
    return n.country === 'ID' && g.length >= 2 && /^0\d{1,3}$/.test(g[0]!) && n.kind !== 'mobile' && rest.length >= 7 ? `(${g[0]}) ${rest.slice(0, 4)}-${rest.slice(4)}` : null;
  },
  // "0812-3456-7890": an Indonesian mobile in fours.
  idMobileFours: (n) => {
    const d = digitsOf(n);
    return n.country === 'ID' && /^08\d{8,11}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}` : null;
  },
  // "22 123-45-67": a Polish landline, the area code apart, the rest 3-2-2 hyphenated.
  plAreaPairs: (n) => {
    const d = digitsOf(n);
    return n.country === 'PL' && d.length === 9 && n.kind === 'fixed' ? `${d.slice(0, 2)} ${d.slice(2, 5)}-${d.slice(5, 7)}-${d.slice(7)}` : null;
  },
};

/** Which seen7-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN7_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['zwspGroups', 1]], US: [['zwspGroups', 1], ['wordJoined', 1]], GB: [['zwspGroups', 1], ['wordJoined', 1]], DE: [['wordJoined', 1]], FR: [['zwspGroups', 1]], AU: [['zwspGroups', 1]],
  KR: [['zwspGroups', 1]], CA: [['wordJoined', 1]], ES: [['wordJoined', 1]], IT: [['zwspGroups', 1]], BR: [['wordJoined', 1]], MX: [['zwspGroups', 1]],
  AE: [['arabicDigits', 4]], SA: [['arabicDigits', 5]], EG: [['arabicDigits', 4]], JO: [['arabicDigits', 3]], KW: [['arabicDigits', 3]], QA: [['arabicDigits', 3]], BH: [['arabicDigits', 3]],
  OM: [['arabicDigits', 3]], IQ: [['arabicDigits', 3]], LB: [['arabicDigits', 2]], PS: [['arabicDigits', 3]], YE: [['arabicDigits', 3]], SD: [['arabicDigits', 2]], LY: [['arabicDigits', 2]],
  IR: [['persianDigits', 5]], AF: [['persianDigits', 3]],
  TH: [['thZeroDash', 6]], TR: [['trZeroParen', 6]], ID: [['idParenHyphen', 4], ['idMobileFours', 4]], PL: [['plAreaPairs', 4]],
};

export const SEEN7_INTERNATIONAL: Record<string, Style> = {
  // "+1 415-555-0132": the country code spaced off, the rest hyphenated (North American signatures).
  nanpaPlusHyphen: (n, g) => (n.countryCallingCode === '1' && g.length === 3 ? `+1 ${g.join('-')}` : null),
  // "+91-98765 43210": an Indian mobile as Indian signatures write it.
  inDashFives: (n) => (n.country === 'IN' && /^[6-9]\d{9}$/.test(n.nsn) ? `+91-${n.nsn.slice(0, 5)} ${n.nsn.slice(5)}` : null),
  // "+44 207 946 0958", "+44 292 018 0123": a two-digit area code (London, Southampton, Coventry, Belfast, Cardiff) run into the number's first digit.
  gbLondonMisgrouped: (n) => (n.country === 'GB' && /^2\d{9}$/.test(n.nsn) ? `+44 ${n.nsn.slice(0, 3)} ${n.nsn.slice(3, 6)} ${n.nsn.slice(6)}` : null),
  // "(+86)-10-8888-8888": the country code in brackets, hyphens throughout (business cards).
  ccParenHyphens: (n, g) => (g.length >= 2 ? `(+${n.countryCallingCode})-${g.join('-')}` : null),
  // "0044 (0)20 7946 0958": dialled out with 00, the trunk 0 kept in brackets (European letterheads).
  iddTrunkParen: (n, g) => (IDD00_TRUNK.has(n.country) && trunkZero(n) ? `00${n.countryCallingCode} (0)${g.join(' ')}` : null),
  // "+٩٧١ ٤ ١٢٣ ٤٥٦٧": the international form in Arabic-Indic digits.
  arabicDigitsIntl: (n) => (ARABIC.has(n.country) ? toArabicIndic(n.international) : null),
  // "+44\u200b 20\u200b 7946\u200b 0958": zero-width spaces against auto-linking.
  zwspIntl: (n) => n.international.replace(/(\d)(?=\D)/g, `$1${ZWSP}`),
};
export const SEEN7_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['nanpaPlusHyphen', 3], ['inDashFives', 6], ['gbLondonMisgrouped', 6], ['ccParenHyphens', 2], ['iddTrunkParen', 3], ['arabicDigitsIntl', 3], ['zwspIntl', 1],
];

/** Extensions written the ways only seen7 (the holdout built ~21:00) has. */
export const SEEN7_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [`;ext=${x}`, ` (Ext. No. ${x})`, ` x.${x}`, ` - ext. ${x}`],
  ja: (x) => [` 〈内線${x}〉`, ` ＜内線${x}＞`, `（内線${x}まで）`],
  de: (x) => [` / Durchwahl ${x}`, ` App.-Nr. ${x}`, ` (Nebenstelle: ${x})`],
  fr: (x) => [` p.${x}`, ` – poste ${x}`, ` (ligne directe, poste ${x})`],
};
