/**
 * How a CRM site (an origin the admin added) maps to browser match patterns. Match patterns
 * carry no port, so a site is matched, granted and checked by scheme and host alone, everywhere.
 */

/** `https://crm.example.com:8443` → `https://crm.example.com/*`. */
export function crmMatchPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** True when a page at `origin` is on the CRM site `site` (same scheme and host; any port). */
export function isOnCrmSite(site: string, origin: string): boolean {
  const a = new URL(site);
  const b = new URL(origin);
  return a.protocol === b.protocol && a.hostname === b.hostname;
}
