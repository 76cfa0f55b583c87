import type en from '../_locales/en/messages.json';

/** Every key of our `_locales`; a key missing here fails to compile where it is used. */
export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (English or Japanese), with `$1`-style substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  // chrome.i18n, not the polyfill: the content script uses this, and the polyfill is 3 KB of its
  // 60 KB gzip budget (getMessage is synchronous; the polyfill adds nothing to it).
  return chrome.i18n.getMessage(key, substitutions) || key;
}
