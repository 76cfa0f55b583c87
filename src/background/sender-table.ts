/**
 * Who may ask the background for what: one table, checked in one place (requests.ts) before a
 * request is parsed or handled. A content script runs in pages we do not control, so it may ask
 * only what its features need: to dial (and cancel its own waiting dial). Reading the agent's
 * state or changing it is for our own pages (popup, side panel, options).
 */
import type { Runtime } from 'webextension-polyfill';
import { DETECT_PORT, PHONE_DOC_PORT, VIEW_PORT, type RequestType } from '../shared/protocol';
import { isOwnContentScript, isOwnExtensionPage, isPhoneDocument } from './senders';

/**
 * - `crm-content-script`: our content script in a tab (its page's origin is then checked against
 *   the granted CRM sites before anything is handled: see requests.ts).
 * - `extension-page`: one of our own pages (side panel, popup, options), wherever it is shown.
 * - `phone-document`: the offscreen document running Streams (src/phone/).
 */
export type SenderKind = 'crm-content-script' | 'extension-page' | 'phone-document';

export const ALLOWED_SENDERS: { readonly [T in RequestType]: readonly SenderKind[] } = {
  'dial-number': ['crm-content-script', 'extension-page'],
  'cancel-dial': ['crm-content-script', 'extension-page'],
  'get-phone-status': ['extension-page'],
  'set-agent-state': ['extension-page'],
  'open-phone': ['extension-page'],
  'agent-active': ['crm-content-script', 'extension-page'],
  'call-control': ['extension-page'],
  'list-quick-connects': ['extension-page'],
  'sign-out': ['extension-page'],
};

/** Who may open which long-lived channel (a Port by name); the channel's messages are then parsed by its schema. */
export const CHANNEL_SENDERS: { readonly [name: string]: readonly SenderKind[] } = {
  // A page of ours only to offer hosting in the opt-in mode: background/index.ts mayHost() decides.
  [PHONE_DOC_PORT]: ['phone-document', 'extension-page'],
  [VIEW_PORT]: ['extension-page'],
  [DETECT_PORT]: ['crm-content-script'],
};

/** What kind of sender this is, or null for anyone else (another extension, a web page). */
export function senderKind(sender: Runtime.MessageSender | undefined): SenderKind | null {
  if (isPhoneDocument(sender)) return 'phone-document';
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

/** May this sender open the channel named `name`? Unknown channels are nobody's. */
export function mayOpen(kind: SenderKind | null, name: string): boolean {
  if (kind === null || !Object.hasOwn(CHANNEL_SENDERS, name)) return false;
  return CHANNEL_SENDERS[name]!.includes(kind);
}
