/**
 * Reading page text for numbers in the extension's worker (src/background/detect-port.ts) instead
 * of on the page: the page's main thread only walks the DOM and sends the text in batches, and the
 * worker, whose compiled code stays warm from page to page, reads them. On the 5,000-row bench
 * page (alternating loads against reading on the page) our script time on the page's thread went
 * from 274 to 201 ms and the full scan from 326 to 291 ms.
 *
 * Nothing waits on the worker for long: if it goes away (the port closes) or stops answering
 * for a while (asleep and slow to wake, or stuck), what it was sent is read on the page instead.
 */
import type { CountryCode, PhoneMatch } from '../../src/shared/phone';
import { DETECT_PORT, DetectReplySchema, parseMessage, type DetectReply, type DetectRequest } from '../../src/shared/protocol';

export interface Batch {
  /** At most MAX_DETECT_TEXTS (the protocol's bound; worker-batches.ts sends 100 to 2,000). */
  readonly texts: string[];
  /** Per text: is it a whole cell (see FindOptions.wholeCell)? */
  readonly wholeCells: boolean[];
  /**
   * The other countries the agent calls, when any (FindOptions.otherCountries), and then per text
   * the country its record names, or '' (FindOptions.recordCountry).
   */
  readonly otherCountries?: readonly CountryCode[];
  readonly recordCountries?: string[];
  /**
   * Each text's numbers, in the order sent (nothing for a text without any); called once, unless
   * the batch was taken back.
   */
  readonly onAnswer: (found: ReadonlyArray<PhoneMatch[] | undefined>) => void;
}

export interface RemoteDetection<B extends Batch> {
  /** False once the worker cannot be reached at all (the extension was reloaded). */
  readonly usable: boolean;
  send(batch: B, country: CountryCode): void;
  /** Batches the worker will not answer now (its port closed, or it has been silent too long). */
  takeBackLost(): B[];
  /** Batches sent and not yet answered. */
  readonly outstanding: number;
  /** Batches sent whose answer has not even arrived: how far behind the worker is. */
  readonly waiting: number;
  /** In how many ms takeBackLost() may have something, if nothing is answered meanwhile. */
  readonly msUntilLost: number;
  /** The worker's time on the batches it answered, in ms (the dev build's figures). */
  readonly workerMs: number;
}

/**
 * How long the worker may stay silent, with batches waiting, before they are read here. With its
 * code still cold, the worker read the whole 5,000-row bench page in 0.23-0.33 s of its time; one
 * that says nothing for a second is not coming (a stopped worker closes the Port at once).
 */
const SILENCE_MS = 1000;

/**
 * Each text's numbers in a reply; a number that does not fit inside the text it names is dropped,
 * and so is one whose readings do not hold its own reading or name one twice (a number the agent
 * would be asked about must be asked about with the right choices, or not offered).
 * Sparse: most texts hold none, and an empty list for each was 500 allocations an answer.
 */
export function numbersOf(reply: DetectReply, texts: readonly string[]): Array<PhoneMatch[] | undefined> {
  const found = new Array<PhoneMatch[] | undefined>(texts.length);
  // The schema checked that readingsOf names numbers in increasing order with counts that add up.
  const readingsOf = reply.readingsOf ?? [];
  let nextWithReadings = 0;
  let readingAt = 0;
  for (let n = 0; n < reply.e164.length; n++) {
    let readings: string[] | undefined;
    if (readingsOf[nextWithReadings] === n) {
      const count = readingsOf[nextWithReadings + 1]!;
      readings = reply.readings!.slice(readingAt, readingAt + count);
      nextWithReadings += 2;
      readingAt += count;
    }
    const index = reply.spans[3 * n]!;
    const start = reply.spans[3 * n + 1]!;
    const end = reply.spans[3 * n + 2]!;
    const source = texts[index];
    if (source === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start >= end || end > source.length) continue;
    const e164 = reply.e164[n]!;
    if (readings && (!readings.includes(e164) || new Set(readings).size !== readings.length)) continue;
    const match: PhoneMatch = { start, end, e164 };
    if (reply.extensions[n]) match.extension = reply.extensions[n];
    if (readings) match.readings = readings;
    (found[index] ??= []).push(match);
  }
  return found;
}

