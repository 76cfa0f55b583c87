/**
 * Ways of writing only seen5 (the holdout rebuilt 2026-12-04 ~17:50) has (writing.ts takes them in
 * for that split): separators, spacing and brackets people really type, paste or print that no older split
 * models. Each way gives null where it does not apply, as writing.ts's ways do.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Rng } from './prng';

type Style = (n: PoolNumber, g: string[], rng: Rng) => string | null;

const FW_DIGITS = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
/** The national number starts with a trunk "0" that is not part of the number ("020 …" for +44 20 …). */
const trunkZero = (n: PoolNumber): boolean => n.national.replace(/\D/g, '') === `0${n.nsn}`;
const NNBSP = '\u202f';

export const SEEN5_NATIONAL: Record<string, Style> = {
  // "02)1234-5678": only the closing bracket after the area code (Korean and Taiwanese cards and shop signs).
  halfParen: (_n, g) => (g.length === 3 && /^0\d{1,3}$/.test(g[0]!) ? `${g[0]})${g[1]}-${g[2]}` : null),
  // "044/668 18 00", "01/234 56 78": a slash after the area code, the rest grouped (Swiss and Austrian habit).
  slashGrouped: (_n, g) => (g.length >= 3 && /^0\d{1,4}$/.test(g[0]!) ? `${g[0]}/${g.slice(1).join(' ')}` : null),
  // "０３-１２３４-５６７８": full-width digits with half-width hyphens (a Japanese IME in full-width digit mode, ASCII hyphen).
  fwDigitsHalfDash: (n) => (n.national.includes('-') ? FW_DIGITS(n.national) : null),
  // "03ｰ1234ｰ5678": the half-width katakana long-vowel mark (U+FF70) for "-" (half-width kana input).
  halfKanaBar: (n) => (n.national.includes('-') ? n.national.replaceAll('-', 'ｰ') : null),
  // "01 23 45 67 89" with narrow no-break spaces (U+202F), as French typography and word processors set them.
  narrowNbsp: (n) => (n.national.includes(' ') ? n.national.replaceAll(' ', NNBSP) : null),
  // "020  7946  0958": two spaces between groups (fixed-width exports, text justified by hand).
  doubleSpace: (_n, g) => (g.length >= 2 ? g.join('  ') : null),
  // "(11)91234-5678": a Brazilian number with no space after the area code's brackets.
  brTightParen: (n) => (/^\(\d\d\) /.test(n.national) ? n.national.replace(/^\((\d\d)\) /, '($1)') : null),
  // "( 03 ) 1234 - 5678": spaces inside the brackets and around the hyphen (hand-typed web forms).
  airyParen: (_n, g) => (g.length === 3 && /^0\d{1,4}$/.test(g[0]!) ? `( ${g[0]} ) ${g[1]} - ${g[2]}` : null),
  // "(415) 555.0132": brackets and a dot (US web pages).
  nanpaParenDot: (_n, g) => (g.length === 3 ? `(${g[0]}) ${g[1]}.${g[2]}` : null),
  // "8(495)1234567": a Russian or Belarusian trunk 8, the area code in brackets, the rest unbroken.
  trunk8Tight: (n) => {
    const m = /^8 \((\d+)\) ([\d-]+)$/.exec(n.national);
    return m ? `8(${m[1]})${m[2]!.replace(/-/g, '')}` : null;
  },
  // "0 30 1234567": the trunk 0 set apart (Turkish "0 212 345 67 89", Polish and Czech lists).
  trunkApart: (n, g) => (trunkZero(n) && g.length >= 2 && g[0]!.length >= 2 ? `0 ${g[0]!.slice(1)} ${g.slice(1).join(' ')}` : null),
};

