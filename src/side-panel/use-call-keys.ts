import { useEffect, useRef } from 'preact/hooks';
import { activeContactId, hangUpAction } from '../shared/active-contact';
import type { ContactSnapshot } from '../shared/protocol';
import type { ContactAction } from '../shared/use-phone-view';
import { sendCallControl } from './call-control';

/** Keys of the panel (outside text fields), acting on the active contact. */
export const CALL_KEYS = { accept: 'a', hangUp: 'e', mute: 'm', hold: 'h' } as const;
const TONE = /^[0-9*#]$/;

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/**
 * The panel's keyboard: A accepts, E hangs up (rejects a ringing contact, ends a call or a chat),
 * M mutes or unmutes, H holds or resumes the customer, 0-9 * # send tones on the live call. They
 * act on the active contact (shared/active-contact.ts), the one the card marks; never while the
 * agent types in a field, and never with a modifier (those are the browser's).
 */
export function useCallKeys(contacts: ContactSnapshot[], muted: boolean, act: ((action: ContactAction, contactId: string) => void) | null): void {
  const current = useRef({ contacts, muted, act });
  current.current = { contacts, muted, act };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      const { contacts: list, muted: isMuted, act: doAct } = current.current;
      if (!doAct) return;
      const id = activeContactId(list);
      const contact = list.find((c) => c.contactId === id);
      if (!contact) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const liveCall = contact.channel === 'voice' && (contact.phase === 'connected' || contact.phase === 'on-hold');
      const customer = contact.parties?.find((p) => p.role === 'customer');
      const consulting = contact.parties?.some((p) => p.role === 'third-party' && p.state !== 'disconnected') ?? false;
      let handled = true;
      if (key === CALL_KEYS.accept && contact.phase === 'incoming' && contact.direction === 'inbound') doAct('accept', contact.contactId);
      else if (key === CALL_KEYS.hangUp) {
        const how = hangUpAction(contact);
        if (how === 'reject') doAct('reject', contact.contactId);
        else if (how === 'end-call') void sendCallControl(contact.contactId, { kind: 'end' });
        else if (how === 'end') doAct('end', contact.contactId);
        else handled = false;
      } else if (key === CALL_KEYS.mute && liveCall) void sendCallControl(contact.contactId, { kind: 'mute', muted: !isMuted });
      else if (key === CALL_KEYS.hold && liveCall && customer && !consulting && (customer.state === 'connected' || customer.state === 'hold')) {
        void sendCallControl(contact.contactId, { kind: customer.state === 'hold' ? 'resume' : 'hold', connectionId: customer.connectionId });
      } else if (TONE.test(key) && liveCall) void sendCallControl(contact.contactId, { kind: 'digits', digits: key });
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
