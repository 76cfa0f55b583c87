/** Small cards in our shadow root: the current contact, and the result of a dial. Text only. */
import type { ContactEvent } from '../../src/shared/protocol';
import { t } from '../../src/shared/i18n';
import type { GuestRoot } from './guest-root';

const TOAST_MS = 6000;

function card(guest: GuestRoot, title: string, sub: string, tone: 'info' | 'bad' = 'info'): HTMLElement {
  const el = document.createElement('div');
  el.className = tone === 'bad' ? 'card bad' : 'card';
  const titleEl = document.createElement('div');
  titleEl.className = 'title';
  titleEl.textContent = title;
  const subEl = document.createElement('div');
  subEl.className = 'sub';
  subEl.textContent = sub;
  const close = document.createElement('button');
  close.textContent = '×';
  close.title = t('noticeClose');
  close.setAttribute('aria-label', t('noticeClose'));
  close.addEventListener('click', () => el.remove());
  el.append(titleEl, close, subEl);
  guest.stack.append(el);
  return el;
}

export function showToast(guest: GuestRoot, title: string, sub = '', tone: 'info' | 'bad' = 'info'): HTMLElement {
  const el = card(guest, title, sub, tone);
  el.dataset.ccpsToast = '';
  setTimeout(() => el.remove(), TOAST_MS);
  return el;
}

/** Keeps one card per live contact, updated as it changes and removed when it is gone. */
export function createContactNotices(guest: GuestRoot, format: (e164: string) => string) {
  const cards = new Map<string, HTMLElement>();
  return (event: ContactEvent) => {
    const { contact } = event;
    cards.get(contact.contactId)?.remove();
    cards.delete(contact.contactId);
    if (contact.phase !== 'incoming' && contact.phase !== 'connected' && contact.phase !== 'on-hold') return;
    const who = contact.phoneNumber ? format(contact.phoneNumber) : t(`channel_${contact.channel}`);
    const title = contact.phase === 'incoming' ? t('noticeIncoming', who) : t('noticeConnected', who);
    const el = card(guest, title, contact.queue ? t('noticeQueue', contact.queue.name) : '');
    el.dataset.contactId = contact.contactId;
    el.dataset.phase = contact.phase;
    if (contact.phoneNumber) el.dataset.e164 = contact.phoneNumber;
    cards.set(contact.contactId, el);
  };
}
