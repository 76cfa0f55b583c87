/**
 * URL and value templates for screen pops and auto-fill: `{phone.e164}`, `{phone.national}`,
 * `{phone.international}`, `{phone.digits}`, `{contact.id}`, `{queue.name}`, `{attr.NAME}`, and the
 * customer lookup's `{lookup.id}` / `{lookup.<field label>}` (issue 13) when `lookup` values are given.
 *
 * Contact data is untrusted (a caller can set attributes through an IVR), so in URL mode every
 * value is URL-encoded, the scheme and host must be written literally in the template (a value
 * can never choose where the agent is sent), and only http(s) URLs come out. A value that is
 * missing leaves the template unrendered with the reason, never a half-filled URL.
 */
import type { ContactSnapshot } from './protocol';
import { formatInternational, formatNational } from './phone';

export type TemplateFailure =
  | { reason: 'missing'; field: string }
  | { reason: 'unknown-field'; field: string }
  | { reason: 'not-http' };
export type TemplateResult = { ok: true; value: string } | ({ ok: false } & TemplateFailure);

const PLACEHOLDER = /\{([^{}]*)\}/g;
/** A URL template must start with a literal `http(s)://host[:port]`, ended by `/`, `?`, `#` or the end. */
const LITERAL_ORIGIN = /^https?:\/\/[^/?#{}\s]+(?=[/?#]|$)/i;

/** The value of one field for a contact, or why there is none. */
export function fieldValue(contact: ContactSnapshot, field: string, lookup?: Record<string, string>): TemplateResult {
  const phone = contact.phoneNumber;
  const needPhone = (f: (e164: string) => string): TemplateResult => (phone ? { ok: true, value: f(phone) } : { ok: false, reason: 'missing', field });
  switch (field) {
    case 'phone.e164':
      return needPhone((p) => p);
    case 'phone.national':
      return needPhone(formatNational);
    case 'phone.international':
      return needPhone(formatInternational);
    case 'phone.digits':
      return needPhone((p) => p.replace(/\D/g, ''));
    case 'contact.id':
      return { ok: true, value: contact.contactId };
    case 'queue.name':
      return contact.queue ? { ok: true, value: contact.queue.name } : { ok: false, reason: 'missing', field };
  }
  if (field.startsWith('lookup.') && field.length > 7) {
    const value = lookup?.[field.slice(7)];
    return value ? { ok: true, value } : { ok: false, reason: 'missing', field };
  }
  if (field.startsWith('attr.') && field.length > 5) {
    const value = contact.attributes[field.slice(5)];
    return value === undefined || value === '' ? { ok: false, reason: 'missing', field } : { ok: true, value };
  }
  return { ok: false, reason: 'unknown-field', field };
}

/** Fills a value template (auto-fill): values as they are. */
export function renderText(template: string, contact: ContactSnapshot): TemplateResult {
  return render(template, contact, (v) => v);
}

/** Fills a URL template (screen pop): values URL-encoded; only an http(s) URL on the template's own host. */
export function renderUrl(template: string, contact: ContactSnapshot, lookup?: Record<string, string>): TemplateResult {
  const trimmed = template.trim();
  if (!LITERAL_ORIGIN.test(trimmed)) return { ok: false, reason: 'not-http' };
  const result = render(trimmed, contact, encodeURIComponent, lookup);
  if (!result.ok) return result;
  try {
    const url = new URL(result.value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'not-http' };
    return { ok: true, value: url.href };
  } catch {
    return { ok: false, reason: 'not-http' };
  }
}

function render(template: string, contact: ContactSnapshot, encode: (value: string) => string, lookup?: Record<string, string>): TemplateResult {
  let failure: TemplateFailure | null = null;
  const value = template.replace(PLACEHOLDER, (_whole, name: string) => {
    const field = fieldValue(contact, name.trim(), lookup);
    if (field.ok) return encode(field.value);
    failure ??= field;
    return '';
  });
  return failure ? { ok: false, ...(failure as TemplateFailure) } : { ok: true, value };
}

/** A failure as a short reason (`missing:attr.CustomerId`), for the card and logs. */
export function failureText(failure: TemplateFailure): string {
  return failure.reason === 'not-http' ? 'not-http' : `${failure.reason}:${failure.field}`;
}
