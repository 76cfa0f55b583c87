/**
 * Which phone number, if any, is under the pointer. We never wrap page text in elements (that
 * breaks framework-owned DOM), so we hit-test instead: caret position → text node → numbers in
 * that node → the one whose rendered boxes hold the point.
 */
import { findPhoneNumbers, type CountryCode, type PhoneMatch } from '../../src/shared/phone';

export interface NumberHit {
  node: Text;
  match: PhoneMatch;
}

const SLOP_PX = 2;

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A text node that is the whole content of its element (a table cell, a label) may hold a bare number. */
export function isWholeCell(node: Text): boolean {
  const parent = node.parentElement;
  return Boolean(parent && parent.childNodes.length === 1);
}

export function numberAtPoint(x: number, y: number, defaultCountry: CountryCode): NumberHit | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  const matches = findPhoneNumbers(node.data, { defaultCountry, wholeCell: isWholeCell(node) });
  for (const match of matches) {
    if (caret.offset < match.start || caret.offset > match.end) continue;
    const range = document.createRange();
    range.setStart(node, match.start);
    range.setEnd(node, match.end);
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - SLOP_PX && x <= rect.right + SLOP_PX && y >= rect.top - SLOP_PX && y <= rect.bottom + SLOP_PX) {
        return { node, match };
      }
    }
  }
  return null;
}
