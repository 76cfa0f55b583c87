/**
 * The scanner's side of reading in the extension's worker: text nodes gathered into batches,
 * each answer recorded for the nodes that still hold the text that was sent, and what the worker
 * will not answer (it stopped, or it went silent) read on the page after all.
 */
import type { CountryCode, PhoneMatch } from '../../src/shared/phone';
import { MAX_DETECT_TEXT_LENGTH } from '../../src/shared/protocol';
import type { Highlighter } from './highlighter';
import { isWholeCell } from './page-text';
import type { Batch, RemoteDetection } from './remote-detection';
import type { TimeSlicer, Work } from './time-slicer';

/** A text node sent to the worker, with what was read from it. */
interface Item {
  node: Text;
  data: string;
  whole: boolean;
}

export interface ItemBatch extends Batch {
  items: Item[];
}

export interface WorkerBatches {
  /** Takes a node to be read by the worker; false when the worker cannot take it (read it here). */
  offer(node: Text, data: string, whole: boolean): boolean;
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

// Texts per message: few messages, and each answer small enough to record within a slice.
const BATCH_TEXTS = 500;

export function createWorkerBatches({ remote, highlighter, slicer, country, readHere, signal }: WorkerBatchOptions): WorkerBatches {
  let gathering: Item[] = [];
  let lostCheck: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(lostCheck), { once: true });

  const send = () => {
    const items = gathering;
    gathering = [];
    const batch: ItemBatch = { items, texts: items.map((item) => item.data), onAnswer: (found) => slicer.push(record(items, found), true) };
    remote.send(batch, items.map((item) => item.whole), country());
  };

  /** The worker's answer, recorded for the nodes that still hold the text it read. */
  const record = (items: Item[], found: PhoneMatch[][]): Work => {
    let i = 0;
    return (shouldYield) => {
      while (i < items.length) {
        const { node, data, whole } = items[i]!;
        const matches = found[i] ?? [];
        i++;
        // Not read here since it was sent (the usual case), or read here since, with the same text
        // in the same place. Numbers are recorded only for the text they were found in: a click
        // must never dial a number read from text the page has changed since (that text was
        // queued for a read of its own). Text without numbers needs no DOM read: its mark only
        // says what was read, and a changed text is read again anyway.
        const fresh = highlighter.matchesOf(node) === null
          ? matches.length === 0 || (node.isConnected && node.data === data)
          : node.isConnected && node.data === data && isWholeCell(node) === whole && !highlighter.isCurrent(node, data, whole);
        if (fresh) highlighter.set(node, data, whole, matches);
        if ((i & 127) === 0 && shouldYield()) return false;
      }
      return true;
    };
  };

  /** Items the worker will not read after all, read here. */
  const readItemsHere = (items: Item[]): Work => {
    let i = 0;
    return (shouldYield) => {
      while (i < items.length) {
        const { node } = items[i++]!;
        if (node.isConnected && readHere(node) && (i & 3) === 0 && shouldYield()) return false;
      }
      return true;
    };
  };

  const takeBackLost = () => {
    lostCheck = undefined;
    for (const batch of remote.takeBackLost()) slicer.push(readItemsHere(batch.items));
    if (remote.outstanding > 0 && !signal.aborted) lostCheck = setTimeout(takeBackLost, remote.msUntilLost + 1);
  };

  return {
    offer(node, data, whole) {
      // A text longer than a message may carry (a huge <pre>) is read here.
      if (!remote.usable || data.length > MAX_DETECT_TEXT_LENGTH) return false;
      gathering.push({ node, data, whole });
      if (gathering.length >= BATCH_TEXTS) send();
      return true;
    },
    settle() {
      if (gathering.length) send();
      if (remote.outstanding === 0) return true;
      if (lostCheck === undefined) lostCheck = setTimeout(takeBackLost, remote.msUntilLost + 1);
      return false;
    },
  };
}
