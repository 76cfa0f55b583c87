/**
 * The settings of issue 13 (call logging, dispositions, the customer lookup): their types and
 * item validation, used by settings.ts's repair (bad items dropped one by one) and the options
 * page. Pure.
 */
import type { RecordErrors } from './settings-validate';
import { isAttributeName, validateText } from './settings-validate';
import { CALL_FIELD_NAMES } from './call-record';

export type LogTargetKind = 'webhook' | 'crm-form' | 'copy';
export const LOG_TARGET_KINDS: readonly LogTargetKind[] = ['webhook', 'crm-form', 'copy'];

export interface LogFormField {
  id: string;
  /** A CSS selector, or the field's label / name / placeholder (as auto-fill finds fields). */
  selector: string;
  label: string;
  /** `{call.notes}`, `{call.disposition}`, `{call.talkSeconds}`, … */
  template: string;
}

export interface LogTarget {
  id: string;
  kind: LogTargetKind;
  /** '' for every call; a CRM site's origin: only calls dialled from a page of that site. */
  site: string;
  /** webhook: the endpoint (https); crm-form: the log form's URL template (`{call.…}` placeholders). */
  url: string;
  /** webhook: the HMAC-SHA256 key. Never sent anywhere, never logged. */
  secret: string;
  /** crm-form: what to fill. */
  fields: LogFormField[];
  enabled: boolean;
}

