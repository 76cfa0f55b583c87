/**
 * The call history as stored in `storage.local` under `callHistory`, newest first: written by the
 * background (src/background/history.ts), read by the side panel and the popup. Read
 * defensively: an entry that does not fit is skipped, never shown half.
 */
export const CALL_HISTORY_KEY = 'callHistory';

export type CallOutcome = 'answered' | 'missed' | 'rejected' | 'failed';

export interface CallHistoryEntry {
  id: string;
  contactId: string;
  direction: 'inbound' | 'outbound';
  number: string | null;
  queue: string | null;
  startedAt: number;
  durationMs: number | null;
  outcome: CallOutcome;
  /** The agent's notes and disposition (issue 13), once the contact is closed. */
  notes?: string;
  disposition?: string | null;
}

const OUTCOMES = new Set<unknown>(['answered', 'missed', 'rejected', 'failed']);

function isEntry(e: unknown): e is CallHistoryEntry {
  if (!e || typeof e !== 'object') return false;
  const x = e as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    typeof x.contactId === 'string' &&
    (x.direction === 'inbound' || x.direction === 'outbound') &&
    (x.number === null || typeof x.number === 'string') &&
    (x.queue === null || typeof x.queue === 'string') &&
    typeof x.startedAt === 'number' &&
    (x.durationMs === null || typeof x.durationMs === 'number') &&
    OUTCOMES.has(x.outcome)
  );
}

/** The valid entries of a stored value (anything may be there), at most `limit` of them. */
export function readCallHistory(value: unknown, limit = Infinity): CallHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isEntry).slice(0, limit);
}
