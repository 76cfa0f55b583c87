/**
 * Phone numbers in page text, highlighted without touching the page's DOM: the scanner reads
 * the text in time slices (viewport first), the highlighter paints with the CSS Custom Highlight
 * API, the watcher follows the page's changes. Switched on and off live (the per-site switch and
 * the global setting); off means no highlight, no observer and no work at all.
 */
import type { CountryCode } from '../../src/shared/phone';
import { watchDom } from './dom-watcher';
import type { HighlightStyle } from './highlight-style';
import { createHighlighter, type Highlighter } from './highlighter';
import { numberAtPoint, type NumberHit } from './number-at-point';
import { isInsideSkipped } from './page-text';
import { watchRecords } from './record-watch';
import { createRemoteDetection } from './remote-detection';
import { createScanner, type Scanner } from './scanner';
import { SHADOW_ROOT_EVENT } from './shadow-root-event';
import { createShadowRoots, type ShadowRoots } from './shadow-roots';
import { createTimeSlicer, type TimeSlicer } from './time-slicer';
import type { ItemBatch } from './worker-batches';

export interface HighlightStats {
  /** performance.now() of each milestone of the last start. */
  startedAt: number;
  viewportAt: number;
  idleAt: number;
  count: number;
  longestSliceMs: number;
  busyMs: number;
  /** The extension worker's time reading this page's text, in ms. */
  workerMs: number;
}

export interface Highlighting {
  /**
   * Switches highlighting on or off; a change of country, or of the other countries the agent
   * calls (`others`, a key such as 'GB,US'), re-reads everything.
   */
  update(enabled: boolean, country: CountryCode, others?: string): void;
  /** The highlighted number under the pointer, or null (also when highlighting is off). */
  numberAt(x: number, y: number): NumberHit | null;
  /** A cheap test before hit-testing: does this element's own text hold a number? */
  mayHoldNumber(element: Element): boolean;
}

interface Running {
  controller: AbortController;
  country: CountryCode;
  others: string;
  highlighter: Highlighter;
  scanner: Scanner;
  shadowRoots: ShadowRoots;
  slicer: TimeSlicer;
}

const FIRST_SLICE_MS = 30;

/** `style` is already adopted by the document (at document_start); shadow roots adopt it as they are found. */
export function installHighlighting(signal: AbortSignal, style: HighlightStyle, onStats: (stats: HighlightStats) => void = () => undefined): Highlighting {
  let running: Running | null = null;

  const stop = () => {
    running?.controller.abort();
    running = null;
  };
  signal.addEventListener('abort', stop, { once: true });

  const start = (country: CountryCode, others: string) => {
    const controller = new AbortController();
    const inner = controller.signal;
    const stats: HighlightStats = { startedAt: performance.now(), viewportAt: 0, idleAt: 0, count: 0, longestSliceMs: 0, busyMs: 0, workerMs: 0 };
    const highlighter = createHighlighter();
    const shadowRoots = createShadowRoots();
    // The worker's answers wait for the walk in progress: the page's thread first sends everything
    // the worker is to read, and records the answers while the worker reads the last batches.
    const remote = createRemoteDetection<ItemBatch>(inner, (task) => slicer.push(() => {
      task();
      return true;
    }));
    const slicer = createTimeSlicer(inner, () => {
      // Done only when the worker has answered too (or its share was read here).
      if (!scanner.settle()) return;
      if (highlighter.untracked > 0) {
        // Following the elements found is work too: in slices (this runs again when it is done).
        slicer.push((shouldYield) => highlighter.track(shouldYield));
        return;
      }
      // A page that assigns its own adoptedStyleSheets list drops ours: put it back (a no-op
      // when it is still there).
      style.adopt(document);
      stats.idleAt = performance.now();
      stats.count = highlighter.count;
      // Read in the next task, once this slice's time (the tracking included) is counted.
      setTimeout(() => {
        stats.longestSliceMs = slicer.longestSliceMs;
        stats.busyMs = slicer.busyMs;
        stats.workerMs = remote.workerMs;
        onStats(stats);
      }, 0);
    });
    const records = watchRecords({ highlighter, country: () => country, signal: inner });
    const watcher = watchDom({
      signal: inner,
      changed: (node) => {
        records.changed(node);
        scanner.scan(node, true);
      },
      // Before the rest of a walk, so no highlight stays on removed text for long.
      removed: (nodes) => slicer.push(highlighter.sweepRemoved(nodes), true),
    });
    const scanner = createScanner({
      highlighter,
      slicer,
      country: () => country,
      remote,
      signal: inner,
      onShadowRoot: (root) => foundShadowRoot(root),
    });
    /** Each open shadow root met is styled, watched and walked, once. */
    const foundShadowRoot = (root: ShadowRoot) => {
      if (!shadowRoots.add(root)) return;
      style.adopt(root);
      watcher.observe(root);
      scanner.scan(root);
    };
    inner.addEventListener('abort', () => highlighter.remove(), { once: true });
    // A shadow root the page attaches to an element already in it (announced from the page's
    // world, shadow-announcer.ts): the host is checked here, the event is only a hint.
    document.addEventListener(SHADOW_ROOT_EVENT, (event) => {
      const host = event.composedPath()[0];
      if (host instanceof Element && host.shadowRoot && !isInsideSkipped(host)) foundShadowRoot(host.shadowRoot);
    }, { capture: true, signal: inner });

    watcher.observe(document);
    scanner.scanViewport(() => (stats.viewportAt = performance.now()));
    scanner.scan(document.body ?? document.documentElement);
    // The first slice runs in this task with a larger budget, so the numbers on screen are
    // usually all lit before the next frame; still well under the 50 ms of a long task.
    slicer.runNow(FIRST_SLICE_MS);
    running = { controller, country, others, highlighter, scanner, shadowRoots, slicer };
  };

  return {
    update(enabled, country, others = '') {
      if (signal.aborted) return;
      if (running && (!enabled || running.country !== country || running.others !== others)) stop();
      if (enabled && !running) start(country, others);
    },
    numberAt(x, y) {
      const r = running;
      if (!r) return null;
      return numberAtPoint(x, y, (node) => {
        // Text the walk has not reached yet (a click in the first moments) is read on the spot.
        if (r.highlighter.matchesOf(node) === null) r.scanner.readNow(node);
        return r.highlighter.matchesOf(node);
      }, r.shadowRoots.connected());
    },
    mayHoldNumber(element) {
      return running?.highlighter.hasNumbersIn(element) ?? false;
    },
  };
}
