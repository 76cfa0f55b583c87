import browser from 'webextension-polyfill';
import type en from '../_locales/en/messages.json';

/** Every key of our `_locales`; a key missing here fails to compile where it is used. */
export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (English or Japanese), with `$1`-style substitutions. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
