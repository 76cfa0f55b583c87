import { useEffect, useState } from 'preact/hooks';
import { IS_DEV_BUILD } from '../src/shared/build-flags';
import type { LookupResult } from '../src/shared/call-log-store';
import { t } from '../src/shared/i18n';
import { runLookup } from '../src/shared/lookup';
import { saveSettings, type Settings, type SettingKey } from '../src/shared/settings';
import { isJsonPointer, parseHeaderLine, validateLookupUrl, type LookupField } from '../src/shared/settings-call-log';
import type { FieldError } from '../src/shared/settings-validate';
import { lookupErrorText } from '../src/side-panel/call-log/CustomerRecord';
import { fieldErrorText } from './field-error';
import { Section } from './Section';
import { requestEndpointOrigins } from './endpoint-permission';

type Keys = 'lookupUrl' | 'lookupHeader' | 'lookupCookies' | 'lookupListPointer' | 'lookupFields' | 'lookupCreateUrl';
const KEYS: SettingKey[] = ['lookupUrl', 'lookupHeader', 'lookupCookies', 'lookupListPointer', 'lookupFields', 'lookupCreateUrl'];

/** `Name = /name | City = /address/city` ↔ the field map. */
export function parseLookupFields(text: string): LookupField[] {
  return text.split('|').map((p) => p.trim()).filter(Boolean).map((p) => {
    const at = p.indexOf('=');
    return { label: (at < 0 ? p : p.slice(0, at)).trim(), pointer: at < 0 ? '' : p.slice(at + 1).trim() };
  });
}
const formatLookupFields = (list: LookupField[]) => list.map((f) => `${f.label} = ${f.pointer}`).join(' | ');

/**
 * The customer lookup: an https GET (the number as `{phone.e164}`) answered with JSON, the fields
 * shown on the contact card by JSON pointer. Saving asks the browser for the lookup's origin in
 * the click. "Test the lookup" runs it here for a number and shows what the card would show, or
 * the bad answer's message (the setup check).
 */
