/**
 * The cheap first pass: find runs of digit groups joined by the separators people put inside
 * phone numbers. Plain string scanning, no libphonenumber: most runs are rejected before the
 * parser is ever called.
 */
import { isAsciiDigit } from './digits';

/** A run of digit groups in the normalized text. */
export interface DigitRun {
  /** Offset of the first character (a leading `+` or `(` when the number starts with one). */
  start: number;
  /** Offset after the last digit. */
  end: number;
  /** Offsets of each digit group: [start, end) pairs. */
  groups: Array<[number, number]>;
  /** The characters between group i and group i+1. */
  separators: string[];
  digitCount: number;
}

// Between two digit groups: at most three of ' -.()', e.g. "-", " ", ") ", " - ", ")-", " (".
const MAX_SEPARATOR_LENGTH = 3;
const MIN_DIGITS = 7;

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x28 || code === 0x29;
}

// "--" or ".." or ". -" is not how anyone writes a phone number; a single kind of joint is.
function isPlausibleJoint(sep: string): boolean {
  let dashes = 0;
  let dots = 0;
  let spaces = 0;
  for (const ch of sep) {
    if (ch === '-') dashes++;
    else if (ch === '.') dots++;
    else if (ch === ' ') spaces++;
  }
  return dashes <= 1 && dots <= 1 && dashes + dots <= 1 && spaces <= 2;
}

/** Runs with at least 7 digits in `text` (already normalized). */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const groups: Array<[number, number]> = [];
    const separators: string[] = [];
    let digitCount = 0;
    let j = i;
    for (;;) {
      const groupStart = j;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      groups.push([groupStart, j]);
      digitCount += j - groupStart;
      let k = j;
      while (k < n && k - j < MAX_SEPARATOR_LENGTH && isSeparator(text.charCodeAt(k))) k++;
      if (k > j && k < n && isAsciiDigit(text.charCodeAt(k)) && isPlausibleJoint(text.slice(j, k))) {
        separators.push(text.slice(j, k));
        j = k;
        continue;
      }
      break;
    }
    if (digitCount >= MIN_DIGITS) runs.push({ start: leadingStart(text, i, j), end: j, groups, separators, digitCount });
    i = j;
  }
  return runs;
}

// Take in a leading "+", "(", "(+" or "+(" that belongs to the number. A "(" counts only when
// its ")" is inside the run: "(03)1234-5678" yes, "(0312345678)" no.
function leadingStart(text: string, firstDigit: number, end: number): number {
  let start = firstDigit;
  if (text[start - 1] === '+') start--;
  if (text[start - 1] === '(' && text.indexOf(')', start) !== -1 && text.indexOf(')', start) < end) start--;
  if (text[start - 1] === '+' && text[start] === '(') start--;
  return start;
}
