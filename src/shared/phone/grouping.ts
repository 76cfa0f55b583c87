/**
 * Does the way a run is split into groups fit the number it parses to? "03-1234-5678" and
 * "0312345678" fit Tokyo's 03-XXXX-XXXX; "0312-34-5678" does not, and neither do most IDs that
 * happen to parse.
 */
import type { PhoneNumber } from 'libphonenumber-js';
import type { DigitRun } from './runs';

// Boundaries counted in digits from the end: they survive a national prefix, a country code or
// "(0)" in front.
function boundariesFromEnd(groupLengths: number[]): number[] {
  const out: number[] = [];
  let fromEnd = 0;
  for (let i = groupLengths.length - 1; i > 0; i--) {
    fromEnd += groupLengths[i] ?? 0;
    out.push(fromEnd);
  }
  return out;
}

function formattedBoundaries(formatted: string): Set<number> {
  const lengths = formatted.split(/\D+/).filter(Boolean).map((g) => g.length);
  return new Set(boundariesFromEnd(lengths));
}

/**
 * True when every break the writer put inside the national number is a break of the standard
 * format, or — for numbers written with their national prefix or `+`, whose start is certain —
 * when every group within the national number has at least three digits ("0207 946 0958" is how
 * many Londoners write 020 7946 0958).
 */
export function groupingFits(run: DigitRun, number: PhoneNumber, national: string, hasPrefix: boolean): boolean {
  if (run.groups.length === 1) return true;
  const nationalLength = number.nationalNumber.length;
  const lengths = run.groups.map(([a, b]) => b - a);
  const inside = boundariesFromEnd(lengths).filter((b) => b < nationalLength);
  if (inside.length === 0) return true;
  const standard = formattedBoundaries(national);
  if (inside.every((b) => standard.has(b))) return true;
  // Formatted only when needed: formatting is most of libphonenumber's cost here.
  const international = formattedBoundaries(number.formatInternational());
  if (inside.every((b) => standard.has(b) || international.has(b))) return true;
  if (!hasPrefix) return false;
  const cuts = [0, ...inside, nationalLength];
  for (let i = 1; i < cuts.length; i++) if ((cuts[i] ?? 0) - (cuts[i - 1] ?? 0) < 3) return false;
  return true;
}
