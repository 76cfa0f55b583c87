/**
 * Who is at the other end of a Port (the phone's and the detector's): checked before any message
 * is parsed. Requests over runtime.sendMessage go through the table in sender-table.ts.
 */
import browser, { type Runtime } from 'webextension-polyfill';

/** One of our own pages (side panel, popup, options), wherever it is shown: panel or tab. */
export function isOwnExtensionPage(sender: Runtime.MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** A content script of ours in a tab (its page origin is checked against granted CRM sites). */
export function isOwnContentScript(sender: Runtime.MessageSender | undefined): sender is Runtime.MessageSender & { tab: { id: number } } {
  return sender?.id === browser.runtime.id && typeof sender.tab?.id === 'number' && !(sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

export function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}
