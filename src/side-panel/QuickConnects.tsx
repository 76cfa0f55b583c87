import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type MessageKey } from '../shared/i18n';
import { ask } from '../shared/messaging';
import { formatForAgent, parseDialInput, type CountryCode } from '../shared/phone';
import type { CallCommand, QuickConnect } from '../shared/protocol';

/** Case, width (全角/半角) and kana-insensitive enough for a list of names typed by admins. */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/** The names and numbers that match every word of the search. */
export function matchQuickConnects(list: readonly QuickConnect[], search: string): QuickConnect[] {
  const words = fold(search).split(/\s+/).filter(Boolean);
  return list.filter((q) => {
    const hay = fold(`${q.name} ${q.phoneNumber ?? ''} ${q.type}`);
    return words.every((w) => hay.includes(w));
  });
}

/**
 * The routing profile's quick connects (Streams' getEndpoints for the agent's queues), searchable,
 * and a number field: choosing one adds that party to the call (contact.addConnection), which puts
 * the customer on hold. What follows (talk, conference, leave) is on the contact card.
 */
export function QuickConnects({ country, add, close }: { country: CountryCode; add: (command: CallCommand) => void; close: () => void }) {
  const [list, setList] = useState<QuickConnect[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [number, setNumber] = useState('');
  const [numberError, setNumberError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void ask({ type: 'list-quick-connects' }).catch(() => null).then((reply) => {
      if (!live) return;
      if (reply?.ok) setList(reply.quickConnects);
      else setError(reply?.error ?? 'no-answer');
    });
    return () => {
      live = false;
    };
  }, []);

  const shown = useMemo(() => matchQuickConnects(list ?? [], search), [list, search]);
  const addNumber = (event: Event) => {
    event.preventDefault();
    const parsed = parseDialInput(number, country);
    if (!parsed.ok) return setNumberError(t(`dialInputError_${parsed.reason.replace(/-/g, '_')}` as MessageKey));
    add({ kind: 'add-number', e164: parsed.e164 });
  };

  return (
    <div class="quick-connects" role="dialog" aria-label={t('quickConnectsTitle')}>
      <div class="row">
        <input class="quick-connect-search" type="search" aria-label={t('quickConnectsSearch')} placeholder={t('quickConnectsSearch')} value={search}
          onInput={(e) => setSearch((e.target as HTMLInputElement).value)} autoFocus />
        <button type="button" class="quick-connects-close" onClick={close}>{t('quickConnectsClose')}</button>
      </div>
      {list === null && !error && <p class="muted">{t('quickConnectsLoading')}</p>}
      {error && <p class="field-error" role="alert">{t('controlsFailed', error)}</p>}
      {list !== null && (
        <ul>
          {shown.map((q) => (
            <li key={q.arn}>
              <button type="button" class="quick-connect" data-quick-connect={q.name} data-type={q.type} onClick={() => add({ kind: 'add', endpointArn: q.arn })}>
                <span class="qc-name">{q.name}</span>
                <span class="qc-type muted">{q.phoneNumber ? formatForAgent(q.phoneNumber, country) : t(`quickConnectType_${q.type}`)}</span>
              </button>
            </li>
          ))}
          {!shown.length && <li class="muted">{t('quickConnectsNone')}</li>}
        </ul>
      )}
      <form class="row" onSubmit={addNumber} noValidate>
        <input class="quick-connect-number" type="tel" autocomplete="off" aria-label={t('quickConnectsNumber')} placeholder={t('quickConnectsNumber')} value={number}
          aria-invalid={numberError ? 'true' : 'false'} onInput={(e) => { setNumber((e.target as HTMLInputElement).value); setNumberError(null); }} />
        <button type="submit" class="quick-connect-call">{t('quickConnectsCall')}</button>
      </form>
      {numberError && <p class="field-error" role="alert">{numberError}</p>}
    </div>
  );
}
