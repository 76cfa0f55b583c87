/**
 * Settings for the relay's hot path. Every contact event needs the CRM sites, screen-pop rules
 * and auto-fill mappings; reading and repairing them from storage (with the policy merged) for
 * each of them cost several milliseconds per event. This is a cache, not state: a stopped worker
 * simply reads again, and any change to stored settings drops it.
 */
import { loadSettings, type Settings } from '../shared/settings';
import { CALL_RECORDS_KEY, OUTBOX_KEY } from '../shared/call-log-store';

const CALL_LOG_LOCAL_KEYS = [CALL_RECORDS_KEY, OUTBOX_KEY];

let cached: Promise<Settings> | null = null;

export function currentSettings(): Promise<Settings> {
  cached ??= loadSettings().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** `storage.onChanged` listener: call history and session state are not settings. */
export function forgetSettingsOnChange(changes: Record<string, unknown>, area: string): void {
  if (area === 'session') return;
  if (area === 'local' && Object.keys(changes).every((key) => key === 'callHistory' || CALL_LOG_LOCAL_KEYS.includes(key))) return;
  cached = null;
}
