/**
 * Which text nodes hold which numbers, and their highlight. Page text is never split or wrapped:
 * each number is a StaticRange in one CSS Custom Highlight.
 *
 * Two measured costs shape this (Chromium 156, 5,000-row table, see test/bench):
 * - Static, not live, ranges: the browser updates every live Range on every DOM mutation.
 * - Only numbers near the viewport are in the highlight. Each change of a highlight makes the
 *   next frame re-validate every range in it (≈ 5 µs a range: a 45 ms frame at 5,000 ranges),
 *   so all numbers are kept here, and only those within a screen of the viewport are painted.
 * - Nearness comes from an IntersectionObserver on the numbers' elements (the viewport pass
 *   knows its numbers are on screen). The observer is given the elements only when a scan is
 *   done: thousands of new targets in every frame of a scan cost the page ≈ 190 ms over a full
 *   scan, more than the scan itself.
 */
import type { PhoneMatch } from '../../src/shared/phone';
import { HIGHLIGHT_NAME } from './highlight-style';

/** A text node in which numbers were found. */
interface Entry {
  parent: Element;
  matches: PhoneMatch[];
  ranges: StaticRange[];
  painted: boolean;
}

/**
 * What was read from a text node is kept on the node's wrapper in our isolated world (the page's
 * scripts cannot see it), under symbols of this highlighter. A WeakMap of entries, with a key
 * string built for every read, cost a 5,000-row scan ≈ 60 ms of script time (with detection
 * switched off: 132-152 ms with the WeakMap, 72-91 ms with these marks).
 */
interface Marks {
  /**
   * The text as read, under one symbol when it was a whole cell and under the other when not: a
   * change of either means read it again. One property, not the text and a flag: on the bench
   * page that is 25,000 property additions fewer.
   */
  whole: symbol;
  part: symbol;
  /** The Entry, when numbers were found. */
  entry: symbol;
}
type Marked = Text & Record<symbol, unknown>;

export interface Highlighter {
  /** True when `node` was read with this text and context, so reading it again would change nothing. */
  isCurrent(node: Text, data: string, whole: boolean): boolean;
  /** Records what was found in `node`; `onScreen` paints it at once (the viewport pass knows). */
  set(node: Text, data: string, whole: boolean, matches: PhoneMatch[], onScreen?: boolean): void;
  /** The numbers last found in `node`, or null when it was never read. */
  matchesOf(node: Text): PhoneMatch[] | null;
  /** Is any number found directly in this element's text? (a cheap test before hit-testing) */
  hasNumbersIn(element: Element): boolean;
  /**
   * Starts following the elements found since the last call as they scroll (call when a scan is
   * done), until `shouldYield()`: true when all are followed.
   */
  track(shouldYield?: () => boolean): boolean;
  /** Elements found and not yet followed (track() has work to do). */
  readonly untracked: number;
  /** Drops the numbers of text that left the document. */
  sweep(): void;
  /** Forgets everything (a setting changed, or highlighting was switched off). */
  clear(): void;
  /** Numbers found (all of them, painted or not). */
  readonly count: number;
  remove(): void;
}

// Numbers within one screen above or below the viewport are painted, so scrolling shows them
// already highlighted.
const NEAR_MARGIN = '100% 0px';
const TRACKED_PER_CHECK = 256;

/**
 * The element a text node's box belongs to: its parent, or the host of the shadow root it sits in
 * directly. (Node types, not instanceof: this runs for every number found, and instanceof asks
 * the DOM's interface objects.)
 */
function ownerOf(node: Text): Element | null {
  const parent = node.parentElement;
  if (parent) return parent;
  const root = node.parentNode;
  return root?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}

