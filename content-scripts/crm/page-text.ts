/**
 * What page text we read. Code, styles, form controls, rich-text editors and our own UI are left
 * alone: a number being typed is not a number to highlight, and clicks there belong to the page.
 */
const SKIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'object', 'svg', 'math', 'ccps-root'];

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

const SKIPPED_SELECTOR = `${SKIPPED_TAGS.join(', ')}, ${EDITABLE_SELECTOR}`;

/**
 * Elements under `root` with one of these names, in no particular order. Over the whole document,
 * one scan by name per name (getElementsByTagName) beats one query for the list (Chromium, bench
 * page: ≈ 5 ms against 7-14 ms for the 18 names of shadow hosts); over the few rows a page adds,
 * the query does.
 */
function elementsNamed(root: Element | ShadowRoot, names: readonly string[]): Element[] {
  if (root !== document.body && root !== document.documentElement) return [...root.querySelectorAll(names.join(', '))];
  const found: Element[] = [];
  for (const name of names) {
    const named = (root as Element).getElementsByTagName(name);
    for (let i = 0; i < named.length; i++) found.push(named[i]!);
  }
  return found;
}

const inDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * The outermost elements inside `root` whose content we leave alone, in document order. Inputs
 * (which never hold text) and elements inside another (the <option>s of a <select>) are dropped
 * before the sort, which asks the DOM about each pair it compares. An editor empty now is kept:
 * the agent may type into it while the walk is on its way there.
 */
export function skippedElementsIn(root: Element | ShadowRoot): Element[] {
  const outermost: Element[] = [];
  const consider = (element: Element) => {
    if (element.localName !== 'input' && !element.parentElement?.closest(SKIPPED_SELECTOR)) outermost.push(element);
  };
  for (const element of elementsNamed(root, SKIPPED_TAGS)) consider(element);
  for (const element of root.querySelectorAll(EDITABLE_SELECTOR)) consider(element);
  return outermost.sort(inDocumentOrder);
}

// The elements that may have a shadow root (DOM standard, attachShadow()): these, and custom elements.
const SHADOW_HOST_TAGS = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];

/**
 * The open shadow roots of elements inside `root` (not inside its shadow roots, nor inside what we
 * skip). Found by querying for the elements that may have one, not by asking every element: a
 * walk over text alone never meets the elements (a wrapper for each of the 30,000 elements of the
 * bench table was a third of the walk).
 */
export function shadowRootsIn(root: Element | ShadowRoot, skipped: readonly Element[]): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const consider = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow && !skipped.some((s) => s.contains(element))) found.push(shadow);
  };
  for (const element of elementsNamed(root, SHADOW_HOST_TAGS)) consider(element);
  for (const element of customElementsIn(root)) consider(element);
  return found;
}

// Compiled once: the page's changes are walked a few rows at a time, each with this query.
let customElementQuery: XPathExpression | null = null;

/** Elements with a dash in their name: no CSS selector matches a name pattern; XPath does. */
function customElementsIn(root: Element | ShadowRoot): Element[] {
  // XPath takes no shadow root as its context (and happy-dom, in unit tests, has no XPath).
  if (root instanceof Element && typeof document.createExpression === 'function') {
    customElementQuery ??= document.createExpression(".//*[contains(local-name(), '-')]");
    const result = customElementQuery.evaluate(root, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE);
    const elements: Element[] = [];
    for (let i = 0; i < result.snapshotLength; i++) elements.push(result.snapshotItem(i) as Element);
    return elements;
  }
  return [...root.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
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
