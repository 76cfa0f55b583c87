import { t } from '../src/shared/i18n';
import { newId, saveSettings, type ScreenPopRule, type ScreenPopTarget, type ScreenPopTrigger } from '../src/shared/settings';
import { PLACEHOLDERS, screenPopRuleErrors } from '../src/shared/settings-validate';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';

interface RuleDraft extends Record<string, string | boolean> {
  name: string;
  urlTemplate: string;
  trigger: string;
  target: string;
  hasCondition: boolean;
  conditionField: string;
  conditionEquals: string;
  enabled: boolean;
}

const fields: ReadonlyArray<FieldSpec<RuleDraft>> = [
  { name: 'name', label: 'ruleName', kind: 'text' },
  { name: 'urlTemplate', label: 'ruleUrlTemplate', kind: 'text', placeholder: 'https://crm.example.com/search?q={phone.e164}', help: 'ruleUrlTemplateHelp' },
  { name: 'trigger', label: 'ruleTrigger', kind: 'select', options: [
    { value: 'ringing', label: 'trigger_ringing' }, { value: 'accepted', label: 'trigger_accepted' }, { value: 'connected', label: 'trigger_connected' },
  ] },
  { name: 'target', label: 'ruleTarget', kind: 'select', options: [
    { value: 'new-tab', label: 'target_new_tab' }, { value: 'reuse-crm-tab', label: 'target_reuse_crm_tab' }, { value: 'focus-matching', label: 'target_focus_matching' },
  ] },
  { name: 'hasCondition', label: 'ruleHasCondition', kind: 'checkbox' },
  { name: 'conditionField', label: 'ruleConditionField', kind: 'text', placeholder: 'queue', help: 'ruleConditionFieldHelp', showIf: (d) => d.hasCondition },
  { name: 'conditionEquals', label: 'ruleConditionEquals', kind: 'text', showIf: (d) => d.hasCondition },
  { name: 'enabled', label: 'ruleEnabled', kind: 'checkbox' },
];

const fromDraft = (d: RuleDraft, previous: ScreenPopRule | null): ScreenPopRule => ({
  id: previous?.id ?? newId(),
  name: d.name.trim(),
  urlTemplate: d.urlTemplate.trim(),
  trigger: d.trigger as ScreenPopTrigger,
  target: d.target as ScreenPopTarget,
  condition: d.hasCondition ? { field: d.conditionField.trim(), equals: d.conditionEquals } : null,
  enabled: d.enabled,
});

/** Screen pop: which CRM page opens for a contact, when, and where. */
export function ScreenPopRules({ rules, locked }: { rules: ScreenPopRule[]; locked: boolean }) {
  return (
    <Section id="screen-pop-section" title="screenPopLabel" help="screenPopHelp" locked={locked}>
      <p class="help placeholders">{t('placeholdersAllowed', PLACEHOLDERS.join(' '))}</p>
      <RecordListEditor<ScreenPopRule, RuleDraft>
        id="screen-pop"
        items={rules}
        locked={locked}
        fields={fields}
        empty={() => ({ name: '', urlTemplate: '', trigger: 'ringing', target: 'new-tab', hasCondition: false, conditionField: 'queue', conditionEquals: '', enabled: true })}
        toDraft={(r) => ({
          name: r.name, urlTemplate: r.urlTemplate, trigger: r.trigger, target: r.target, hasCondition: r.condition !== null,
          conditionField: r.condition?.field ?? 'queue', conditionEquals: r.condition?.equals ?? '', enabled: r.enabled,
        })}
        fromDraft={fromDraft}
        errorsOf={(d) => screenPopRuleErrors(fromDraft(d, null))}
        summary={(r) => (
          <>
            <input type="checkbox" class="rule-enabled" checked={r.enabled} disabled={locked} aria-label={t('ruleEnabled')} title={t('ruleEnabled')}
              onChange={(e) => void saveSettings({ screenPopRules: rules.map((x) => (x.id === r.id ? { ...x, enabled: (e.target as HTMLInputElement).checked } : x)) })} />{' '}
            <strong>{r.name}</strong> <span class="pill">{t(`trigger_${r.trigger}`)}</span> {!r.enabled && <span class="pill">{t('ruleDisabled')}</span>}
            <div class="mono">{r.urlTemplate}</div>
            {r.condition && <div class="muted">{t('ruleConditionSummary', r.condition.field, r.condition.equals)}</div>}
          </>
        )}
        save={async (screenPopRules) => void (await saveSettings({ screenPopRules }))}
        addLabel="screenPopAdd"
        emptyLabel="screenPopEmpty"
        reorderable
      />
    </Section>
  );
}
