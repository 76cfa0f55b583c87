/**
 * Our content script runs only on CRM origins the admin added and the browser granted
 * (optional host permissions), registered at run time: never on every site.
 */
import browser from 'webextension-polyfill';
import { crmMatchPattern, crmOriginPattern } from '../shared/crm-site';
import { loadSettings } from '../shared/settings';

const SCRIPT_ID = 'ccps-crm';
export const CONTENT_SCRIPT_FILE = 'content-crm.js';
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

/** Makes the registered content script match exactly the granted CRM sites. */
export async function syncContentScripts(): Promise<void> {
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
    { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], runAt: 'document_start', allFrames: true, persistAcrossSessions: true },
    { id: ANNOUNCER_ID, matches, js: [ANNOUNCER_FILE], runAt: 'document_start', allFrames: true, persistAcrossSessions: true, world: 'MAIN' },
  ]);
  // Tabs already open on a newly granted site get the script now, not on their next load; the
  // script's own marker makes a second injection a no-op.
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
