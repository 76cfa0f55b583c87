/**
 * Browser-wide shortcuts for the call (commands API; changeable at chrome://extensions/shortcuts):
 * answer (Alt+Shift+A) and hang up (Alt+Shift+E), acting on the active contact as the side
 * panel's A and E keys do (shared/active-contact.ts): answer takes a ringing contact; hang up
 * rejects a ringing one, ends the call (everyone on it, not a hand-over), or ends a chat or task.
 */
import { IS_DEV_BUILD } from '../shared/build-flags';
import { activeContactId, hangUpAction } from '../shared/active-contact';
import { sendToPhone } from './phone-link';
import { controlCall } from './phone-requests';
import { readSession } from './session-store';

export const ANSWER_COMMAND = 'answer-contact';
export const HANG_UP_COMMAND = 'hang-up-contact';

export async function onCallCommand(command: string): Promise<string | null> {
  if (command !== ANSWER_COMMAND && command !== HANG_UP_COMMAND) return null;
  const { contacts } = await readSession('contacts');
  const list = Object.values(contacts);
  const contact = list.find((c) => c.contactId === activeContactId(list));
  if (!contact) return 'no-contact';
  if (command === ANSWER_COMMAND) {
    if (contact.phase !== 'incoming' || contact.direction !== 'inbound') return 'nothing-ringing';
    return sendToPhone({ type: 'accept-contact', contactId: contact.contactId }) ? 'accepted' : 'phone-not-ready';
  }
  const how = hangUpAction(contact);
  if (how === 'end-call') {
    const result = await controlCall(contact.contactId, { kind: 'end' });
    return result.ok ? 'ended' : result.error;
  }
  if (!how) return 'nothing-live';
  const type = how === 'reject' ? 'reject-contact' : 'end-contact';
  return sendToPhone({ type, contactId: contact.contactId }) ? how : 'phone-not-ready';
}

/** Registers the listener; call synchronously at the top level of the worker. */
export function installCallShortcuts(): void {
  chrome.commands.onCommand.addListener((command) => void onCallCommand(command));
  // A headless browser routes no key to extension commands: the development build lets a test
  // press them through the same handler.
  if (IS_DEV_BUILD) (globalThis as { ccpsTestCallCommand?: unknown }).ccpsTestCallCommand = onCallCommand;
}