export function createHighlighter(): Highlighter {
  const highlight = new Highlight();
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  const newMarks = (): Marks => ({ whole: Symbol('ccps-whole-cell'), part: Symbol('ccps-text'), entry: Symbol('ccps-entry') });
  // Forgetting everything is taking new symbols: what the old ones marked is never read again.
  let marks = newMarks();
  const entryOf = (node: Text) => (node as Marked)[marks.entry] as Entry | undefined;
  // The text nodes with numbers in each element: almost always one, so a list, not a Set (an
  // object less for each of the 6,000 elements on the bench page).
  const byParent = new Map<Element, Text[]>();
  const near = new Set<Element>();
  let count = 0;
  let unobserved: Element[] = [];
  let tracked = 0; // of `unobserved`

  const paint = (entry: Entry) => {
    if (entry.painted) return;
    entry.painted = true;
    for (const range of entry.ranges) highlight.add(range);
  };
  const unpaint = (entry: Entry) => {
    if (!entry.painted) return;
    entry.painted = false;
    for (const range of entry.ranges) highlight.delete(range);
  };

  const observer = new IntersectionObserver((records) => {
    for (const record of records) {
      const texts = byParent.get(record.target);
      if (!texts) continue;
      if (record.isIntersecting) near.add(record.target);
      else near.delete(record.target);
      for (const node of texts) {
        const entry = entryOf(node);
        if (entry) (record.isIntersecting ? paint : unpaint)(entry);
      }
    }
  }, { rootMargin: NEAR_MARGIN });

  const detach = (node: Text, entry: Entry) => {
    unpaint(entry);
    count -= entry.ranges.length;
    (node as Marked)[marks.entry] = undefined;
    const parent = entry.parent;
    const texts = byParent.get(parent);
    if (!texts) return;
    const at = texts.indexOf(node);
    if (at >= 0) texts.splice(at, 1);
    if (texts.length === 0) {
      byParent.delete(parent);
      near.delete(parent);
      observer.unobserve(parent);
    }
  };

  return {
    isCurrent(node, data, whole) {
      const marked = node as Marked;
      if (marked[whole ? marks.whole : marks.part] !== data) return false;
      const entry = entryOf(node);
      // A node with numbers that moved to another element must be filed under its new parent.
      return entry === undefined || entry.parent === ownerOf(node);
    },
    set(node, data, whole, matches, onScreen = false) {
      const marked = node as Marked;
      const old = entryOf(node);
      if (old) detach(node, old);
      marked[whole ? marks.whole : marks.part] = data;
      const other = whole ? marks.part : marks.whole;
      if (marked[other] !== undefined) marked[other] = undefined;
      const parent = matches.length ? ownerOf(node) : null;
      if (!parent) return;
      const ranges = matches.map((m) => new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end }));
      const entry: Entry = { parent, matches, ranges, painted: false };
      marked[marks.entry] = entry;
      count += ranges.length;
      let texts = byParent.get(parent);
      if (!texts) {
        byParent.set(parent, (texts = []));
        unobserved.push(parent);
      }
      texts.push(node);
      // A number off screen waits for the observer (next frame): reading its box here could make
      // the browser lay out the page inside our task, e.g. a whole table after rows were added.
      if (onScreen || near.has(parent)) paint(entry);
    },
    track(shouldYield = () => false) {
      // In steps: following the 22,758 elements of the 150,000-text-node bench page took 20-26 ms.
      while (tracked < unobserved.length) {
        const parent = unobserved[tracked++]!;
        if (byParent.has(parent)) observer.observe(parent);
        if (tracked % TRACKED_PER_CHECK === 0 && shouldYield()) break;
      }
      if (tracked < unobserved.length) return false;
      unobserved = [];
      tracked = 0;
      return true;
    },
    get untracked() {
      return unobserved.length - tracked;
    },
    matchesOf(node) {
      if ((node as Marked)[marks.whole] === undefined && (node as Marked)[marks.part] === undefined) return null;
      return entryOf(node)?.matches ?? [];
    },
    hasNumbersIn(element) {
      return byParent.has(element);
    },
    sweep() {
      for (const [parent, texts] of byParent) {
        for (const node of [...texts]) { // detach() takes nodes out of this list
          if (node.isConnected && ownerOf(node) === parent) continue;
          const entry = entryOf(node);
          if (entry) detach(node, entry);
          // Read again if it comes back (a moved node is re-read where it lands).
          (node as Marked)[marks.whole] = undefined;
          (node as Marked)[marks.part] = undefined;
        }
      }
    },
    clear() {
      highlight.clear();
      observer.disconnect();
      unobserved = [];
      tracked = 0;
      byParent.clear();
      near.clear();
      marks = newMarks();
      count = 0;
    },
    get count() {
      return count;
    },
    remove() {
      this.clear();
      // Only our own: a newer copy of the script (after an update) may have registered its own.
      if (CSS.highlights.get(HIGHLIGHT_NAME) === highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    },
  };
}
