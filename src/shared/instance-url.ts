/**
 * The Amazon Connect instance URL an admin types, validated and normalised to the CCP URL that
 * Streams' `initCCP` needs. Admins paste all sorts of things (the alias, the console URL, an old
 * awsapps.com URL); we accept every form that names one instance and reject the rest with a reason.
 */

export type InstanceUrlError =
  | 'empty'
  | 'not-a-url'
  | 'not-https'
  | 'not-connect-host'
  | 'bad-alias'
  | 'unknown-path'
  | 'dev-only';

export type InstanceUrlResult =
  | { ok: true; ccpUrl: string; origin: string; alias: string | null }
  | { ok: false; error: InstanceUrlError };

// An instance alias: DNS-label rules (letters, digits, inner hyphens), as Connect enforces.
const ALIAS = /^[a-z0-9](?:[a-z0-9-]{0,60}[a-z0-9])?$/;
const NEW_DOMAIN = '.my.connect.aws';
const OLD_DOMAIN = '.awsapps.com';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Paths an admin may paste from the agent's browser bar; all of them name the same instance.
const NEW_PATHS = new Set(['', '/', '/ccp-v2', '/ccp-v2/', '/agent-app-v2', '/agent-app-v2/', '/home', '/connect/ccp-v2', '/connect/ccp-v2/']);
const OLD_PATHS = new Set(['', '/', '/connect', '/connect/', '/connect/ccp-v2', '/connect/ccp-v2/', '/connect/home', '/connect/agent-app-v2', '/connect/agent-app-v2/']);

/**
 * @param allowLoopback accept `http://127.0.0.1` / `localhost` (the simulated instance); only a
 *   development build passes true, so a release can never be pointed at a local page.
 */
export function normalizeInstanceUrl(input: string, allowLoopback: boolean): InstanceUrlResult {
  const text = input.trim();
  if (!text) return { ok: false, error: 'empty' };

  if (!text.includes('.') && !text.includes('/') && !text.includes(':')) {
    const alias = text.toLowerCase();
    if (!ALIAS.test(alias)) return { ok: false, error: 'bad-alias' };
    return newDomain(alias);
  }

  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, error: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, error: 'not-a-url' };

  const host = url.hostname.toLowerCase();
  if (LOOPBACK_HOSTS.has(host)) {
    if (!allowLoopback) return { ok: false, error: 'dev-only' };
    const path = url.pathname.replace(/\/+$/, '');
    const ccpPath = path === '' ? '/ccp-v2/' : `${path}/`;
    return { ok: true, ccpUrl: `${url.origin}${ccpPath}`, origin: url.origin, alias: null };
  }
  if (url.protocol !== 'https:') return { ok: false, error: 'not-https' };
  if (url.port) return { ok: false, error: 'not-connect-host' };

  const path = url.pathname;
  if (host.endsWith(NEW_DOMAIN)) {
    const alias = host.slice(0, -NEW_DOMAIN.length);
    if (!ALIAS.test(alias)) return { ok: false, error: 'bad-alias' };
    if (!NEW_PATHS.has(path)) return { ok: false, error: 'unknown-path' };
    return newDomain(alias);
  }
  if (host.endsWith(OLD_DOMAIN)) {
    const alias = host.slice(0, -OLD_DOMAIN.length);
    if (!ALIAS.test(alias)) return { ok: false, error: 'bad-alias' };
    if (!OLD_PATHS.has(path)) return { ok: false, error: 'unknown-path' };
    const origin = `https://${alias}${OLD_DOMAIN}`;
    return { ok: true, ccpUrl: `${origin}/connect/ccp-v2/`, origin, alias };
  }
  return { ok: false, error: 'not-connect-host' };
}

function newDomain(alias: string): InstanceUrlResult {
  const origin = `https://${alias}${NEW_DOMAIN}`;
  return { ok: true, ccpUrl: `${origin}/ccp-v2/`, origin, alias };
}

/** Connect's logout page for a CCP URL, where Streams' own sign-out goes (`…/ccp-v2/` → `…/logout`). */
export function logoutUrl(ccpUrl: string): string {
  return `${ccpUrl.slice(0, ccpUrl.indexOf('ccp-v2') - 1)}/logout`;
}
