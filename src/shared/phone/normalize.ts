/**
 * Maps the characters pages use in phone numbers to their ASCII twins, one UTF-16 unit for one, so
 * that an offset found in the result is the same offset in the original text: detection runs on
 * the normalized copy and highlights the original. Digits of every script (Arabic-Indic "٠٥٠",
 * Persian "۰۹۱۲", Devanagari, Thai, full-width…), every kind of space, the dashes people and IMEs
 * type. Invisible format marks (zero-width spaces, bidi marks, a soft hyphen) are not mapped but
 * removed, by withoutFormatMarks(), which says where each remaining character came from.
 */

// Dashes that people (and IMEs) put between digit groups. All are single UTF-16 units.
const DASHES = new Set([
  0x2010, // ‐ hyphen
  0x2011, // ‑ non-breaking hyphen
  0x2012, // ‒ figure dash
  0x2013, // – en dash
  0x2014, // — em dash
  0x2015, // ― horizontal bar
  0x2212, // − minus sign
  0xfe63, // ﹣ small hyphen-minus
]);

// Long-vowel marks are letters in katakana ("コール"), but between digits they are a dash typed
// with the Japanese IME ("03ー1234ー5678"), so they are mapped only there.
const LONG_VOWELS = new Set([0x30fc /* ー */, 0xff70 /* ｰ half-width */]);

// The spaces and digits below are Unicode's, written out for the Basic Multilingual Plane (a
// character beyond it is two UTF-16 units, and stays as it is): the same sets as \p{Zs} and
// \p{Nd} there, but compiled and matched as plain ranges, without the "u" flag's astral
// handling; on a page of Japanese text the \p{} forms made the first reads slower.
// (normalize.test.ts checks them against the \p{} sets.)
// Every space separator (Unicode Zs) but the ASCII one: no-break, figure, thin, ideographic…
export const SPACES = '\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000';
const SPACE = new RegExp(`[${SPACES}]`);
// Digits of every script (Unicode Nd): each script's ten are consecutive code points, so its zero
// is enough (0x30 ASCII, 0x660 Arabic-Indic…).
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900,
  0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];
export const DIGITS = DIGIT_ZEROS.map((zero) => `${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}`).join('');

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

// Invisible format characters (Unicode Cf: zero-width space and joiners, word joiner, BOM, soft
// hyphen, left-to-right and right-to-left marks, bidi embeddings and isolates). Pasted from mail
// clients and RTL pages they sit inside numbers ("+44\u200b 7873\u200b 940506") and between a
// label and its number; read without them.
// A soft hyphen between two digits stays: Word and CMS editors put it where a number may break
// ("586\u00ad493\u00ad3701"), so it is where the writer grouped the digits (read as a dash below).
const FORMAT_MARKS = new RegExp(`(?!\u00ad)\\p{Cf}|(?<![${DIGITS}])\u00ad|\u00ad(?![${DIGITS}])`, 'gu');
// First the cheap question (any format character at all?), then the marks to remove.
const HAS_FORMAT_CHARACTER = /\p{Cf}/u;

export interface Stripped {
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the original. */
  from: Int32Array;
}

/** `text` without its invisible format marks, or null when it has none (most text). */
export function withoutFormatMarks(text: string): Stripped | null {
  if (!HAS_FORMAT_CHARACTER.test(text)) return null;
  const out = text.replace(FORMAT_MARKS, '');
  if (out.length === text.length) return null; // only soft hyphens between digits, which stay
  const from = new Int32Array(out.length);
  let j = 0;
  FORMAT_MARKS.lastIndex = 0;
  let last = 0;
  for (let m = FORMAT_MARKS.exec(text); m; m = FORMAT_MARKS.exec(text)) {
    for (let i = last; i < m.index; i++) from[j++] = i;
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) from[j++] = i;
  return { text: out, from };
}

// Everything normalizeDigits() may change; text without any of these is returned as is.
const MAPPED = new RegExp(`[\uff01-\uff5e\u2010-\u2015\u2212\ufe63\u30fc\uff70\u00ad${SPACES}${DIGITS.slice(3)}]`);

const MAPPED_ALL = new RegExp(MAPPED.source, 'g');

/** The ASCII digit a digit of any script stands for (its place among its script's ten), or 0. */
export function asciiDigit(code: number): number {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return 0x30 + code - zero;
  return 0;
}

// An em dash or a horizontal bar with a space beside it is a sentence's dash ("+358 18 5025 — 32
// numbers in block"), not one between a number's groups ("010—62751234"): left as it is, it joins
// nothing.
function isSpacedDash(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  return (code === 0x2014 || code === 0x2015) && (text.charCodeAt(offset - 1) === 0x20 || text.charCodeAt(offset + 1) === 0x20);
}

export function normalizeDigits(text: string): string {
  // Most CRM text, even Japanese, has nothing to map: skip the copy.
  if (!MAPPED.test(text)) return text;
  let changed = false;
  // Only the mapped characters are visited (a character loop building the copy was most of
  // this function's cost on Japanese text, full of full-width brackets and spaces).
  const out = text.replace(MAPPED_ALL, (ch: string, offset: number) => {
    const code = ch.charCodeAt(0);
    let mapped = code;
    if (code >= 0xff01 && code <= 0xff5e) {
      // Full-width ASCII block (０-９, ＋, （, ）, －, ．, ：, Ａ-Ｚ…): fixed offset from ASCII.
      mapped = code - 0xfee0;
    } else if ((DASHES.has(code) && !isSpacedDash(text, offset)) || (code === 0xad && asciiDigit(text.charCodeAt(offset - 1)) && asciiDigit(text.charCodeAt(offset + 1)))) {
      mapped = 0x2d;
    } else if (SPACE.test(ch)) {
      mapped = 0x20;
    } else if (LONG_VOWELS.has(code)) {
      if (isDigitCode(text.charCodeAt(offset - 1)) && isDigitCode(text.charCodeAt(offset + 1))) mapped = 0x2d;
    } else {
      // A digit of another script. (Digits outside the BMP take two UTF-16 units and are not
      // matched: offsets must stay.)
      mapped = asciiDigit(code) || code;
    }
    if (mapped === code) return ch;
    changed = true;
    return String.fromCharCode(mapped);
  });
  return changed ? out : text;
}
