/**
 * Finds phone numbers in page text: a cheap pass over digit runs, rules that throw out the
 * look-alikes (dates, amounts, IDs, codes), then libphonenumber on what is left, then checks that
 * the number is written the way such numbers are written.
 */
import type { PhoneNumber } from 'libphonenumber-js';
// The core entry with the metadata passed in: the default entry wraps every call to add it
// (argument copying that was ≈ 10% of the parser's time on a 5,000-row page).
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from './metadata';
import type { CountryCode } from './country';
import { onlyDigits } from './digits';
import { normalizeDigits } from './normalize';
import { findDigitRuns, type DigitRun } from './runs';
import { currencyBefore, gluedAfter, gluedBefore, labelBefore, phoneLabelAfter, quantityAfter } from './context';
import { ibanSpans, isBlockedCode, isDateShaped, isDecimalOrDotted } from './shape';
import { groupingFits } from './grouping';
import { extensionAt } from './extension';
import { formatNational } from './national-format';

export { looksLikeItMayHoldAPhoneNumber } from './digits';

export interface PhoneMatch {
  /** UTF-16 offsets in the original text of the number as written (without its extension). */
  start: number;
  end: number;
  e164: string;
  extension?: string;
  /**
   * Set when more than one reading of a national-format number stays plausible (no evidence
   * settles its country): every plausible E.164, `e164` among them. A click must ask the agent
   * which one, never pick.
   */
  readings?: string[];
}

export interface FindOptions {
  defaultCountry: CountryCode;
  /**
   * The text is a whole table cell, input value or short label: a bare digit block
   * ("0312345678") is then taken as a number even without a "TEL" label.
   */
  wholeCell?: boolean;
  /** Other countries the agent calls: a national-format number may be read as one of them. */
  otherCountries?: readonly CountryCode[];
  /** The country of the record the text belongs to (its Country column or field, its address…). */
  recordCountry?: CountryCode;
}

// E.164 allows 15 digits; with a national/international prefix a written number has a few more.
const MAX_DIGITS = 17;
// Runs split at spaces are retried piece by piece ("03-1234-5678 14:30", a space-separated list
// of numbers); a piece spans at most this many space-separated parts ("+44 20 7946 0958" is four),
// so the work stays linear in the length of the run.
const MAX_PARTS_PER_PIECE = 5;

export function findPhoneNumbers(text: string, options: FindOptions): PhoneMatch[] {
  const normalized = normalizeDigits(text);
  const runs = findDigitRuns(normalized);
  if (runs.length === 0) return [];
  const ibans = ibanSpans(normalized);
  const matches: PhoneMatch[] = [];
  let previousEnd = 0;
  // Index loops and plain indexing, not for…of, destructuring or callbacks: this runs for every
  // text node of a page, most of it before the JIT has optimized anything, and there iterators
  // and closures are allocations.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (!insideAny(ibans, run) && !isBlockedCode(run)) {
      const whole = evaluate(normalized, run, previousEnd, options);
      if (whole) matches.push(whole);
      else if (hasSpaceJoint(run)) {
        const pieces = evaluatePieces(normalized, run, previousEnd, options);
        for (let p = 0; p < pieces.length; p++) matches.push(pieces[p]!);
      }
    }
    previousEnd = run.end;
  }
  return matches;
}

function insideAny(spans: Array<[number, number]>, run: DigitRun): boolean {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (run.start < span[1] && run.end > span[0]) return true;
  }
  return false;
}

function hasSpaceJoint(run: DigitRun): boolean {
  for (let i = 0; i < run.separators.length; i++) if (run.separators[i]!.includes(' ')) return true;
  return false;
}

// Longest pieces first, cut only where the writer put a space.
function evaluatePieces(text: string, run: DigitRun, previousEnd: number, options: FindOptions): PhoneMatch[] {
  const cuts = [0];
  run.separators.forEach((sep, i) => {
    if (sep.includes(' ')) cuts.push(i + 1);
  });
  cuts.push(run.groups.length);
  const found: PhoneMatch[] = [];
  let from = 0;
  while (from < cuts.length - 1) {
    let matched = false;
    for (let to = Math.min(cuts.length - 1, from + MAX_PARTS_PER_PIECE); to > from; to--) {
      const piece = subRun(text, run, cuts[from] ?? 0, cuts[to] ?? 0);
      if (!piece || (from === 0 && to === cuts.length - 1)) continue;
      const match = evaluate(text, piece, from === 0 ? previousEnd : piece.start, options);
      if (match) {
        found.push(match);
        from = to;
        matched = true;
        break;
      }
    }
    if (!matched) from++;
  }
  return found;
}

