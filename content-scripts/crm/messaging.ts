/**
 * Talking to the background from a page: requests validated on the way in, messages from the
 * background validated on the way out, and a clean stop when the extension is reloaded or removed
 * ("Extension context invalidated"). It calls chrome.* itself, not the polyfill: the polyfill is
 * 3 KB of the content script's 60 KB gzip budget, and Chrome's own APIs return promises.
 */
import { askWith } from '../../src/shared/messaging';
import {
  ContentScriptReplySchemas, parseMessage, TAB_REQUEST_TYPES, TabNotificationSchema, TabRequestSchema,
  type ContentScriptRequestType, type RequestOf, type TabNotification, type TabReplies, type TabRequest,
} from '../../src/shared/protocol';

export function isContextValid(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Sends a request; its reply is validated (null when none came or it did not fit). Call it
 * synchronously inside a click handler when the background must act in the click's user gesture
 * (opening the side panel): no await may come before it.
 */
export function request<T extends ContentScriptRequestType>(message: RequestOf<T>, onInvalidated: () => void) {
  if (!isContextValid()) {
    onInvalidated();
    return Promise.resolve(null);
  }
  return askWith(ContentScriptReplySchemas, message).catch((error: unknown) => {
    if (!isContextValid()) onInvalidated();
    else console.warn('[ccp-sidecar]', error);
    return null;
  });
}

export interface BackgroundHandlers {
  notification(message: TabNotification): void;
  /** The reply, or null to leave the request to another frame. */
  request(message: TabRequest): TabReplies[TabRequest['type']] | Promise<TabReplies[TabRequest['type']]> | null;
}

export function onBackgroundMessage(handlers: BackgroundHandlers, signal: AbortSignal): void {
  // Chrome's onMessage answers through sendResponse (a listener's returned promise is not awaited
  // by every Chrome we support): `true` keeps the channel open until it is called.
  const handle = (raw: unknown, sender: chrome.runtime.MessageSender, sendResponse: (reply: unknown) => void): boolean | undefined => {
    // Only our own background: it has our id and no tab.
    if (sender.id !== chrome.runtime.id || sender.tab) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if ((TAB_REQUEST_TYPES as readonly unknown[]).includes(type)) {
      const message = parseMessage(TabRequestSchema, raw, 'background');
      const reply = message ? handlers.request(message) : null;
      if (reply === null) return undefined;
      Promise.resolve(reply).then(sendResponse, (error: unknown) => {
        console.warn('[ccp-sidecar]', error);
        sendResponse(undefined);
      });
      return true;
    }
    const message = parseMessage(TabNotificationSchema, raw, 'background');
    if (message) handlers.notification(message);
    return undefined;
  };
  chrome.runtime.onMessage.addListener(handle);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(handle), { once: true });
}
