import { useEffect, useState } from 'preact/hooks';
import { DialField } from '../../popup/DialField';
import { CALLER_ID_PICK_KEY } from '../shared/caller-id';
import { t } from '../shared/i18n';
import { ask } from '../shared/messaging';
import type { CountryCode } from '../shared/phone';
import type { AgentSnapshot } from '../shared/protocol';

const AUTOMATIC = '';

/**
 * The panel's dial field and the caller-ID queue picker: the agent's outbound queues, "automatic"
 * first (the admin's default for the CRM site a click comes from, else the routing profile's
 * default outbound queue). The pick lasts this browser session and applies to every dial, the
 * CRM's click-to-dial included: the background applies it (background/caller-id.ts).
 */
export function Dialer({ agent, country }: { agent: AgentSnapshot; country: CountryCode }) {
  const [pick, setPick] = useState<string>(AUTOMATIC);
  useEffect(() => {
    const read = (value: unknown) => setPick(typeof value === 'string' ? value : AUTOMATIC);
    void chrome.storage.session.get(CALLER_ID_PICK_KEY).then((stored) => read(stored[CALLER_ID_PICK_KEY]));
    const onChanged = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
      if (area === 'session' && CALLER_ID_PICK_KEY in changes) read(changes[CALLER_ID_PICK_KEY]!.newValue);
    };
    chrome.storage.onChanged.addListener(onChanged);
    return () => chrome.storage.onChanged.removeListener(onChanged);
  }, []);

  const queues = agent.outboundQueues ?? [];
  const defaultName = queues.find((q) => q.arn === agent.defaultOutboundQueue)?.name ?? '';
  const choose = (value: string) => {
    setPick(value);
    void (value === AUTOMATIC ? chrome.storage.session.remove(CALLER_ID_PICK_KEY) : chrome.storage.session.set({ [CALLER_ID_PICK_KEY]: value }));
  };
  // A pick the routing profile no longer has is not used (the background falls back): show automatic.
  const shown = queues.some((q) => q.arn === pick) ? pick : AUTOMATIC;

  return (
    <section class="dialer">
      <DialField country={country} dial={async (e164) => (await ask({ type: 'dial-number', e164, source: 'side-panel' }).catch(() => null)) ?? { ok: false, error: 'no-answer' }} />
      {queues.length > 0 && (
        <label class="caller-id">
          <span>{t('callerIdLabel')}</span>
          <select class="caller-id-select" value={shown} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
            <option value={AUTOMATIC}>{defaultName ? t('callerIdAutomaticNamed', defaultName) : t('callerIdAutomatic')}</option>
            {queues.map((q) => <option key={q.arn} value={q.arn}>{q.name}</option>)}
          </select>
        </label>
      )}
    </section>
  );
}
