/**
 * The background's end of the long-lived channels (shared/messaging.ts opens the other end). Who
 * may open which channel was checked before this (sender-table.ts); here every message is parsed
 * against the channel's schema and handled one at a time per Port, in the order sent, by one
 * handler per message type (a new type without a handler fails to compile). What we send is
 * validated too: a bug here should fail loudly in the worker, not at the other end.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, type Channel } from '../shared/protocol';

export interface Link<Down> {
  readonly port: Runtime.Port;
  /** False when it did not fit the channel or the Port closed in between. */
  post(message: Down): boolean;
}

export type ChannelHandlers<Up extends { type: string }, L> = { [T in Up['type']]: (message: Extract<Up, { type: T }>, link: L) => Promise<void> };

export function acceptChannel<Up extends { type: string }, Down, L extends Link<Down>>(
  port: Runtime.Port,
  channel: Channel<Up, Down>,
  link: L,
  handlers: ChannelHandlers<Up, L>,
  onGone: () => void,
): void {
  let chain: Promise<unknown> = Promise.resolve();
  port.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(channel.up, raw, channel.name);
    if (!message) return;
    chain = chain
      .then(() => (handlers[message.type as Up['type']] as (m: Up, l: L) => Promise<void>)(message, link))
      .catch((e: unknown) => console.error(`[ccp-sidecar] ${channel.name} message failed`, message.type, e));
  });
  port.onDisconnect.addListener(onGone);
}

/** A Link's `post`: validated, and false instead of a throw for a Port that closed. */
export function poster<Down>(port: Runtime.Port, channel: Channel<unknown, Down>): (message: Down) => boolean {
  return (message) => {
    if (!parseMessage(channel.down, message, `background (outgoing on ${channel.name})`)) return false;
    try {
      port.postMessage(message);
      return true;
    } catch {
      return false; // disconnected in between; its onDisconnect follows
    }
  };
}