export interface LookupField {
  label: string;
  /** An RFC 6901 JSON pointer into one match: `/name`, `/addresses/0/city`. */
  pointer: string;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * An endpoint or URL template: https with a literal host (a placeholder may not choose where the
 * request goes); loopback http only when `allowLoopback` (the development build).
 */
export function validateEndpoint(text: string, allowLoopback: boolean): 'required' | 'too-long' | 'not-a-url' | 'not-https' | 'placeholder-in-origin' | null {
  const value = text.trim();
  if (!value) return 'required';
  if (value.length > 2000) return 'too-long';
  const origin = /^(https?):\/\/([^/?#]*)/i.exec(value);
  if (!origin) return /^[a-z][a-z0-9+.-]*:/i.test(value) ? 'not-https' : 'not-a-url';
  if (origin[2]!.includes('{')) return 'placeholder-in-origin';
  let url: URL;
  try {
    url = new URL(value.replace(/\{[^}]*\}/g, 'x'));
  } catch {
    return 'not-a-url';
  }
  if (!url.hostname || url.username || url.password) return 'not-a-url';
  if (url.protocol === 'https:') return null;
  return allowLoopback && url.protocol === 'http:' && LOOPBACK.includes(url.hostname) ? null : 'not-https';
}

/** The placeholders a lookup URL (and its create link) may use: what a search by number needs. */
export const LOOKUP_PLACEHOLDERS = ['phone.e164', 'phone.digits'];

/**
 * A lookup URL for a number: `{phone.e164}` and `{phone.digits}` filled URL-encoded, on the
 * template's own https (or development loopback) host; null when it does not render. (No
 * libphonenumber here: the options page runs this too, and its metadata would double that page.)
 */
export function renderLookupUrl(template: string, e164: string): string | null {
  const trimmed = template.trim();
  const origin = /^https?:\/\/[^/?#{}\s]+/i.exec(trimmed)?.[0];
  if (!origin) return null;
  let unknown = false;
  const rest = trimmed.slice(origin.length).replace(/\{([^{}]*)\}/g, (_w, name: string) => {
    const n = name.trim();
    if (n === 'phone.e164') return encodeURIComponent(e164);
    if (n === 'phone.digits') return e164.replace(/\D/g, '');
    unknown = true;
    return '';
  });
  if (unknown) return null;
  try {
    const url = new URL(origin + rest);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === new URL(origin).origin ? url.href : null;
  } catch {
    return null;
  }
}

/** A lookup URL template: an endpoint whose placeholders are LOOKUP_PLACEHOLDERS. */
export function validateLookupUrl(text: string, allowLoopback: boolean): ReturnType<typeof validateEndpoint> | 'unknown-placeholder' {
  const error = validateEndpoint(text, allowLoopback);
  if (error) return error;
  const names = [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());
  return names.every((n) => LOOKUP_PLACEHOLDERS.includes(n)) ? null : 'unknown-placeholder';
}

/** The origin an endpoint template points at (what the options page asks permission for), or null. */
export function endpointOrigin(text: string): string | null {
  try {
    return new URL(text.trim().replace(/\{[^}]*\}/g, 'x')).origin;
  } catch {
    return null;
  }
}

const CALL_FIELDS = new Set<string>(CALL_FIELD_NAMES);

/** A `{call.…}` template: every placeholder one we fill. */
export function validateCallTemplate(text: string, required = true): 'required' | 'too-long' | 'unknown-placeholder' | 'unbalanced-braces' | null {
  if (required && !text.trim()) return 'required';
  if (text.length > 2000) return 'too-long';
  const stripped = text.replace(/\{([^{}]*)\}/g, (_w, name: string) => {
    const n = name.trim();
    return CALL_FIELDS.has(n) || (n.startsWith('call.attr.') && isAttributeName(n.slice(10))) ? '' : '\u0000';
  });
  if (stripped.includes('\u0000')) return 'unknown-placeholder';
  return /[{}]/.test(stripped) ? 'unbalanced-braces' : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function logTargetErrors(target: unknown, allowLoopback: boolean): RecordErrors {
  if (!isRecord(target)) return { target: 'wrong-type' };
  const errors: RecordErrors = {};
  if (typeof target.id !== 'string' || !target.id) errors.id = 'required';
  if (!LOG_TARGET_KINDS.includes(target.kind as LogTargetKind)) errors.kind = 'not-an-option';
  if (typeof target.site !== 'string') errors.site = 'wrong-type';
  else if (target.site && endpointOrigin(target.site) !== target.site) errors.site = 'not-an-origin';
  if (typeof target.url !== 'string') errors.url = 'wrong-type';
  else if (target.kind === 'webhook') {
    const e = validateEndpoint(target.url, allowLoopback);
    if (e) errors.url = e;
    else if (/\{/.test(target.url)) errors.url = 'placeholder-in-origin';
  } else if (target.kind === 'crm-form') {
    const e = validateEndpoint(target.url, true) ?? validateCallTemplate(target.url);
    if (e) errors.url = e;
  }
  if (typeof target.secret !== 'string') errors.secret = 'wrong-type';
  else if (target.kind === 'webhook' && !target.secret) errors.secret = 'required';
  else if (target.secret.length > 500) errors.secret = 'too-long';
  if (!Array.isArray(target.fields)) errors.fields = 'wrong-type';
  else if (target.fields.some((f) => Object.keys(logFormFieldErrors(f)).length)) errors.fields = 'wrong-type';
  if (typeof target.enabled !== 'boolean') errors.enabled = 'wrong-type';
  return errors;
}

export function logFormFieldErrors(field: unknown): RecordErrors {
  if (!isRecord(field)) return { field: 'wrong-type' };
  const errors: RecordErrors = {};
  if (typeof field.id !== 'string' || !field.id) errors.id = 'required';
  if (typeof field.selector !== 'string' || typeof field.label !== 'string') errors.selector = 'wrong-type';
  else if (!field.selector.trim() && !field.label.trim()) errors.selector = 'required';
  const template = typeof field.template === 'string' ? validateCallTemplate(field.template) : 'wrong-type';
  if (template) errors.template = template;
  return errors;
}

/** RFC 6901: '' (the whole value) or `/a/b~1c`. */
export function isJsonPointer(text: string): boolean {
  return text === '' || (text.startsWith('/') && text.length <= 500);
}

export function lookupFieldErrors(field: unknown): RecordErrors {
  if (!isRecord(field)) return { field: 'wrong-type' };
  const errors: RecordErrors = {};
  const label = typeof field.label === 'string' ? validateText(field.label, 100) : 'wrong-type';
  if (label) errors.label = label;
  if (typeof field.pointer !== 'string' || !isJsonPointer(field.pointer)) errors.pointer = 'not-an-option';
  return errors;
}

/** Disposition names: trimmed, non-empty, each once, at most 100 of 100 characters. */
export function dispositionsFrom(value: unknown[]): string[] {
  const names = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v && v.length <= 100);
  return [...new Set(names)].slice(0, 100);
}

export function attributeKeysFrom(value: unknown[]): string[] {
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && isAttributeName(v)))];
}

/** `X-Api-Key: abc` → ['X-Api-Key', 'abc'], or null when it is not one header line. */
export function parseHeaderLine(text: string): [string, string] | null {
  const at = text.indexOf(':');
  if (at <= 0) return null;
  const name = text.slice(0, at).trim();
  const value = text.slice(at + 1).trim();
  return /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) && !/[\r\n]/.test(value) ? [name, value] : null;
}
