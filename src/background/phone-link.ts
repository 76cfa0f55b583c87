/**
 * The background's link to the phone document (src/phone/, the offscreen document running
 * Streams). There is one phone document per browser, so at most one link. The Port dies with the
 * worker and the phone document reconnects at once, saying what it runs and sees: this in-memory
 * link is a cache of the live connection, never state that matters (that is in storage.session).
 */
import type { Runtime } from 'webextension-polyfill';
import { PHONE_CHANNEL, type BackgroundToPhone, type PhoneToBackground } from '../shared/protocol';
import { acceptChannel, poster, type ChannelHandlers, type Link } from './port-hub';

export type PhoneLink = Link<BackgroundToPhone>;
export type PhoneHandlers = ChannelHandlers<PhoneToBackground, PhoneLink>;

let current: PhoneLink | null = null;
/** The phone's status as last reported over the current link ('ready': it takes dials). */
let reported: string | null = null;

export function acceptPhoneDocument(port: Runtime.Port, handlers: PhoneHandlers, onGone: () => void): void {
  const link: PhoneLink = { port, post: poster(port, PHONE_CHANNEL) };
  current = link;
  reported = null;
  const tracked: PhoneHandlers = {
    ...handlers,
    'phone-status-changed': async (message, l) => {
      if (current === l) reported = message.status;
      await handlers['phone-status-changed'](message, l);
    },
  };
  acceptChannel(port, PHONE_CHANNEL, link, tracked, () => {
    if (current !== link) return;
    current = null;
    reported = null;
    onGone();
  });
}

/** Whether the phone document is connected (it may still be loading or signed out). */
export function phoneConnected(): boolean {
  return current !== null;
}

/** Sends a command to the phone; false when it is not connected or (for `whenReady`) not ready. */
export function sendToPhone(message: BackgroundToPhone, { whenReady = true } = {}): boolean {
  if (!current || (whenReady && reported !== 'ready')) return false;
  return current.post(message);
}
