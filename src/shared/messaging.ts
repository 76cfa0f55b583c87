/**
 * The one way our contexts talk to the background: typed requests whose replies are validated
 * (`ask`), typed requests to a tab (`askTab`, for the background), and long-lived channels that
 * reconnect by themselves (`openPortLink`). The background's side is port-hub.ts and requests.ts;
 * which sender may send what is in background/sender-table.ts.
 */
import type { GenericSchema, InferOutput } from 'valibot';
import {
  parseMessage, ReplySchemas, TabReplySchemas,
  type Channel, type RequestOf, type RequestType, type TabRequest, type TabRequestType,
} from './protocol';

/** Sends a request to the background; the reply, validated, or null when none came or it did not fit. */
export function ask<T extends RequestType>(message: RequestOf<T>) {
  return askWith(ReplySchemas, message);
}

type ReplySchemaMap = { readonly [K in RequestType]?: GenericSchema<unknown, unknown> };

/**
 * `ask` with the reply schemas of the requests this context may send: a content script passes its
 * few (ContentScriptReplySchemas), so its bundle does not carry every reply's schema.
 */
export async function askWith<S extends ReplySchemaMap, T extends keyof S & RequestType>(schemas: S, message: RequestOf<T>): Promise<InferOutput<NonNullable<S[T]>> | null> {
  const raw: unknown = await chrome.runtime.sendMessage(message);
  const schema = schemas[message.type] as NonNullable<S[T]>; // present: T is one of its keys
  return parseMessage(schema, raw, `background's reply to ${message.type}`);
}

/** The background asks a tab (one frame, or every frame); null when no frame answered or it did not fit. */
export async function askTab<T extends TabRequestType>(tabId: number, message: Extract<TabRequest, { type: T }>, frameId?: number) {
  let raw: unknown;
  try {
    raw = await chrome.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
  } catch {
    return null; // no content script there (not a granted site), or the tab is gone
  }
  if (raw === undefined) return null;
  return parseMessage(TabReplySchemas[message.type as T], raw, `tab ${tabId}'s reply to ${message.type}`);
}

export interface PortLink<Out> {
  post(message: Out): void;
  close(): void;
}

const RECONNECT_MS = 50;

/**
 * The client end of a long-lived channel (phone document, side panel, popup). The worker may be
 * stopped at any moment, which disconnects the Port; the link reconnects at once (that restarts
 * the worker) and sends `hello()` again (what the background must hear to be current), so the
 * background never misses the present state. What is sent and received is checked against the
 * channel's schemas.
 */
export function openPortLink<Out, In>(channel: Channel<Out, In>, onMessage: (message: In) => void, hello: () => Out[]): PortLink<Out> {
  let port: chrome.runtime.Port | null = null;
  let closed = false;

  const post = (message: Out) => {
    if (!parseMessage(channel.up, message, `${channel.name} (outgoing)`)) return;
    try {
      port?.postMessage(message);
    } catch {
      // Disconnected between the check and the post: the reconnect says the present state again.
    }
  };

  const open = () => {
    if (closed) return;
    // chrome.runtime, not the polyfill: the offscreen phone document has only this one extension
    // API, and the same code runs there.
    port = chrome.runtime.connect({ name: channel.name });
    port.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(channel.down, raw, 'background');
      if (message) onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      setTimeout(open, RECONNECT_MS);
    });
    for (const message of hello()) post(message);
  };
  open();

  return {
    post,
    close: () => {
      closed = true;
      port?.disconnect();
    },
  };
}
