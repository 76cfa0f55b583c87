/**
 * Our scripts act only on a CRM site's exact origin, port included. The browser's host
 * permission covers a whole host (127.0.0.1, any port), and the background registers our scripts
 * for the exact origins; this check, made before anything else, keeps a script injected anywhere
 * else (an old registration, a frame of another app on the same host) from doing anything.
 */
import { isOnCrmSite } from '../../src/shared/crm-site';
import { loadPageSettings } from '../../src/shared/settings-page';
import { ANNOUNCER_GO_EVENT, ANNOUNCER_READY_EVENT } from './announcer-handshake';

/** True when this frame's URL is on one of the CRM sites in the settings (policy included). */
export async function isOnGrantedOrigin(): Promise<boolean> {
  // The URL's origin, not `location.origin`: a sandboxed frame's is "null", but match patterns
  // (and so the registration) go by the URL.
  const origin = new URL(location.href).origin;
  const { crmSites } = await loadPageSettings();
  return crmSites.some((site) => {
    try {
      return isOnCrmSite(site, origin);
    } catch {
      return false; // not a URL: settings are repaired on load, but a guest trusts nothing
    }
  });
}

/** Lets the page-world announcer start, now and whenever one says it is ready (announcer-handshake.ts). */
export function releaseAnnouncer(signal: AbortSignal): void {
  const go = () => document.dispatchEvent(new Event(ANNOUNCER_GO_EVENT));
  document.addEventListener(ANNOUNCER_READY_EVENT, go, { signal });
  go();
}
