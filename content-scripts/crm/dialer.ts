/**
 * Every way to dial from a page ends here: the request to the background, and what the agent is
 * told ("Calling 03-1234-5678…", or why not). A number we cannot read is never guessed at: the
 * agent gets a message and nothing is dialled.
 */
import { formatForAgent, type CountryCode } from '../../src/shared/phone';
import type { DIAL_SOURCES } from '../../src/shared/protocol';
import { t, type MessageKey } from '../../src/shared/i18n';
import type { GuestRoot } from './guest-root';
import { request } from './messaging';
import { showToast } from './notices';

export type DialSource = (typeof DIAL_SOURCES)[number];

export interface Dialer {
  /** Synchronous up to the message send: the background opens the panel in the click's gesture. */
  dial(e164: string, source: DialSource): void;
  /** Tells the agent that `raw` is not a number we can dial. */
  unreadable(raw: string): void;
  /** Tells the agent why a dial did not happen (a `dialError_*` code). */
  failed(e164OrText: string, error: string): void;
  format(e164: string): string;
}

const MAX_SHOWN_CHARS = 40;

export function createDialer(guest: GuestRoot, country: () => CountryCode, onInvalidated: () => void): Dialer {
  const format = (e164: string) => formatForAgent(e164, country());
  const failed = (what: string, error: string) => showToast(guest, t('toastDialFailed', what, dialErrorText(error)), '', 'bad');
  return {
    dial(e164, source) {
      const pending = request({ type: 'dial-number', e164, source }, onInvalidated);
      showToast(guest, t('toastDialing', format(e164)));
      void pending.then((reply) => {
        if (reply && !reply.ok) failed(format(e164), reply.error);
      });
    },
    unreadable(raw) {
      const text = raw.trim().replace(/\s+/g, ' ');
      failed(text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text || '""', 'unreadable');
    },
    failed,
    format,
  };
}

export function dialErrorText(error: string): string {
  const key = `dialError_${error.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? t('dialError_generic', error) : text;
}
