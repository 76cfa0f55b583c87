/**
 * Connect's inactivity warning as a desktop notification, for an agent who is not looking at a
 * view of the phone (working elsewhere, or away): its one button is "Stay signed in". The views
 * show the same warning themselves.
 */
import { t } from '../shared/i18n';
import type { SessionWarning } from '../shared/protocol';
import { agentActive } from './activity';
import { aViewIsInSight } from './views';

export const SESSION_NOTIFICATION = 'ccps-session-warning';

export async function showSessionWarning(warning: SessionWarning): Promise<void> {
  if (!warning) {
    await chrome.notifications.clear(SESSION_NOTIFICATION).catch(() => undefined);
    return;
  }
  if (await aViewIsInSight()) return;
  const at = new Date(warning.expiresAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  await chrome.notifications.create(SESSION_NOTIFICATION, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: t('extName'),
    message: t('sessionWarning', at),
    buttons: [{ title: t('sessionStay') }],
    requireInteraction: true,
    priority: 2,
  }).catch((e: unknown) => console.warn('[ccp-sidecar] notification failed', e));
}

/** The notification's button (or the notification itself) is the agent's answer: they are here. */
export function onSessionNotification(notificationId: string): boolean {
  if (notificationId !== SESSION_NOTIFICATION) return false;
  void agentActive();
  void chrome.notifications.clear(SESSION_NOTIFICATION).catch(() => undefined);
  return true;
}
