/**
 * Field-level validation of settings, shared by the options page (a message at the field), the
 * stored-value repair (bad items dropped one by one) and the import (errors listed). Pure: no
 * browser API, so every rule is unit-tested.
 */

/** Why a value was refused; each code has `fieldError_<code>` and `importError_<code>` messages in `_locales`. */
export const FIELD_ERRORS = [
  'required',
  'too-long',
  'not-https',
  'not-a-url',
  'unknown-placeholder',
  'unbalanced-braces',
  'placeholder-in-origin',
  'bad-attribute-name',
  'bad-condition-field',
  'duplicate',
  'not-an-option',
  'out-of-range',
  'not-an-origin',
  'wrong-type',
  'instance-url',
  'not-a-queue-arn',
  'not-a-crm-site',
] as const;
export type FieldError = (typeof FIELD_ERRORS)[number];

export const SCREEN_POP_TRIGGERS = ['ringing', 'accepted', 'connected'] as const;
export const SCREEN_POP_TARGETS = ['new-tab', 'reuse-crm-tab', 'focus-matching'] as const;
export const HISTORY_LIMIT_MAX = 10_000;

/** Contact attribute names as Amazon Connect allows them (letters, digits, `-`, `_`, `.`). */
const ATTRIBUTE_NAME = /^[A-Za-z0-9_.-]{1,127}$/;
const FIXED_PLACEHOLDERS = new Set(['phone.e164', 'phone.national', 'phone.international', 'phone.digits', 'contact.id', 'queue.name']);

/** The placeholders a template may use, as shown to admins. */
export const PLACEHOLDERS = ['{phone.e164}', '{phone.national}', '{phone.international}', '{phone.digits}', '{contact.id}', '{queue.name}', '{attr.NAME}', '{lookup.id}'];

export function isAttributeName(name: string): boolean {
  return ATTRIBUTE_NAME.test(name);
}

/** Checks `{…}` placeholders: each known, braces balanced. */
export function validateTemplate(text: string): FieldError | null {
  if (!text.trim()) return 'required';
  if (text.length > 2000) return 'too-long';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (open === -1 && close === -1) return null;
    if (open === -1 || close < open) return 'unbalanced-braces';
    const end = rest.indexOf('}', open);
    const name = rest.slice(open + 1, end);
    if (name.includes('{')) return 'unbalanced-braces';
    const known = FIXED_PLACEHOLDERS.has(name) || (name.startsWith('attr.') && isAttributeName(name.slice(5))) || (name.startsWith('lookup.') && name.length > 7);
    if (!known) return 'unknown-placeholder';
    rest = rest.slice(end + 1);
  }
}

/**
 * A screen-pop URL template. The scheme and host are written out, never filled in: a placeholder
 * there would let contact data (which callers can influence) choose the site or a `javascript:` URL.
 */
export function validateUrlTemplate(text: string): FieldError | null {
  const template = text.trim();
  const basic = validateTemplate(template);
  if (basic) return basic;
  const origin = /^(https?):\/\/([^/?#]*)/i.exec(template);
  if (!origin) return /^[a-z][a-z0-9+.-]*:/i.test(template) ? 'not-https' : 'not-a-url';
  if (origin[2]!.includes('{')) return 'placeholder-in-origin';
  try {
    const url = new URL(template.replace(/\{[^}]*\}/g, 'x'));
    if (!url.hostname || url.username || url.password) return 'not-a-url';
  } catch {
    return 'not-a-url';
  }
  return null;
}

/** The optional sign-in (SAML) URL: empty, or https (a development build also takes loopback http). */
export function validateLoginUrl(text: string, allowLoopback: boolean): FieldError | null {
  const value = text.trim();
  if (!value) return null;
  if (value.length > 2000) return 'too-long';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not-a-url';
  }
  if (url.username || url.password || !url.hostname) return 'not-a-url';
  if (url.protocol === 'https:') return null;
  if (allowLoopback && url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) return null;
  return 'not-https';
}

