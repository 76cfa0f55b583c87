/**
 * The language our UI is shown in: the language of the `_locales` messages Chrome chose, for
 * `Intl` (country names, times) and `<html lang>`. Read from our own messages (`localeTag`), because
 * `i18n.getUILanguage()` and `@@ui_locale` can name the browser's language while the messages
 * come from another locale folder (seen with `LANGUAGE=ja` on Linux), and dates must match the text.
 */
export function uiLocale(): string {
  return chrome.i18n.getMessage('localeTag') || 'en';
}
