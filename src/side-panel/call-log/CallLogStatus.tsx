import { useState } from 'preact/hooks';
import { summaryText } from '../../shared/call-record';
import { CALL_RECORDS_KEY, OUTBOX_KEY, readCallRecords, readOutbox } from '../../shared/call-log-store';
import { t, type MessageKey } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import { useStorageValue } from '../../shared/use-storage';

const SUMMARY_LABELS = {
  number: 'summaryNumber', direction: 'summaryDirection', outcome: 'summaryOutcome', queue: 'summaryQueue',
  start: 'summaryStart', talk: 'summaryTalk', disposition: 'summaryDisposition', notes: 'summaryNotes', contactId: 'summaryContactId',
} as const satisfies Record<string, MessageKey>;

/**
 * Under a history entry: the disposition and notes kept with the call, each webhook delivery's
 * state (sending, delivered, failed and why), and "Copy summary" when the admin offers it.
 */
export function CallLogStatus({ contactId, settings }: { contactId: string; settings: Pick<Settings, 'logTargets'> }) {
  const outbox = useStorageValue('local', OUTBOX_KEY, readOutbox);
  const records = useStorageValue('local', CALL_RECORDS_KEY, readCallRecords);
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!contactId) return null;
  const deliveries = outbox.filter((i) => i.contactId === contactId);
  const record = records.find((r) => r.contactId === contactId);
  const canCopy = record && settings.logTargets.some((t) => t.kind === 'copy' && t.enabled);
  if (!deliveries.length && !record) return null;
  const copy = async () => {
    if (!record) return;
    const ok = await navigator.clipboard.writeText(summaryText(record, (k) => t(SUMMARY_LABELS[k]))).then(() => true, () => false);
    setCopied(ok);
  };
  return (
    <div class="call-log-status">
      {record?.disposition && <div class="disposition">{t('historyDisposition', record.disposition)}</div>}
      {record?.notes && <div class="notes muted">{record.notes}</div>}
      {deliveries.map((d) => (
        <div key={d.key} class={`delivery ${d.state}`} data-delivery={d.state} data-attempts={String(d.attempts)}>
          {t(`delivery_${d.state}` as MessageKey, String(d.attempts), d.state === 'failed' ? (d.lastError ?? '') : d.lastError ? ` — ${d.lastError}` : '')}
        </div>
      ))}
      {canCopy && <button class="copy-summary" onClick={() => void copy()}>{t('copySummary')}</button>}
      {copied !== null && <span class={copied ? 'muted' : 'field-error'}>{t(copied ? 'copySummaryDone' : 'copySummaryFailed')}</span>}
    </div>
  );
}
