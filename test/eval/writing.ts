/**
 * The ways people write a number: national with the country's own grouping and the variants
 * seen in CRMs (other separators, the area code in brackets, unspaced, full-width), international
 * ("+CC" with the country's grouping, with spaces inside the subscriber number, "+44 (0)20 …"),
 * and dialled through the agent's international call prefix ("010-44-…", "0044 …", "011 44 …").
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import { Rng } from './prng';
import type { Split } from './types';
import { HOLDOUT_EXTENSIONS, HOLDOUT_INTERNATIONAL, HOLDOUT_INTERNATIONAL_WAYS, HOLDOUT_NATIONAL, HOLDOUT_WAYS } from './writing-holdout';
import { SEEN9_EXTENSIONS, SEEN9_INTERNATIONAL, SEEN9_INTERNATIONAL_WAYS, SEEN9_NATIONAL, SEEN9_WAYS } from './writing-seen9';
import { SEEN8_EXTENSIONS, SEEN8_INTERNATIONAL, SEEN8_INTERNATIONAL_WAYS, SEEN8_NATIONAL, SEEN8_WAYS } from './writing-seen8';
import { SEEN7_EXTENSIONS, SEEN7_INTERNATIONAL, SEEN7_INTERNATIONAL_WAYS, SEEN7_NATIONAL, SEEN7_WAYS } from './writing-seen7';
import { SEEN6_EXTENSIONS, SEEN6_INTERNATIONAL, SEEN6_INTERNATIONAL_WAYS, SEEN6_NATIONAL, SEEN6_WAYS } from './writing-seen6';
import { SEEN5_EXTENSIONS, SEEN5_INTERNATIONAL, SEEN5_INTERNATIONAL_WAYS, SEEN5_NATIONAL, SEEN5_WAYS } from './writing-seen5';
import { SEEN4_EXTENSIONS, SEEN4_INTERNATIONAL, SEEN4_INTERNATIONAL_WAYS, SEEN4_NATIONAL, SEEN4_WAYS } from './writing-seen4';

export type Form = 'national' | 'international' | 'idd';

export interface Written {
  text: string;
  form: Form;
  style: string;
}

const NANPA = new Set<CountryCode>(['US', 'CA']);
/** Countries whose national numbers start with a trunk "0" that "+CC (0)…" writers keep in brackets. */
const TRUNK_ZERO = new Set<CountryCode>([
  'JP', 'GB', 'AU', 'DE', 'FR', 'NL', 'KR', 'CN', 'TW', 'IN', 'BR', 'NZ', 'IE', 'BE', 'CH', 'AT', 'SE', 'FI', 'PH', 'TH', 'MY', 'ID', 'VN', 'ZA', 'AE',
]);

/** The prefix an agent in this country dials before a foreign country code, as they write it. */
export const IDD: Partial<Record<CountryCode, readonly string[]>> = {
  JP: ['010'], US: ['011'], CA: ['011'], AU: ['0011'],
  GB: ['00'], DE: ['00'], FR: ['00'], ES: ['00'], IT: ['00'], NL: ['00'], IE: ['00'], BE: ['00'], CH: ['00'], AT: ['00'],
  IN: ['00'], NZ: ['00'], MX: ['00'], CN: ['00'],
};

const groupsOf = (s: string): string[] => s.split(/\D+/).filter(Boolean);

/** Splits a long subscriber number the way people break it up ("12345678" → "1234 5678" or "12345 678"). */
function splitSubscriber(digits: string, rng: Rng, sep = ' '): string {
  const n = digits.length;
  const sizes: number[][] =
    n <= 4 ? [[n]] : n === 5 ? [[2, 3]] : n === 6 ? [[3, 3]] : n === 7 ? [[3, 4]] : n === 8 ? [[4, 4], [5, 3]] : n === 9 ? [[3, 3, 3], [5, 4]] : [[3, 3, n - 6], [4, n - 4]];
  const chosen = rng.pick(sizes);
  const out: string[] = [];
  let at = 0;
  for (const size of chosen) {
    out.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < n) out.push(digits.slice(at));
  return out.join(sep);
}

