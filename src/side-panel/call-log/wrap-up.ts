/**
 * The agent's notes and disposition per contact, kept in storage.session as they are typed (a
 * closed and reopened panel, or another window's, shows them; the background takes them into the
 * call record when the contact closes).
 */
import browser from 'webextension-polyfill';
import { MAX_NOTES, readWrapUps, WRAP_UPS_KEY, type WrapUp } from '../../shared/call-log-store';
import type { ContactSnapshot } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { useStorageValue } from '../../shared/use-storage';

/** One write at a time, each on the latest stored value: keystrokes never undo one another. */
let chain: Promise<unknown> = Promise.resolve();

export function saveWrapUp(contactId: string, patch: Partial<WrapUp>): Promise<void> {
  const step = chain.then(async () => {
    const all = readWrapUps((await browser.storage.session.get(WRAP_UPS_KEY))[WRAP_UPS_KEY]);
    const current = all[contactId] ?? { notes: '', disposition: null };
    all[contactId] = { ...current, ...patch, notes: (patch.notes ?? current.notes).slice(0, MAX_NOTES) };
    await browser.storage.session.set({ [WRAP_UPS_KEY]: all });
  });
  chain = step.catch(() => undefined);
  return step;
}

export function useWrapUp(contactId: string): WrapUp {
  const all = useStorageValue('session', WRAP_UPS_KEY, readWrapUps);
  return all[contactId] ?? { notes: '', disposition: null };
}

/** Whether the wrap-up form asks for a disposition before "Close contact" (after a call that was answered). */
export function needsDisposition(contact: ContactSnapshot, settings: Pick<Settings, 'dispositionRequired' | 'dispositions'>, wrapUp: WrapUp): boolean {
  return contact.phase === 'ended' && settings.dispositionRequired && settings.dispositions.length > 0 && !wrapUp.disposition;
}
