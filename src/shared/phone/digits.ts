import { asciiDigit } from './normalize';

/** Character tests shared by the scanner, the pre-check and the parser. */

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function onlyDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** A digit of a script other than ASCII: Arabic-Indic, Persian, Devanagari, Thai, full-width… */
function isOtherDigit(code: number): boolean {
  // The blocks that hold such digits: U+0660–U+1C59, U+A620–U+ABF9, U+FF10–U+FF19 (none in the
  // CJK ranges, so Japanese text costs no look-up).
  if (code >= 0xff10) return code <= 0xff19;
  return code >= 0x660 && (code <= 0x1c59 || (code >= 0xa620 && code <= 0xabf9)) && asciiDigit(code) !== 0;
}

/**
 * A very cheap pre-check for a DOM scanner: does `text` hold at least 7 digits (of any script;
 * `minDigits` for an agent who calls a country of shorter numbers: shortestNumber in detect.ts)?
 * No phone number we can read has fewer, and most text nodes fail it in a few character reads,
 * so the detector only ever sees the small remainder.
 */
export function looksLikeItMayHoldAPhoneNumber(text: string, minDigits = 7): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code) || (code >= 0x660 && isOtherDigit(code))) {
      if (++count >= minDigits) return true;
    }
  }
  return false;
}
