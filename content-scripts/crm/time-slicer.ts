/**
 * Runs long work in slices of about 8 ms, yielding to the page between them, so no task of ours
 * comes near the 50 ms that makes a page feel stuck (issue #3). MessageChannel, not
 * requestIdleCallback: idle callbacks were 8× slower on a busy CRM page (shared/NOTES.md), and a
 * message is not throttled the way timers are.
 */

/** One step of work; returns true when the work is finished. Check `shouldYield()` often. */
export type Work = (shouldYield: () => boolean) => boolean;

export interface TimeSlicer {
  /** Queues work; urgent work (the viewport, mutations) runs before what is already queued. */
  push(work: Work, urgent?: boolean): void;
  /** Runs queued work now, in the current task, up to `budgetMs` (default: the slice budget). */
  runNow(budgetMs?: number): void;
  clear(): void;
  readonly idle: boolean;
  /** The longest slice so far, in ms: what the bench reports as our longest task. */
  readonly longestSliceMs: number;
  /** Time spent in slices so far, in ms. */
  readonly busyMs: number;
}

export const SLICE_BUDGET_MS = 8;

/** `onIdle` runs after a slice that emptied the queue. */
export function createTimeSlicer(signal: AbortSignal, onIdle: () => void = () => undefined, budgetMs = SLICE_BUDGET_MS): TimeSlicer {
  const queue: Work[] = [];
  const channel = new MessageChannel();
  let scheduled = false;
  let longest = 0;
  let busy = 0;

  const schedule = () => {
    if (scheduled || signal.aborted || queue.length === 0) return;
    scheduled = true;
    channel.port2.postMessage(null);
  };

  const slice = (budget = budgetMs) => {
    scheduled = false;
    if (signal.aborted) return;
    const start = performance.now();
    const shouldYield = () => performance.now() - start >= budget;
    // Work pushed during a slice schedules a slice of its own, which then often finds the queue
    // already emptied by this one: only a slice that ran something may report idle. (Reporting it
    // again from that empty slice moved the scan's end past the next frame's rendering, ≈ 30 ms
    // later on the bench page.)
    const ran = queue.length > 0;
    while (queue.length > 0) {
      const work = queue[0]!;
      let done = true;
      try {
        done = work(shouldYield);
      } catch (error) {
        // One broken step must not stall everything queued behind it.
        console.warn('[ccp-sidecar]', error);
      }
      if (done) {
        // Not always still first: work may queue urgent work of its own (a worker's answer queues
        // its recording), and it must not run again for that. Gone if the queue was cleared.
        const at = queue.indexOf(work);
        if (at >= 0) queue.splice(at, 1);
      }
      if (shouldYield()) break;
    }
    // Inside the timed part: what runs when the queue empties is our work too.
    if (ran && queue.length === 0) onIdle();
    const took = performance.now() - start;
    longest = Math.max(longest, took);
    busy += took;
    schedule();
  };

  channel.port1.onmessage = () => slice();
  signal.addEventListener('abort', () => {
    queue.length = 0;
    channel.port1.close();
  }, { once: true });

  return {
    push(work, urgent = false) {
      if (signal.aborted) return;
      if (urgent) queue.unshift(work);
      else queue.push(work);
      schedule();
    },
    runNow(budget) {
      // A slice may already be on its way; it then finds less (or nothing) to do.
      slice(budget);
    },
    clear() {
      queue.length = 0;
    },
    get idle() {
      return queue.length === 0;
    },
    get longestSliceMs() {
      return longest;
    },
    get busyMs() {
      return busy;
    },
  };
}