/** Which seen5-only ways each country's writers use, with weights (added to writing.ts's own). */
export const SEEN5_WAYS: Partial<Record<CountryCode, ReadonlyArray<readonly [string, number]>>> = {
  JP: [['fwDigitsHalfDash', 1], ['halfKanaBar', 1], ['airyParen', 1], ['doubleSpace', 1]],
  KR: [['halfParen', 3]], TW: [['halfParen', 2]],
  CH: [['slashGrouped', 3], ['narrowNbsp', 1]], AT: [['slashGrouped', 2]], LI: [['slashGrouped', 1]],
  FR: [['narrowNbsp', 2]], BE: [['narrowNbsp', 1]], LU: [['narrowNbsp', 1]], MC: [['narrowNbsp', 1]],
  GB: [['doubleSpace', 1]], IE: [['doubleSpace', 1]], AU: [['doubleSpace', 1]], NZ: [['doubleSpace', 1]],
  US: [['nanpaParenDot', 2], ['doubleSpace', 1]], CA: [['nanpaParenDot', 1]], PR: [['nanpaParenDot', 1]], JM: [['nanpaParenDot', 1]], TT: [['nanpaParenDot', 1]], BS: [['nanpaParenDot', 1]],
  BR: [['brTightParen', 3]], RU: [['trunk8Tight', 3]], BY: [['trunk8Tight', 2]], KZ: [['trunk8Tight', 2]],
  TR: [['trunkApart', 2]], DE: [['trunkApart', 1], ['doubleSpace', 1]], NL: [['trunkApart', 1]], CZ: [['doubleSpace', 1]], PL: [['doubleSpace', 1]],
  MX: [['doubleSpace', 1]], IN: [['doubleSpace', 1]], ZA: [['doubleSpace', 1]],
};

export const SEEN5_INTERNATIONAL: Record<string, Style> = {
  // "+(44) 20 7946 0958": the plus outside the brackets (web pages, e-mail signatures).
  plusOutsideParen: (n) => `+(${n.countryCallingCode}) ${n.international.slice(n.countryCallingCode.length + 2)}`,
  // "+44 020 7946 0958": the trunk 0 kept after the country code, as many people write it.
  keepTrunk: (n, g) => (trunkZero(n) && g.length >= 2 ? `+${n.countryCallingCode} 0${g.join(' ')}` : null),
  // "+33 1 23 45 67 89" with narrow no-break spaces (U+202F).
  narrowNbsp: (n) => (n.international.includes(' ') ? n.international.replaceAll(' ', NNBSP) : null),
  // "+49 30 12 34 56 78": the subscriber number in pairs after the area code.
  ccPairs: (n, g) => {
    if (g.length < 2) return null;
    const rest = g.slice(1).join('');
    return rest.length % 2 === 0 && rest.length >= 6 ? `+${n.countryCallingCode} ${g[0]} ${rest.match(/\d{2}/g)!.join(' ')}` : null;
  },
  // "+44  20  7946  0958": two spaces between groups (fixed-width exports).
  doubleSpace: (n, g) => `+${n.countryCallingCode}  ${g.join('  ')}`,
  // "+44 (20) 7946-0958": the area code in brackets, a hyphen in the rest.
  areaParenHyphen: (n, g) => (g.length === 3 && g[0]!.length <= 4 ? `+${n.countryCallingCode} (${g[0]}) ${g[1]}-${g[2]}` : null),
};
export const SEEN5_INTERNATIONAL_WAYS: ReadonlyArray<readonly [string, number]> = [
  ['plusOutsideParen', 2], ['keepTrunk', 2], ['narrowNbsp', 1], ['ccPairs', 1], ['doubleSpace', 1], ['areaParenHyphen', 1],
];

/** Extensions written the ways only seen5 (the holdout rebuilt ~17:50) has. */
export const SEEN5_EXTENSIONS: Record<'en' | 'ja' | 'de' | 'fr', (digits: string) => string[]> = {
  en: (x) => [` X${x}`, ` ext.: ${x}`, ` Ext #${x}`, ` (extension ${x})`],
  ja: (x) => [`（内線：${x}）`, ` 内線No.${x}`, ` 〔内線${x}〕`],
  de: (x) => [` Nebenstelle ${x}`, ` (Durchwahl -${x})`],
  fr: (x) => [` poste no ${x}`, ` (poste no ${x})`],
};
