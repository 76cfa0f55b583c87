/**
 * Where a walk over text nodes alone jumps over the text we leave alone (page-text.ts): from the
 * first text node inside a skipped element to its last. The walk never asks a text node for its
 * parent, which made a wrapper for every table cell.
 *
 * Each skipped element's first and last text are looked up only when the walk gets near it, and
 * again whenever the walk resumes after the page had a chance to change things, so text the page
 * added to an editor meanwhile is still jumped over.
 */

export interface SkippedText {
  /** The outermost skipped elements (the walk must not look inside them for shadow roots either). */
  readonly elements: readonly Element[];
  /**
   * Puts the walk at `at` (the next text it will read, or null at the end): call at the start,
   * after each jump and whenever the walk resumes.
   */
  resumeAt(at: Node | null): void;
  /** The text node to jump to (then go on from the node after it), or null: read `node`. */
  jumpFrom(node: Node): Text | null;
}

interface Jump {
  from: Node;
  to: Text;
}

/** The first and last text nodes inside `element`, or null when it holds none. */
function textRangeOf(element: Element): Jump | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const first = walker.firstChild();
  if (!first) return null;
  walker.currentNode = element;
  return { from: first, to: walker.lastChild() as Text };
}

/** `elements`: the outermost skipped elements of the walk's root, in document order (skippedElementsSteps). */
export function skippedTextOf(elements: readonly Element[]): SkippedText {
  let next = 0;
  let jump: Jump | null = null;
  return {
    elements,
    resumeAt(at) {
      jump = null;
      while (at && next < elements.length) {
        const element = elements[next]!;
        const range = element.isConnected ? textRangeOf(element) : null;
        if (range) {
          // The page moved the walk's next node inside it: jump from there.
          if (element.contains(at)) {
            jump = { from: at, to: range.to };
            return;
          }
          if (at.compareDocumentPosition(range.from) & Node.DOCUMENT_POSITION_FOLLOWING) {
            jump = range;
            return;
          }
        }
        next++; // gone, empty, or behind the walk
      }
    },
    jumpFrom(node) {
      if (node !== jump?.from) return null;
      next++;
      return jump.to;
    },
  };
}