const FULL_WIDTH: Record<string, string> = { '-': '－', '(': '（', ')': '）', ' ': '　', '+': '＋' };
export const toFullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/[-() +]/g, (c) => FULL_WIDTH[c] ?? c);

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const NATIONAL: Record<string, Style> = {
  std: (n) => n.national,
  space: (_n, g) => g.join(' '),
  hyphen: (_n, g) => g.join('-'),
  dot: (_n, g) => (g.length > 1 ? g.join('.') : null),
  unspaced: (_n, g) => g.join(''),
  // "(03)1234-5678", "(020) 7946 0958", "(030) 1234-5678": the area code in brackets.
  parenArea: (n, g, rng) => {
    if (g.length < 2 || !g[0]!.startsWith('0') || g[0]!.length > 5) return null;
    const rest = g.length === 2 ? (g[1]!.length >= 7 ? splitSubscriber(g[1]!, rng, '-') : g[1]!) : g.slice(1).join(n.country === 'JP' || n.country === 'TW' || n.country === 'KR' ? '-' : ' ');
    return `(${g[0]})${n.country === 'JP' || n.country === 'TW' ? '' : ' '}${rest}`;
  },
  // "03(1234)5678": common on Japanese business cards and forms.
  parenMiddle: (_n, g) => (g.length === 3 ? `${g[0]}(${g[1]})${g[2]}` : null),
  fullWidth: (n) => toFullWidth(n.national),
  // "030/12345678", "415/555-0132".
  slash: (n, g) => (g.length < 2 ? null : NANPA.has(n.country) ? `${g[0]}/${g.slice(1).join('-')}` : `${g[0]}/${g.slice(1).join('')}`),
  // "030 1234 5678": a long subscriber number broken up.
  splitSubscriber: (_n, g, rng) => (g.length === 2 && g[1]!.length >= 7 ? `${g[0]} ${splitSubscriber(g[1]!, rng)}` : null),
  // "0120-12-3456": how Japanese free-dial numbers are mostly printed (libphonenumber: 0120-123-456).
  freeDial: (n) => {
    const d = n.national.replace(/\D/g, '');
    return d.startsWith('0120') && d.length === 10 ? `0120-${d.slice(4, 6)}-${d.slice(6)}` : null;
  },
  // Dashes other than "-", as word processors and Japanese input methods type them.
  otherDash: (n, _g, rng) => (n.national.includes('-') ? n.national.replaceAll('-', rng.pick(['‐', '–'])) : null),
  minusSign: (n) => (n.national.includes('-') ? n.national.replaceAll('-', '−') : null),
  parenAreaSpaced: (_n, g) => (g.length === 3 && g[0]!.startsWith('0') ? `(${g[0]}) ${g[1]}-${g[2]}` : null),
  // "0207 946 0958": London (and other 02x) numbers as many Britons group them.
  londonMisgrouped: (n) => {
    const d = n.national.replace(/\D/g, '');
    return /^02\d/.test(d) && d.length === 11 ? `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}` : null;
  },
  spaceHyphen: (_n, g) => (g.length === 3 ? `${g[0]} ${g[1]}-${g[2]}` : null),
  parenHyphen: (_n, g) => (g.length === 3 ? `(${g[0]})-${g[1]}-${g[2]}` : null),
  spacedSlash: (_n, g) => (g.length === 2 ? `${g[0]} / ${g[1]}` : null),
  nanpaHyphen: (_n, g) => g.join('-'),
  nanpaPrefix: (_n, g, rng) => rng.pick([`1-${g.join('-')}`, `1 (${g[0]}) ${g[1]}-${g[2]}`, `1 ${g.join(' ')}`, `1.${g.join('.')}`]),
  nanpaTight: (_n, g) => `(${g[0]})${g[1]}-${g[2]}`,
  // seen2 only (the holdout of 2026-12-04 15:00). "03ー1234ー5678": the long-vowel mark a Japanese IME types for "-".
  choon: (n) => (n.national.includes('-') ? n.national.replaceAll('-', 'ー') : null),
  // "03－1234－5678": full-width hyphens between half-width digits.
  fullWidthDash: (n) => (n.national.includes('-') ? n.national.replaceAll('-', '－') : null),
  // "０３（１２３４）５６７８": a business card's brackets, all full width.
  fullWidthParenMiddle: (_n, g) => (g.length === 3 ? toFullWidth(`${g[0]}(${g[1]})${g[2]}`) : null),
  // "020 7946 0958" with no-break spaces, as pasted from a web page or a word processor.
  nbsp: (n) => (n.national.includes(' ') ? n.national.replaceAll(' ', '\u00a0') : null),
  // "(030) 12 34 56 78": the old German DIN grouping, the subscriber number in pairs.
  dinPairs: (_n, g) => {
    if (g.length !== 2 || !g[0]!.startsWith('0') || g[1]!.length < 6) return null;
    const pairs = g[1]!.length % 2 ? [g[1]!.slice(0, 3), ...(g[1]!.slice(3).match(/\d\d/g) ?? [])] : (g[1]!.match(/\d\d/g) ?? []);
    return `(${g[0]}) ${pairs.join(' ')}`;
  },
  // "91 234 56 78": Spanish landlines grouped after a two-digit province code.
  esPairs: (n) => {
    const d = n.national.replace(/\D/g, '');
    return d.length === 9 && /^[89]/.test(d) ? `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 7)} ${d.slice(7)}` : null;
  },
  // "98765 43210": Indian mobiles written without the trunk 0.
  inNoTrunk: (n) => (/^0[6-9]\d{4} \d{5}$/.test(n.national) ? n.national.slice(1) : null),
  // "(415) 555 0132".
  nanpaParenSpace: (_n, g) => (g.length === 3 ? `(${g[0]}) ${g[1]} ${g[2]}` : null),
  // seen3 only (the holdout built 2026-12-04 ~15:30). "415–555–0132": en dashes, as a word processor autocorrects.
  enDash: (_n, g) => (g.length === 3 ? g.join('–') : null),
  // "020-1234567", "030-12345678": the area code, a hyphen, the subscriber number unbroken.
  areaDashRest: (_n, g) => (g.length >= 2 && g[0]!.startsWith('0') ? `${g[0]}-${g.slice(1).join('')}` : null),
  // "030 - 1234 5678": a spaced hyphen after the area code (German and French address books).
  areaSpacedDash: (_n, g) => (g.length >= 2 && g[0]!.startsWith('0') ? `${g[0]} - ${g.slice(1).join(' ')}` : null),
  // "03/1234/5678": slashes throughout (Japanese forms typed on a European keyboard layout).
  slashAll: (_n, g) => (g.length === 3 ? g.join('/') : null),
  // "(020)7946 0958", "(02)9876 5432": the area code in brackets, no space after them.
  tightParenRest: (_n, g) => (g.length >= 2 && g[0]!.startsWith('0') ? `(${g[0]})${g.slice(1).join(' ')}` : null),
  // "11 91234-5678": a Brazilian number without the brackets around the area code.
  brNoParen: (n) => (/^\(\d\d\) /.test(n.national) ? n.national.replace(/^\((\d\d)\) /, '$1 ') : null),
  // "０３\u3000１２３４\u3000５６７８": full-width digits, ideographic spaces (U+3000).
  fullWidthSpaced: (_n, g) => (g.length >= 2 ? toFullWidth(g.join(' ')) : null),
  // seen4 (the holdout built ~17:00; writing-seen4.ts).
  ...SEEN4_NATIONAL,
  // seen5 (the holdout rebuilt ~17:50; writing-seen5.ts).
  ...SEEN5_NATIONAL,
  // seen6 (the holdout built ~20:00; writing-seen6.ts).
  ...SEEN6_NATIONAL,
  // seen7 (the holdout built ~21:00; writing-seen7.ts).
  ...SEEN7_NATIONAL,
  // seen8 (the holdout built ~23:00; writing-seen8.ts).
  ...SEEN8_NATIONAL,
  // seen9 (the holdout built ~00:00; writing-seen9.ts).
  ...SEEN9_NATIONAL,
  // The holdout built ~00:30 (writing-holdout.ts).
  ...HOLDOUT_NATIONAL,
};