function subRun(text: string, run: DigitRun, first: number, last: number): DigitRun | null {
  const groups = run.groups.slice(first, last);
  const firstGroup = groups[0];
  const lastGroup = groups[groups.length - 1];
  if (!firstGroup || !lastGroup) return null;
  const digitCount = groups.reduce((n, [a, b]) => n + b - a, 0);
  if (digitCount < 7) return null;
  let start = first === 0 ? run.start : firstGroup[0];
  if (first > 0 && text[start - 1] === '+') start--;
  return { start, end: lastGroup[1], groups, separators: run.separators.slice(first, last - 1), digitCount };
}

function evaluate(text: string, run: DigitRun, windowStart: number, options: FindOptions): PhoneMatch | null {
  if (run.digitCount > MAX_DIGITS) return null;
  const written = text.slice(run.start, run.end);
  const international = written.startsWith('+') || written.startsWith('(+');

  // Context and shape first: string tests, far cheaper than a parse; the ones that need no
  // label (dates, decimals, amounts) before the label, which takes two regular expressions.
  if (isDateShaped(written) || isDecimalOrDotted(run)) return null;
  if (currencyBefore(text, run.start)) return null;
  const label = labelBefore(text, run.start, windowStart);
  if (label === 'id') return null;
  if (label !== 'phone' && gluedBefore(text, run.start)) return null;
  const extension = extensionAt(text, run.end);
  if (!extension) {
    if (gluedAfter(text, run.end) || quantityAfter(text, run.end)) return null;
  }

  // A bare block of digits is an ID as often as a number: it needs a "+", a label, or a cell of
  // its own.
  const bare = run.groups.length === 1 && !international;
  if (bare && !options.wholeCell && label !== 'phone' && !phoneLabelAfter(text, extension ? extension.end : run.end)) {
    return null;
  }

  const number = parseWritten(written, options.defaultCountry);
  if (!number) return null;
  // North American numbers are ten digits: the 7-digit service ranges the metadata also knows
  // ("310-XXXX") are never written with a "1" or "+1" before them, an ID often is ("SO 1310 7022").
  if (number.countryCallingCode === '1' && number.nationalNumber.length !== 10) return null;

  // Written nationally, the number must carry its national prefix where the country dials one
  // (Tokyo is 03-…, never 3-…), and must have a known format (no format = no such numbers).
  const standardNational = formatNational(number);
  const standardDigits = onlyDigits(standardNational);
  if (standardDigits === standardNational) return null;
  const digits = onlyDigits(written);
  // "0044 20 …", "010-81-3-…": dialled with an international call prefix instead of "+".
  const viaIdd = !international && /^0[01]/.test(digits) && digits.endsWith(number.countryCallingCode + number.nationalNumber);
  const hasPrefix = international || viaIdd || digits.length > number.nationalNumber.length;
  if (!international && !viaIdd && !digits.endsWith(standardDigits)) return null;
  if (!groupingFits(run, number, standardNational, hasPrefix)) return null;

  const match: PhoneMatch = { start: run.start, end: run.end, e164: number.number };
  if (extension) match.extension = extension.digits;
  return match;
}

// Pages repeat numbers (a company's main line on every row) and rescans after DOM mutations see
// the same text again; libphonenumber is most of the cost, so its answers are kept, boundedly.
const parsed = new Map<CountryCode, Map<string, PhoneNumber | null>>();
const MAX_CACHED = 4000;

function parseWritten(written: string, defaultCountry: CountryCode): PhoneNumber | null {
  let known = parsed.get(defaultCountry);
  if (!known) parsed.set(defaultCountry, (known = new Map()));
  const hit = known.get(written);
  if (hit !== undefined) return hit;
  // "+44 (0)20 7946 0958": the "(0)" is the national prefix, not part of the number;
  // "(+81) 3-…": libphonenumber wants the "+" first.
  const cleaned = written.includes('(') ? written.replace(/^(\(?\+\d{1,3}\)?[\s-]?)\(0\)/, '$1').replace(/^\(\+(\d{1,3})\)/, '+$1') : written;
  const number = parsePhoneNumberFromString(cleaned, { defaultCountry, extract: false }, metadata);
  const result = number && number.isValid() ? number : null;
  if (known.size >= MAX_CACHED) known.clear();
  known.set(written, result);
  return result;
}
