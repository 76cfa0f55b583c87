/**
 * What page text we read. Code, styles, form controls, rich-text editors and our own UI are left
 * alone: a number being typed is not a number to highlight, and clicks there belong to the page.
 */
const SKIPPED_TAGS = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'object', 'svg', 'math', 'ccps-root'];

const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

const SKIPPED_SELECTOR = `${SKIPPED_TAGS.join(', ')}, ${EDITABLE_SELECTOR}`;

/**
 * A survey of the page done in steps: each `next()` does a bounded piece (at most about one scan
 * of the document by the browser), and the caller may yield to the page between steps. The
 * result comes with `done`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once (small roots, tests). */
export function allAt<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Above this many elements a root is surveyed one name at a time, in steps; below, by one query.
 * On a 150,000-text-node page (test/bench) the survey of the whole document in one go was a
 * task of 163-473 ms; one scan by name is ≈ 8-15 ms, and a query for a few rows far less.
 */
const LARGE_ROOT_ELEMENTS = 2000;
// Elements looked at between two steps (each a wrapper in our world, plus a check).
const ELEMENTS_PER_STEP = 64;

/** Is this root worth surveying in steps? (Counting a subtree is one native scan without wrappers.) */
function isLarge(root: Element | ShadowRoot): boolean {
  return root.nodeType === Node.ELEMENT_NODE && (root as Element).getElementsByTagName('*').length > LARGE_ROOT_ELEMENTS;
}

/**
 * Gives `each` the elements under `root` with one of these names, in no particular order. A large
 * root: one scan by name per name (getElementsByTagName; ≈ 5 ms on the 5,000-row bench page
 * against 7-14 ms for one query for the list of 18 names), walked in steps; the browser's
 * collection resumes where the last step left it (after a change of the page it scans again from
 * the top, once). A small one (the few rows a page adds): one query.
 */
function* elementsNamed(root: Element | ShadowRoot, names: readonly string[], large: boolean, each: (element: Element) => void): Steps<void> {
  if (!large) {
    for (const element of root.querySelectorAll(names.join(', '))) each(element);
    return;
  }
  for (const name of names) {
    const named = (root as Element).getElementsByTagName(name);
    for (let i = 0, element = named.item(0); element; element = named.item(++i)) {
      each(element);
      if (i % ELEMENTS_PER_STEP === ELEMENTS_PER_STEP - 1) yield;
    }
    yield;
  }
}

const inDocumentOrder = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * The outermost elements inside `root` whose content we leave alone, in document order. Inputs
 * (which never hold text) and elements inside another (the <option>s of a <select>) are dropped
 * before the sort, which asks the DOM about each pair it compares. An editor empty now is kept:
 * the agent may type into it while the walk is on its way there.
 */
export function* skippedElementsSteps(root: Element | ShadowRoot): Steps<Element[]> {
  const large = isLarge(root);
  // A Set: a collection walked across a change of the page may give an element twice.
  const outermost = new Set<Element>();
  const consider = (element: Element) => {
    if (element.localName !== 'input' && !element.parentElement?.closest(SKIPPED_SELECTOR)) outermost.add(element);
  };
  yield* elementsNamed(root, SKIPPED_TAGS, large, consider);
  for (const element of root.querySelectorAll(EDITABLE_SELECTOR)) consider(element);
  if (large) yield;
  return [...outermost].sort(inDocumentOrder);
}

export const skippedElementsIn = (root: Element | ShadowRoot): Element[] => allAt(skippedElementsSteps(root));

// The elements that may have a shadow root (DOM standard, attachShadow()): these, and custom elements.
const SHADOW_HOST_TAGS = ['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];

/**
 * The open shadow roots of elements inside `root` (not inside its shadow roots, nor inside what we
 * skip). Found by querying for the elements that may have one, not by asking every element: a
 * walk over text alone never meets the elements (a wrapper for each of the 30,000 elements of the
 * bench table was a third of the walk).
 */
export function* shadowRootsSteps(root: Element | ShadowRoot, skipped: readonly Element[]): Steps<ShadowRoot[]> {
  const found = new Set<ShadowRoot>();
  const consider = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow && !skipped.some((s) => s.contains(element))) found.add(shadow);
  };
  const large = isLarge(root);
  yield* elementsNamed(root, SHADOW_HOST_TAGS, large, consider);
  for (const element of customElementsIn(root)) consider(element);
  return [...found];
}

export const shadowRootsIn = (root: Element | ShadowRoot, skipped: readonly Element[]): ShadowRoot[] => allAt(shadowRootsSteps(root, skipped));

// Compiled once: the page's changes are walked a few rows at a time, each with this query.
let customElementQuery: XPathExpression | null = null;

/**
 * Elements with a dash in their name: no CSS selector matches a name pattern; XPath does, in one
 * scan by the browser (≈ 19 ms over the 175,000 elements of the 150,000-text-node bench page).
 */
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
