/**
 * Small cards in our closed shadow root: the current contact, and the result of a dial. Text
 * only. Nothing here carries the caller's number or the contact's id in an attribute: the page
 * cannot reach this root, and even if it could, it would find only what the agent reads.
 */
import { IS_DEV_BUILD } from '../../src/shared/build-flags';
import type { ContactEvent } from '../../src/shared/protocol';
import { t } from '../../src/shared/i18n';
import type { GuestRoot } from './guest-root';
import { isAgentInput } from './trusted-input';

const TOAST_MS = 6000;

export interface CardAction {
  label: string;
  /** Called on the agent's own click only (never on a click a script dispatched). */
  run(): void;
}

function card(guest: GuestRoot, title: string, sub: string, tone: 'info' | 'bad' = 'info', actions: CardAction[] = []): HTMLElement {
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
  if (actions.length) {
    const row = document.createElement('div');
    row.className = 'actions';
    for (const action of actions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = action.label;
      button.dataset.ccpsAction = '';
      button.addEventListener('click', (event) => {
        if (isAgentInput(event)) action.run();
      });
      row.append(button);
    }
    el.append(row);
  }
  guest.stack.append(el);
  return el;
}

export function showToast(guest: GuestRoot, title: string, sub = '', tone: 'info' | 'bad' = 'info'): HTMLElement {
  const el = card(guest, title, sub, tone);
  el.dataset.ccpsToast = '';
  setTimeout(() => el.remove(), TOAST_MS);
  return el;
}

/** A card that stays until `done()`: a dial waiting for the phone, with its Cancel. */
export function showWaiting(guest: GuestRoot, title: string, sub: string, actions: CardAction[]): { done(): void } {
  const el = card(guest, title, sub, 'info', actions);
  el.dataset.ccpsToast = '';
  el.dataset.ccpsWaiting = '';
  return { done: () => el.remove() };
}

/** Keeps one card per live contact, updated as it changes and removed when it is gone. */
export function createContactNotices(guest: GuestRoot, format: (e164: string) => string) {
  const cards = new Map<string, HTMLElement>();
  if (IS_DEV_BUILD) (globalThis as { ccpsNotices?: unknown }).ccpsNotices = cards; // for the tests, as below
  return (event: ContactEvent) => {
    const { contact } = event;
    cards.get(contact.contactId)?.remove();
    cards.delete(contact.contactId);
    if (contact.phase !== 'incoming' && contact.phase !== 'connected' && contact.phase !== 'on-hold') return;
    const who = contact.phoneNumber ? format(contact.phoneNumber) : t(`channel_${contact.channel}`);
    const title = contact.phase === 'incoming' ? t('noticeIncoming', who) : t('noticeConnected', who);
    const el = card(guest, title, contact.queue ? t('noticeQueue', contact.queue.name) : '');
    el.dataset.ccpsNotice = contact.phase;
    cards.set(contact.contactId, el);
    if (IS_DEV_BUILD) recordForTests(contact.contactId, contact.phase);
  };
}

/**
 * Development build only: which notice was shown for which contact and when, kept in this
 * script's isolated world (the tests read it over CDP; the page's world cannot).
 */
function recordForTests(id: string, phase: string): void {
  const scope = globalThis as { ccpsRelayLog?: Array<{ id: string; phase: string; at: number }> };
  (scope.ccpsRelayLog ??= []).push({ id, phase, at: performance.timeOrigin + performance.now() });
}
