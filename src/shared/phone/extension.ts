/**
 * Extensions written after a number: "x123", "ext. 123", "内線123", "(内線 123)", and in the
 * languages of German and French offices: "Durchwahl 123", "App. 123" (Apparat), "poste 123". The
 * word may be abbreviated ("Durchw. 123") or followed by its own "number" ("内線番号 123", "poste
 * n° 123", "ext no. 123"): an extension missed is one the dialer never sends.
 */

// Set off by a comma, a bracket ("(内線 123)", "[ext 12]", "〔内線86〕") or a slash ("/ ext 12"), the word joined
// by a dash as well ("Ext-719"); RFC 3966's ";ext=123", as systems write it (libphonenumber too).
const EXTENSION = /^\s*[,([/;〔]?\s*(?:ext(?:ension|n)?\.?|x|内線|内|durchw(?:ahl)?\.?|app(?:arat)?\.?|nebenstelle|poste|interno)(?:\s*(?:番号|n[°º]|nr\.?|no\.?|num(?:ber)?\.?))?\s*[-:.#=]?\s*(\d{1,6})(?!\d)[)\]〕]?/i;

export interface Extension {
  digits: string;
  /** Offset after the extension. */
  end: number;
}

export function extensionAt(text: string, end: number): Extension | null {
  const m = EXTENSION.exec(text.slice(end, end + 24));
  if (!m || !m[1]) return null;
  return { digits: m[1], end: end + m[0].length };
}
