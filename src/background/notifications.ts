/**
 * Desktop notifications for an incoming contact when the agent cannot see the phone (its side
 * panel is hidden, or its window is not focused), with Accept and Reject buttons that act
 * through the phone. The notification id carries the contact id, so a restarted worker
 * still knows what a button click means.
 */
import browser from 'webextension-polyfill';
import { agentCountry, formatForAgent } from '../shared/phone';
import { t } from '../shared/i18n';
import type { ContactSnapshot } from '../shared/protocol';
import { currentSettings } from './settings-cache';
import { sendToPhone } from './phone-link';
import { agentWindowId } from './views';

const PREFIX = 'ccps-contact:';
export const notificationIdOf = (contactId: string) => PREFIX + contactId;

export async function notifyIncoming(contact: ContactSnapshot): Promise<void> {
  const { defaultCountry } = await currentSettings();
  const country = agentCountry(defaultCountry, browser.i18n.getUILanguage());
  const who = contact.phoneNumber ? formatForAgent(contact.phoneNumber, country) : t(`channel_${contact.channel}`);
  await chrome.notifications.create(notificationIdOf(contact.contactId), {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title: t('notifyIncomingTitle', who),
    message: contact.queue ? t('noticeQueue', contact.queue.name) : t(`channel_${contact.channel}`),
    buttons: [{ title: t('actionAccept') }, { title: t('actionReject') }],
    requireInteraction: true,
    priority: 2,
  });
}

export async function clearNotification(contactId: string): Promise<void> {
  await chrome.notifications.clear(notificationIdOf(contactId)).catch(() => undefined);
}

/** `notifications.onButtonClicked`: 0 is Accept, 1 is Reject. */
export function onNotificationButton(notificationId: string, buttonIndex: number): boolean {
  if (!notificationId.startsWith(PREFIX)) return false;
  const contactId = notificationId.slice(PREFIX.length);
  const sent = sendToPhone(buttonIndex === 0 ? { type: 'accept-contact', contactId } : { type: 'reject-contact', contactId });
  void clearNotification(contactId);
  return sent;
}

/** A click on the notification's body brings the agent's window forward, with its side panel. */
export function onNotificationClicked(notificationId: string): void {
  if (!notificationId.startsWith(PREFIX)) return;
  void agentWindowId().then(async (windowId) => {
    if (windowId === null) return;
    await browser.windows.update(windowId, { focused: true }).catch(() => undefined);
    // A notification click is a user gesture in Chrome ≥ 116 for sidePanel.open; if not, the window is still in front.
    await chrome.sidePanel.open({ windowId }).catch(() => undefined);
  });
}
