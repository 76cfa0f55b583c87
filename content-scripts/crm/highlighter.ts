/**
 * Which text nodes hold which numbers, and their highlight. Page text is never split or wrapped:
 * each number is a StaticRange in one CSS Custom Highlight.
 *
 * Two measured costs shape this (Chromium 156, 5,000-row table, see test/bench):
 * - Static, not live, ranges: the browser updates every live Range on every DOM mutation.
 * - Only numbers near the viewport are in the highlight. Each change of a highlight makes the
 *   next frame re-validate every range in it (≈ 5 µs a range: a 45 ms frame at 5,000 ranges),
 *   so all numbers are kept here, and only those within a screen of the viewport are painted.
 * - Nearness comes from an IntersectionObserver on the numbers' elements, grouped in blocks
 *   (near-blocks.ts; the viewport pass knows its numbers are on screen). The observer is given
 *   the elements only when a scan is done: thousands of new targets in every frame of a scan cost
 *   the page ≈ 190 ms over a full scan, more than the scan itself.
 * - Changes to the highlight are applied once they stop coming for QUIET_MS, and at least every
 *   MAX_WAIT_MS while they keep coming (those of the viewport pass at once). A frame after a
 *   change of the highlight repaints far more than the ranges changed: on the mutation storm
 *   bench page (a live queue over a 5,000-row log), a highlight of 40 ranges changed every frame
 *   took the page from 47 to 29.5 fps; changed every 64 ms, 39.8 fps. So under a storm of changes
 *   the highlight follows a few times a second, and once the text settles, within ≈ QUIET_MS.
 */