/** How each country's numbers are written nationally, with weights; other countries use DEFAULT_WAYS. */
const WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['std', 10], ['freeDial', 4], ['parenArea', 3], ['parenMiddle', 2], ['fullWidth', 2], ['unspaced', 2], ['space', 1]],
  US: [['std', 6], ['nanpaHyphen', 5], ['dot', 3], ['slash', 1], ['nanpaPrefix', 2], ['nanpaTight', 1], ['space', 1], ['unspaced', 1]],
  CA: [['std', 6], ['nanpaHyphen', 5], ['dot', 2], ['nanpaPrefix', 1], ['space', 1], ['unspaced', 1]],
  GB: [['std', 10], ['parenArea', 2], ['unspaced', 2], ['hyphen', 1]],
  DE: [['std', 6], ['slash', 3], ['parenArea', 2], ['splitSubscriber', 3], ['hyphen', 1], ['unspaced', 1]],
  AT: [['std', 6], ['slash', 2], ['splitSubscriber', 2], ['unspaced', 1]],
  CH: [['std', 8], ['unspaced', 1]],
  FR: [['std', 8], ['dot', 3], ['hyphen', 1], ['unspaced', 1]],
  BE: [['std', 8], ['dot', 2], ['unspaced', 1]],
  KR: [['std', 8], ['hyphen', 3], ['unspaced', 1]],
  TW: [['std', 6], ['parenArea', 3], ['hyphen', 2], ['unspaced', 1]],
  AU: [['std', 8], ['space', 2], ['unspaced', 1]],
  BR: [['std', 8], ['space', 1], ['unspaced', 1]],
  CN: [['std', 6], ['hyphen', 3], ['unspaced', 2]],
  IN: [['std', 6], ['space', 2], ['hyphen', 2], ['unspaced', 1]],
};
const DEFAULT_WAYS: ReadonlyArray<readonly [string, number]> = [['std', 8], ['hyphen', 1], ['space', 1], ['unspaced', 1]];

