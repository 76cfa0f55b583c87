/**
 * The scanner's side of reading in the extension's worker: text nodes gathered into batches,
 * each answer recorded for the nodes that still hold the text that was sent, and what the worker
 * will not answer (it stopped, or it went silent) read on the page after all.
 */
import type { CountryCode, PhoneMatch } from '../../src/shared/phone';
import { MAX_DETECT_TEXTS, MAX_DETECT_TEXT_LENGTH } from '../../src/shared/protocol';
import type { Highlighter } from './highlighter';
import { isWholeCell } from './page-text';
import { findOptionsFor, otherCountriesBesides } from './read-options';
import { markReadByWorker } from './reread';
import type { Batch, RemoteDetection } from './remote-detection';
import type { TimeSlicer, Work } from './time-slicer';

/**
 * Text nodes sent to the worker, beside the text read from each (`texts`) and whether it was a
 * whole cell (`wholeCells`). Parallel arrays, not an object per node: a scan sends 25,000.
 */
export interface ItemBatch extends Batch {
  readonly nodes: Text[];
}

export interface WorkerBatches {
  /** Takes a node to be read by the worker; false when the worker cannot take it (read it here). */
  offer(node: Text, data: string, whole: boolean): boolean;
  /**
   * Has the worker read again a node the page has just read itself, and records its answer over
   * the page's: the page reads with the min metadata (its size budget), the worker with the full
   * set, which knows which ranges hold no numbers. So a number of no real range that the page's
   * first read of the viewport highlighted is taken off again.
   */
  confirm(node: Text, data: string, whole: boolean): void;
  /** Batches sent so far. */
  readonly sent: number;
  /** Sends what is gathered (a long walk has ended). */
  flush(): void;
  /** Called when there is nothing else to do: true once every batch is answered or read here. */
  settle(): boolean;
}

export interface WorkerBatchOptions {
  remote: RemoteDetection<ItemBatch>;
  highlighter: Highlighter;
  slicer: TimeSlicer;
  country(): CountryCode;
  /** Reads a node on the page (it was sent, but the worker will not answer). */
  readHere(node: Text): boolean;
  signal: AbortSignal;
}

// Texts per message: few messages, and each answer small enough to record within a slice. The
// first is smaller, so the worker starts reading sooner: it, not the page, finishes last. While
// the worker is behind, batches are bigger: every message costs it ≈ 0.3 ms to answer (a fifth
// of its time on the bench page), and a bigger batch makes it wait for nothing.
const BATCH_TEXTS = 500;
const FIRST_BATCH_TEXTS = 100;
const BEHIND_BATCH_TEXTS = MAX_DETECT_TEXTS;
const BEHIND = 2;

// What a text without numbers is recorded with (set() keeps only lists that are not empty).
const NO_NUMBERS: PhoneMatch[] = [];

