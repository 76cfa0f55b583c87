/**
 * Reads page text for phone numbers, in slices: the numbers on screen first, then the whole
 * document, then whatever the page changes. Each text node is read once per content (the
 * highlighter remembers what it read), so a re-render that moves nodes costs almost nothing.
 * Walks send their text to the extension's worker to be read there (worker-batches.ts): the page's
 * thread only walks. The viewport and clicked text are read here, at once. (Reading here also
 * means compiling libphonenumber's patterns here: the first read of a new kind of number took up
 * to 20 ms in a 50-row re-scan, when the page's changes were read here.)
 */
import { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber, type CountryCode } from '../../src/shared/phone';
import type { Highlighter } from './highlighter';
import { isInsideSkipped, isWholeCell, shadowRootsSteps, skippedElementsSteps, type Steps } from './page-text';
import { fewestDigitsFor, findOptionsFor } from './read-options';
import { skippedTextOf, type SkippedText } from './skipped-text';
import type { RemoteDetection } from './remote-detection';
import type { TimeSlicer, Work } from './time-slicer';
import { gridPoints, inDocumentOrder, textNear } from './viewport';
import { createWorkerBatches, type ItemBatch } from './worker-batches';

export interface Scanner {
  /** Queues, urgently, a read of the text nodes on screen; `onDone` when they are read. */
  scanViewport(onDone: () => void): void;
  /** Queues a walk of `root` (the document, a shadow root, a subtree the page added). */
  scan(root: Node, urgent?: boolean): void;
  /** Reads one text node now (a click on text not yet reached by the walk). */
  readNow(node: Text): void;
  /**
   * Called when the slicer has run out of work: sends what is still gathered for the worker, and
   * reads here what the worker will not answer. True when nothing is left anywhere.
   */
  settle(): boolean;
}

export interface ScannerOptions {
  highlighter: Highlighter;
  slicer: TimeSlicer;
  country(): CountryCode;
  /** Called for each open shadow root met on the way; its content is walked too. */
  onShadowRoot(root: ShadowRoot): void;
  /** The extension's worker, to read the text of whole-document walks. */
  remote?: RemoteDetection<ItemBatch>;
  signal: AbortSignal;
}

// Checking the clock costs too (≈ 3% of a full scan when done after every read): it is checked
// every few reads (≈ 10 µs each), and only every so often between cheap nodes.
const COSTLY_READS_PER_CHECK = 4;
const CHEAP_NODES_PER_CHECK = 256;
// The viewport pass walks on from a visible node until this many candidates in a row are off screen.
const OFFSCREEN_RUN = 12;

