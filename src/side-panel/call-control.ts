import { ask } from '../shared/messaging';
import type { CallCommand } from '../shared/protocol';

/** Sends one call control through the background to the phone; null when it worked, else why not. */
export async function sendCallControl(contactId: string, command: CallCommand): Promise<string | null> {
  const reply = await ask({ type: 'call-control', contactId, command }).catch(() => null);
  if (!reply) return 'no-answer';
  return reply.ok ? null : reply.error;
}
