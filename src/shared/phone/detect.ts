/**
 * Finds phone numbers in page text: a cheap pass over digit runs, rules that throw out the
 * look-alikes (dates, amounts, IDs, codes), then libphonenumber on what is left, then checks that
 * the number is written the way such numbers are written.
 */
import type { PhoneNumber } from 'libphonenumber-js';
// The core entry with the metadata passed in: the default entry wraps every call to add it
// (argument copying that was ≈ 10% of the parser's time on a 5,000-row page).
import { Metadata, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from './metadata';
import type { CountryCode } from './country';
import { isAsciiLetter, onlyDigits } from './digits';
import { normalizeDigits, withoutFormatMarks } from './normalize';
import { findDigitRuns, leadingStart, type DigitRun } from './runs';
import { type Label, codePrefixBefore, currencyBefore, faxLabelAfter, gluedAfter, gluedBefore, labelBefore, phoneLabelAfter, quantityAfter } from './context';
import { ibanSpans, isBlockedCode, isDateShaped, isDecimalOrDotted, isSlashMisplaced } from './shape';
import { Fit, groupingFits } from './grouping';
import { extensionAt } from './extension';
import { formatNational, nationalPrefixOptional } from './national-format';

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
const MAX_PARTS_PER_PIECE = 7;

const NON_ASCII = /[^\0-\x7f]/;

export function findPhoneNumbers(text: string, options: FindOptions): PhoneMatch[] {
  // ASCII text (most of a page) has nothing to normalize and no invisible marks.
  if (!NON_ASCII.test(text)) return find(text, options);
  const stripped = withoutFormatMarks(text);
  if (!stripped) return find(normalizeDigits(text), options);
  // Found in the text without its invisible marks, highlighted in the original: each offset
  // mapped back (a match's end is after its last character there).
  const matches = find(normalizeDigits(stripped.text), options);
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i]!;
    match.start = stripped.from[match.start]!;
    match.end = stripped.from[match.end - 1]! + 1;
  }
  return matches;
}

