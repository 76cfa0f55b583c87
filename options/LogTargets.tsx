import { useState } from 'preact/hooks';
import { IS_DEV_BUILD } from '../src/shared/build-flags';
import { t, type MessageKey } from '../src/shared/i18n';
import { newId, saveSettings } from '../src/shared/settings';
import { logFormFieldErrors, logTargetErrors, type LogFormField, type LogTarget, type LogTargetKind } from '../src/shared/settings-call-log';
import type { FieldError } from '../src/shared/settings-validate';
import { postRecord } from '../src/background/call-log/webhook';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';
import { requestEndpointOrigins } from './endpoint-permission';

interface TargetDraft extends Record<string, string | boolean> {
  kind: string;
  site: string;
  url: string;
  secret: string;
  fields: string;
  enabled: boolean;
}

const KINDS: ReadonlyArray<{ value: LogTargetKind; label: MessageKey }> = [
  { value: 'webhook', label: 'logTargetKind_webhook' },
  { value: 'crm-form', label: 'logTargetKind_crm_form' },
  { value: 'copy', label: 'logTargetKind_copy' },
];

const fields: ReadonlyArray<FieldSpec<TargetDraft>> = [
  { name: 'kind', label: 'logTargetKind', kind: 'select', options: KINDS },
  { name: 'site', label: 'logTargetSite', kind: 'text', placeholder: 'https://crm.example.com', help: 'logTargetSiteHelp' },
  { name: 'url', label: 'logTargetUrl', kind: 'text', placeholder: 'https://hooks.example.com/calls', help: 'logTargetUrlHelp', showIf: (d) => d.kind !== 'copy' },
  { name: 'secret', label: 'logTargetSecret', kind: 'text', help: 'logTargetSecretHelp', showIf: (d) => d.kind === 'webhook' },
  { name: 'fields', label: 'logTargetFields', kind: 'text', placeholder: '#subject = {call.number} | Notes = {call.notes}', help: 'logTargetFieldsHelp', showIf: (d) => d.kind === 'crm-form' },
  { name: 'enabled', label: 'logTargetEnabled', kind: 'checkbox' },
];

/** `#subject = Call {call.number} | Notes = {call.notes}`: a selector (starts with # . [) or a label, then its template. */
export function parseFormFields(text: string, previous: LogFormField[] = []): LogFormField[] {
  return text.split('|').map((part) => part.trim()).filter(Boolean).map((part, i) => {
    const at = part.indexOf('=');
    const target = (at < 0 ? part : part.slice(0, at)).trim();
    const template = at < 0 ? '' : part.slice(at + 1).trim();
    const selector = /^[#.[]/.test(target) ? target : '';
    return { id: previous[i]?.id ?? newId(), selector, label: selector ? '' : target, template };
  });
}
const formatFields = (list: LogFormField[]) => list.map((f) => `${f.selector || f.label} = ${f.template}`).join(' | ');

const fromDraft = (d: TargetDraft, previous: LogTarget | null): LogTarget => ({
  id: previous?.id ?? newId(),
  kind: d.kind as LogTargetKind,
  site: d.site.trim().replace(/\/+$/, ''),
  url: d.kind === 'copy' ? '' : d.url.trim(),
  secret: d.kind === 'webhook' ? d.secret : '',
  fields: d.kind === 'crm-form' ? parseFormFields(d.fields, previous?.fields) : [],
  enabled: d.enabled,
});

/**
 * Where calls are logged when the agent closes them: a webhook (signed POST of the call record),
 * the CRM's own log form (opened and filled), or a summary to copy. Adding an endpoint asks the
 * browser for its origin in the same click. A webhook can be sent a test record.
 */
export function LogTargets({ targets, locked }: { targets: LogTarget[]; locked: boolean }) {
  const [denied, setDenied] = useState(false);
  const [tested, setTested] = useState<Record<string, string>>({});
  const test = async (target: LogTarget) => {
    const body = JSON.stringify({ version: 1, test: true, contactId: `test-${Date.now()}` });
    const result = await postRecord(target.url, target.secret, `test-${target.id}`, body);
    setTested((s) => ({ ...s, [target.id]: result.ok ? t('logTargetTestOk', String(result.status)) : t('logTargetTestFailed', result.error) }));
  };
  return (
    <Section id="log-targets-section" title="logTargetsLabel" help="logTargetsHelp" locked={locked}>
      <RecordListEditor<LogTarget, TargetDraft>
        id="log-targets"
        items={targets}
        locked={locked}
        fields={fields}
        empty={() => ({ kind: 'webhook', site: '', url: '', secret: '', fields: '', enabled: true })}
        toDraft={(x) => ({ kind: x.kind, site: x.site, url: x.url, secret: x.secret, fields: formatFields(x.fields), enabled: x.enabled })}
        fromDraft={fromDraft}
        errorsOf={(d) => {
          const target = fromDraft(d, null);
          const errors: Record<string, FieldError> = { ...logTargetErrors(target, IS_DEV_BUILD) };
          delete errors.id;
          if (errors.fields || (d.kind === 'crm-form' && target.fields.length === 0)) {
            const bad = target.fields.map(logFormFieldErrors).find((e) => Object.keys(e).length);
            errors.fields = (bad && Object.values(bad)[0]) || 'required';
          }
          return errors;
        }}
        summary={(x) => (
          <>
            <strong>{t(KINDS.find((k) => k.value === x.kind)!.label)}</strong> <span class="mono">{x.url}</span>
            {x.site && <span class="muted"> · {x.site}</span>}
            {!x.enabled && <span class="muted"> · {t('logTargetOff')}</span>}
            {x.kind === 'webhook' && (
              <span class="row">
                <button type="button" class="test-webhook" onClick={() => void test(x)}>{t('logTargetTest')}</button>
                {tested[x.id] && <span class="webhook-test-result" role="status">{tested[x.id]}</span>}
              </span>
            )}
          </>
        )}
        save={async (logTargets) => {
          // The permission request first: it needs this click's gesture.
          const granted = await requestEndpointOrigins(logTargets.filter((x) => x.kind === 'webhook').map((x) => x.url));
          setDenied(!granted);
          if (granted) await saveSettings({ logTargets });
        }}
        addLabel="logTargetsAdd"
        emptyLabel="logTargetsEmpty"
      />
      {denied && <p class="field-error" role="alert" id="log-targets-denied">{t('endpointDenied')}</p>}
    </Section>
  );
}
