/**
 * Does the way a run is split into groups fit the number it parses to? "03-1234-5678" and
 * "0312345678" fit Tokyo's 03-XXXX-XXXX; "0312-34-5678" does not, and neither do most IDs that
 * happen to parse.
 */
import type { PhoneNumber } from 'libphonenumber-js';
import { isAsciiDigit } from './digits';
import type { DigitRun } from './runs';

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

/**
 * True when every break the writer put inside the national number is a break of the standard
 * format, or — for numbers written with their national prefix or `+`, whose start is certain —
 * when every group within the national number has at least three digits ("0207 946 0958" is how
 * many Londoners write 020 7946 0958).
 */
export function groupingFits(run: DigitRun, number: PhoneNumber, national: string, hasPrefix: boolean): boolean {
  if (run.groups.length === 1) return true;
  const nationalLength = number.nationalNumber.length;
  const inside = writtenBoundaries(run, nationalLength);
  if (inside.length === 0) return true;
  const standard = formattedBoundaries(national);
  if (allIn(inside, standard)) return true;
  // Formatted only when needed: formatting is most of libphonenumber's cost here.
  if (allIn(inside, standard, formattedBoundaries(number.formatInternational()))) return true;
  if (!hasPrefix) return false;
  const cuts = [0, ...inside, nationalLength];
  for (let i = 1; i < cuts.length; i++) if ((cuts[i] ?? 0) - (cuts[i - 1] ?? 0) < 3) return false;
  return true;
}
