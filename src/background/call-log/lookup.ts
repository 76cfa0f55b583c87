/**
 * The customer lookup for each call (shared/lookup.ts does the request): started once per contact
 * when it first reaches the agent, not awaited (a slow CRM holds up nothing else), its result kept
 * in storage.session `lookups` for the contact card.
 */
import browser from 'webextension-polyfill';
import { LOOKUPS_KEY, readLookups, type LookupResult } from '../../shared/call-log-store';
import { runLookup } from '../../shared/lookup';
import type { ContactSnapshot } from '../../shared/protocol';
import { currentSettings } from '../settings-cache';
import { serialized } from '../session-store';

async function save(contactId: string, result: LookupResult | null): Promise<void> {
  await serialized(async () => {
    const lookups = readLookups((await browser.storage.session.get(LOOKUPS_KEY))[LOOKUPS_KEY]);
    if (result) lookups[contactId] = result;
    else delete lookups[contactId];
    await browser.storage.session.set({ [LOOKUPS_KEY]: lookups });
  });
}

/** Started in this worker's life: two events of one contact a moment apart start one lookup. */
const started = new Set<string>();

export function startLookup(contact: ContactSnapshot): void {
  if (contact.phase === 'destroyed') {
    started.delete(contact.contactId);
    void save(contact.contactId, null);
    return;
  }
  if (contact.channel !== 'voice' || !contact.phoneNumber || started.has(contact.contactId)) return;
  started.add(contact.contactId);
  void (async () => {
    const settings = await currentSettings();
    if (!settings.lookupUrl) return;
    const lookups = readLookups((await browser.storage.session.get(LOOKUPS_KEY))[LOOKUPS_KEY]);
    if (lookups[contact.contactId]) return; // once per contact
    await save(contact.contactId, { state: 'pending' });
    await save(contact.contactId, await runLookup(settings, contact));
  })();
}
