/**
 * Requests from content scripts and our own pages (runtime.sendMessage): the sender is checked
 * against the one table of who may ask what (sender-table.ts) before anything is parsed, then the
 * request is parsed, then handled by one handler per request type (a new type without a handler
 * fails to compile).
 */
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, RequestSchema, type Replies, type RequestOf, type RequestType } from '../shared/protocol';
import { isOnCrmSite } from '../shared/crm-site';
import { grantedCrmSites } from './content-scripts';
import { agentActive } from './activity';
import { cancelDial, queueDial } from './dials';
import { rememberDialPage } from './call-log/dial-pages';
import { isDialable } from './dialable';
import { sendToPhone } from './phone-link';
import { controlCall, listQuickConnects, signOutAgent } from './phone-requests';
import { ensurePhoneDocument, phoneNotWanted } from './phone-document';
import { readSession } from './session-store';
import { mayAsk, senderKind } from './sender-table';
import { originOf } from './senders';
import { hasSidePanelIn, readPhoneState } from './views';

/** `origin`: the CRM page's, for a content script's request; null for our own pages. */
type Handlers = { [T in RequestType]: (request: RequestOf<T>, tabId: number | null, origin: string | null) => Promise<Replies[T]> };

const handlers: Handlers = {
  'dial-number': async (request, tabId, origin) => {
    // Every dial passes here (page, popup, side panel, context menu, shortcut): nothing that
    // libphonenumber's full metadata calls invalid reaches the phone.
    if (!isDialable(request.e164)) return { ok: false, error: 'invalid-number' };
    await ensurePhoneDocument();
    const page = rememberDialPage(request.e164, tabId); // for the call record (call-log/dial-pages.ts)
    const queued = await queueDial(request.e164, tabId, origin);
    await page;
    return { ok: true, ...queued };
  },
  'cancel-dial': async (request) => ((await cancelDial(request.requestId, request.expired)) ? { ok: true } : { ok: false, error: 'not-found' }),
  'get-phone-status': async () => readPhoneState(),
  'set-agent-state': async (request) =>
    sendToPhone({ type: 'set-agent-state', name: request.name }) ? { ok: true } : { ok: false, error: 'phone-not-ready' },
  'open-phone': async () => ({ started: await ensurePhoneDocument() }),
  'agent-active': async () => {
    await agentActive();
    return { ok: true };
  },
  'call-control': async (request) => controlCall(request.contactId, request.command),
  'list-quick-connects': async () => listQuickConnects(),
  'sign-out': async () => {
    // A contact still open (a call, one in after-contact work) is never cut by a sign-out.
    if (Object.keys((await readSession('contacts')).contacts).length) return { ok: false, error: 'contacts-open' };
    const reply = await signOutAgent();
    if (reply.ok) await phoneNotWanted();
    return reply;
  },
};

/** The `runtime.onMessage` listener. Returns a promise of the reply, or undefined to ignore. */
export function onRequest(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const kind = senderKind(sender);
  if (!mayAsk(kind, (raw as { type?: unknown } | null)?.type)) return undefined;
  const fromTab = kind === 'crm-content-script';
  const request = parseMessage(RequestSchema, raw, fromTab ? `tab ${sender.url ?? ''}` : 'extension page');
  if (!request) return Promise.resolve({ ok: false, error: 'invalid-request' });
  const tabId = fromTab ? (sender.tab?.id ?? null) : null;

  if (request.type === 'dial-number' && fromTab && sender.tab?.windowId !== undefined && !hasSidePanelIn(sender.tab.windowId) && isDialable(request.e164)) {
    // The call's controls beside the CRM. Must run now, synchronously: Chrome lets
    // sidePanel.open() through only within the click's user gesture, which ends when this
    // listener returns.
    chrome.sidePanel.open({ windowId: sender.tab.windowId }).catch((e: unknown) => console.warn('[ccp-sidecar] could not open the side panel', e));
  }

  return (async () => {
    if (fromTab) {
      const origin = originOf(sender.url);
      const granted = await grantedCrmSites();
      if (!origin || !granted.some((site) => isOnCrmSite(site, origin))) return { ok: false, error: 'site-not-granted' };
    }
    const handler = handlers[request.type] as (r: typeof request, tabId: number | null, origin: string | null) => Promise<unknown>;
    return handler(request, tabId, fromTab ? originOf(sender.url) : null);
  })();
}
