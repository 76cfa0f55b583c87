/**
 * The CRM's own "log a call" form as a log target: a tab at the target's URL template (an open
 * tab of that site reused) and its fields filled from the call record by the auto-fill engine, as
 * a user typing would; the agent reviews and saves it in the CRM.
 */
import { renderCallTemplate, type CallRecord } from '../../shared/call-record';
import type { FillFields } from '../../shared/protocol';
import type { LogTarget } from '../../shared/settings-call-log';
import { sendFill } from '../crm-fill';
import { openPop } from '../screen-pop';
import { agentWindowId } from '../views';

/** The form's URL (values URL-encoded; the host is the template's own), or null when it is not http(s). */
export function logFormUrl(template: string, record: CallRecord): string | null {
  const encoded: CallRecord = JSON.parse(JSON.stringify(record), (_k, v: unknown) => (typeof v === 'string' ? encodeURIComponent(v) : v));
  const origin = /^https?:\/\/[^/?#{}\s]+/i.exec(template.trim())?.[0];
  if (!origin) return null;
  try {
    const url = new URL(origin + renderCallTemplate(template.trim().slice(origin.length), encoded));
    return url.origin === new URL(origin).origin ? url.href : null;
  } catch {
    return null;
  }
}

export function logFormRequest(target: LogTarget, record: CallRecord): FillFields {
  return {
    type: 'fill-fields',
    contactId: record.contactId,
    fields: target.fields.map((f) => ({ id: f.id, selector: f.selector, label: f.label, value: renderCallTemplate(f.template, record).slice(0, 2000), overwrite: false })),
  };
}

export async function openLogForm(target: LogTarget, record: CallRecord): Promise<void> {
  const url = logFormUrl(target.url, record);
  if (!url) return;
  const { tabId } = await openPop(url, 'reuse-crm-tab', await agentWindowId());
  if (tabId !== null && target.fields.length) await sendFill(tabId, logFormRequest(target, record));
}
