/**
 * What the panel and the background share about calls being logged, in storage (read defensively:
 * anything may be there):
 * - storage.session `wrapUps`: the agent's notes and disposition per contact, written by the panel
 *   as the agent types, read by the background when the contact closes;
 * - storage.session `lookups`: the customer lookup's result per contact, written by the background;
 *   `lookupChoices`: which of several matches the agent picked;
 * - storage.local `callRecords`: the records of past calls (capped like history);
 * - storage.local `callLogOutbox`: each record's delivery to each webhook.
 */
import type { CallRecord } from './call-record';

export const WRAP_UPS_KEY = 'wrapUps';
export const LOOKUPS_KEY = 'lookups';
export const LOOKUP_CHOICES_KEY = 'lookupChoices';
export const CALL_RECORDS_KEY = 'callRecords';
export const OUTBOX_KEY = 'callLogOutbox';

export interface WrapUp {
  notes: string;
  disposition: string | null;
}
export const MAX_NOTES = 5000;

export function readWrapUps(value: unknown): Record<string, WrapUp> {
  const out: Record<string, WrapUp> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [id, w] of Object.entries(value as Record<string, unknown>)) {
    if (!w || typeof w !== 'object') continue;
    const { notes, disposition } = w as Record<string, unknown>;
    out[id] = {
      notes: typeof notes === 'string' ? notes.slice(0, MAX_NOTES) : '',
      disposition: typeof disposition === 'string' && disposition ? disposition.slice(0, 100) : null,
    };
  }
  return out;
}

/** Why a lookup gave nothing to show; each has a `lookupError_<code>` message. */
export type LookupError = 'timeout' | 'http-status' | 'not-json' | 'too-large' | 'network' | 'bad-pointer';

export interface LookupMatch {
  /** The match's `/id` (for `{lookup.id}`), or ''. */
  id: string;
  fields: Array<{ label: string; value: string }>;
}

export type LookupResult =
  | { state: 'pending' }
  | { state: 'found'; matches: LookupMatch[] }
  | { state: 'none'; createUrl: string | null }
  | { state: 'error'; error: LookupError; status: number | null };

export function readLookups(value: unknown): Record<string, LookupResult> {
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, LookupResult> = {};
  for (const [id, r] of Object.entries(value as Record<string, unknown>)) {
    const state = (r as { state?: unknown } | null)?.state;
    if (state === 'pending' || state === 'found' || state === 'none' || state === 'error') out[id] = r as LookupResult;
  }
  return out;
}

export type DeliveryState = 'pending' | 'delivered' | 'failed';

export interface OutboxItem {
  /** `targetId:contactId`: one delivery of one record to one endpoint. */
  key: string;
  targetId: string;
  contactId: string;
  /** The JSON body, fixed when queued: every attempt sends the same bytes (and signature). */
  body: string;
  state: DeliveryState;
  attempts: number;
  /** When the next attempt is due (ms since epoch). */
  nextAt: number;
  /** The last attempt's HTTP status, or what failed (`timeout`, `network`). */
  lastError: string | null;
  deliveredAt: number | null;
}

export function readOutbox(value: unknown): OutboxItem[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (x): x is OutboxItem =>
      !!x && typeof x === 'object' && typeof x.key === 'string' && typeof x.body === 'string' && typeof x.contactId === 'string' &&
      ['pending', 'delivered', 'failed'].includes(x.state) && typeof x.attempts === 'number' && typeof x.nextAt === 'number',
  );
}

export function readCallRecords(value: unknown): CallRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is CallRecord => !!r && typeof r === 'object' && r.version === 1 && typeof r.contactId === 'string');
}
