/**
 * Requests the background hands to the phone and whose answer it waits for: a call control (hold,
 * mute, keypad, transfer…), the quick connects and the agent's sign-out. Each carries a requestId; the phone answers
 * over the PHONE channel (`call-control-finished`, `quick-connects-listed`) and the asking view
 * gets that answer. The waiting is in memory: a view's request keeps the worker alive, and one
 * stopped in between leaves the view with no answer, which it shows as a failure.
 */
import type { BackgroundToPhone, CallCommand, PhoneToBackground, Replies } from '../shared/protocol';
import { sendToPhone } from './phone-link';

/** Streams gives up on an API call after 30 s; an answer later than this is not one the agent waits for. */
const REPLY_TIMEOUT_MS = 20_000;

type Answer = Extract<PhoneToBackground, { type: 'call-control-finished' | 'quick-connects-listed' | 'sign-out-finished' }>;
const waiting = new Map<string, (answer: Answer['result']) => void>();

function askPhone<R extends Answer['result']>(build: (requestId: string) => BackgroundToPhone): Promise<R | { ok: false; error: string }> {
  const requestId = crypto.randomUUID();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(requestId);
      resolve({ ok: false, error: 'timed-out' });
    }, REPLY_TIMEOUT_MS);
    waiting.set(requestId, (result) => {
      clearTimeout(timer);
      resolve(result as R);
    });
    if (!sendToPhone(build(requestId))) {
      clearTimeout(timer);
      waiting.delete(requestId);
      resolve({ ok: false, error: 'phone-not-ready' });
    }
  });
}

/** The phone's answer to a request of ours (a repeat or a stranger's is dropped). */
export async function settlePhoneRequest(message: Answer): Promise<void> {
  const settle = waiting.get(message.requestId);
  waiting.delete(message.requestId);
  settle?.(message.result);
}

export function controlCall(contactId: string, command: CallCommand): Promise<Replies['call-control']> {
  return askPhone((requestId) => ({ type: 'call-control', requestId, contactId, command }));
}

export function listQuickConnects(): Promise<Replies['list-quick-connects']> {
  return askPhone((requestId) => ({ type: 'list-quick-connects', requestId }));
}

export function signOutAgent(): Promise<Replies['sign-out']> {
  return askPhone((requestId) => ({ type: 'sign-out', requestId }));
}
