/**
 * Dial requests: queued in storage.session until the phone is up and ready, handed over
 * once, and answered back to the tab that asked. A worker stopped in between loses nothing.
 *
 * A dial waits for the phone at most DIAL_WAIT_MS (8 s) after the click, then is dropped with a
 * message, never placed later (issue #10: a forged dial used to wait a minute in this queue and
 * ring out when the agent opened the phone). 8 s covers what a click on a closed phone needs: the
 * side panel opens in the click's gesture (≈ 0.15 s here) and a signed-in CCP reports ready in a
 * few seconds; a phone that needs a sign-in takes longer than any agent keeps waiting for a call
 * they clicked, and they are told to click again once it is ready.
 */
import browser from 'webextension-polyfill';
import { DIAL_WAIT_MS, type PhoneToBackground } from '../shared/protocol';
import { callerIdFor } from './caller-id';
import { notifyTab } from './crm-tabs';
import { upsertHistory } from './history';
import { sendToPhone } from './phone-link';
import { readSession, serialized, writeSession, type PendingDial } from './session-store';

export const DIAL_EXPIRY_MS = DIAL_WAIT_MS;
/** A dial handed to the phone that never reports back (its document died mid-dial) is forgotten after this. */
const SENT_EXPIRY_MS = 120_000;
export const EXPIRE_ALARM = 'ccps-expire-dials';

/** Placed only while this is true: compared on every flush, whatever woke the worker. */
export function isExpired(dial: PendingDial, now: number): boolean {
  return dial.sentAt === null && now - dial.createdAt > DIAL_EXPIRY_MS;
}

export function queueDial(e164: string, tabId: number | null, origin: string | null = null): Promise<{ requestId: string; waiting: boolean }> {
  const requestId = crypto.randomUUID();
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    const createdAt = Date.now();
    pendingDials.push({ requestId, e164, tabId, createdAt, sentAt: null, origin });
    await writeSession({ pendingDials });
    // The alarm survives the worker; Chrome fires it 30 s later at the earliest in a release
    // build, so it only cleans up (and tells the tab) late. What keeps a late dial from being
    // placed is isExpired(), checked on every flush; the timer tells the agent on time while
    // this worker lives (it does: a dial keeps it busy well past 8 s).
    await browser.alarms.create(EXPIRE_ALARM, { when: createdAt + DIAL_EXPIRY_MS + 500 });
    setTimeout(() => void flushDials(), DIAL_EXPIRY_MS + 500);
  }).then(async () => {
    const kept = await flushDials();
    return { requestId, waiting: kept.some((d) => d.requestId === requestId && d.sentAt === null) };
  });
}

/** Hands every queued dial to the phone, if it is ready; drops the expired ones. Returns the dials kept. */
export function flushDials(): Promise<PendingDial[]> {
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    const now = Date.now();
    const keep: PendingDial[] = [];
    const sent: PendingDial[] = [];
    for (const dial of pendingDials) {
      if (isExpired(dial, now)) {
        await tellTab(dial, { ok: false, error: 'timed-out' });
        continue;
      }
      if (dial.sentAt !== null && now - dial.sentAt > SENT_EXPIRY_MS) continue;
      const queueArn = dial.sentAt === null ? await callerIdFor(dial.origin ?? null) : null;
      if (dial.sentAt === null && sendToPhone({ type: 'dial-number', requestId: dial.requestId, e164: dial.e164, ...(queueArn ? { queueArn } : {}) })) {
        dial.sentAt = now;
        sent.push(dial);
      }
      keep.push(dial);
    }
    await writeSession({ pendingDials: keep });
    for (const dial of sent) if (dial.tabId !== null) await notifyTab(dial.tabId, { type: 'dial-sent', requestId: dial.requestId, e164: dial.e164 });
    return keep;
  });
}

/**
 * The agent cancels a dial that still waits for the phone (or the page saw its wait run out:
 * `expired`); false when it is no longer waiting (placed, dropped or cancelled already).
 */
export function cancelDial(requestId: string, expired = false): Promise<boolean> {
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    const dial = pendingDials.find((d) => d.requestId === requestId && d.sentAt === null);
    if (!dial) return false;
    await writeSession({ pendingDials: pendingDials.filter((d) => d !== dial) });
    await tellTab(dial, { ok: false, error: expired ? 'timed-out' : 'cancelled' });
    return true;
  });
}

export function finishDial(message: Extract<PhoneToBackground, { type: 'dial-finished' }>): Promise<void> {
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    const dial = pendingDials.find((d) => d.requestId === message.requestId);
    if (!dial) return; // already answered (a repeat after a reconnect)
    await writeSession({ pendingDials: pendingDials.filter((d) => d !== dial) });
    if (!message.result.ok) {
      // Connect refused the call: no contact exists, but the agent tried, so history keeps it.
      await upsertHistory({ id: dial.requestId, contactId: '', direction: 'outbound', number: dial.e164, queue: null, startedAt: dial.createdAt, durationMs: null, outcome: 'failed' });
    }
    await tellTab(dial, message.result.ok ? { ok: true } : { ok: false, error: message.result.error });
  });
}

async function tellTab(dial: PendingDial, result: { ok: true } | { ok: false; error: string }): Promise<void> {
  if (dial.tabId !== null) await notifyTab(dial.tabId, { type: 'dial-finished', requestId: dial.requestId, e164: dial.e164, result });
}
