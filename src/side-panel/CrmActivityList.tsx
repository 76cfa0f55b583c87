import { t, type MessageKey } from '../shared/i18n';
import type { CrmActivity } from '../shared/protocol';

/** A reason such as `missing:attr.CustomerId` in the agent's words. */
function reasonText(detail: string): string {
  const [reason = '', field = ''] = detail.split(/:(.*)/s);
  switch (reason) {
    case 'missing':
      return t('reasonMissing', field.replace(/^attr\./, ''));
    case 'unknown-field':
      return t('reasonUnknownField', field);
    case 'not-http':
      return t('reasonNotHttp');
    case 'no-crm-tab':
      return t('reasonNoCrmTab');
    case 'tab-did-not-answer':
      return t('reasonTabDidNotAnswer');
    default:
      return detail;
  }
}

function line(item: CrmActivity): string {
  const statusKey = `activity_${item.status.replace(/-/g, '_')}` as MessageKey;
  const status = item.status === 'skipped' || item.status === 'failed' ? t(statusKey, reasonText(item.detail)) : t(statusKey);
  return t(item.kind === 'screen-pop' ? 'activityScreenPop' : 'activityAutofill', item.name, status);
}

/** What the extension did in the CRM for this contact: opened, filled, or not and why. */
export function CrmActivityList({ items }: { items: CrmActivity[] }) {
  if (!items.length) return null;
  return (
    <ul class="crm-activity">
      {items.map((item, i) => (
        <li key={i} class={`activity ${item.status}`} data-kind={item.kind} data-name={item.name} data-status={item.status}>
          {line(item)}
        </li>
      ))}
    </ul>
  );
}
