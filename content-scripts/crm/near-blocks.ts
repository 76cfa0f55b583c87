/**
 * Which elements with numbers are near the viewport, followed by an IntersectionObserver on few
 * elements. The observer's cost is per target and per frame whose layout changed: with one
 * target per element with numbers it computed 22,758 intersections in 73 ms in one frame of the
 * 150,000-text-node bench page, and took 450 ms of every 2 s of the mutation storm bench (the
 * page's frame rate fell to half). Cells of consecutive rows of one table section are stacked
 * in document order, so such cells are grouped in blocks of up to BLOCK_SIZE, and only a block's
 * first and last cells are observed: the block is near when either is, or when one is above the
 * margin and the other below it (the block spans it). Anything else is a block of its own.
 */
export const BLOCK_SIZE = 32;

export type Where = 'near' | 'above' | 'below';

export interface Block {
  readonly members: Element[];
  first: Element;
  last: Element;
  firstAt: Where;
  lastAt: Where;
  near: boolean;
}

export const isBlockNear = (block: Block): boolean =>
  block.firstAt === 'near' || block.lastAt === 'near' || (block.firstAt === 'above' && block.lastAt === 'below');

/** Where an observed element is, from its record: in the (widened) viewport, above it or below it. */
export function whereIs(entry: Pick<IntersectionObserverEntry, 'isIntersecting' | 'boundingClientRect' | 'rootBounds'>): Where {
  if (entry.isIntersecting) return 'near';
  // No root bounds (a cross-origin frame): only near or not; "below" never makes a span.
  if (!entry.rootBounds) return 'below';
  return entry.boundingClientRect.bottom <= entry.rootBounds.top ? 'above' : 'below';
}

/** A cell's row; null for anything else. */
function rowOf(element: Element): Element | null {
  const row = element.parentElement;
  return row?.localName === 'tr' ? row : null;
}

// How many rows without numbers may lie between two rows of a block.
const ROW_GAP = 4;

/**
 * Is `row` the same row as `last`, or one of the next few after it? Sibling steps, not
 * compareDocumentPosition: that walks the siblings between the two rows' ancestors (a 5,000-row
 * table made following 71 new cells take 10 ms).
 */
function isShortlyAfter(last: Element, row: Element): boolean {
  let next: Element | null = last;
  for (let step = 0; next && step <= ROW_GAP + 1; step++, next = next.nextElementSibling) {
    if (next === row) return true;
  }
  return false;
}

/**
 * Groups elements, given in the order found, into blocks as they come: `add` each, `close` at the
 * end. A block takes the next element when it is a cell of the block's last row or of one of the
 * next few rows (a walk's order; the page's changes come in any order).
 */
export function createBlockBuilder(onBlock: (block: Block) => void, size = BLOCK_SIZE) {
  let open: Block | null = null;
  let openRow: Element | null = null;
  const close = () => {
    if (open) onBlock(open);
    open = null;
    openRow = null;
  };
  return {
    add(element: Element) {
      const row = rowOf(element);
      if (open && row && openRow && open.members.length < size && isShortlyAfter(openRow, row)) {
        open.members.push(element);
        open.last = element;
        openRow = row;
        return;
      }
      close();
      open = { members: [element], first: element, last: element, firstAt: 'below', lastAt: 'below', near: false };
      openRow = row;
      if (!row) close();
    },
    close,
  };
}
