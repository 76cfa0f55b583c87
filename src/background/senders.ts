/**
 * Who a sender is: our own page, the phone document, or our content script in a tab. The table of
 * who may send what (sender-table.ts) is built on these.
 */
import browser, { type Runtime } from 'webextension-polyfill';

/** One of our own pages (side panel, popup, options), wherever it is shown: panel or tab. */
export function isOwnExtensionPage(sender: Runtime.MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

/** One particular page of ours (`side-panel.html`), shown as a panel or in a tab. */
export function isOwnPage(sender: Runtime.MessageSender | undefined, file: string): boolean {
  return isOwnExtensionPage(sender) && sender!.url!.split(/[?#]/)[0] === browser.runtime.getURL(file);
}

/** The phone document (the offscreen document running Streams): it has no tab and a URL of ours. */
export function isPhoneDocument(sender: Runtime.MessageSender | undefined): boolean {
  return sender?.id === browser.runtime.id && sender.tab === undefined && typeof sender.url === 'string' && sender.url.split(/[?#]/)[0] === browser.runtime.getURL('phone.html');
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
