/**
 * With several contacts at once (a call, chats, tasks, a second call ringing during a transfer),
 * the one the agent's keys and the browser shortcuts act on: the one that needs them first.
 */
import type { ContactSnapshot } from './protocol';

const LIVE = new Set(['connected', 'on-hold', 'connecting']);

function rank(c: ContactSnapshot): number {
  // A contact ringing for the agent waits for an answer: it comes first.
  if (c.phase === 'incoming' && c.direction === 'inbound') return 0;
  // Then the call the agent is on, then other live work. With two calls (one answered while the
  // other's customer waits on hold, during a transfer), the one the agent talks on comes first:
  // the held one is a step behind, so the keys never hang up on a held customer by surprise.
  if (c.channel === 'voice' && LIVE.has(c.phase)) return c.phase === 'on-hold' ? 1.5 : 1;
  if (LIVE.has(c.phase)) return 2;
  // After-contact work last.
  if (c.phase === 'ended' || c.phase === 'missed' || c.phase === 'error') return 3;
  return 4;
}

/** The active contact's id, or null when none is current. Ties: the one that rang or started first. */
export function activeContactId(contacts: readonly ContactSnapshot[]): string | null {
  let best: ContactSnapshot | null = null;
  for (const c of contacts) {
    const r = rank(c);
    if (r === 4) continue;
    if (!best || r < rank(best) || (r === rank(best) && (c.queueTimestamp ?? c.phaseSince) < (best.queueTimestamp ?? best.phaseSince))) best = c;
  }
  return best?.contactId ?? null;
}

/** What "hang up" means for a contact: reject a ringing one, end a live call or chat, close after-contact work. */
export function hangUpAction(c: ContactSnapshot): 'reject' | 'end-call' | 'end' | null {
  if (c.phase === 'incoming' && c.direction === 'inbound') return 'reject';
  if (c.channel === 'voice' && (c.phase === 'connected' || c.phase === 'on-hold')) return 'end-call';
  if (LIVE.has(c.phase)) return 'end';
  return null;
}
