/**
 * Extensions written after a number: "x123", "ext. 123", "内線123", "(内線 123)", and in the
 * languages of German and French offices: "Durchwahl 123", "App. 123" (Apparat), "poste 123".
 */

const EXTENSION = /^\s*[,(]?\s*(?:ext(?:ension|n)?\.?|x|内線|内|durchwahl|app(?:arat)?\.?|nebenstelle|poste|interno)\s*[:.#]?\s*(\d{1,6})(?!\d)\)?/i;

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
