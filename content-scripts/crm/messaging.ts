/**
 * Talking to the background from a page: requests validated on the way in, notifications
 * validated on the way out, and a clean stop when the extension is reloaded or removed
 * ("Extension context invalidated").
 */
import browser from 'webextension-polyfill';
import { parseMessage, TabNotificationSchema, type Replies, type RequestOf, type RequestType, type TabNotification } from '../../src/shared/protocol';

export function isContextValid(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Sends a request. Call it synchronously inside a click handler when the background must act in
 * the click's user gesture (opening the side panel): no await may come before it.
 */
export function request<T extends RequestType>(message: RequestOf<T>, onInvalidated: () => void): Promise<Replies[T] | null> {
  if (!isContextValid()) {
    onInvalidated();
    return Promise.resolve(null);
  }
  return (browser.runtime.sendMessage(message) as Promise<Replies[T]>).catch((error: unknown) => {
    if (!isContextValid()) onInvalidated();
    else console.warn('[ccp-sidecar]', error);
    return null;
  });
}

export function onNotification(listener: (message: TabNotification) => void, signal: AbortSignal): void {
  const handle = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only our own background: it has our id and no tab.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const message = parseMessage(TabNotificationSchema, raw, 'background');
    if (message) listener(message);
  };
  browser.runtime.onMessage.addListener(handle);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(handle), { once: true });
}