export function validateText(text: string, max: number, required = true): FieldError | null {
  if (required && !text.trim()) return 'required';
  return text.length > max ? 'too-long' : null;
}

/** `queue`, or `attr.<Name>`. */
export function validateConditionField(field: string): FieldError | null {
  if (!field.trim()) return 'required';
  if (field === 'queue') return null;
  return field.startsWith('attr.') && isAttributeName(field.slice(5)) ? null : 'bad-condition-field';
}

export function validateHistoryLimit(value: unknown): FieldError | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'wrong-type';
  return value < 0 || value > HISTORY_LIMIT_MAX ? 'out-of-range' : null;
}

/** `https://crm.example.com` (an origin, nothing more). */
export function isOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/** Errors of one record, by field name; empty when the record is valid. */
export type RecordErrors = Record<string, FieldError>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function screenPopRuleErrors(rule: unknown): RecordErrors {
  if (!isRecord(rule)) return { rule: 'wrong-type' };
  const errors: RecordErrors = {};
  const text = (key: string) => (typeof rule[key] === 'string' ? (rule[key] as string) : null);
  if (text('id') === null || !text('id')) errors.id = 'required';
  const name = text('name');
  const nameError = name === null ? 'wrong-type' : validateText(name, 100);
  if (nameError) errors.name = nameError;
  const url = text('urlTemplate');
  const urlError = url === null ? 'wrong-type' : validateUrlTemplate(url);
  if (urlError) errors.urlTemplate = urlError;
  if (!(SCREEN_POP_TRIGGERS as readonly unknown[]).includes(rule.trigger)) errors.trigger = 'not-an-option';
  if (!(SCREEN_POP_TARGETS as readonly unknown[]).includes(rule.target)) errors.target = 'not-an-option';
  if (typeof rule.enabled !== 'boolean') errors.enabled = 'wrong-type';
  if (rule.condition !== null) {
    const condition = rule.condition;
    if (!isRecord(condition) || typeof condition.field !== 'string' || typeof condition.equals !== 'string') {
      errors.condition = 'wrong-type';
    } else {
      const fieldError = validateConditionField(condition.field);
      if (fieldError) errors.conditionField = fieldError;
      const equalsError = validateText(condition.equals, 500);
      if (equalsError) errors.conditionEquals = equalsError;
    }
  }
  return errors;
}

export function autofillMappingErrors(mapping: unknown): RecordErrors {
  if (!isRecord(mapping)) return { mapping: 'wrong-type' };
  const errors: RecordErrors = {};
  if (typeof mapping.id !== 'string' || !mapping.id) errors.id = 'required';
  const selector = typeof mapping.selector === 'string' ? mapping.selector : null;
  const label = typeof mapping.label === 'string' ? mapping.label : null;
  if (selector === null) errors.selector = 'wrong-type';
  if (label === null) errors.label = 'wrong-type';
  if (selector !== null && label !== null) {
    // One of the two says which field to fill.
    if (!selector.trim() && !label.trim()) errors.selector = 'required';
    if (selector.length > 500) errors.selector = 'too-long';
    if (label.length > 200) errors.label = 'too-long';
  }
  const template = typeof mapping.template === 'string' ? validateTemplate(mapping.template) : 'wrong-type';
  if (template) errors.template = template;
  if (typeof mapping.overwrite !== 'boolean') errors.overwrite = 'wrong-type';
  return errors;
}

export function shownAttributeErrors(attribute: unknown): RecordErrors {
  if (!isRecord(attribute)) return { attribute: 'wrong-type' };
  const errors: RecordErrors = {};
  if (typeof attribute.key !== 'string' || !attribute.key) errors.key = 'required';
  else if (!isAttributeName(attribute.key)) errors.key = 'bad-attribute-name';
  const label = typeof attribute.label === 'string' ? validateText(attribute.label, 100) : 'wrong-type';
  if (label) errors.label = label;
  return errors;
}