export function createScanner({ highlighter, slicer, country, onShadowRoot, remote, signal }: ScannerOptions): Scanner {
  // What the worker did not answer is read here, and not sent back to it to confirm.
  const batches = remote ? createWorkerBatches({ remote, highlighter, slicer, country, readHere: (node) => read(node, isWholeCell, false, false, false), signal }) : null;

  /** Returns true when the node needed a real read here (the expensive case). */
  const read = (node: Text, wholeOf: (node: Text) => boolean = isWholeCell, onScreen = false, shareable = false, confirm = true): boolean => {
    const data = node.data;
    if (!looksLikeItMayHoldAPhoneNumber(data, fewestDigitsFor(country()))) {
      // It may have held a number before the page changed it.
      if (highlighter.matchesOf(node)?.length) highlighter.set(node, data, false, []);
      return false;
    }
    const whole = wholeOf(node);
    if (highlighter.isCurrent(node, data, whole)) return false;
    if (shareable && batches?.offer(node, data, whole)) return false;
    const found = findPhoneNumbers(data, findOptionsFor(node, country(), whole));
    highlighter.set(node, data, whole, found, onScreen);
    // Read here with the min metadata: the worker's full set has the last word on what it found.
    if (found.length && confirm) batches?.confirm(node, data, whole);
    return true;
  };

  /**
   * A walk over the text nodes under `root` alone: the elements are never brought into our world
   * (no wrapper for each), what we skip is jumped over (skipped-text.ts), and the shadow roots
   * inside are found by query (page-text.ts). Three parts, each in slices: the survey of what to
   * skip, the walk, the survey for shadow roots (over a large page each survey is many scans of
   * the document by the browser: done at once, they were one task of 163-473 ms).
   */
  const walk = (root: Node): Work => {
    if (root.nodeType === Node.TEXT_NODE) {
      return () => {
        if (root.isConnected && !isInsideSkipped(root)) read(root as Text);
        return true;
      };
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // A text node alone in its element is a whole cell (isWholeCell); under an element root it
    // always has one, and asking for it would bring the element into our world.
    const wholeOf = root instanceof ShadowRoot ? isWholeCell : (text: Text) => text.previousSibling === null && text.nextSibling === null;
    let survey: Steps<Element[]> | null = null;
    let skipped: SkippedText | null = null;
    let hosts: Steps<ShadowRoot[]> | null = null;
    let node: Node | null = null;
    let sentBefore = 0;
    const gone = () => !root.isConnected || (root.nodeType === Node.ELEMENT_NODE && isInsideSkipped(root));
    /** Runs `steps` while there is time: its result, or undefined when it must go on in the next slice. */
    const run = <T>(steps: Steps<T>, shouldYield: () => boolean): T | undefined => {
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (shouldYield()) return undefined;
      }
    };
    const lookForShadowRoots = (shouldYield: () => boolean): boolean => {
      if (!root.isConnected) return true;
      const found = run(hosts!, shouldYield);
      if (!found) return false;
      for (const shadow of found) onShadowRoot(shadow);
      return true;
    };
    return (shouldYield) => {
      if (hosts) return lookForShadowRoots(shouldYield);
      if (!skipped || (node && !node.isConnected)) {
        // First slices, or the page removed where we were: (re)start at the top of `root`, after
        // the survey of what to skip (what was read already is skipped cheaply).
        if (!survey) {
          if (gone()) return true;
          survey = skippedElementsSteps(root as Element | ShadowRoot);
          sentBefore = batches?.sent ?? 0;
        }
        const elements = run(survey, shouldYield);
        if (!elements) return false;
        survey = null;
        if (gone()) return true;
        skipped = skippedTextOf(elements);
        walker.currentNode = root;
        node = walker.nextNode();
        skipped.resumeAt(node);
      } else {
        skipped.resumeAt(node); // the page may have changed what to skip since the last slice
      }
      const skips = skipped;
      let cheap = 0;
      let costly = 0;
      while (node) {
        const last = skips.jumpFrom(node);
        if (last) {
          walker.currentNode = last;
          node = walker.nextNode();
          skips.resumeAt(node);
          continue;
        }
        if (read(node as Text, wholeOf, false, true)) costly++;
        else cheap++;
        node = walker.nextNode();
        if (costly >= COSTLY_READS_PER_CHECK || cheap >= CHEAP_NODES_PER_CHECK) {
          cheap = 0;
          costly = 0;
          if (node && shouldYield()) return false;
        }
      }
      // A long walk's last texts go now, not when everything else is done. A short one's wait for
      // the others queued with it (the rows a page adds: one message, not one a row).
      if (batches && batches.sent > sentBefore) batches.flush();
      // Shadow roots are walked after this walk anyway: looking for them now, not before it,
      // gets the worker its first texts sooner.
      if (root instanceof Element && root.shadowRoot) onShadowRoot(root.shadowRoot);
      hosts = shadowRootsSteps(root as Element | ShadowRoot, skips.elements);
      return lookForShadowRoots(shouldYield);
    };
  };

  // The viewport pass as resumable steps: one hit-test or one read per step, so it runs in the
  // slicer's budget like everything else (on a loaded machine a single pass took > 50 ms).
  function* viewportSteps(): Generator<void, void> {
    const found = new Set<Text>();
    for (const [x, y] of gridPoints()) {
      const text = textNear(x, y);
      if (text) found.add(text);
      yield;
    }
    const seen = new Set<Node>();
    const inView = (node: Text) => {
      const rect = node.parentElement?.getBoundingClientRect();
      return Boolean(rect && rect.width + rect.height > 0 && rect.bottom >= 0 && rect.top <= innerHeight && rect.right >= 0 && rect.left <= innerWidth);
    };
    for (const anchor of inDocumentOrder(found)) {
      if (seen.has(anchor) || !anchor.isConnected) continue;
      for (const forward of [true, false]) {
        const walker = document.createTreeWalker(anchor.getRootNode(), NodeFilter.SHOW_TEXT);
        walker.currentNode = anchor;
        let offscreen = 0;
        for (let node: Node | null = anchor; node && offscreen < OFFSCREEN_RUN; node = forward ? walker.nextNode() : walker.previousNode()) {
          if (node !== anchor && seen.has(node)) break;
          seen.add(node);
          const text = node as Text;
          if (!looksLikeItMayHoldAPhoneNumber(text.data, fewestDigitsFor(country()))) continue;
          if (!inView(text)) {
            offscreen++;
            continue;
          }
          offscreen = 0;
          if (!isInsideSkipped(text) && read(text, isWholeCell, true)) yield;
        }
      }
    }
  }

  return {
    scanViewport(onDone) {
      const steps = viewportSteps();
      slicer.push((shouldYield) => {
        while (!steps.next().done) if (shouldYield()) return false;
        onDone();
        return true;
      }, true);
    },
    scan(root, urgent = false) {
      slicer.push(walk(root), urgent);
    },
    readNow(node) {
      if (!isInsideSkipped(node)) read(node);
    },
    settle() {
      return batches?.settle() ?? true;
    },
  };
}
