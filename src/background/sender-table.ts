/**
 * Who may ask the background for what: one table, checked in one place (requests.ts) before a
 * request is parsed or handled. A content script runs in pages we do not control, so it may ask
 * only what its features need: to dial (and cancel its own waiting dial). Reading the agent's
 * state or changing it is for our own pages (popup, side panel, options).
 */
import type { Runtime } from 'webextension-polyfill';
import type { RequestType } from '../shared/protocol';
import { isOwnContentScript, isOwnExtensionPage } from './senders';

/**
 * - `crm-content-script`: our content script in a tab (its page's origin is then checked against
 *   the granted CRM sites before anything is handled: see requests.ts).
 * - `extension-page`: one of our own pages (side panel, popup, options), wherever it is shown.
 */
export type SenderKind = 'crm-content-script' | 'extension-page';

export const ALLOWED_SENDERS: { readonly [T in RequestType]: readonly SenderKind[] } = {
  'dial-number': ['crm-content-script', 'extension-page'],
  'cancel-dial': ['crm-content-script', 'extension-page'],
  'get-phone-status': ['extension-page'],
  'set-agent-state': ['extension-page'],
};

/** What kind of sender this is, or null for anyone else (another extension, a web page). */
export function senderKind(sender: Runtime.MessageSender | undefined): SenderKind | null {
  if (isOwnExtensionPage(sender)) return 'extension-page';
  // A content script's page origin is checked next (requests.ts): it must have a URL.
  if (isOwnContentScript(sender) && typeof sender.url === 'string') return 'crm-content-script';
  return null;
}

/** May this sender send a message with this `type`? Unknown types are nobody's. */
export function mayAsk(kind: SenderKind | null, type: unknown): type is RequestType {
  if (kind === null || typeof type !== 'string' || !Object.hasOwn(ALLOWED_SENDERS, type)) return false;
  return ALLOWED_SENDERS[type as RequestType].includes(kind);
}