export function createWorkerBatches({ remote, highlighter, slicer, country, readHere, signal }: WorkerBatchOptions): WorkerBatches {
  const newBatch = (): ItemBatch => {
    // With other countries, each text goes with its record's country, read as the page reads it
    // (read-options.ts); without, the batch is exactly what it always was.
    const otherCountries = otherCountriesBesides(country());
    const batch: ItemBatch = otherCountries.length
      ? { nodes: [], texts: [], wholeCells: [], otherCountries, recordCountries: [], onAnswer: (found) => slicer.push(record(batch, found)) }
      : { nodes: [], texts: [], wholeCells: [], onAnswer: (found) => slicer.push(record(batch, found)) };
    return batch;
  };
  let gathering = newBatch();
  // Nodes read on the page and sent again (confirm): their answer replaces the page's.
  const confirming = new WeakSet<Text>();
  let flushQueued = false;
  let batchTexts = FIRST_BATCH_TEXTS;
  let sent = 0;
  let lostCheck: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(lostCheck), { once: true });

  const flush = () => {
    if (gathering.nodes.length) send();
  };
  const send = () => {
    sent++;
    const batch = gathering;
    gathering = newBatch();
    remote.send(batch, country());
    batchTexts = remote.waiting >= BEHIND ? BEHIND_BATCH_TEXTS : BATCH_TEXTS;
  };

  /** The worker's answer, recorded for the nodes that still hold the text it read. */
  const record = ({ nodes, texts, wholeCells }: ItemBatch, found: ReadonlyArray<PhoneMatch[] | undefined>): Work => {
    let i = 0;
    return (shouldYield) => {
      while (i < nodes.length) {
        const node = nodes[i]!;
        const data = texts[i]!;
        const whole = wholeCells[i]!;
        const matches = found[i] ?? NO_NUMBERS;
        i++;
        // Not read here since it was sent (the usual case), or read here since, with the same text
        // in the same place. Numbers are recorded only for the text they were found in: a click
        // must never dial a number read from text the page has changed since (that text was
        // queued for a read of its own). Text without numbers needs no DOM read: its mark only
        // says what was read, and a changed text is read again anyway.
        const confirmed = confirming.delete(node);
        const fresh = highlighter.matchesOf(node) === null
          ? matches.length === 0 || (node.isConnected && node.data === data)
          : node.isConnected && node.data === data && isWholeCell(node) === whole && (confirmed || !highlighter.isCurrent(node, data, whole));
        // A confirmed read that agrees with the page's changes nothing (a set would repaint it).
        if (fresh && !(confirmed && sameNumbers(highlighter.matchesOf(node), matches))) {
          markReadByWorker(matches);
          highlighter.set(node, data, whole, matches);
        }
        if ((i & 127) === 0 && shouldYield()) return false;
      }
      return true;
    };
  };

  /** Items the worker will not read after all, read here. */
  const readItemsHere = ({ nodes }: ItemBatch): Work => {
    let i = 0;
    return (shouldYield) => {
      while (i < nodes.length) {
        const node = nodes[i++]!;
        if (node.isConnected && readHere(node) && (i & 3) === 0 && shouldYield()) return false;
      }
      return true;
    };
  };

  const takeBackLost = () => {
    lostCheck = undefined;
    for (const batch of remote.takeBackLost()) slicer.push(readItemsHere(batch));
    if (remote.outstanding > 0 && !signal.aborted) lostCheck = setTimeout(takeBackLost, remote.msUntilLost + 1);
  };

  return {
    offer(node, data, whole) {
      // A text longer than a message may carry (a huge <pre>) is read here. Whether the worker
      // can be reached at all is asked once a batch (a batch sent when it cannot is read here).
      if (data.length > MAX_DETECT_TEXT_LENGTH || (gathering.nodes.length === 0 && !remote.usable)) return false;
      gathering.nodes.push(node);
      gathering.texts.push(data);
      gathering.wholeCells.push(whole);
      gathering.recordCountries?.push(findOptionsFor(node, country(), whole).recordCountry ?? '');
      if (gathering.nodes.length >= batchTexts) send();
      return true;
    },
    confirm(node, data, whole) {
      if (!this.offer(node, data, whole)) return;
      confirming.add(node);
      // Sent at the end of this task: a click's read is not followed by a walk that would send it.
      if (!flushQueued) {
        flushQueued = true;
        queueMicrotask(() => {
          flushQueued = false;
          flush();
        });
      }
    },
    get sent() {
      return sent;
    },
    flush,
    settle() {
      flush();
      if (remote.outstanding === 0) return true;
      if (lostCheck === undefined) lostCheck = setTimeout(takeBackLost, remote.msUntilLost + 1);
      return false;
    },
  };
}

function sameNumbers(a: readonly PhoneMatch[] | null, b: readonly PhoneMatch[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start || x.end !== y.end || x.e164 !== y.e164 || x.extension !== y.extension || String(x.readings) !== String(y.readings)) return false;
  }
  return true;
}
