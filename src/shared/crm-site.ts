/**
 * How a CRM site (an origin the admin added) maps to browser match patterns. A site is its exact
 * origin: scheme, host and port. Host permissions carry no port, so the browser grants a site's
 * whole host; our scripts are registered for the exact origin (content script patterns do honour
 * the port) and check it again when they start (content-scripts/crm/granted-origin.ts).
 */

/** `https://crm.example.com:8443` → `https://crm.example.com/*`: the host permission to ask for. */
export function crmMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** `https://crm.example.com:8443` → `https://crm.example.com:8443/*`: where our content scripts run. */
export function crmOriginPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.host}/*`;
}

/** True when a page at `origin` is on the CRM site `site`: same scheme, host and port. */
export function isOnCrmSite(site: string, origin: string): boolean {
  return new URL(site).origin === new URL(origin).origin;
}
