/**
 * What page text we read. Code, styles, form controls, rich-text editors and our own UI are left
 * alone: a number being typed is not a number to highlight, and clicks there belong to the page.
 */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'object', 'svg', 'math', 'ccps-root']);

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

export const SKIPPED_SELECTOR = `${[...SKIPPED_TAGS].join(', ')}, ${EDITABLE_SELECTOR}`;

/**
 * A test for the walk of `root`: should it skip this element and everything inside it? The
 * editors are found once, up front, by one selector query, instead of an attribute read on
 * every element (30,000 on the bench page).
 */
export function skippedIn(root: ParentNode): (element: Element, localName: string) => boolean {
  const editors = new Set(root.querySelectorAll(EDITABLE_SELECTOR));
  return (element, localName) => SKIPPED_TAGS.has(localName) || editors.has(element);
}

// The elements that may have a shadow root (DOM standard, attachShadow()): custom elements and these.
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** Can an element with this name have a shadow root? (No need to ask a table cell: a DOM call saved per cell.) */
export function mayHostShadowRoot(localName: string): boolean {
  return SHADOW_HOSTS.has(localName) || localName.includes('-');
}

/** Is this node inside something we skip (for nodes reached without walking from the root)? */
export function isInsideSkipped(node: Node): boolean {
  const parent = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return Boolean(parent?.closest(SKIPPED_SELECTOR));
}

/** A text node that is the whole content of its element (a table cell, a label) may hold a bare number. */
export function isWholeCell(node: Text): boolean {
  // Sibling pointers, not parent.childNodes: that list is an object allocated per call, which
  // over 25,000 cells was 8% of a full scan.
  return node.previousSibling === null && node.nextSibling === null && node.parentElement !== null;
}
