import { saveSettings, type ShownAttribute } from '../src/shared/settings';
import { shownAttributeErrors, type FieldError } from '../src/shared/settings-validate';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';

interface AttributeDraft extends Record<string, string | boolean> {
  key: string;
  label: string;
}

const fields: ReadonlyArray<FieldSpec<AttributeDraft>> = [
  { name: 'key', label: 'attributeKey', kind: 'text', placeholder: 'CustomerId', help: 'attributeKeyHelp' },
  { name: 'label', label: 'attributeLabel', kind: 'text' },
];

const fromDraft = (d: AttributeDraft): ShownAttribute => ({ key: d.key.trim(), label: d.label.trim() });

/** The contact attributes shown on the contact card, in order, with the labels agents read. */
export function ShownAttributes({ attributes, locked }: { attributes: ShownAttribute[]; locked: boolean }) {
  return (
    <Section id="attributes-section" title="attributesLabel" help="attributesHelp" locked={locked}>
      <RecordListEditor<ShownAttribute, AttributeDraft>
        id="attributes"
        items={attributes}
        locked={locked}
        fields={fields}
        empty={() => ({ key: '', label: '' })}
        toDraft={(a) => ({ key: a.key, label: a.label })}
        fromDraft={fromDraft}
        errorsOf={(d, others) => {
          const errors: Record<string, FieldError> = shownAttributeErrors(fromDraft(d));
          if (!errors.key && others.some((o) => o.key === d.key.trim())) errors.key = 'duplicate';
          return errors;
        }}
        summary={(a) => (
          <>
            <strong>{a.label}</strong> <span class="mono muted">{a.key}</span>
          </>
        )}
        save={async (shownAttributes) => void (await saveSettings({ shownAttributes }))}
        addLabel="attributesAdd"
        emptyLabel="attributesEmpty"
        reorderable
      />
    </Section>
  );
}
