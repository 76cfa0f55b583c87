/**
 * Call history as a colleague's background code stores it (`storage.local` `callHistory`, newest
 * first). Read defensively: entries that do not fit are skipped, never shown half.
 */
export interface CallHistoryEntry {
  id: string;
  contactId: string;
  direction: 'inbound' | 'outbound';
  number: string | null;
  queue: string | null;
  startedAt: number;
  durationMs: number | null;
  outcome: 'answered' | 'missed' | 'rejected' | 'failed';
}

export const CALL_HISTORY_KEY = 'callHistory';
const OUTCOMES = new Set(['answered', 'missed', 'rejected', 'failed']);

export function readCallHistory(value: unknown, limit = 5): CallHistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is CallHistoryEntry =>
      !!e && typeof e === 'object' && typeof e.id === 'string' && (e.direction === 'inbound' || e.direction === 'outbound') &&
      (e.number === null || typeof e.number === 'string') && typeof e.startedAt === 'number' && OUTCOMES.has(e.outcome))
    .slice(0, limit);
}

/** `m:ss` (or `h:mm:ss`) for a contact timer. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
