import { uiLocale } from '../src/shared/ui-locale';
import { t } from '../src/shared/i18n';
import { formatForAgent, type CountryCode } from '../src/shared/phone';
import type { CallHistoryEntry } from '../src/shared/call-history';
import { formatDuration } from '../src/shared/durations';

const time = new Intl.DateTimeFormat([uiLocale()], { hour: '2-digit', minute: '2-digit', month: 'short', day: 'numeric' });

/** The last few calls, each with a button to call the number back. */
export function RecentCalls({ entries, country, redial }: { entries: CallHistoryEntry[]; country: CountryCode; redial: (e164: string) => void }) {
  return (
    <section class="recent">
      <h2>{t('popupRecentCalls')}</h2>
      {entries.length === 0 ? (
        <p class="muted" id="recent-empty">{t('popupNoRecentCalls')}</p>
      ) : (
        <ol id="recent-calls">
          {entries.map((entry) => (
            <li key={entry.id} data-outcome={entry.outcome} data-direction={entry.direction}>
              <span class="arrow" aria-hidden="true">{entry.direction === 'inbound' ? '↙' : '↗'}</span>
              <div class="what">
                <div class="who">{entry.number ? formatForAgent(entry.number, country) : t('popupHiddenNumber')}</div>
                <div class="muted">
                  {t(`outcome_${entry.outcome}`)} · {time.format(entry.startedAt)}
                  {entry.durationMs !== null && ` · ${formatDuration(entry.durationMs)}`}
                </div>
              </div>
              {entry.number && (
                <button type="button" class="redial" onClick={() => redial(entry.number!)} title={t('popupRedial')}>{t('popupRedial')}</button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
