/**
 * Call history in storage.local under `callHistory` (the popup reads it too): newest first,
 * capped at the `historyLimit` setting, oldest dropped first. An entry is written once its
 * outcome is known (answered, missed, rejected, failed) and completed with its duration when
 * the contact ends. Entries are keyed by contact id and written as upserts, so an event handled
 * again after a worker restart can neither double nor lose one.
 */
import browser from 'webextension-polyfill';
import type { ContactEvent } from '../shared/protocol';
import { currentSettings } from './settings-cache';
import type { ContactLife } from './session-store';

import { CALL_HISTORY_KEY as HISTORY_KEY, readCallHistory, type CallHistoryEntry, type CallOutcome } from '../shared/call-history';

export { HISTORY_KEY, type CallHistoryEntry };

/** What an event changes: the contact's life so far, and the history entry to upsert, if any. */
export function historyStep(event: ContactEvent, life: ContactLife | undefined, existing: CallHistoryEntry | undefined): { life: ContactLife; entry: CallHistoryEntry | null } {
  const c = event.contact;
  const next: ContactLife = life ? { ...life } : { startedAt: c.phaseSince, connectedAt: null };
  const base = (outcome: CallOutcome): CallHistoryEntry => ({
    id: c.contactId,
    contactId: c.contactId,
    direction: c.direction,
    number: c.phoneNumber,
    queue: c.queue?.name ?? null,
    startedAt: next.startedAt,
    durationMs: null,
    outcome,
  });
  const unanswered: CallOutcome = c.direction === 'inbound' ? 'missed' : 'failed';
  switch (c.phase) {
    case 'connected':
    case 'on-hold':
      if (next.connectedAt === null) {
        next.connectedAt = c.phaseSince;
        return { life: next, entry: existing ?? base('answered') };
      }
      return { life: next, entry: null };
    case 'rejected':
      return { life: next, entry: existing ? null : base('rejected') };
    case 'missed':
    case 'error':
      return { life: next, entry: existing || next.connectedAt !== null ? null : base(unanswered) };
    case 'ended':
    case 'destroyed': {
      if (next.connectedAt !== null) {
        const entry = existing ?? base('answered');
        // The first end counts: after-contact work that follows is not talk time.
        if (entry.durationMs !== null) return { life: next, entry: null };
        return { life: next, entry: { ...entry, durationMs: Math.max(0, c.phaseSince - next.connectedAt) } };
      }
      return { life: next, entry: existing ? null : base(unanswered) };
    }
    default:
      return { life: next, entry: null };
  }
}

export async function readHistory(): Promise<CallHistoryEntry[]> {
  return readCallHistory((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY]);
}

/** Inserts or replaces the entry with this id (keeping its place), newest first, capped. */
export async function upsertHistory(entry: CallHistoryEntry): Promise<void> {
  const [history, { historyLimit, historyStoreNumbers }] = await Promise.all([readHistory(), currentSettings()]);
  const stored = historyStoreNumbers ? entry : { ...entry, number: null };
  const at = history.findIndex((e) => e.id === entry.id);
  if (at >= 0) history[at] = stored;
  else history.unshift(stored);
  history.sort((a, b) => b.startedAt - a.startedAt);
  await browser.storage.local.set({ [HISTORY_KEY]: history.slice(0, historyLimit) });
}

export async function findHistoryEntry(id: string): Promise<CallHistoryEntry | undefined> {
  return (await readHistory()).find((e) => e.id === id);
}
