import { useState } from 'preact/hooks';
import { formatForAgent, type CountryCode } from '../shared/phone';
import { t } from '../shared/i18n';
import { ask } from '../shared/messaging';
import { uiLocale } from '../shared/ui-locale';
import { formatDuration } from '../shared/durations';
import type { CallHistoryEntry } from '../shared/call-history';
import { useCallHistory } from '../shared/use-call-history';
import { CallLogStatus } from './call-log/CallLogStatus';
import { useSettings } from './use-settings';

const E164 = /^\+[1-9]\d{6,14}$/;

// Dates in the language of the rest of the panel's text, not whatever the OS locale says.
const when = new Intl.DateTimeFormat(uiLocale(), { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Recent calls, newest first, each with a redial button (numbers kept out of history cannot be redialled). */
export function CallHistory({ country, storeNumbers }: { country: CountryCode; storeNumbers: boolean }) {
  const entries = useCallHistory();
  const [failed, setFailed] = useState<string | null>(null);
  const settings = useSettings();
  const redial = async (entry: CallHistoryEntry) => {
    if (!entry.number) return;
    const reply = await ask({ type: 'dial-number', e164: entry.number, source: 'history' }).catch(() => null);
    setFailed(reply?.ok ? null : entry.id);
  };
  if (!entries.length) return <p class="message muted" id="history-empty">{t('historyEmpty')}</p>;
  return (
    <ol class="history" id="call-history">
      {entries.map((entry) => (
        <li key={entry.id} class={`history-entry ${entry.outcome}`} data-contact-id={entry.contactId} data-outcome={entry.outcome} data-direction={entry.direction}>
          <div class="who">
            <span class="number">{entry.number ? formatForAgent(entry.number, country) : t(storeNumbers ? 'historyNoNumber' : 'historyNumberHidden')}</span>
            <span class="when muted">{when.format(entry.startedAt)}</span>
          </div>
          <div class="what muted">
            {[
              t(entry.direction === 'inbound' ? 'direction_inbound' : 'direction_outbound'),
              t(`outcome_${entry.outcome}`),
              entry.durationMs !== null ? formatDuration(entry.durationMs) : null,
              entry.queue,
            ].filter(Boolean).join(' · ')}
          </div>
          {entry.number && E164.test(entry.number) && (
            <button class="redial" onClick={() => void redial(entry)} title={t('historyRedialTitle', formatForAgent(entry.number, country))}>
              {t('historyRedial')}
            </button>
          )}
          {failed === entry.id && <span class="field-error">{t('historyRedialFailed')}</span>}
          <CallLogStatus contactId={entry.contactId} settings={settings} />
        </li>
      ))}
    </ol>
  );
}
