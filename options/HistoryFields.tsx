import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n';
import { saveSettings } from '../src/shared/settings';
import { HISTORY_LIMIT_MAX, validateHistoryLimit } from '../src/shared/settings-validate';
import { fieldErrorText } from './field-error';
import { Section } from './Section';
import { SwitchField } from './SwitchField';

/** Call history retention and privacy. */
export function HistoryFields({ limit, storeNumbers, limitLocked, numbersLocked }: { limit: number; storeNumbers: boolean; limitLocked: boolean; numbersLocked: boolean }) {
  const [text, setText] = useState(String(limit));
  const [touched, setTouched] = useState(false);
  const [cleared, setCleared] = useState(false);
  useEffect(() => setText(String(limit)), [limit]);
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
  const code = Number.isNaN(value) ? 'wrong-type' : validateHistoryLimit(value);
  const error = touched && code ? fieldErrorText(code) : null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (!code) await saveSettings({ historyLimit: value });
  };

  return (
    <Section id="history-section" title="historyLabel" help="historyHelp" locked={limitLocked} labelFor="history-limit">
      <form class="row" onSubmit={onSubmit} noValidate>
        <input id="history-limit" type="text" inputMode="numeric" value={text} disabled={limitLocked} aria-invalid={error ? 'true' : 'false'}
          aria-describedby="history-limit-error" onInput={(e) => setText((e.target as HTMLInputElement).value)} onBlur={() => setTouched(true)} />
        <button type="submit" id="history-limit-save" disabled={limitLocked}>{t('save')}</button>
      </form>
      <p class="help">{t('historyLimitHelp', String(HISTORY_LIMIT_MAX))}</p>
      {error && <p class="field-error" id="history-limit-error" role="alert">{error}</p>}
      <SwitchField name="historyStoreNumbers" value={storeNumbers} label="historyStoreNumbersLabel" help="historyStoreNumbersHelp" locked={numbersLocked} />
      <div class="row">
        <button type="button" id="history-clear" onClick={() => void browser.storage.local.remove('callHistory').then(() => setCleared(true))}>{t('historyClear')}</button>
        {cleared && <span class="status-ok" role="status">{t('historyCleared')}</span>}
      </div>
    </Section>
  );
}
