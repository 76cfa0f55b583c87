/**
 * Maps the characters Japanese (and some Western) pages use in phone numbers to their ASCII
 * twins, one UTF-16 unit for one, so that an offset found in the result is the same offset in the
 * original text: detection runs on the normalized copy and highlights the original.
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

const SPACES = new Set([0x00a0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);

function isDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

// Everything normalizeDigits() may change; text without any of these is returned as is.
const MAPPED = /[\uff01-\uff5e\u2010-\u2015\u2212\ufe63\u00a0\u2002-\u200a\u202f\u205f\u3000\u30fc\uff70]/;

const MAPPED_ALL = new RegExp(MAPPED.source, 'g');

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
    } else if (DASHES.has(code)) {
      mapped = 0x2d;
    } else if (SPACES.has(code)) {
      mapped = 0x20;
    } else if (LONG_VOWELS.has(code) && isDigitCode(text.charCodeAt(offset - 1)) && isDigitCode(text.charCodeAt(offset + 1))) {
      mapped = 0x2d;
    }
    if (mapped === code) return ch;
    changed = true;
    return String.fromCharCode(mapped);
  });
  return changed ? out : text;
}