import type { PhoneMatch } from '../../src/shared/phone';
import { HIGHLIGHT_NAME } from './highlight-style';
import { createBlockBuilder, isBlockNear, whereIs, type Block } from './near-blocks';

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
  /**
   * The same, looking only at what the page removed (subtrees, as its MutationObserver records
   * name them), as resumable work: the cost is that of what was removed, not of the whole page.
   */
  sweepRemoved(nodes: Node[]): (shouldYield: () => boolean) => boolean;
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
// Well within the 100 ms in which the highlight must be right after the page's text settles.
const QUIET_MS = 30;
const MAX_WAIT_MS = 200;
const SWEPT_PER_CHECK = 128;

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
  // Each observed element's block (near-blocks.ts); an element not in one is not observed yet.
  let blockOf = new WeakMap<Element, Block>();
  const isNear = (parent: Element) => blockOf.get(parent)?.near ?? false;
  let count = 0;
  let unobserved: Element[] = [];
  let tracked = 0; // of `unobserved`

  // Ranges to add to and take out of the highlight at the next flush.
  const adding = new Set<StaticRange>();
  const deleting = new Set<StaticRange>();
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let lastChange = 0;
  const flush = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    for (const range of deleting) highlight.delete(range);
    for (const range of adding) highlight.add(range);
    deleting.clear();
    adding.clear();
  };
  const flushWhenDue = () => {
    const now = performance.now();
    const due = Math.min(lastChange + QUIET_MS, firstChange + MAX_WAIT_MS);
    if (now >= due) flush();
    else flushTimer = setTimeout(flushWhenDue, due - now);
  };
  const scheduleFlush = () => {
    lastChange = performance.now();
    if (flushTimer !== undefined) return;
    firstChange = lastChange;
    flushTimer = setTimeout(flushWhenDue, QUIET_MS);
  };
  const dropPending = () => {
    clearTimeout(flushTimer);
    flushTimer = undefined;
    adding.clear();
    deleting.clear();
  };

  const paint = (entry: Entry) => {
    if (entry.painted) return;
    entry.painted = true;
    for (const range of entry.ranges) {
      if (!deleting.delete(range)) adding.add(range);
    }
    scheduleFlush();
  };
  const unpaint = (entry: Entry) => {
    if (!entry.painted) return;
    entry.painted = false;
    for (const range of entry.ranges) {
      if (!adding.delete(range)) deleting.add(range);
    }
    scheduleFlush();
  };

  const paintBlock = (block: Block) => {
    for (const member of block.members) {
      for (const node of byParent.get(member) ?? []) {
        const entry = entryOf(node);
        if (entry) (block.near ? paint : unpaint)(entry);
      }
    }
  };

  const observer = new IntersectionObserver((records) => {
    for (const record of records) {
      const block = blockOf.get(record.target);
      if (!block) continue;
      const where = whereIs(record);
      if (record.target === block.first) block.firstAt = where;
      if (record.target === block.last) block.lastAt = where;
      const near = isBlockNear(block);
      if (near === block.near) continue;
      block.near = near;
      paintBlock(block);
    }
  }, { rootMargin: NEAR_MARGIN });

  const newBuilder = () => createBlockBuilder((block) => {
    for (const member of block.members) blockOf.set(member, block);
    observer.observe(block.first);
    if (block.last !== block.first) observer.observe(block.last);
  });
  let builder = newBuilder();

  /** Stops following a block (it holds no numbers, or the page moved or removed some of it). */
  const dissolve = (block: Block) => {
    observer.unobserve(block.first);
    observer.unobserve(block.last);
    for (const member of block.members) {
      if (blockOf.get(member) !== block) continue;
      blockOf.delete(member);
      // Followed again, in a block of its own making, at the next track(); painted as it is meanwhile.
      if (byParent.has(member)) unobserved.push(member);
    }
  };

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
      // Observed elements are kept alive by the observer: a block with no numbers left goes.
      const block = blockOf.get(parent);
      if (block && !block.members.some((m) => byParent.has(m))) dissolve(block);
    }
  };

  /** Drops `node`'s numbers if it left the document or its element; true when it had some. */
  const sweepNode = (node: Text): boolean => {
    const entry = entryOf(node);
    if (!entry) return false;
    if (node.isConnected && ownerOf(node) === entry.parent) return false;
    detach(node, entry);
    // Read again if it comes back (a moved node is re-read where it lands).
    (node as Marked)[marks.whole] = undefined;
    (node as Marked)[marks.part] = undefined;
    return true;
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
        if (!blockOf.has(parent)) unobserved.push(parent);
      }
      texts.push(node);
      // A number off screen waits for the observer (next frame): reading its box here could make
      // the browser lay out the page inside our task, e.g. a whole table after rows were added.
      if (onScreen || isNear(parent)) paint(entry);
      // What the agent is looking at is lit at once (this task's changes make one frame's change).
      if (onScreen) flush();
    },
    track(shouldYield = () => false) {
      // In steps: following the 22,758 elements of the 150,000-text-node bench page took 20-26 ms.
      while (tracked < unobserved.length) {
        const parent = unobserved[tracked++]!;
        if (byParent.has(parent) && !blockOf.has(parent)) builder.add(parent);
        if (tracked % TRACKED_PER_CHECK === 0 && shouldYield()) break;
      }
      if (tracked < unobserved.length) return false;
      builder.close();
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
      for (const texts of byParent.values()) {
        for (const node of [...texts]) sweepNode(node); // detach() takes nodes out of this list
      }
    },
    sweepRemoved(nodes) {
      let at = 0;
      let walker: TreeWalker | null = null;
      return (shouldYield) => {
        for (let n = 0; ; n++) {
          let node: Node | null = walker?.nextNode() ?? null;
          if (!node) {
            if (at >= nodes.length) return true;
            node = nodes[at++]!;
            walker = node.nodeType === Node.ELEMENT_NODE ? document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT) : null;
          }
          if (node.nodeType === Node.TEXT_NODE) {
            sweepNode(node as Text);
          } else if (node.nodeType === Node.ELEMENT_NODE) {
            // A block is cells stacked in document order: one the page moved or cut into is
            // followed anew (a removed row may be one of its observed ends).
            const block = blockOf.get(node as Element);
            if (block) dissolve(block);
          }
          if (n % SWEPT_PER_CHECK === SWEPT_PER_CHECK - 1 && shouldYield()) return false;
        }
      };
    },
    clear() {
      dropPending();
      highlight.clear();
      observer.disconnect();
      unobserved = [];
      tracked = 0;
      builder = newBuilder(); // a block being built is dropped, not observed
      byParent.clear();
      blockOf = new WeakMap();
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
