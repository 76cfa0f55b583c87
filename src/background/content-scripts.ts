/**
 * Our content script runs only on CRM origins the admin added and the browser granted
 * (optional host permissions), registered at run time: never on every site.
 */
import browser from 'webextension-polyfill';
import { crmMatchPattern, crmOriginPattern } from '../shared/crm-site';
import { DEV_MANAGED_OVERRIDE_KEY, loadSettings } from '../shared/settings';
import { IS_DEV_BUILD } from '../shared/build-flags';

const SCRIPT_ID = 'ccps-crm';
export const CONTENT_SCRIPT_FILE = 'content-crm.js';
// The record-evidence code (content-scripts/crm/records-entry.ts): read only when the agent has
// other countries, so on pages only then, run before CONTENT_SCRIPT_FILE in its world.
export const RECORDS_SCRIPT_FILE = 'content-records.js';
// In the page's own world: announces shadow roots attached to elements already in the page
// (content-scripts/crm/shadow-announcer.ts).
const ANNOUNCER_ID = 'ccps-crm-shadow-roots';
const ANNOUNCER_FILE = 'shadow-announcer.js';


export async function grantedCrmSites(): Promise<string[]> {
  const { crmSites } = await loadSettings();
  const checks = await Promise.all(
    crmSites.map(async (site) => ((await browser.permissions.contains({ origins: [crmMatchPattern(site)] })) ? site : null)),
  );
  return checks.filter((site): site is string => site !== null);
}

/**
 * The files of the CRM content script, in the order they run: the records bundle first, only
 * while other countries are set (most agents never set them, and every page would pay for it).
 */
export function contentScriptFiles(otherCountries: readonly string[]): string[] {
  return otherCountries.length ? [RECORDS_SCRIPT_FILE, CONTENT_SCRIPT_FILE] : [CONTENT_SCRIPT_FILE];
}

/** Settings the registration follows: a change to one (stored, or by policy) calls for syncContentScripts. */
const REGISTRATION_SETTINGS = ['crmSites', 'otherCountries'];

export function changesRegistration(changes: Record<string, unknown>, area: string): boolean {
  if (area !== 'local' && area !== 'managed') return false;
  // The development build's stand-in for a policy is a stored key of its own (settings.ts).
  return REGISTRATION_SETTINGS.some((key) => key in changes) || (IS_DEV_BUILD && area === 'local' && DEV_MANAGED_OVERRIDE_KEY in changes);
}

/**
 * Makes the registered content script match exactly the granted CRM sites, with the records
 * bundle while other countries are set. Registrations persist across sessions, and this runs again
 * at every start-up and every change of the sites, permissions or other countries (background/
 * index.ts), so a restarted worker finds them as the settings (policy included) say.
 */
export function syncContentScripts(): Promise<void> {
  // One at a time: a site and its permission, or two settings, change together, and two syncs
  // interleaved would unregister or register the same id twice (and fail).
  const run = syncing.then(syncNow, syncNow);
  syncing = run.catch(() => undefined);
  return run;
}
let syncing: Promise<void> = Promise.resolve();

async function syncNow(): Promise<void> {
  const { otherCountries } = await loadSettings();
  const files = contentScriptFiles(otherCountries);
  const sites = await grantedCrmSites();
  // The exact origins, port included: the permission covers the whole host, but a CRM site on
  // one port is not the app on another (the simulated CCP on 127.0.0.1:4100 beside a CRM on :4200).
  const matches = [...new Set(sites.map(crmOriginPattern))];
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID, ANNOUNCER_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: existing.map((script) => script.id) });
  if (!matches.length) return;
  // document_start: the script adopts its highlight style before the page's first style pass
  // (later it restyles the whole page once, ≈ 140 ms on a 5,000-row table); it waits for the DOM
  // itself before doing anything else (content-scripts/crm/dom-ready.ts).
  await chrome.scripting.registerContentScripts([
    { id: SCRIPT_ID, matches, js: files, runAt: 'document_start', allFrames: true, persistAcrossSessions: true },
    { id: ANNOUNCER_ID, matches, js: [ANNOUNCER_FILE], runAt: 'document_start', allFrames: true, persistAcrossSessions: true, world: 'MAIN' },
  ]);
  // Tabs already open on a newly granted site get the script now, not on their next load; the
  // script's own marker makes a second injection a no-op. Not the records bundle: a page whose
  // script already runs would start reading with it halfway; without it, numbers are read with
  // the other countries and no record country, and the detector asks where it would guess
  // (content-scripts/crm/read-options.ts). The next load has it.
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id, allFrames: true };
      await chrome.scripting.executeScript({ target, files: [ANNOUNCER_FILE], world: 'MAIN' }).catch(() => undefined);
      await chrome.scripting.executeScript({ target, files: [CONTENT_SCRIPT_FILE] }).catch(() => undefined);
    }),
  );
}
