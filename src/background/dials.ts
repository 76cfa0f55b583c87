/**
 * Dial requests: queued in storage.session until the phone panel is up and ready, handed over
 * once, and answered back to the tab that asked. A worker stopped in between loses nothing.
 */
import browser from 'webextension-polyfill';
import type { PanelToBackground } from '../shared/protocol';
import { notifyTab } from './crm-tabs';
import { upsertHistory } from './history';
import { sendToPhone } from './phone-port';
import { readSession, serialized, writeSession, type PendingDial } from './session-store';

/** A dial older than this is dropped with an error: calling minutes after the click surprises. */
export const DIAL_EXPIRY_MS = 60_000;
export const EXPIRE_ALARM = 'ccps-expire-dials';

export function queueDial(e164: string, tabId: number | null): Promise<string> {
  const requestId = crypto.randomUUID();
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    pendingDials.push({ requestId, e164, tabId, createdAt: Date.now(), sentAt: null });
    await writeSession({ pendingDials });
    await browser.alarms.create(EXPIRE_ALARM, { when: Date.now() + DIAL_EXPIRY_MS + 1000 });
    return requestId;
  }).then(async (id) => {
    await flushDials();
    return id;
  });
}

/** Hands every queued dial to the phone, if it is ready; drops the expired ones. */
export function flushDials(): Promise<void> {
  return serialized(async () => {
    const { pendingDials } = await readSession('pendingDials');
    const now = Date.now();
    const keep: PendingDial[] = [];
    for (const dial of pendingDials) {
      if (now - dial.createdAt > DIAL_EXPIRY_MS) {
        await tellTab(dial, { ok: false, error: 'timed-out' });
        continue;
      }
      if (dial.sentAt === null && sendToPhone({ type: 'dial-number', requestId: dial.requestId, e164: dial.e164 })) {
        dial.sentAt = now;
      }
      keep.push(dial);
    }
    await writeSession({ pendingDials: keep });
  });
}

export function finishDial(message: Extract<PanelToBackground, { type: 'dial-finished' }>): Promise<void> {
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
  if (dial.tabId !== null) await notifyTab(dial.tabId, { type: 'dial-finished', e164: dial.e164, result });
}
