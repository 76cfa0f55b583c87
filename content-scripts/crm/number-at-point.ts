/**
 * Which phone number, if any, is under the pointer. We never wrap page text in elements (that
 * breaks framework-owned DOM), so we hit-test instead: caret position → text node → the numbers
 * the scanner found in it → the one whose rendered boxes hold the point.
 */
import type { PhoneMatch } from '../../src/shared/phone';
import { nodeAtPoint } from './viewport';

export interface NumberHit {
  node: Text;
  /** The caret offset in `node` under the pointer. */
  offset: number;
  /** The number as it was recorded when the text was read (the highlight the agent sees). */
  match: PhoneMatch;
  /** The number's box on screen (its first line, when it wraps). */
  rect: DOMRect;
}

const SLOP_PX = 2;

export function numberAtPoint(x: number, y: number, matchesOf: (node: Text) => PhoneMatch[] | null, shadowRoots: ShadowRoot[] = []): NumberHit | null {
  const caret = nodeAtPoint(x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  for (const match of matchesOf(node) ?? []) {
    // The text may have changed since it was read (a live queue): a recorded range beyond its
    // current length would throw (IndexSizeError). Whether the text still says the same number
    // is for the caller to check (reread.ts).
    if (match.end > node.length || caret.offset < match.start || caret.offset > match.end) continue;
    const range = document.createRange();
    range.setStart(node, match.start);
    range.setEnd(node, match.end);
    const rects = range.getClientRects();
    for (const rect of rects) {
      if (x >= rect.left - SLOP_PX && x <= rect.right + SLOP_PX && y >= rect.top - SLOP_PX && y <= rect.bottom + SLOP_PX) {
        return { node, offset: caret.offset, match, rect: rects[0] ?? rect };
      }
    }
  }
  return null;
}
