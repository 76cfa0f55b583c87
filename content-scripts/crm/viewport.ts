/**
 * Text nodes on screen, found by hit-testing a coarse grid of points (no walk of the document):
 * the scanner reads outwards from them so the numbers an agent can see are highlighted first.
 */
// Each hit-test costs ≈ 0.3 ms on a 5,000-row table: a few seed points are enough, the scanner
// walks on from each in document order.
const COLUMNS = 4;
const ROWS = 6;

type CaretDocument = Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };

/** The node at a point: a text node, or the element there when the point is not over text. */
export function nodeAtPoint(x: number, y: number, shadowRoots: ShadowRoot[] = []): { node: Node; offset: number } | null {
  const doc = document as CaretDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Chrome ≥ 128 looks inside the open shadow roots it is given; older ones ignore the option.
    const pos = (doc.caretPositionFromPoint as (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => CaretPosition | null)(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The seed points: a coarse grid over the viewport. */
export function gridPoints(): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLUMNS; c++) points.push([((c + 0.5) * innerWidth) / COLUMNS, ((r + 0.5) * innerHeight) / ROWS]);
  }
  return points;
}

/**
 * The text node at a point, or the nearest text after it when the point is not over text. Seeds
 * need no caret: the element at the point (a hit-test, < 1 ms) and the first text inside it. The
 * caret (caretPositionFromPoint) over a 25,000-row table cost 5-50 ms a point, up to 126 ms
 * (Chromium 156, test/bench heavy page): it is asked only inside an element taller than the
 * screen, whose first text may be far from the point.
 */
export function textNear(x: number, y: number): Text | null {
  const element = document.elementFromPoint(x, y);
  if (!element) return null;
  if (element.getBoundingClientRect().height > innerHeight) {
    const hit = nodeAtPoint(x, y);
    if (!hit) return null;
    if (hit.node.nodeType === Node.TEXT_NODE) return hit.node as Text;
    return document.createTreeWalker(hit.node, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
  }
  return document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
}

export function inDocumentOrder(nodes: Iterable<Text>): Text[] {
  return [...nodes].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