/**
 * Ways of writing seen in only one split: seen, seen2, seen3, seen4, seen5, seen6, seen7, seen8 and holdout have some dev never shows
 * (a detector tuned on dev must generalise to them, as it must to pages nobody labelled).
 */
const SPLIT_WAYS: Record<Split, Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>>> = {
  dev: { JP: [['otherDash', 1]] },
  seen: {
    JP: [['minusSign', 1], ['parenAreaSpaced', 1]], GB: [['londonMisgrouped', 2]], US: [['spaceHyphen', 2], ['parenHyphen', 1]],
    CA: [['spaceHyphen', 1]], DE: [['spacedSlash', 2]],
  },
  seen2: {
    JP: [['choon', 1], ['fullWidthDash', 1], ['fullWidthParenMiddle', 1], ['space', 1]], GB: [['nbsp', 2]], US: [['nanpaParenSpace', 2]],
    CA: [['nanpaParenSpace', 1]], DE: [['dinPairs', 2], ['nbsp', 1]], FR: [['nbsp', 2]], ES: [['esPairs', 2]], IT: [['slash', 2]],
    AU: [['hyphen', 1]], KR: [['space', 1]], IN: [['inNoTrunk', 2]], CN: [['parenArea', 1]], CH: [['nbsp', 1]],
  },
  holdout: HOLDOUT_WAYS,
  seen9: SEEN9_WAYS,
  seen8: SEEN8_WAYS,
  seen7: SEEN7_WAYS,
  seen6: SEEN6_WAYS,
  seen5: SEEN5_WAYS,
  seen4: SEEN4_WAYS,
  seen3: {
    JP: [['slashAll', 1], ['fullWidthSpaced', 1]], US: [['enDash', 2]], CA: [['enDash', 1]], GB: [['tightParenRest', 2]], AU: [['tightParenRest', 2]],
    DE: [['areaSpacedDash', 2], ['areaDashRest', 1]], FR: [['areaSpacedDash', 1]], NL: [['areaDashRest', 3]], BE: [['areaDashRest', 1]],
    AT: [['areaDashRest', 2]], SE: [['areaDashRest', 2]], BR: [['brNoParen', 3]], TW: [['areaDashRest', 1]], CN: [['areaDashRest', 2]],
  },
};