export function CustomerLookup({ settings, isLocked }: { settings: Pick<Settings, Keys>; isLocked: (key: SettingKey) => boolean }) {
  const initial = () => ({
    url: settings.lookupUrl, header: settings.lookupHeader, list: settings.lookupListPointer,
    fields: formatLookupFields(settings.lookupFields), create: settings.lookupCreateUrl,
  });
  const [draft, setDraft] = useState(initial);
  const [state, setState] = useState<'idle' | 'saved' | 'denied' | 'invalid'>('idle');
  const [testNumber, setTestNumber] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);
  const [badNumber, setBadNumber] = useState(false);
  useEffect(() => setDraft(initial()), [settings.lookupUrl, settings.lookupHeader, settings.lookupListPointer, settings.lookupCreateUrl, formatLookupFields(settings.lookupFields)]);
  const locked = KEYS.some((k) => isLocked(k));
  const fields = parseLookupFields(draft.fields);
  const errors: Record<string, FieldError | null> = {
    url: draft.url.trim() ? validateLookupUrl(draft.url, IS_DEV_BUILD) : null,
    header: draft.header.trim() && !parseHeaderLine(draft.header) ? 'not-an-option' : null,
    list: isJsonPointer(draft.list.trim()) ? null : 'not-an-option',
    fields: fields.some((f) => !f.label || !isJsonPointer(f.pointer)) ? 'not-an-option' : null,
    create: draft.create.trim() ? validateLookupUrl(draft.create, true) : null,
  };
  const invalid = Object.values(errors).some(Boolean);
  const set = (key: keyof typeof draft) => (e: Event) => {
    setDraft({ ...draft, [key]: (e.target as HTMLInputElement).value });
    setState('idle');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (invalid) return setState('invalid');
    // The permission request first: it needs this click's gesture.
    const granted = await requestEndpointOrigins(draft.url.trim() ? [draft.url] : []);
    if (!granted) return setState('denied');
    await saveSettings({ lookupUrl: draft.url.trim(), lookupHeader: draft.header.trim(), lookupListPointer: draft.list.trim(), lookupFields: fields, lookupCreateUrl: draft.create.trim() });
    setState('saved');
  };

  const test = async () => {
    // E.164 only: libphonenumber's metadata would double this page for one test field.
    const e164 = testNumber.replace(/[\s().-]/g, '');
    const ok = /^\+[1-9]\d{6,14}$/.test(e164);
    setBadNumber(!ok);
    if (!ok) return setResult(null);
    setResult({ state: 'pending' });
    // Without the agent's CRM session: a setup check must not act as the admin in their CRM.
    setResult(await runLookup(settings, e164));
  };

  const input = (key: keyof typeof draft, label: Parameters<typeof t>[0], placeholder: string, help?: Parameters<typeof t>[0]) => (
    <div class="form-field">
      <label for={`lookup-${key}`}>{t(label)}</label>
      <input id={`lookup-${key}`} type="text" spellcheck={false} autocomplete="off" class="mono" disabled={locked} placeholder={placeholder} value={draft[key]}
        aria-invalid={errors[key] ? 'true' : 'false'} onInput={set(key)} />
      {help && <p class="help">{t(help)}</p>}
      {errors[key] && <p class="field-error" role="alert" id={`lookup-${key}-error`}>{fieldErrorText(errors[key]!)}</p>}
    </div>
  );

  return (
    <Section id="lookup-section" title="lookupSettingsLabel" help="lookupSettingsHelp" locked={locked}>
      <form class="record-form" id="lookup-form" onSubmit={save} noValidate>
        {input('url', 'lookupUrlLabel', 'https://crm.example.com/api/customers?phone={phone.e164}')}
        {input('header', 'lookupHeaderLabel', 'X-Api-Key: …', 'lookupHeaderHelp')}
        <label class="switch">
          <input id="lookup-cookies" type="checkbox" checked={settings.lookupCookies} disabled={isLocked('lookupCookies')}
            onChange={(e) => void saveSettings({ lookupCookies: (e.target as HTMLInputElement).checked })} />
          <span>{t('lookupCookiesLabel')}</span>
        </label>
        {input('list', 'lookupListLabel', '/results')}
        {input('fields', 'lookupFieldsLabel', 'Name = /name | E-mail = /email', 'lookupFieldsHelp')}
        {input('create', 'lookupCreateLabel', 'https://crm.example.com/new?phone={phone.e164}')}
        <div class="row">
          <button class="primary" type="submit" id="lookup-save" disabled={locked}>{t('save')}</button>
          {state === 'saved' && <span class="status-ok">{t('saved')}</span>}
          {state === 'denied' && <span class="field-error" role="alert" id="lookup-denied">{t('endpointDenied')}</span>}
        </div>
      </form>
      {settings.lookupUrl && (
        <div class="row" id="lookup-test">
          <input id="lookup-test-number" type="text" placeholder="+81312345678" value={testNumber} onInput={(e) => setTestNumber((e.target as HTMLInputElement).value)} />
          <button type="button" id="lookup-test-run" onClick={() => void test()}>{t('lookupTest')}</button>
        </div>
      )}
      {badNumber && <p class="field-error" role="alert" id="lookup-test-bad-number">{t('lookupTestBadNumber')}</p>}
      {result && (
        <div id="lookup-test-result" data-state={result.state} role="status">
          {result.state === 'pending' && <p class="muted">{t('lookupPending')}</p>}
          {result.state === 'error' && <p class="field-error" data-error={result.error}>{lookupErrorText(result.error, result.status)}</p>}
          {result.state === 'none' && <p class="muted">{t('lookupNone')}</p>}
          {result.state === 'found' && (
            <>
              <p class="status-ok">{t('lookupTestFound', String(result.matches.length))}</p>
              <dl>
                {result.matches[0]!.fields.map((f) => (
                  <>
                    <dt key={`k-${f.label}`}>{f.label}</dt>
                    <dd key={`v-${f.label}`}>{f.value || '—'}</dd>
                  </>
                ))}
              </dl>
            </>
          )}
        </div>
      )}
    </Section>
  );
}