function find(normalized: string, options: FindOptions): PhoneMatch[] {
  const runs = findDigitRuns(normalized, shortestNumber(options));
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
      // No piece of a code that an ID label announces ("Nr rachunku 31 0263 0358 2125 5622 8267
      // 0787", a bank account in groups of four; "IMSI 262 01 187415836").
      else if (hasSpaceJoint(run) && (run.digitCount > MAX_DIGITS ? labelBefore(normalized, run.start, previousEnd) : labelOfLast) !== 'id') {
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

// Where a run may hold more than one number: a space or a slash between groups.
const isCut = (separator: string) => separator.includes(' ') || separator === '/';

function hasSpaceJoint(run: DigitRun): boolean {
  for (let i = 0; i < run.separators.length; i++) if (isCut(run.separators[i]!)) return true;
  return false;
}

// Longest pieces first, cut only where the writer put a space. A piece is kept only if it is not a
// strict part of a longer number: with the space-separated parts beside it that no other piece
// took, it must not read as one ("+49 30 12345 678" is not "+49 30 12345" and a stray "678").
const INTERNATIONAL_START = /^(?:\(? *[+＋]|0(?:0|1[01])(?!0))/;

function evaluatePieces(text: string, run: DigitRun, previousEnd: number, options: FindOptions): PhoneMatch[] {
  const cuts = [0];
  run.separators.forEach((sep, i) => {
    if (isCut(sep)) cuts.push(i + 1);
  });
  cuts.push(run.groups.length);
  const found: Array<{ match: PhoneMatch; from: number; to: number }> = [];
  let from = 0;
  while (from < cuts.length - 1) {
    let matched = false;
    for (let to = Math.min(cuts.length - 1, from + MAX_PARTS_PER_PIECE); to > from; to--) {
      const piece = subRun(text, run, cuts[from] ?? 0, cuts[to] ?? 0, shortestNumber(options));
      if (!piece || (from === 0 && to === cuts.length - 1)) continue;
      const match = evaluate(text, piece, from === 0 ? previousEnd : piece.start, options);
      if (match) {
        found.push({ match, from, to });
        from = to;
        matched = true;
        break;
      }
    }
    if (!matched) from++;
  }
  // A run that starts with an international prefix ("+", or a dialling prefix such as 00/010/011)
  // is one number written internationally: if no piece reads from its start, what reads later is
  // its tail ("0044 20 0668 0503" must not dial "0668 0503" as a national number of the agent's).
  if (found.length && found[0]!.from > 0 && INTERNATIONAL_START.test(text.slice(run.start, run.end))) return [];
  const kept: PhoneMatch[] = [];
  for (let i = 0; i < found.length; i++) {
    const { match, from: first, to: last } = found[i]!;
    // The unclaimed parts just before and after the piece.
    // (Not digits that end a field's name, glued to its letters: "TELF1 1800 123 456", "L2 (…".)
    const namedHead = first === 1 && isAsciiLetter(text.charCodeAt(run.start - 1));
    const before = first > 0 && !namedHead && (i === 0 || found[i - 1]!.to < first) ? first - 1 : first;
    const after = last < cuts.length - 1 && (i === found.length - 1 || found[i + 1]!.from > last) ? last + 1 : last;
    if (readsLonger(text, run, cuts, first, last, before, after, options)) continue;
    // After a few digits of the same run ("Case 97 4103 4187"), a piece that starts without a
    // "+", a bracket or a 0 continues a code rather than starting a number.
    // Likewise before a few digits of the same run ("9433 7541 2269", "649 621 677 416": a
    // tracking code in groups): a piece that starts that way is its head, not a number. (Unless
    // those digits are a quantity: a call log's "283.781.1151 0:01", "1201 5570 10m", "… 2h 02m".)
    const plainStart = !/^[+(0]/.test(text.slice(match.start, match.start + 1));
    if (before < first && digitsIn(run, cuts[before] ?? 0, cuts[first] ?? 0) < 5 && plainStart) continue;
    if (after > last && digitsIn(run, cuts[last] ?? 0, cuts[after] ?? 0) < 5 && plainStart && !quantityAfter(text, run.end) && !isAsciiLetter(text.charCodeAt(run.end))) continue;
    kept.push(match);
  }
  return kept;
}

function digitsIn(run: DigitRun, first: number, last: number): number {
  let n = 0;
  for (let g = first; g < last; g++) n += run.groups[g]![1] - run.groups[g]![0];
  return n;
}

/**
 * Does the piece read as part of a longer number: with the neighbouring part before or after it,
 * or with the first groups of that part only? A neighbouring part may run on into what is no
 * number at all ("( 070 ) 2262 - 4549（20270503193135以降）": "4549(2027…" is one part, too long to
 * read), and without looking group by group the head "070 ) 2262" was read alone, as a German
 * number, for a Japanese agent who also calls Germany.
 */
function readsLonger(text: string, run: DigitRun, cuts: number[], first: number, last: number, before: number, after: number, options: FindOptions): boolean {
  const from = cuts[first] ?? 0;
  const to = cuts[last] ?? 0;
  const spans: Array<[number, number]> = [];
  if (before < first) for (let g = cuts[before] ?? 0; g < from; g++) spans.push([g, to]);
  if (after > last) for (let g = to + 1; g <= (cuts[after] ?? 0); g++) spans.push([from, g]);
  if (before < first && after > last) spans.push([cuts[before] ?? 0, cuts[after] ?? 0]);
  for (let i = 0; i < spans.length; i++) {
    const longer = subRun(text, run, spans[i]![0], spans[i]![1], 1);
    if (!longer || longer.digitCount > MAX_DIGITS) continue;
    const written = text.slice(longer.start, longer.end);
    const countries = candidateCountries(options);
    for (let c = 0; c < countries.length; c++) if (parseWritten(written, countries[c]!)) return true;
  }
  return false;
}

function subRun(text: string, run: DigitRun, first: number, last: number, minDigits: number): DigitRun | null {
  const groups = run.groups.slice(first, last);
  const firstGroup = groups[0];
  const lastGroup = groups[groups.length - 1];
  if (!firstGroup || !lastGroup) return null;
  const digitCount = groups.reduce((n, [a, b]) => n + b - a, 0);
  if (digitCount < minDigits) return null;
  // A piece cut from inside a run starts as a run would: with its "+" or the bracket around its
  // area code ("Escalated to L2 ((092)487-1267 - ext. 85)", "TELF1 (08) 9170 6460": the run began
  // at the label's digit, and the piece without its "(" covered less than the number as written).
  const start = first === 0 ? run.start : leadingStart(text, firstGroup[0], lastGroup[1]);
  return { start, end: lastGroup[1], groups, separators: run.separators.slice(first, last - 1), digitCount };
}

// The label evaluate() last found before a run ('none' when it returned before looking): the
// pieces of a run are not read after an ID label, and the label is not looked for twice.
let labelOfLast: Label = 'none';

function evaluate(text: string, run: DigitRun, windowStart: number, options: FindOptions): PhoneMatch | null {
  labelOfLast = 'none';
  if (run.digitCount > MAX_DIGITS) return null;
  const written = text.slice(run.start, run.end);
  const international = /^\(? *\+/.test(written);

  // Context and shape first: string tests, far cheaper than a parse; the ones that need no
  // label (dates, decimals, amounts) before the label, which takes two regular expressions.
  if (isDateShaped(written) || isDecimalOrDotted(run, text) || isSlashMisplaced(run, text)) return null;
  if (currencyBefore(text, run.start)) return null;
  const label = (labelOfLast = labelBefore(text, run.start, windowStart));
  // A number written with its "+" is a phone number whatever label stands before it: no ID
  // starts with one ("発信者番号 +48 56 521 46 31", a caller's number).
  if (label === 'fax' || (label === 'id' && !international)) return null;
  if (label !== 'phone' && (gluedBefore(text, run.start) || (!international && codePrefixBefore(text, run.start)))) return null;
  const extension = extensionAt(text, run.end);
  if (faxLabelAfter(text, extension ? extension.end : run.end)) return null;
  if (!extension) {
    if (gluedAfter(text, run.end) || quantityAfter(text, run.end)) return null;
  }

  // A number of five or six digits (the Faroes', Greenland's, New Caledonia's…) looks like a
  // time, a date, a score, a range or a postcode: it needs a phone label, or a field of its own
  // and no such shape; nor may another number stand between its label and it ("Head office: 24
  // Road …, 36773 Centre").
  if (run.digitCount < 7) {
    if (label !== 'phone' && !phoneLabelAfter(text, run.end) && !(standsAlone(text, run) && !SHORT_LOOKALIKE.test(written))) return null;
    if (written.includes('/') || isRange(written) || /\d[^\n]*$/.test(text.slice(Math.max(windowStart, run.start - 24), run.start))) return null;
  }

  // A bare block of digits is an ID as often as a number: it needs a "+", a label, or a cell of
  // its own; else its national prefix (IDs do not start with one, numbers written nationally do).
  const bare = run.groups.length === 1 && !international;
  // An extension after it says phone as well ("0364283391 内線3552", "8045458228 x12").
  const unlabelled = bare && !options.wholeCell && label !== 'phone' && !extension && !phoneLabelAfter(text, run.end) && !standsAlone(text, run);
  // (Before any parse: most such blocks are IDs, and start with no 0 and no national prefix.)
  if (unlabelled && written.charCodeAt(0) !== 0x30 && !startsWithNationalPrefix(written, options)) return null;

  const match: PhoneMatch = { start: run.start, end: run.end, e164: '' };
  if (extension) match.extension = extension.digits;
  // "+CC" numbers are read as written; with no other country in play, as before: one reading.
  if (international || (!options.recordCountry && !options.otherCountries?.length)) {
    const reading = readAs(written, run, options.defaultCountry, international, true, false, unlabelled);
    if (!reading?.score) return null;
    match.e164 = reading.e164;
    return match;
  }
  return withReadings(match, written, run, options, unlabelled);
}

// A block that stands alone is a cell of its own: a field of a comma-separated row (or one set off
// by tabs, " · ", " | ", or the two spaces or more of a fixed-width list), a line of its own, a
// field's value after its name and colon ("Questions: 26705790", "夜間・休日：08000494722", "Puh.:
// 25536883"), or all that a bracket holds ("Chen Wei (09043162335)", "緊急時は「09010212392」へ"); within quotes or after a spreadsheet's text
// mark ("'"). Evidence weaker than a cell the page marks up: no compact dates ("20180509" fills
// a field as often as a Danish mobile does). An ID label before it was ruled out already.
function standsAlone(text: string, run: DigitRun): boolean {
  let before = run.start - 1;
  let after = run.end;
  const quoted = text.charCodeAt(before) === 0x22;
  if (quoted || text.charCodeAt(before) === 0x27) before--;
  if (quoted) {
    if (text.charCodeAt(after) !== 0x22) return false;
    after++;
  }
  const open = sideOf(text, before, -1);
  const close = sideOf(text, after, 1);
  const ends = isFieldSeparator(close) || close === 0x0a || close === 0x0d;
  if (COMPACT_DATE.test(text.slice(run.start, run.end))) return false;
  return (ends && (isFieldSeparator(open) || open === 0x0a)) || (open === 0x28 && close === 0x29) || (open === 0x300c && close === 0x300d) ||
    ((ends || close === 0x20 || close === 0x2e || close === 0x29) && /[A-Za-z\u3040-\u9fff).]: ?$/.test(text.slice(run.start - 3, run.start)));
}

// What stands beside a field, looking from index i in direction dir: a line's start or end reads
// as "\n", two spaces as a tab, " · " and " | " as their mark.
function sideOf(text: string, i: number, dir: number): number {
  if (i < 0 || i >= text.length) return 0x0a;
  const c = text.charCodeAt(i);
  if (c !== 0x20) return c;
  const next = text.charCodeAt(i + dir);
  if (next === 0x20) return 0x09;
  return text.charCodeAt(i + 2 * dir) === 0x20 ? next : c;
}

// , tab · | and the semicolon of a European spreadsheet's CSV
const isFieldSeparator = (code: number) => code === 0x2c || code === 0x09 || code === 0xb7 || code === 0x7c || code === 0x3b;

// A short run that is a date ("22.02.24", "5-11-26").
const SHORT_LOOKALIKE = /^(?:0?[1-9]|[12]\d|3[01])[.-](?:0?[1-9]|1[0-2])[.-]\d\d$/;

// "137-162", "1200 – 1800": two numbers of one length, the second the larger, a range.
function isRange(written: string): boolean {
  const m = /^(\d+) ?- ?(\d+)$/.exec(written);
  return m !== null && m[1]!.length === m[2]!.length && Number(m[2]) > Number(m[1]);
}

const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

interface Reading {
  e164: string;
  /** How well the writer's grouping fits the country's (Fit). */
  score: number;
}

/** The countries a national number may be read as: the default first. */
type CountryOptions = Pick<FindOptions, 'defaultCountry' | 'otherCountries' | 'recordCountry'>;

function candidateCountries(options: CountryOptions): readonly CountryCode[] {
  const others = options.otherCountries;
  const record = options.recordCountry;
  if (!others?.length && !record) return [options.defaultCountry];
  const list: CountryCode[] = record ? [record] : [];
  if (!list.includes(options.defaultCountry)) list.push(options.defaultCountry);
  if (others) for (let i = 0; i < others.length; i++) if (!list.includes(others[i]!)) list.push(others[i]!);
  return list;
}

// A national number read as its record's country when it reads there (valid, written in a way
// that country writes numbers). Else in each of the agent's countries, keeping every reading
// whose grouping that country uses: one left, that one; more, the default country's (else the
// first) and all of them for the agent to choose from.
function withReadings(match: PhoneMatch, written: string, run: DigitRun, options: FindOptions, unlabelled: boolean): PhoneMatch | null {
  const countries = candidateCountries(options);
  const readings: Array<Reading | null> = [];
  const digits = onlyDigits(written);
  let best = 0;
  for (let i = 0; i < countries.length; i++) {
    const country = countries[i]!;
    // A number without its national prefix is read so only in the record's or the agent's own
    // country, not as a guess at one of the others.
    const prefixless = country === options.recordCountry || country === options.defaultCountry;
    const reading = mayBeNational(digits, country) ? readAs(written, run, country, false, prefixless, true, unlabelled) : null;
    if (reading?.score && country === options.recordCountry) {
      match.e164 = reading.e164;
      return match;
    }
    readings.push(reading);
    if (reading && reading.score > best) best = reading.score;
  }
  if (best === 0) return null;
  const plausible: string[] = [];
  for (let i = 0; i < readings.length; i++) {
    const reading = readings[i];
    // Every country whose writers group numbers this way at all stays one to ask about, even when
    // another's grouping fits better: a German "(0800) 587-2284" is British-grouped, and still
    // German; "040 229 9836" is how the Dutch write Eindhoven's numbers and one way Germans write
    // Hamburg's. Keeping the best fit only was a guess (asking costs the agent a click; a wrong
    // country is a wrong call).
    if (reading && !plausible.includes(reading.e164)) plausible.push(reading.e164);
  }
  match.e164 = plausible[0]!;
  if (plausible.length > 1) match.readings = plausible;
  return match;
}

interface Plan {
  prefix: string;
  lengths: readonly number[];
}
const planCache = new Map<CountryCode, Plan | null>();

function planOf(country: CountryCode): Plan | null {
  let plan = planCache.get(country);
  if (plan === undefined) {
    try {
      const meta = new Metadata(metadata);
      meta.selectNumberingPlan(country);
      const numbering = meta.numberingPlan as unknown as { nationalPrefix(): string | undefined; possibleLengths(): number[] };
      plan = { prefix: numbering.nationalPrefix() ?? '', lengths: numbering.possibleLengths() };
    } catch {
      plan = null;
    }
    planCache.set(country, plan);
  }
  return plan;
}

/** Does `digits` start with the national prefix of one of the agent's countries? */
function startsWithNationalPrefix(digits: string, options: FindOptions): boolean {
  const countries = candidateCountries(options);
  for (let i = 0; i < countries.length; i++) {
    const prefix = planOf(countries[i]!)?.prefix;
    if (prefix && digits.startsWith(prefix)) return true;
  }
  return false;
}

let shortestFor: { defaultCountry: CountryCode; others?: readonly CountryCode[]; record?: CountryCode; digits: number } | null = null;

function sameList(a: readonly CountryCode[] | undefined, b: readonly CountryCode[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The fewest digits a number of the agent's countries may have, from 5 to 7: the Faroes,
 * Greenland, New Caledonia, Suriname, Andorra write six ("20 58 80"), the Cook Islands five; most
 * countries seven or more, and shorter runs (times, amounts, postcodes) are then not looked at.
 */
export function shortestNumber(options: CountryOptions): number {
  // Pages read every text with the same options but the record's country: the last answer kept.
  const last = shortestFor;
  if (last && last.defaultCountry === options.defaultCountry && last.record === options.recordCountry && sameList(last.others, options.otherCountries)) return last.digits;
  const countries = candidateCountries(options);
  let fewest = 7;
  for (let i = 0; i < countries.length; i++) {
    const plan = planOf(countries[i]!);
    if (plan) for (let l = 0; l < plan.lengths.length; l++) if (plan.lengths[l]! < fewest) fewest = Math.max(5, plan.lengths[l]!);
  }
  shortestFor = { defaultCountry: options.defaultCountry, others: options.otherCountries, record: options.recordCountry, digits: fewest };
  return fewest;
}

// The cheap refusal before a parse in each of the agent's countries: a national number has one
// of the country's lengths, with or without its national prefix. Numbers dialled with an
// international prefix ("00 44 …", "010-81-…") are left to the parser.
function mayBeNational(digits: string, country: CountryCode): boolean {
  if (digits.charCodeAt(0) === 0x30 && (digits.charCodeAt(1) === 0x30 || digits.charCodeAt(1) === 0x31)) return true;
  const plan = planOf(country);
  if (!plan) return false;
  if (plan.lengths.includes(digits.length)) return true;
  // After the prefix, a two-digit token the parser strips may follow (Argentina's mobile "15",
  // Brazil's carrier codes): "02477 15-48-6088".
  const rest = digits.length - plan.prefix.length;
  return plan.prefix !== '' && digits.startsWith(plan.prefix) && (plan.lengths.includes(rest) || plan.lengths.includes(rest - 2));
}

const LEADING_00 = /^(\(? ?)00(?=[1-9])/;

// "(0033) 3 93 …", "(011 81) 3-…": a dialling prefix and a country code, bracketed together.
const BRACKETED_IDD = /^\( ?0(?:0|1[01]) ?\d{1,3} ?\)/;

/** The number `written` is in `country`, if it is valid there and written as that country writes it. */
function readAs(written: string, run: DigitRun, country: CountryCode, international: boolean, prefixless = true, keepUngrouped = false, needsPrefix = false): Reading | null {
  const number = parseWritten(written, country);
  if (!number) return null;
  // A leading 0 the country keeps in its numbers may also be the national prefix of another
  // number written with it (Gabon: "04 90 32 71" is +241 04903271 and +241 4903271; not Italy,
  // whose 3… mobiles are never written 03…): read as neither, never a guess.
  const other = !international && number.nationalNumber[0] === '0' && parseWritten(`+${number.countryCallingCode}${number.nationalNumber.slice(1)}`, country);
  if (other && formatNational(other)[0] === '0') return null;
  // North American numbers are ten digits: the 7-digit service ranges the metadata also knows
  // ("310-XXXX") are never written with a "1" or "+1" before them, an ID often is ("SO 1310 7022").
  if (number.countryCallingCode === '1' && number.nationalNumber.length !== 10) return null;

  // Written nationally, the number must carry its national prefix where the country dials one
  // (Tokyo is 03-…, never 3-…), and have a known format. A valid number without one (Australia's
  // "1802409", Nepal's "18004601946") is never read on its own, but it is a reading to ask about
  // where another of the agent's countries reads the digits (score 0): reading only the other
  // was a guess. Only as a block of digits: nothing says how such a number is grouped (and the
  // grouping check is the dearest step of a page's scan).
  const standardNational = formatNational(number);
  const standardDigits = onlyDigits(standardNational);
  const unformatted = standardDigits === standardNational;
  if (unformatted && run.groups[1]) return null;
  const digits = onlyDigits(written);
  // "0044 20 …", "010-81-3-…": dialled with an international call prefix instead of "+".
  // The prefix is written first, and whole in its group ("0044 …", "00 44 …", "010-81-…", or
  // bracketed with the country code as "+44" would be: "(0044) 20 …"; not "0 04 87918 …" or
  // "(00) 4 98…", a barcode's groups).
  const viaIdd = !international && /^0[01]/.test(digits) && digits.endsWith(number.countryCallingCode + number.nationalNumber);
  if (viaIdd && !((/^0/.test(written) && run.groups[0]![1] - run.groups[0]![0] > 1) || BRACKETED_IDD.test(written))) return null;
  const hasPrefix = international || viaIdd || digits.length > number.nationalNumber.length;
  // Unlabelled, a block of digits is read only as a number written nationally: with its national
  // prefix, or the 0 some countries keep at the start of every number (Italy, Côte d'Ivoire).
  // Where another of the agent's countries reads the block with its prefix, this country's reading
  // without one stays a reading to ask about (score 0): "18007988817" is a US toll-free number
  // with its "1", and a Philippine one as Filipinos dial it; reading only the US was a guess.
  const unproven = needsPrefix && !(hasPrefix || number.nationalNumber.charCodeAt(0) === 0x30);
  if (needsPrefix && viaIdd) return null;
  if (unproven && !keepUngrouped) return null;
  // Without the national prefix only where the country writes its numbers so ("98765 43210"),
  // and then grouped exactly as it does.
  const withoutPrefix = !international && !viaIdd && !digits.endsWith(standardDigits);
  if (withoutPrefix && !(prefixless && digits === number.nationalNumber && nationalPrefixOptional(number))) return null;
  const fit = groupingFits(run, number, standardNational, hasPrefix, international || viaIdd);
  if (withoutPrefix && fit !== Fit.Standard) return null;
  // A valid number of one of the agent's countries stays a reading to ask about even when its
  // writer grouped it otherwise (score 0: never read on its own): where another country's grouping
  // fits ("01-4706-2764" is how Malaysians group a mobile; in a Thai list it is Thai), reading
  // only that one was a guess. People group numbers in more ways than the metadata knows.
  if (fit === Fit.None) return keepUngrouped ? { e164: number.number, score: 0 } : null;
  return { e164: number.number, score: unformatted || unproven ? 0 : fit };
}

// "+44 (0)20 7946 0958": the "(0)" is the national prefix, not part of the number; "(+81) 3-…":
// libphonenumber wants the "+" first.
function withoutBrackets(written: string): string {
  return written.includes('(') ? written.replace(/^(\(?\+\d{1,3}\)?[\s-]?)\(0\)/, '$1').replace(/^\( *\+(\d{1,3}) *\)/, '+$1') : written;
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
  const plain = written.startsWith('+ ') ? `+${written.slice(2)}` : written;
  const cleaned = withoutBrackets(plain);
  const number = parsePhoneNumberFromString(cleaned, { defaultCountry, extract: false }, metadata);
  let result = number && number.isValid() ? number : null;
  // "00" is how most of the world dials abroad, and the way numbers are written for callers from
  // anywhere ("0044 20 7946 0958", "(00423) 388 29 94"); where the agent's country dials abroad
  // otherwise (the US 011, Japan 010) no national number starts with it either.
  if (!result && LEADING_00.test(cleaned)) {
    const abroad = parsePhoneNumberFromString(withoutBrackets(plain.replace(LEADING_00, '$1+')), { defaultCountry, extract: false }, metadata);
    if (abroad && abroad.isValid()) result = abroad;
  }
  if (known.size >= MAX_CACHED) known.clear();
  known.set(written, result);
  return result;
}