const INTERNATIONAL: Record<string, Style> = {
  std: (n) => n.international,
  space: (n, g) => `+${n.countryCallingCode} ${g.join(' ')}`,
  hyphen: (n, g) => `+${n.countryCallingCode}-${g.join('-')}`,
  e164: (n) => n.e164,
  // "+44 (0)20 7946 0958", "+81 (0)3-1234-5678": the trunk prefix kept in brackets.
  trunkInBrackets: (n) => (TRUNK_ZERO.has(n.country) && n.national.replace(/\D/g, '').startsWith('0') ? `+${n.countryCallingCode} (0)${n.international.slice(n.countryCallingCode.length + 2)}` : null),
  ccInBrackets: (n) => `(+${n.countryCallingCode}) ${n.international.slice(n.countryCallingCode.length + 2)}`,
  // "+49 30 12345 678": spaces inside the subscriber number.
  splitSubscriber: (n, g, rng) => {
    const long = g.findIndex((x) => x.length >= 6);
    if (long < 0) return null;
    return `+${n.countryCallingCode} ${g.map((x, i) => (i === long ? splitSubscriber(x, rng) : x)).join(' ')}`;
  },
  nanpa: (n, g, rng) => (NANPA.has(n.country) ? rng.pick([`+1 (${g[0]}) ${g[1]}-${g[2]}`, `+1-${g.join('-')}`, `+1.${g.join('.')}`, `+1 ${g.join(' ')}`]) : null),
  // seen2 only. "+81-(0)3-1234-5678": the trunk prefix in brackets, hyphens throughout.
  trunkHyphen: (n, g) => (TRUNK_ZERO.has(n.country) && n.national.replace(/\D/g, '').startsWith('0') ? `+${n.countryCallingCode}-(0)${g.join('-')}` : null),
  // "(+81)3-1234-5678", "(+44)20 7946 0958".
  ccBracketsTight: (n) => `(+${n.countryCallingCode})${n.international.slice(n.countryCallingCode.length + 2)}`,
  // "+49 (30) 1234567": the area code in brackets, without its trunk 0 (where there is one).
  areaInBrackets: (n, g) => (g.length >= 2 && TRUNK_ZERO.has(n.country) ? `+${n.countryCallingCode} (${g[0]}) ${g.slice(1).join(' ')}` : null),
  // "+44 20 7946 0958" with no-break spaces.
  nbsp: (n) => n.international.replaceAll(' ', '\u00a0'),
  // "+33.1.23.45.67.89".
  ccDots: (n, g) => (g.length >= 2 ? `+${n.countryCallingCode}.${g.join('.')}` : null),
  // seen3 only (~15:30). "+ 44 20 7946 0958": a space after the plus.
  plusSpace: (n) => `+ ${n.international.slice(1)}`,
  // "＋81 3-1234-5678": a full-width plus before half-width digits (Japanese IME).
  fullWidthPlus: (n) => `＋${n.international.slice(1)}`,
  // "+49/30/1234567": slashes between the country code, area code and number.
  ccSlash: (n, g) => (g.length >= 2 ? `+${n.countryCallingCode}/${g[0]}/${g.slice(1).join('')}` : null),
  // seen4 (the holdout built ~17:00; writing-seen4.ts).
  ...SEEN4_INTERNATIONAL,
  // seen5 (the holdout rebuilt ~17:50; writing-seen5.ts).
  ...SEEN5_INTERNATIONAL,
  // seen6 (the holdout built ~20:00; writing-seen6.ts).
  ...SEEN6_INTERNATIONAL,
  // seen7 (the holdout built ~21:00; writing-seen7.ts).
  ...SEEN7_INTERNATIONAL,
  // seen8 (the holdout built ~23:00; writing-seen8.ts).
  ...SEEN8_INTERNATIONAL,
  // seen9 (the holdout built ~00:00; writing-seen9.ts).
  ...SEEN9_INTERNATIONAL,
  // The holdout built ~00:30 (writing-holdout.ts).
  ...HOLDOUT_INTERNATIONAL,
};
const INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['std', 10], ['space', 3], ['hyphen', 2], ['e164', 2], ['trunkInBrackets', 2], ['ccInBrackets', 1], ['splitSubscriber', 2], ['nanpa', 3],
];

