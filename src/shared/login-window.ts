/**
 * The sign-in window. We open it ourselves, in reply to the agent's click, rather than let Streams
 * pop one up (a popup without a gesture is blocked, and Streams' popup cannot be told apart from
 * a stray window): the configured sign-in (SAML) URL, else the CCP URL, which sends a signed-out
 * agent to the instance's own sign-in page.
 */
import { IS_DEV_BUILD } from './build-flags';
import { normalizeInstanceUrl } from './instance-url';
import type { Settings } from './settings';
import { validateLoginUrl } from './settings-validate';

export function loginUrlFor(settings: Pick<Settings, 'instanceUrl' | 'loginUrl'>): string | null {
  if (settings.loginUrl && !validateLoginUrl(settings.loginUrl, IS_DEV_BUILD)) return settings.loginUrl;
  const instance = normalizeInstanceUrl(settings.instanceUrl, IS_DEV_BUILD);
  return instance.ok ? instance.ccpUrl : null;
}

/** Opens the sign-in page in a small window of its own; resolves to that window's id. */
export async function openLoginWindow(url: string): Promise<number | null> {
  const created = await chrome.windows.create({ url, type: 'popup', width: 520, height: 720, focused: true });
  return created?.id ?? null;
}
