import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { LOOKUP_CHOICES_KEY, LOOKUPS_KEY, readLookups, type LookupError } from '../../shared/call-log-store';
import { t, type MessageKey } from '../../shared/i18n';
import { useStorageValue } from '../../shared/use-storage';

const readChoices = (value: unknown): Record<string, number> => (value && typeof value === 'object' ? (value as Record<string, number>) : {});

export function lookupErrorText(error: LookupError, status: number | null): string {
  return t(`lookupError_${error.replace(/-/g, '_')}` as MessageKey, status === null ? '' : String(status));
}

/**
 * The customer's CRM record found by the admin's lookup: the mapped fields as text (never HTML),
 * a picker when several records match, "no record" with the admin's create link, or why the
 * lookup gave nothing.
 */
export function CustomerRecord({ contactId }: { contactId: string }) {
  const lookups = useStorageValue('session', LOOKUPS_KEY, readLookups);
  const choices = useStorageValue('session', LOOKUP_CHOICES_KEY, readChoices);
  const [picking, setPicking] = useState(false);
  const result = lookups[contactId];
  if (!result) return null;
  const choose = async (index: number) => {
    const stored = readChoices((await browser.storage.session.get(LOOKUP_CHOICES_KEY))[LOOKUP_CHOICES_KEY]);
    await browser.storage.session.set({ [LOOKUP_CHOICES_KEY]: { ...stored, [contactId]: index } });
    setPicking(false);
  };
  let body;
  if (result.state === 'pending') body = <p class="muted lookup-pending">{t('lookupPending')}</p>;
  else if (result.state === 'error') body = <p class="field-error lookup-error" data-error={result.error} role="status">{lookupErrorText(result.error, result.status)}</p>;
  else if (result.state === 'none')
    body = (
      <p class="muted lookup-none">
        {t('lookupNone')}
        {result.createUrl && <> <a href={result.createUrl} target="_blank" rel="noopener noreferrer" class="lookup-create">{t('lookupCreate')}</a></>}
      </p>
    );
  else {
    const chosen = choices[contactId];
    const several = result.matches.length > 1;
    if (several && (chosen === undefined || picking || !result.matches[chosen])) {
      body = (
        <div class="lookup-picker">
          <p>{t('lookupSeveral', String(result.matches.length))}</p>
          <ul>
            {result.matches.map((m, i) => (
              <li key={i}><button class="lookup-pick" onClick={() => void choose(i)}>{m.fields.map((f) => f.value).filter(Boolean).slice(0, 2).join(' · ') || m.id || String(i + 1)}</button></li>
            ))}
          </ul>
        </div>
      );
    } else {
      const match = result.matches[several ? chosen! : 0]!;
      body = (
        <>
          <dl class="lookup-fields">
            {match.fields.map((f) => (
              <>
                <dt key={`k-${f.label}`}>{f.label}</dt>
                <dd key={`v-${f.label}`} data-field={f.label}>{f.value || '—'}</dd>
              </>
            ))}
          </dl>
          {several && <button class="link lookup-change" onClick={() => setPicking(true)}>{t('lookupChange')}</button>}
        </>
      );
    }
  }
  return (
    <section class="customer-record" data-lookup-state={result.state}>
      <h3>{t('lookupTitle')}</h3>
      {body}
    </section>
  );
}
