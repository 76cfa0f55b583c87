import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { formatForAgent, type CountryCode } from '../shared/phone';
import { t } from '../shared/i18n';
import { ask } from '../shared/messaging';
import { DIAL_WAIT_MS } from '../shared/protocol';
import type { PendingDial } from '../background/session-store';
import { useNow } from './use-now';

/**
 * Dials waiting for the phone to be ready (issue #10), each with its time left and a Cancel: the
 * agent sees a call that is about to be placed and can stop it. Read from storage.session, where
 * the background keeps them; shown in the side panel and the popup.
 */
export function PendingDials({ country }: { country: CountryCode }) {
  const [dials, setDials] = useState<PendingDial[]>([]);
  const now = useNow(dials.some((d) => d.sentAt === null), 500);
  useEffect(() => {
    const read = () => void browser.storage.session.get('pendingDials').then((s) => setDials(Array.isArray(s.pendingDials) ? (s.pendingDials as PendingDial[]) : []));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && 'pendingDials' in changes) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const waiting = dials.filter((d) => d.sentAt === null && now - d.createdAt <= DIAL_WAIT_MS);
  if (!waiting.length) return null;
  return (
    <section class="pending-dials" id="pending-dials" aria-live="polite">
      <h2>{t('pendingDialsTitle')}</h2>
      <ul>
        {waiting.map((dial) => (
          <li key={dial.requestId} class="pending-dial">
            <span>{t('pendingDialItem', formatForAgent(dial.e164, country), String(Math.max(0, Math.ceil((dial.createdAt + DIAL_WAIT_MS - now) / 1000))))}</span>
            <button type="button" class="cancel-dial" onClick={() => void ask({ type: 'cancel-dial', requestId: dial.requestId })}>{t('actionCancelDial')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
