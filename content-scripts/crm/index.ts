/**
 * The content script on granted CRM pages. A guest: UI in a shadow root, no page DOM rewritten,
 * everything torn down through one AbortSignal, including when the extension is reloaded.
 */
import { defaultCountryFromLanguage, formatForAgent, type CountryCode } from '../../src/shared/phone';
import { loadSettings, watchSettings, type Settings } from '../../src/shared/settings';
import { t, type MessageKey } from '../../src/shared/i18n';
import { installClickToDial } from './click-to-dial';
import { createGuestRoot } from './guest-root';
import { isContextValid, onNotification, request } from './messaging';
import { createContactNotices, showToast } from './notices';

const MARKER = '__ccpsCrmContentScript';

function start(): void {
  // Injected twice (registered script + executeScript into an open tab)? The isolated world is
  // shared, so the second run sees the first's marker and does nothing.
  const scope = globalThis as Record<string, unknown>;
  if (scope[MARKER]) return;
  scope[MARKER] = true;

  const controller = new AbortController();
  const { signal } = controller;
  const teardown = () => {
    controller.abort();
    scope[MARKER] = false;
  };

  let settings: Settings | null = null;
  const country = (): CountryCode =>
    (settings?.defaultCountry || defaultCountryFromLanguage(navigator.language)) as CountryCode;
  const guest = createGuestRoot(signal);
  const format = (e164: string) => formatForAgent(e164, country());

  void loadSettings().then((s) => (settings = s));
  const unwatch = watchSettings((s) => (settings = s));
  signal.addEventListener('abort', unwatch, { once: true });

  installClickToDial({
    signal,
    country,
    handleTelLinks: () => settings?.handleTelLinks ?? true,
    dial: (e164, source) => {
      const pending = request({ type: 'dial-number', e164, source }, teardown);
      showToast(guest, t('toastDialing', format(e164)));
      void pending.then((reply) => {
        if (reply && !reply.ok) showToast(guest, t('toastDialFailed', format(e164), dialErrorText(reply.error)), '', 'bad');
      });
    },
    unreadable: (raw) => showToast(guest, t('toastDialFailed', raw, t('dialError_unreadable')), '', 'bad'),
  });

  const showContact = createContactNotices(guest, format);
  onNotification((message) => {
    if (message.type === 'contact-changed') showContact(message.event);
    else if (!message.result.ok) showToast(guest, t('toastDialFailed', format(message.e164), dialErrorText(message.result.error)), '', 'bad');
  }, signal);

  // When the extension is reloaded or removed, this script is orphaned: its runtime is gone.
  // Chrome gives no event for that, so we check on a slow timer and on use.
  const check = setInterval(() => {
    if (!isContextValid()) teardown();
  }, 5000);
  signal.addEventListener('abort', () => clearInterval(check), { once: true });
}

function dialErrorText(error: string): string {
  const key = `dialError_${error.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? t('dialError_generic', error) : text;
}

start();
