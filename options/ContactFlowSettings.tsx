import { useEffect, useState } from 'preact/hooks';
import { ivrAttributeError, ivrSeparatorError, ivrStepNameErrors, type IvrStepName } from '../src/shared/contact-flow';
import { t } from '../src/shared/i18n';
import { saveSettings, type SettingKey, type Settings } from '../src/shared/settings';
import type { FieldError } from '../src/shared/settings-validate';
import { fieldErrorText } from './field-error';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';

type Keys = 'ivrFlowAttribute' | 'ivrPathAttribute' | 'ivrPathSeparator' | 'ivrStepNames';

interface StepDraft extends Record<string, string | boolean> {
  path: string;
  label: string;
}

const stepFields: ReadonlyArray<FieldSpec<StepDraft>> = [
  { name: 'path', label: 'ivrStepPath', kind: 'text', placeholder: '1>3', help: 'ivrStepPathHelp' },
  { name: 'label', label: 'ivrStepLabel', kind: 'text' },
];

const fromDraft = (d: StepDraft): IvrStepName => ({ path: d.path.trim(), label: d.label.trim() });

/**
 * The contact flow / IVR on the contact card: the attributes the admin's flows set (the flow's
 * name, the caller's menu choices as a path) and names for the steps agents would not read.
 */
export function ContactFlowSettings({ settings, isLocked }: { settings: Pick<Settings, Keys>; isLocked: (key: SettingKey) => boolean }) {
  const [flow, setFlow] = useState(settings.ivrFlowAttribute);
  const [path, setPath] = useState(settings.ivrPathAttribute);
  const [separator, setSeparator] = useState(settings.ivrPathSeparator);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => setFlow(settings.ivrFlowAttribute), [settings.ivrFlowAttribute]);
  useEffect(() => setPath(settings.ivrPathAttribute), [settings.ivrPathAttribute]);
  useEffect(() => setSeparator(settings.ivrPathSeparator), [settings.ivrPathSeparator]);

  const errors: Record<string, FieldError | null> = {
    'ivr-flow-attribute': ivrAttributeError(flow.trim()),
    'ivr-path-attribute': ivrAttributeError(path.trim()),
    'ivr-path-separator': ivrSeparatorError(separator),
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(errors).some(Boolean)) return;
    const patch: Partial<Settings> = {};
    if (!isLocked('ivrFlowAttribute')) patch.ivrFlowAttribute = flow.trim();
    if (!isLocked('ivrPathAttribute')) patch.ivrPathAttribute = path.trim();
    if (!isLocked('ivrPathSeparator')) patch.ivrPathSeparator = separator;
    await saveSettings(patch);
    setSaved(true);
  };
  const edited = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setSaved(false);
  };
  const field = (id: string, key: Keys, label: Parameters<typeof t>[0], value: string, set: (v: string) => void, placeholder: string, help?: Parameters<typeof t>[0]) => {
    const error = submitted ? errors[id] : null;
    return (
      <div class="form-field">
        <label for={id}>{t(label)}</label>
        <input id={id} type="text" class="mono" spellcheck={false} autocomplete="off" placeholder={placeholder} disabled={isLocked(key)} value={value}
          aria-invalid={error ? 'true' : 'false'} aria-describedby={`${id}-error`} onInput={(e) => edited(set)((e.target as HTMLInputElement).value)} />
        {help && <p class="help">{t(help)}</p>}
        {error && <p class="field-error" id={`${id}-error`} role="alert">{fieldErrorText(error)}</p>}
      </div>
    );
  };
  const fieldsLocked = isLocked('ivrFlowAttribute') && isLocked('ivrPathAttribute') && isLocked('ivrPathSeparator');
  return (
    <Section id="contact-flow-section" title="ivrSettingsLabel" help="ivrSettingsHelp" locked={fieldsLocked && isLocked('ivrStepNames')}>
      <form class="record-form" id="contact-flow-form" onSubmit={save} noValidate>
        {field('ivr-flow-attribute', 'ivrFlowAttribute', 'ivrFlowAttributeLabel', flow, setFlow, 'flowName')}
        {field('ivr-path-attribute', 'ivrPathAttribute', 'ivrPathAttributeLabel', path, setPath, 'ivrPath', 'ivrPathAttributeHelp')}
        {field('ivr-path-separator', 'ivrPathSeparator', 'ivrPathSeparatorLabel', separator, setSeparator, '>')}
        <div class="row">
          <button class="primary" type="submit" id="contact-flow-save" disabled={fieldsLocked}>{t('save')}</button>
          {saved && <span class="status-ok" role="status">{t('saved')}</span>}
        </div>
      </form>
      <h3>{t('ivrStepNamesLabel')}</h3>
      <RecordListEditor<IvrStepName, StepDraft>
        id="ivr-steps"
        items={settings.ivrStepNames}
        locked={isLocked('ivrStepNames')}
        fields={stepFields}
        empty={() => ({ path: '', label: '' })}
        toDraft={(s) => ({ path: s.path, label: s.label })}
        fromDraft={fromDraft}
        errorsOf={(d, others) => {
          const errors = ivrStepNameErrors(fromDraft(d));
          if (!errors.path && others.some((o) => o.path === d.path.trim())) errors.path = 'duplicate';
          return errors;
        }}
        summary={(s) => (
          <>
            <span class="mono muted">{s.path}</span> <strong>{s.label}</strong>
          </>
        )}
        save={async (ivrStepNames) => void (await saveSettings({ ivrStepNames }))}
        addLabel="ivrStepAdd"
        emptyLabel="ivrStepsEmpty"
      />
    </Section>
  );
}
