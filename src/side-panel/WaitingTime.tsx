import { useRef } from 'preact/hooks';
import type { ContactSnapshot } from '../shared/protocol';
import { formatDuration } from '../shared/durations';
import { useNow } from './use-now';

/**
 * How long the customer waited in the queue: counting live while the contact rings, then frozen
 * at the moment the agent took it.
 */
export function WaitingTime({ contact }: { contact: ContactSnapshot }) {
  const ringing = contact.phase === 'incoming';
  const frozenAt = useRef<number | null>(null);
  if (!ringing && frozenAt.current === null) frozenAt.current = contact.phaseSince;
  const now = useNow(ringing);
  if (contact.queueTimestamp === null) return <span class="waiting">—</span>;
  const until = ringing ? now : (frozenAt.current ?? now);
  return (
    <span class="waiting" data-live={ringing ? 'true' : 'false'}>
      {formatDuration(until - contact.queueTimestamp)}
    </span>
  );
}
