/**
 * The customer lookup: an https GET at the admin's URL template, answered with JSON, read through
 * the admin's field map (label → JSON pointer). Run by the background for each call and by the
 * options page's "Test the lookup". Everything it returns is plain text for the card: nothing
 * from the answer is ever rendered as HTML.
 *
 * Bad answers become one of a few errors, each with its message: too slow (LOOKUP_TIMEOUT_MS),
 * an HTTP error status, not JSON (an HTML login page, typically), too large (LOOKUP_MAX_BYTES).
 * The header the admin sets (an API key) is sent, never logged or shown.
 */
import type { LookupError, LookupMatch, LookupResult } from './call-log-store';
import { parseHeaderLine, renderLookupUrl, type LookupField } from './settings-call-log';

export const LOOKUP_TIMEOUT_MS = 5000;
export const LOOKUP_MAX_BYTES = 256 * 1024;
export const MAX_MATCHES = 20;

export interface LookupSettings {
  lookupUrl: string;
  lookupHeader: string;
  lookupCookies: boolean;
  lookupListPointer: string;
  lookupFields: LookupField[];
  lookupCreateUrl: string;
}

/** RFC 6901: the value at `pointer` in `value`, or undefined. */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  if (!pointer.startsWith('/')) return undefined;
  let at: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(at) && /^(0|[1-9]\d*)$/.test(key)) at = at[Number(key)];
    else if (at && typeof at === 'object' && !Array.isArray(at) && Object.hasOwn(at, key)) at = (at as Record<string, unknown>)[key];
    else return undefined;
  }
  return at;
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);

/** A parsed JSON answer as matches (none, one, several). Pure. */
export function readMatches(answer: unknown, settings: Pick<LookupSettings, 'lookupListPointer' | 'lookupFields'>): LookupMatch[] | 'bad-pointer' {
  const list = atPointer(answer, settings.lookupListPointer);
  if (list === undefined) return settings.lookupListPointer ? 'bad-pointer' : [];
  const items = list === null ? [] : Array.isArray(list) ? list : [list];
  return items
    .filter((item) => item && typeof item === 'object')
    .slice(0, MAX_MATCHES)
    .map((item) => ({
      id: (text(atPointer(item, '/id')) ?? '').slice(0, 200),
      fields: settings.lookupFields.map((f) => ({ label: f.label, value: (text(atPointer(item, f.pointer)) ?? '').slice(0, 500) })),
    }));
}

/** Reads at most `max` bytes of a body; null when it is longer. */
async function readCapped(response: Response, max: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) {
    void response.body?.cancel().catch(() => undefined);
    return null;
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      void reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

const fail = (error: LookupError, status: number | null = null): LookupResult => ({ state: 'error', error, status });

/** Runs the lookup for a number (E.164). */
export async function runLookup(settings: LookupSettings, e164: string, { cookies = false, timeoutMs = LOOKUP_TIMEOUT_MS } = {}): Promise<LookupResult> {
  const url = renderLookupUrl(settings.lookupUrl, e164);
  if (!url) return fail('network');
  const headers: Record<string, string> = { Accept: 'application/json' };
  const header = settings.lookupHeader ? parseHeaderLine(settings.lookupHeader) : null;
  if (header) headers[header[0]] = header[1];
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, { headers, credentials: cookies ? 'include' : 'omit', redirect: 'follow', signal: abort.signal });
    if (response.status === 404) {
      void response.body?.cancel().catch(() => undefined);
      return none(settings, e164);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return fail('http-status', response.status);
    }
    if (!/\bjson\b/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      return fail('not-json', response.status);
    }
    const body = await readCapped(response, LOOKUP_MAX_BYTES);
    if (body === null) return fail('too-large', response.status);
    let answer: unknown;
    try {
      answer = JSON.parse(body);
    } catch {
      return fail('not-json', response.status);
    }
    const matches = readMatches(answer, settings);
    if (matches === 'bad-pointer') return fail('bad-pointer', response.status);
    return matches.length ? { state: 'found', matches } : none(settings, e164);
  } catch {
    return fail(abort.signal.aborted ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
  }
}

function none(settings: LookupSettings, e164: string): LookupResult {
  return { state: 'none', createUrl: settings.lookupCreateUrl ? renderLookupUrl(settings.lookupCreateUrl, e164) : null };
}
