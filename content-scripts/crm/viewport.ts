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

/** Text nodes under a grid of points over the viewport, in document order, without repeats. */
export function visibleTextAnchors(): Text[] {
  const found = new Set<Text>();
  for (let r = 0; r < ROWS; r++) {
    const y = ((r + 0.5) * innerHeight) / ROWS;
    for (let c = 0; c < COLUMNS; c++) {
      const hit = nodeAtPoint(((c + 0.5) * innerWidth) / COLUMNS, y);
      if (!hit) continue;
      let node: Node | null = hit.node;
      if (node.nodeType !== Node.TEXT_NODE) {
        // Over an element's padding or an empty area: the nearest text after that point.
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        node = walker.nextNode();
      }
      if (node) found.add(node as Text);
    }
  }
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
