/**
 * Does the way a run is split into groups fit the number it parses to? "03-1234-5678" and
 * "0312345678" fit Tokyo's 03-XXXX-XXXX; "0312-34-5678" does not, and neither do most IDs that
 * happen to parse.
 */
import type { PhoneNumber } from 'libphonenumber-js';
import { isAsciiDigit } from './digits';
import type { DigitRun } from './runs';
import { formatAlternatives } from './national-format';

// Boundaries counted in digits from the end: they survive a national prefix, a country code or
// "(0)" in front.

/** Where the writer's digit groups break, in digits from the end, within the national number. */
function writtenBoundaries(run: DigitRun, nationalLength: number): number[] {
  const out: number[] = [];
  let fromEnd = 0;
  for (let i = run.groups.length - 1; i > 0; i--) {
    const group = run.groups[i]!;
    fromEnd += group[1] - group[0];
    if (fromEnd < nationalLength) out.push(fromEnd);
  }
  return out;
}

/** Where a formatted number's digit groups break ("03-1234-5678": 4 and 8 from the end). */
function formattedBoundaries(formatted: string): number[] {
  const out: number[] = [];
  let digits = 0;
  let inGroup = false;
  for (let i = formatted.length - 1; i >= 0; i--) {
    if (isAsciiDigit(formatted.charCodeAt(i))) {
      if (!inGroup && digits > 0) out.push(digits);
      inGroup = true;
      digits++;
    } else {
      inGroup = false;
    }
  }
  return out;
}

const allIn = (breaks: number[], ...allowed: number[][]) => breaks.every((b) => allowed.some((list) => list.includes(b)));
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x) => b.includes(x));

/** How well a writer's grouping fits a reading of the number. */
export const Fit = {
  None: 0,
  /** Some breaks left out, or a grouping people use for any number with a certain start. */
  Loose: 1,
  /** Another of the country's groupings ("0120-12-3456" for 0120-123-456). */
  Alternative: 2,
  /** The country's standard grouping, or none inside the national number at all. */
  Standard: 3,
} as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

/**
 * Standard when the writer's breaks inside the national number are those of the standard format;
 * Alternative when they are those of another format of the country that takes the whole number
 * ("0120-12-3456", "0422-12-3456", "099-123-4567"). Loose when they are some of the standard or international
 * format's breaks ("03-12345678"), or — for numbers written with their national prefix or `+`,
 * whose start is certain — when every group within the national number has at least three
 * digits ("0207 946 0958" is how many Londoners write 020 7946 0958), or, after a `+` or an
 * international prefix, the area code is a group of its own and the rest is in groups of two or
 * more ("+49 30 12345 678", "+49 30 12 34 56"). When a number reads in more than one country, the
 * readings of the best fit are kept.
 */
export function groupingFits(run: DigitRun, number: PhoneNumber, national: string, hasPrefix: boolean, international = false): Fit {
  if (run.groups.length === 1) return Fit.Standard;
  const nationalLength = number.nationalNumber.length;
  const inside = writtenBoundaries(run, nationalLength);
  if (inside.length === 0) return Fit.Standard;
  const standard = formattedBoundaries(national);
  if (allIn(inside, standard)) return inside.length === standard.length ? Fit.Standard : Fit.Loose;
  const alternatives = formatAlternatives(number);
  for (let i = 0; i < alternatives.length; i++) if (same(inside, formattedBoundaries(alternatives[i]!))) return Fit.Alternative;
  // Spain writes a two-digit provincial code apart ("91 234 56 78"; libphonenumber 912 34 56 78).
  if (number.countryCallingCode === '34' && same(inside, [2, 4, 7])) return Fit.Alternative;
  // Formatted only when needed: formatting is most of libphonenumber's cost here.
  if (allIn(inside, standard, formattedBoundaries(number.formatInternational()))) return Fit.Loose;
  if (!hasPrefix) return Fit.None;
  const cuts = [0, ...inside, nationalLength];
  let allThree = true;
  for (let i = 1; i < cuts.length; i++) if ((cuts[i] ?? 0) - (cuts[i - 1] ?? 0) < 3) allThree = false;
  if (allThree) return Fit.Loose;
  // The area code: the standard format's first group, and the first group written; after it
  // groups of three or more ("030 1234 5678", "(030) 1234/5678"), two or more after a "+" or a
  // bracketed area code.
  // (Within the national number: "(0-41) 767134" also breaks between the prefix and the area code.)
  // Or, written with its prefix, any first group of one to four digits of the national number: an
  // area or operator code the way the writer's country groups it, not the metadata's ("06-7146-
  // 4663", a Thai mobile; libphonenumber writes 067 146 4663).
  const area = standard.filter((b) => b < nationalLength);
  const first = nationalLength - Math.max(...inside);
  if ((area.length === 0 || Math.max(...inside) !== Math.max(...area)) && !(first >= 1 && first <= 4)) return Fit.None;
  // Pairs also after an area code set off in brackets, as German offices write it (DIN 5008's old
  // form: "(0179) 86 29 18 34", "(030) 47 08 93 51"): the bracket marks where the number starts.
  const bracketed = run.start < run.groups[0]![0];
  // And in pairs after an area code set off by spaces alone, as the Dutch, Belgians and Germans
  // write ("0227 23 30 77", "0800 27 90 78", "0491 76 45 51 62").
  // (After the area code a dash may come first, the Dutch way: "0411-33 65 40", "06-51 44 10 97".)
  const spaced = run.separators.every((sep, i) => sep === ' ' || (i === 0 && sep === '-'));
  const shortest = international || bracketed || spaced ? 2 : 3;
  // (cuts count from the end: the last interval is the area code.) Pairs are counted from the
  // end, so an odd count leaves one digit first: "(0 800) 2 58 76 88", "(0 32) 7 03 43 60 99".
  const last = cuts.length - 2;
  for (let i = 1; i <= last; i++) {
    const size = (cuts[i] ?? 0) - (cuts[i - 1] ?? 0);
    if (size >= shortest) continue;
    if (!(shortest === 2 && i === last && i > 1 && size === 1 && inPairs(cuts, last))) return Fit.None;
  }
  return Fit.Loose;
}

/** Every group from the end up to (not including) interval `upTo` is a pair. */
function inPairs(cuts: number[], upTo: number): boolean {
  for (let i = 1; i < upTo; i++) if ((cuts[i] ?? 0) - (cuts[i - 1] ?? 0) !== 2) return false;
  return true;
}