/** International ways only one split has: seen2 (the holdout of 2026-12-04 15:00), seen3 (the holdout built ~15:30), seen4 (~17:00), seen5 (~17:50), seen6 (~20:00), seen7 (~21:00), seen8 (~23:00) and the holdout (~00:00). */
const SPLIT_INTERNATIONAL_WAYS: Record<Split, ReadonlyArray<readonly [string, number]>> = {
  dev: [], seen: [], holdout: HOLDOUT_INTERNATIONAL_WAYS, seen9: SEEN9_INTERNATIONAL_WAYS, seen8: SEEN8_INTERNATIONAL_WAYS, seen7: SEEN7_INTERNATIONAL_WAYS, seen6: SEEN6_INTERNATIONAL_WAYS, seen5: SEEN5_INTERNATIONAL_WAYS, seen4: SEEN4_INTERNATIONAL_WAYS,
  seen3: [['plusSpace', 2], ['fullWidthPlus', 1], ['ccSlash', 2]],
  seen2: [['trunkHyphen', 2], ['ccBracketsTight', 1], ['areaInBrackets', 2], ['nbsp', 2], ['ccDots', 1]],
};

/**
 * Every text a writer of the number's country could produce for it (each of its ways, each random
 * variant of a way): what the labels call a plausible reading (readings.ts).
 */
export function nationalWritings(n: PoolNumber, split: Split): Set<string> {
  const g = groupsOf(n.national);
  const out = new Set<string>();
  for (const [name] of [...(WAYS[n.country] ?? DEFAULT_WAYS), ...(SPLIT_WAYS[split][n.country] ?? [])]) {
    // A way draws among at most four variants: twelve fixed streams meet them all.
    for (let i = 0; i < 12; i++) {
      const text = NATIONAL[name]?.(n, g, new Rng(`variant:${i}`));
      if (text) out.add(text);
    }
  }
  return out;
}

export function writeNational(n: PoolNumber, rng: Rng, style?: string, split?: Split): Written {
  const g = groupsOf(n.national);
  const ways = [...(WAYS[n.country] ?? DEFAULT_WAYS), ...((split && SPLIT_WAYS[split][n.country]) || [])];
  for (let attempt = 0; attempt < 6; attempt++) {
    const name = style ?? rng.weighted(ways);
    const text = NATIONAL[name]?.(n, g, rng);
    if (text) return { text, form: 'national', style: `national:${name}` };
  }
  return { text: n.national, form: 'national', style: 'national:std' };
}

