/**
 * The customer lookup for each call (shared/lookup.ts does the request): started once per contact
 * when it first reaches the agent, not awaited (a slow CRM holds up nothing else), its result kept
 * in storage.session `lookups` for the contact card.
 */
import browser from 'webextension-polyfill';
import { LOOKUPS_KEY, readLookups, type LookupResult } from '../../shared/call-log-store';
import { runLookup } from '../../shared/lookup';
import { endpointOrigin } from '../../shared/settings-call-log';
import type { ContactSnapshot } from '../../shared/protocol';
import { currentSettings } from '../settings-cache';
import { serialized } from '../session-store';
import { grantedCrmSites } from '../content-scripts';

/**
 * The agent's CRM session goes with a lookup only to a CRM site the admin added and the browser
 * granted (cookies belong to a host, whatever the port).
 */
async function onGrantedCrmHost(urlTemplate: string): Promise<boolean> {
  const host = endpointOrigin(urlTemplate) && new URL(endpointOrigin(urlTemplate)!).hostname;
  return Boolean(host) && (await grantedCrmSites()).some((site) => new URL(site).hostname === host);
}

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

export function startLookup(contact: ContactSnapshot, done: () => Promise<void>): void {
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
    // Once per contact; one left pending by a stopped worker runs again.
    if (lookups[contact.contactId] && lookups[contact.contactId]!.state !== 'pending') return;
    await save(contact.contactId, { state: 'pending' });
    await save(contact.contactId, await runLookup(settings, contact.phoneNumber!, { cookies: settings.lookupCookies && (await onGrantedCrmHost(settings.lookupUrl)) }));
    await done();
  })().catch((e: unknown) => console.warn('[ccp-sidecar] customer lookup', String(e)));
}

/**
 * What `{lookup.…}` templates may use for this contact: the match's `id` and its fields by label;
 * 'pending' while a lookup is to come or under way; nothing when it found no single record (with
 * several, the agent chooses on the card; a pop does not guess).
 */
export async function lookupValues(contact: ContactSnapshot): Promise<Record<string, string> | 'pending'> {
  const { lookupUrl } = await currentSettings();
  if (!lookupUrl || contact.channel !== 'voice' || !contact.phoneNumber) return {};
  const result = readLookups((await browser.storage.session.get(LOOKUPS_KEY))[LOOKUPS_KEY])[contact.contactId];
  if (!result || result.state === 'pending') return 'pending';
  if (result.state !== 'found' || result.matches.length !== 1) return {};
  const match = result.matches[0]!;
  const values: Record<string, string> = {};
  for (const f of match.fields) if (f.value) values[f.label] = f.value;
  if (match.id) values.id = match.id;
  return values;
}
