import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n';
import { saveSettings, type Settings, type SettingKey } from '../src/shared/settings';
import { attributeKeysFrom, dispositionsFrom } from '../src/shared/settings-call-log';
import { Section } from './Section';

type Keys = 'dispositions' | 'dispositionRequired' | 'logAttributes' | 'crmRecordPattern';

function patternError(text: string): boolean {
  try {
    new RegExp(text);
    return false;
  } catch {
    return true;
  }
}

/** The wrap-up form's dispositions (required or not) and what else goes into the call record. */
export function WrapUpSettings({ settings, isLocked }: { settings: Pick<Settings, Keys>; isLocked: (key: SettingKey) => boolean }) {
  const [dispositions, setDispositions] = useState(settings.dispositions.join('\n'));
  const [attributes, setAttributes] = useState(settings.logAttributes.join(', '));
  const [pattern, setPattern] = useState(settings.crmRecordPattern);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDispositions(settings.dispositions.join('\n')), [settings.dispositions.join('\n')]);
  const badPattern = patternError(pattern);
  const save = async (event: Event) => {
    event.preventDefault();
    if (badPattern) return;
    const patch: Partial<Settings> = {};
    if (!isLocked('dispositions')) patch.dispositions = dispositionsFrom(dispositions.split('\n'));
    if (!isLocked('logAttributes')) patch.logAttributes = attributeKeysFrom(attributes.split(/[,\s]+/));
    if (!isLocked('crmRecordPattern')) patch.crmRecordPattern = pattern.trim();
    await saveSettings(patch);
    setSaved(true);
  };
  const locked = isLocked('dispositions') && isLocked('logAttributes') && isLocked('crmRecordPattern');
  return (
    <Section id="wrap-up-section" title="wrapUpSettingsLabel" help="wrapUpSettingsHelp" locked={locked}>
      <form class="record-form" id="wrap-up-form" onSubmit={save} noValidate>
        <div class="form-field">
          <label for="dispositions">{t('dispositionsLabel')}</label>
          <textarea id="dispositions" rows={4} disabled={isLocked('dispositions')} value={dispositions} onInput={(e) => { setDispositions((e.target as HTMLTextAreaElement).value); setSaved(false); }} />
          <p class="help">{t('dispositionsHelp')}</p>
        </div>
        <label class="switch">
          <input id="disposition-required" type="checkbox" checked={settings.dispositionRequired} disabled={isLocked('dispositionRequired')}
            onChange={(e) => void saveSettings({ dispositionRequired: (e.target as HTMLInputElement).checked })} />
          <span>{t('dispositionRequiredLabel')}</span>
        </label>
        <div class="form-field">
          <label for="log-attributes">{t('logAttributesLabel')}</label>
          <input id="log-attributes" type="text" placeholder="CustomerId,AccountId" disabled={isLocked('logAttributes')} value={attributes} onInput={(e) => { setAttributes((e.target as HTMLInputElement).value); setSaved(false); }} />
        </div>
        <div class="form-field">
          <label for="crm-record-pattern">{t('crmRecordPatternLabel')}</label>
          <input id="crm-record-pattern" type="text" class="mono" placeholder="/accounts/(\w+)" disabled={isLocked('crmRecordPattern')} value={pattern} aria-invalid={badPattern ? 'true' : 'false'}
            onInput={(e) => { setPattern((e.target as HTMLInputElement).value); setSaved(false); }} />
          <p class="help">{t('crmRecordPatternHelp')}</p>
          {badPattern && <p class="field-error" role="alert">{t('crmRecordPatternInvalid')}</p>}
        </div>
        <div class="row">
          <button class="primary" type="submit" id="wrap-up-save" disabled={locked}>{t('save')}</button>
          {saved && <span class="status-ok">{t('saved')}</span>}
        </div>
      </form>
    </Section>
  );
}