export function writeInternational(n: PoolNumber, rng: Rng, style?: string, split?: Split): Written {
  const g = groupsOf(n.international.slice(n.countryCallingCode.length + 1));
  const ways = split ? [...INTERNATIONAL_WAYS, ...SPLIT_INTERNATIONAL_WAYS[split]] : INTERNATIONAL_WAYS;
  for (let attempt = 0; attempt < 6; attempt++) {
    const name = style ?? rng.weighted(ways);
    const text = INTERNATIONAL[name]?.(n, g, rng);
    if (text) return { text, form: 'international', style: `international:${name}` };
  }
  return { text: n.international, form: 'international', style: 'international:std' };
}

/** Dialled from the agent's country through its international prefix; null where that makes no sense. */
export function writeIdd(n: PoolNumber, agent: CountryCode, agentCallingCode: string, rng: Rng): Written | null {
  const prefixes = IDD[agent];
  if (!prefixes || agentCallingCode === n.countryCallingCode) return null;
  const g = groupsOf(n.international.slice(n.countryCallingCode.length + 1));
  const idd = rng.pick(prefixes);
  const sep = agent === 'JP' ? rng.pick(['-', ' ']) : ' ';
  const text = agent === 'JP' ? [idd, n.countryCallingCode, ...g].join(sep) : rng.chance(0.5) ? `${idd}${n.countryCallingCode} ${g.join(' ')}` : `${idd} ${n.countryCallingCode} ${g.join(' ')}`;
  return { text, form: 'idd', style: 'idd' };
}

/** An extension as written after the number, and its digits. */
export function writeExtension(rng: Rng, lang: 'en' | 'ja' | 'de' | 'fr', split?: Split): { text: string; digits: string } {
  const digits = rng.digits(rng.int(2, 4));
  const forms = split === 'holdout' ? HOLDOUT_EXTENSIONS[lang](digits) : split === 'seen9' ? SEEN9_EXTENSIONS[lang](digits) : split === 'seen8' ? SEEN8_EXTENSIONS[lang](digits) : split === 'seen7' ? SEEN7_EXTENSIONS[lang](digits) : split === 'seen6' ? SEEN6_EXTENSIONS[lang](digits) : split === 'seen5' ? SEEN5_EXTENSIONS[lang](digits) : split === 'seen4' ? SEEN4_EXTENSIONS[lang](digits) : split === 'seen3' ? SEEN3_EXTENSIONS[lang](digits) : split === 'seen2' ? SEEN2_EXTENSIONS[lang](digits) : lang === 'ja'
    ? [` 内線${digits}`, `（内線${digits}）`, ` 内線 ${digits}`, ` ext.${digits}`]
    : lang === 'de' ? [` Durchwahl ${digits}`, ` App. ${digits}`, ` ext. ${digits}`]
      : lang === 'fr' ? [` poste ${digits}`, ` ext. ${digits}`]
        : [` ext. ${digits}`, ` x${digits}`, ` ext ${digits}`, ` Ext.${digits}`, `, ext. ${digits}`, ` x ${digits}`];
  return { text: rng.pick(forms), digits };
}

/** Extensions written the ways only seen2 has (the holdout of 2026-12-04 15:00). */
const SEEN2_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` (ext. ${x})`, ` ext: ${x}`, ` extn. ${x}`, ` EXT ${x}`, ` (x${x})`],
  ja: (x) => [`（内${x}）`, ` 内線：${x}`, ` 内線番号 ${x}`, `(内線${x})`],
  de: (x) => [` Durchwahl: ${x}`, ` (Nebenstelle ${x})`, ` Durchw. ${x}`],
  fr: (x) => [` (poste ${x})`, ` poste n° ${x}`],
};

/** Extensions written the ways only seen3 (the holdout built ~15:30) has. */
const SEEN3_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` extension ${x}`, ` Ext-${x}`, ` / ext ${x}`, ` [ext ${x}]`],
  ja: (x) => [` 内線:${x}`, `（内線番号${x}）`, ` ［内線${x}］`],
  de: (x) => [` DW ${x}`, ` (Dw. ${x})`, ` -${x} (Durchwahl)`],
  fr: (x) => [` (p. ${x})`, ` poste : ${x}`],
};