/**
 * `schedule` runs the handling of each answer (checking it, then `onAnswer`) as our work, in the
 * time slices the scan's figures count, not in the port's message task.
 */
export function createRemoteDetection<B extends Batch>(signal: AbortSignal, schedule: (task: () => void) => void): RemoteDetection<B> {
  const sent = new Map<number, B>();
  /** Batches sent whose answer has not arrived (answers are handled later, in our slices). */
  const inFlight = new Set<number>();
  /** Batches the worker can no longer answer (their Port closed, or never opened). */
  let lost: B[] = [];
  let port: chrome.runtime.Port | null = null;
  let broken = false;
  let nextId = 0;
  let workerMs = 0;
  /** When the worker last answered, or when it was last given work while idle. */
  let heardAt = 0;

  const connect = (): chrome.runtime.Port | null => {
    if (port || broken || signal.aborted) return port;
    try {
      const p = chrome.runtime.connect({ name: DETECT_PORT });
      const handle = (raw: unknown) => {
        const reply = parseMessage(DetectReplySchema, raw, 'background');
        const batch = reply ? sent.get(reply.batchId) : undefined;
        if (!reply || !batch) return; // taken back, or not ours
        sent.delete(reply.batchId);
        workerMs += reply.tookMs;
        batch.onAnswer(numbersOf(reply, batch.texts));
      };
      p.onMessage.addListener((raw: unknown) => {
        heardAt = performance.now();
        inFlight.delete((raw as { batchId?: unknown } | null)?.batchId as number);
        schedule(() => handle(raw));
      });
      p.onDisconnect.addListener(() => {
        // The worker stopped or the extension went away: what it had is read on the page, and
        // the next batch connects again (which starts the worker).
        if (port === p) port = null;
        lose();
      });
      port = p;
    } catch {
      // The extension was reloaded: everything is read on the page until the teardown.
      broken = true;
    }
    return port;
  };

  /** Everything sent and not answered is lost (the Port it went over is gone). */
  const lose = () => {
    for (const batch of sent.values()) lost.push(batch);
    sent.clear();
    inFlight.clear();
  };

  signal.addEventListener('abort', () => {
    port?.disconnect();
    port = null;
    lose();
    lost = [];
  }, { once: true });

  return {
    get usable() {
      return !broken && !signal.aborted;
    },
    send(batch, country) {
      const p = connect();
      if (!p) {
        lost.push(batch); // read on the page
        return;
      }
      if (sent.size === 0) heardAt = performance.now();
      const batchId = nextId++;
      sent.set(batchId, batch);
      inFlight.add(batchId);
      const request: DetectRequest = { type: 'detect-numbers', batchId, country, texts: batch.texts, wholeCells: batch.wholeCells };
      if (batch.otherCountries?.length) {
        request.otherCountries = [...batch.otherCountries];
        if (batch.recordCountries) request.recordCountries = batch.recordCountries;
      }
      try {
        p.postMessage(request);
      } catch {
        // The Port closed under us: its onDisconnect may never come now.
        port = null;
        lose();
      }
    },
    takeBackLost() {
      if (sent.size > 0 && performance.now() - heardAt >= SILENCE_MS) lose();
      const batches = lost;
      lost = [];
      return batches;
    },
    get outstanding() {
      return sent.size + lost.length;
    },
    get waiting() {
      return inFlight.size;
    },
    get msUntilLost() {
      return lost.length ? 0 : Math.max(0, SILENCE_MS - (performance.now() - heardAt));
    },
    get workerMs() {
      return workerMs;
    },
  };
}
