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

/**
 * A very cheap pre-check for a DOM scanner: does `text` hold at least 7 digits (ASCII or
 * full-width)? No phone number we can read has fewer, and most text nodes fail it in a few
 * character reads, so the detector only ever sees the small remainder.
 */
export function looksLikeItMayHoldAPhoneNumber(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19)) {
      if (++count >= 7) return true;
    }
  }
  return false;
}
