/**
 * The webhook outbox in storage.local: each record queued for each webhook target is sent until
 * the endpoint answers 2xx, with backoff between attempts. It survives the worker being stopped
 * (an alarm wakes it; every start delivers what is due) and the browser restarting (storage.local).
 *
 * An attempt is written down (attempts + 1, the next one scheduled) before it is made, so a worker
 * stopped in the middle of a POST tries again at the scheduled time with the same body and key:
 * the endpoint may see a record twice, never lose one, and drops the repeat by its key.
 */
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from '../../shared/build-flags';
import { OUTBOX_KEY, readOutbox, type OutboxItem } from '../../shared/call-log-store';
import { currentSettings } from '../settings-cache';
import { postRecord } from './webhook';

export const OUTBOX_ALARM = 'ccps-call-log-outbox';
/**
 * The first retry's wait, doubled each time up to MAX_BACKOFF_MS. Chrome fires alarms 30 s apart
 * at the soonest in a packed extension; the development build (tests, demo) waits 1 s.
 */
const BASE_BACKOFF_MS = IS_DEV_BUILD ? 1000 : 30_000;
const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** After this many attempts (≈ a day of hourly ones) the record is marked failed. */
export const MAX_ATTEMPTS = 30;
/** Delivered and failed items kept for the panel to show. */
const KEEP_DONE = 200;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

async function read(): Promise<OutboxItem[]> {
  return readOutbox((await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY]);
}
async function write(items: OutboxItem[]): Promise<void> {
  const open = items.filter((i) => i.state === 'pending');
  const done = items.filter((i) => i.state !== 'pending').slice(-KEEP_DONE);
  await browser.storage.local.set({ [OUTBOX_KEY]: [...done, ...open] });
}

/** Queues a record for a webhook target (once: a record queued again is left as it is). */
export async function enqueue(targetId: string, contactId: string, body: string): Promise<void> {
  const items = await read();
  const key = `${targetId}:${contactId}`;
  if (items.some((i) => i.key === key)) return;
  items.push({ key, targetId, contactId, body, state: 'pending', attempts: 0, nextAt: Date.now(), lastError: null, deliveredAt: null });
  await write(items);
  void deliverDue();
}

let running: Promise<void> | null = null;

/** Sends every item that is due; one run at a time in this worker. */
export function deliverDue(): Promise<void> {
  if (running) return running.then(() => deliverDue());
  running = run().finally(() => {
    running = null;
  });
  return running;
}

async function run(): Promise<void> {
  const { logTargets } = await currentSettings();
  for (;;) {
    const items = await read();
    const now = Date.now();
    const item = items.find((i) => i.state === 'pending' && i.nextAt <= now);
    if (!item) break;
    const target = logTargets.find((t) => t.id === item.targetId && t.kind === 'webhook');
    if (!target) {
      item.state = 'failed';
      item.lastError = 'target-removed';
      await write(items);
      continue;
    }
    item.attempts += 1;
    item.nextAt = now + backoffMs(item.attempts);
    if (item.attempts >= MAX_ATTEMPTS) item.state = 'failed';
    await write(items); // before the POST: a stop in the middle retries at nextAt
    await schedule(items);
    const result = await postRecord(target.url, target.secret, item.contactId, item.body);
    const fresh = await read();
    const now2 = fresh.find((i) => i.key === item.key);
    if (!now2) continue;
    if (result.ok) {
      now2.state = 'delivered';
      now2.deliveredAt = Date.now();
      now2.lastError = null;
    } else {
      now2.lastError = result.error;
    }
    await write(fresh);
  }
  await schedule(await read());
}

/** One alarm at the earliest pending item's time (and a timer while this worker lives). */
async function schedule(items: OutboxItem[]): Promise<void> {
  const pending = items.filter((i) => i.state === 'pending');
  if (!pending.length) {
    await browser.alarms.clear(OUTBOX_ALARM);
    return;
  }
  const when = Math.max(Date.now() + 100, Math.min(...pending.map((i) => i.nextAt)));
  await browser.alarms.create(OUTBOX_ALARM, { when });
  setTimeout(() => void deliverDue(), when - Date.now() + 50);
}
