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

/** The table section (tbody, thead, table) a cell's row is in; null for anything else. */
function sectionOf(element: Element): Element | null {
  const row = element.parentElement;
  return row?.localName === 'tr' ? row.parentElement : null;
}

/**
 * Groups elements, given in the order found, into blocks as they come: `add` each, `close` at the
 * end. A block takes the next element when both are cells of one table section and the next
 * follows the last in document order (a walk's order; the page's changes come in any order).
 */
export function createBlockBuilder(onBlock: (block: Block) => void, size = BLOCK_SIZE) {
  let open: Block | null = null;
  let openSection: Element | null = null;
  const close = () => {
    if (open) onBlock(open);
    open = null;
    openSection = null;
  };
  return {
    add(element: Element) {
      const section = sectionOf(element);
      if (open && section && section === openSection && open.members.length < size
        && open.last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) {
        open.members.push(element);
        open.last = element;
        return;
      }
      close();
      open = { members: [element], first: element, last: element, firstAt: 'below', lastAt: 'below', near: false };
      openSection = section;
      if (!section) close();
    },
    close,
  };
}
