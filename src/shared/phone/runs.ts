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

// Between two digit groups: at most three of ' -.()', e.g. "-", " ", ") ", " - ", ")-", " (", or a
// slash alone or set off by a space each side: "415/555-0132", "(030) 1234/5678", "0162 / 7875325"
// (Germans and Americans put one after the area code), "03-1234-5678/090-1234-5678" (a list: the
// detector cuts it there).
const MAX_SEPARATOR_LENGTH = 3;
// Most countries' numbers have 7 digits or more; a few have 5 or 6 (shortestNumber in detect.ts).
const MIN_DIGITS = 7;

/**
 * Where a joint that starts at `from` ends, when it leads to another digit group and is how
 * people join digits in a number: one dash or one dot at most, and at most two spaces ("--",
 * ".." or ". -" is not). -1 when there is no such joint.
 */
function jointEnd(text: string, from: number): number {
  let k = from;
  let dashesAndDots = 0;
  let spaces = 0;
  if (text.charCodeAt(from) === 0x2f) return isAsciiDigit(text.charCodeAt(from + 1)) ? from + 1 : -1;
  // " / " between the area code and the number, as many Germans write it ("0162 / 7875325").
  if (text.charCodeAt(from) === 0x20 && text.charCodeAt(from + 1) === 0x2f && text.charCodeAt(from + 2) === 0x20) {
    return isAsciiDigit(text.charCodeAt(from + 3)) ? from + 3 : -1;
  }
  while (k < text.length && k - from < MAX_SEPARATOR_LENGTH) {
    const code = text.charCodeAt(k);
    if (code === 0x2d || code === 0x2e) dashesAndDots++;
    else if (code === 0x20) spaces++;
    else if (code !== 0x28 && code !== 0x29) break;
    k++;
  }
  if (k === from || !isAsciiDigit(text.charCodeAt(k))) return -1;
  if (dashesAndDots > 1 || spaces > 2) return -1;
  // A bracket opened between groups closes right after the next one ("03(1234)5678", "+44 (0)20"):
  // else it opens a note ("090-3577-4978（10h34以降）", "…（11/11/25 …）"), not more of the number.
  if (text.lastIndexOf('(', k) >= from) {
    let j = k;
    while (isAsciiDigit(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 0x29) return -1;
  }
  return spaces > 0 && isDuration(text, k) ? -1 : k;
}

// A time or a duration after a space is not more of the number: a call log's "0800 4576137 3h 26m",
// "053 535 1605 5:38", "06484 8093 56分27秒".
function isDuration(text: string, from: number): boolean {
  let k = from;
  while (isAsciiDigit(text.charCodeAt(k))) k++;
  if (k - from > 2) return false;
  const unit = text.charCodeAt(k);
  if (unit === 0x3a) return isAsciiDigit(text.charCodeAt(k + 1));
  if (unit === 0x5206 || unit === 0x79d2 || unit === 0x6642) return true; // 分 秒 時
  return (unit === 0x68 || unit === 0x6d || unit === 0x73) && !/[A-Za-z]/.test(text.charAt(k + 1));
}

/**
 * Runs with at least 7 digits in `text` (already normalized). Most runs in page text are short
 * (dates, times, amounts): each is measured first, and described, with its arrays, only when it
 * is long enough to be a number (describing every run was the largest allocation of a scan).
 */
export function findDigitRuns(text: string, minDigits = MIN_DIGITS): DigitRun[] {
  const runs: DigitRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let digitCount = 0;
    for (;;) {
      const groupStart = j;
      while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
      digitCount += j - groupStart;
      const next = jointEnd(text, j);
      if (next === -1) break;
      j = next;
    }
    if (digitCount >= minDigits) runs.push(describe(text, i, j, digitCount));
    i = j;
  }
  return runs;
}

function describe(text: string, first: number, end: number, digitCount: number): DigitRun {
  const groups: Array<[number, number]> = [];
  const separators: string[] = [];
  let j = first;
  while (j < end) {
    const groupStart = j;
    while (j < end && isAsciiDigit(text.charCodeAt(j))) j++;
    groups.push([groupStart, j]);
    const next = j < end ? jointEnd(text, j) : -1;
    if (next === -1) break; // the end (findDigitRuns measured every joint before it)
    separators.push(text.slice(j, next));
    j = next;
  }
  return { start: leadingStart(text, first, end), end, groups, separators, digitCount };
}

// Take in a leading "+", "(", "(+" or "+(" that belongs to the number. A "(" counts only when
// its ")" is inside the run and closes it: "(03)1234-5678" yes, "(0312345678)" no, nor the label's
// bracket in "Mobile(070(5852)3139)", whose first ")" closes another "(".
export function leadingStart(text: string, firstDigit: number, end: number): number {
  let start = firstDigit;
  if (text[start - 1] === '+') start--;
  // "+ 81 3 …": some write a space after the plus. Left out, the match would cover a shorter
  // text than the number as written (and read it as national where the country is the agent's).
  // Not after a digit: "3 + 4567890" is a sum.
  else if (text[start - 1] === ' ' && text[start - 2] === '+' && !isAsciiDigit(text.charCodeAt(start - 3)) && text[start - 3] !== '+') start -= 2;
  // A space or two inside the bracket, as some type it or OCR reads it: "( 03 ) 1234 - 5678".
  let open = start;
  while (text[open - 1] === ' ' && start - open < 2) open--;
  if (text[open - 1] === '(') {
    const close = text.indexOf(')', start);
    const next = text.indexOf('(', start);
    const closesIt = close !== -1 && close < end && (next === -1 || next > close);
    // Before a "+", only "(+81) 3-…": in "Phone(+81 (0)3 …" the bracket is the label's.
    if (text[start] === '+' ? /^\+\d{1,3} ?\)/.test(text.slice(start, start + 7)) : closesIt) start = open - 1;
  }
  if (text[start - 1] === '+' && text[start] === '(') start--;
  return start;
}
