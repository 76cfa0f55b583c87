/**
 * The background's link to the phone (src/phone/host.ts): the offscreen phone document, or in the
 * opt-in mode a side panel. There is one phone per browser, so at most one link. The Port dies with the
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

/**
 * A phone host's Port: the phone document, or (the opt-in mode) a side panel. It becomes the phone
 * when `mayHost` allows it on its first message (`phone-document-attached`); until then, and when
 * refused (it is told so and disconnected), nothing it says is handled.
 */
export function acceptPhoneDocument(port: Runtime.Port, handlers: PhoneHandlers, onGone: () => void, mayHost: (port: Runtime.Port) => Promise<boolean> = async () => true): void {
  const link: PhoneLink = { port, post: poster(port, PHONE_CHANNEL) };
  const only = <M>(handle: (message: M, l: PhoneLink) => Promise<void>) => async (message: M, l: PhoneLink) => {
    if (current === l) await handle(message, l);
  };
  const tracked: PhoneHandlers = {
    'phone-document-attached': async (message, l) => {
      if (current !== l && !(await mayHost(port))) {
        l.post({ type: 'phone-refused' });
        port.disconnect();
        return;
      }
      current = l;
      reported = null;
      await handlers['phone-document-attached'](message, l);
    },
    'phone-status-changed': only(async (message, l) => {
      reported = message.status;
      await handlers['phone-status-changed'](message, l);
    }),
    'agent-changed': only(handlers['agent-changed']),
    'contact-changed': only(handlers['contact-changed']),
    'session-warning-changed': only(handlers['session-warning-changed']),
    'microphone-changed': only(handlers['microphone-changed']),
    'dial-finished': only(handlers['dial-finished']),
    'call-control-finished': only(handlers['call-control-finished']),
    'quick-connects-listed': only(handlers['quick-connects-listed']),
    'sign-out-finished': only(handlers['sign-out-finished']),
  };
  acceptChannel(port, PHONE_CHANNEL, link, tracked, () => {
    if (current !== link) return;
    current = null;
    reported = null;
    onGone();
  });
}

/** Whether a phone is connected (it may still be loading or signed out). */
export function phoneConnected(): boolean {
  return current !== null;
}

/** Sends a command to the phone; false when it is not connected or (for `whenReady`) not ready. */
export function sendToPhone(message: BackgroundToPhone, { whenReady = true } = {}): boolean {
  if (!current || (whenReady && reported !== 'ready')) return false;
  return current.post(message);
}
