import { t } from '../src/shared/i18n';
import { newId, saveSettings, type AutofillMapping } from '../src/shared/settings';
import { autofillMappingErrors } from '../src/shared/settings-validate';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';

interface MappingDraft extends Record<string, string | boolean> {
  selector: string;
  label: string;
  template: string;
  overwrite: boolean;
}

const fields: ReadonlyArray<FieldSpec<MappingDraft>> = [
  { name: 'selector', label: 'mappingSelector', kind: 'text', placeholder: '#phone', help: 'mappingSelectorHelp' },
  { name: 'label', label: 'mappingLabel', kind: 'text' },
  { name: 'template', label: 'mappingTemplate', kind: 'text', placeholder: '{phone.national}' },
  { name: 'overwrite', label: 'mappingOverwrite', kind: 'checkbox' },
];

const fromDraft = (d: MappingDraft, previous: AutofillMapping | null): AutofillMapping => ({
  id: previous?.id ?? newId(),
  selector: d.selector.trim(),
  label: d.label.trim(),
  template: d.template.trim(),
  overwrite: d.overwrite,
});

/** Auto-fill: which CRM form fields get which contact data. */
export function AutofillMappings({ mappings, locked }: { mappings: AutofillMapping[]; locked: boolean }) {
  return (
    <Section id="autofill-section" title="autofillLabel" help="autofillHelp" locked={locked}>
      <RecordListEditor<AutofillMapping, MappingDraft>
        id="autofill"
        items={mappings}
        locked={locked}
        fields={fields}
        empty={() => ({ selector: '', label: '', template: '', overwrite: false })}
        toDraft={(m) => ({ selector: m.selector, label: m.label, template: m.template, overwrite: m.overwrite })}
        fromDraft={fromDraft}
        errorsOf={(d) => autofillMappingErrors(fromDraft(d, null))}
        summary={(m) => (
          <>
            <span class="mono">{m.selector || m.label}</span> ← <span class="mono">{m.template}</span>
            {m.overwrite && <span class="pill">{t('mappingOverwrites')}</span>}
          </>
        )}
        save={async (autofillMappings) => void (await saveSettings({ autofillMappings }))}
        addLabel="autofillAdd"
        emptyLabel="autofillEmpty"
      />
    </Section>
  );
}
