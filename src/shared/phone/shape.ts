/**
 * Digit runs whose shape alone says "not a phone number", whatever the parser would say.
 */
import type { DigitRun } from './runs';

// 2024-03-15, 2024.3.15, 2024/03/15, 2024 03 15 (year first), 15/03/2024 and 03-15-2024 (year last).
const DATE_YEAR_FIRST = /^(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])(?!\d)/;
const DATE_YEAR_LAST = /^(?:0?[1-9]|[12]\d|3[01])[-./ ](?:0?[1-9]|[12]\d|3[01])[-./ ](?:19|20)\d\d(?!\d)/;

// A range of years or of round thousands: "2007–2013", "5000-18000".
const RANGE = /^(?:(?:19|20)\d\d-(?:19|20)\d\d|\d+000-\d+000)$/;

export function isDateShaped(runText: string): boolean {
  return DATE_YEAR_FIRST.test(runText) || DATE_YEAR_LAST.test(runText) || RANGE.test(runText);
}

/**
 * Decimals ("1234.5678": one dot and nothing else) and dotted quads ("192.168.100.200": four
 * groups of at most three digits). "415.555.0132" and "1.800.555.0199" are numbers.
 */
export function isDecimalOrDotted(run: DigitRun, text: string): boolean {
  let dots = 0;
  let others = 0;
  for (let i = 0; i < run.separators.length; i++) {
    if (run.separators[i]!.includes('.')) dots++;
    else others++;
  }
  if (dots === 1 && others === 0) return !isDottedOnce(run, text);
  // An address's parts are 0–255 without leading zeros: "080.59.84.47" is a Belgian number,
  // "973.72.34.79" a Spanish one.
  return dots === 3 && others === 0 && run.groups.every((group) => {
    const part = text.slice(group[0], group[1]);
    return +part < 256 && !(part.length > 1 && part[0] === '0');
  });
}

/**
 * A number with one dot after its area code, the Italian way: "06.6928209", "0722.089240",
 * "313.4000591", "800.602521". No decimal is written so: its whole part has a leading zero, or
 * it has six decimals or more after a whole part over 180 (a coordinate's degrees are at most
 * 180: "35.681236", "139.767125" stay decimals; so do a time's seconds, "19:46:09.019772").
 */
function isDottedOnce(run: DigitRun, text: string): boolean {
  const [whole, fraction] = run.groups as [[number, number], [number, number]];
  const wholeDigits = whole[1] - whole[0];
  // After a colon it is a time's seconds and their fraction ("19:46:09.019772").
  if (wholeDigits < 2 || wholeDigits > 4 || fraction[1] - fraction[0] < 5 || text.charCodeAt(run.start - 1) === 0x3a) return false;
  if (text.charCodeAt(whole[0]) === 0x30) return true;
  return fraction[1] - fraction[0] >= 6 && +text.slice(whole[0], whole[1]) > 180;
}

/**
 * Card numbers, IBAN and tracking numbers come in blocks of four ("4111 1111 1111 1111",
 * "6016 1331 9268 19"), American Express and Diners cards in 4-6-5 and 4-6-4. Three 4-digit
 * groups alone are a number in some plans (China's "0551 1883 4543", German mobiles "0163 3943
 * 5895"); three followed by more digits, or four, are not.
 */
export function isBlockedCode(run: DigitRun): boolean {
  const groups = run.groups;
  if (groups.length < 3) return false;
  const size = (g: number) => groups[g]![1] - groups[g]![0];
  if (size(0) === 4 && size(1) === 6 && (size(2) === 5 || size(2) === 4)) return true;
  // Counted from the first group: "03-1234-5678 2024" is a number and a year, not a block code.
  let fours = 0;
  while (fours < groups.length && size(fours) === 4) fours++;
  return fours >= 4 || (fours === 3 && groups.length > 3);
}

// "GB82 WEST 1234 5698 7654 32", "DE89370400440532013000": an IBAN anywhere in the text.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;

/** [start, end) spans of IBAN-like codes, computed once per text. */
export function ibanSpans(text: string): Array<[number, number]> {
  if (!/[A-Z]{2}\d\d/.test(text)) return [];
  const spans: Array<[number, number]> = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * A slash inside a number stands after its area code only: "415/555-0132", "030/1234567",
 * "(030) 1234/5678", "+49 30/12345678" (after "+" the country code is the first group), and then
 * before three digits or more. Elsewhere ("1234567/8", "12/3456/789") the run is a fraction, a
 * ratio or a path.
 */
export function isSlashMisplaced(run: DigitRun, text: string): boolean {
  if (slashedThroughout(run, text) || slashThenDots(run, text)) return false;
  // After a "+" the country code, after a national prefix written apart ("06-30/714-2158", the
  // Hungarian way) the prefix, is the group before the area code.
  const areaGroup = text.charCodeAt(run.start) === 0x2b || prefixApart(run, text) ? 1 : 0;
  let slashes = 0;
  for (let i = 0; i < run.separators.length; i++) {
    if (run.separators[i] !== '/' && run.separators[i] !== ' / ') continue;
    if (++slashes > 1) return true;
    if (i > areaGroup + 1 || (i === areaGroup + 1 && !run.separators[areaGroup]!.includes(')'))) return true;
    const after = run.groups[i + 1]!;
    if (after[1] - after[0] < 3) return true;
  }
  return false;
}

/**
 * Slashes between all the groups of a number that starts with "+" or a national prefix
 * ("+49/30/1234567", "052/328/4475", "+81/72/9683829"): how some write every break. A path or a
 * ratio does not start that way, and a date is ruled out before (the grouping check still
 * applies).
 */
function slashedThroughout(run: DigitRun, text: string): boolean {
  if (run.separators.length < 2 || run.separators.length > 3) return false;
  for (let i = 0; i < run.separators.length; i++) if (run.separators[i] !== '/') return false;
  // After a "+", the country code and a one-digit area code ("+61/2/41079102") are groups of
  // their own; written nationally, each group has two digits or more.
  const international = text.charCodeAt(run.start) === 0x2b;
  if (!international && text.charCodeAt(run.start) !== 0x30) return false;
  for (let i = 0; i < run.groups.length; i++) if (run.groups[i]![1] - run.groups[i]![0] < (international ? 1 : 2)) return false;
  return true;
}

/**
 * A slash after the area code and dots between the rest, the Belgian way: "0498/55.04.49",
 * "080/74.13.01", "0800/12.345". Written nationally (a "0" first), and every group after the
 * slash dotted: a path or a date is not ("12/03.2024" starts with no national prefix).
 */
function slashThenDots(run: DigitRun, text: string): boolean {
  const separators = run.separators;
  if (separators.length < 2 || separators[0] !== '/' || text.charCodeAt(run.start) !== 0x30) return false;
  for (let i = 1; i < separators.length; i++) if (separators[i] !== '.') return false;
  return true;
}

/** A national prefix of one or two digits set apart by a dash: "06-30/714-2158", "0-41/…". */
function prefixApart(run: DigitRun, text: string): boolean {
  const first = run.groups[0]!;
  return first[1] - first[0] <= 2 && text.charCodeAt(first[0]) === 0x30 && run.separators[0] === '-' && run.separators[1] === '/';
}
