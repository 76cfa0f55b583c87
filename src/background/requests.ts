/**
 * Requests from content scripts and our own pages (runtime.sendMessage): sender checked first,
 * then parsed, then one handler per request type (a new type without a handler fails to compile).
 */
import type { Runtime } from 'webextension-polyfill';
import { parseMessage, RequestSchema, type Replies, type RequestOf, type RequestType } from '../shared/protocol';
import { isOnCrmSite } from '../shared/crm-site';
import { grantedCrmSites } from './content-scripts';
import { queueDial } from './dials';
import { phoneWindowId, sendToPhone } from './phone-port';
import { isOwnContentScript, isOwnExtensionPage, originOf } from './senders';
import { readSession } from './session-store';

type Handlers = { [T in RequestType]: (request: RequestOf<T>, tabId: number | null) => Promise<Replies[T]> };

const handlers: Handlers = {
  'dial-number': async (request, tabId) => ({ ok: true, requestId: await queueDial(request.e164, tabId) }),
  'get-phone-status': async () => {
    const { phoneStatus, agent, contacts } = await readSession('phoneStatus', 'agent', 'contacts');
    return { status: phoneWindowId() === null && phoneStatus === 'ready' ? 'loading' : phoneStatus, agent, contacts: Object.values(contacts) };
  },
  'set-agent-state': async (request) =>
    sendToPhone({ type: 'set-agent-state', name: request.name }) ? { ok: true } : { ok: false, error: 'phone-not-ready' },
};

/** The `runtime.onMessage` listener. Returns a promise of the reply, or undefined to ignore. */
export function onRequest(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const fromTab = isOwnContentScript(sender);
  if (!fromTab && !isOwnExtensionPage(sender)) return undefined;
  const request = parseMessage(RequestSchema, raw, fromTab ? `tab ${sender.url ?? ''}` : 'extension page');
  if (!request) return Promise.resolve({ ok: false, error: 'invalid-request' });

  if (request.type === 'dial-number' && fromTab && phoneWindowId() === null && sender.tab.windowId !== undefined) {
    // Must run now, synchronously: Chrome lets sidePanel.open() through only within the
    // click's user gesture, which ends when this listener returns.
    chrome.sidePanel.open({ windowId: sender.tab.windowId }).catch((e: unknown) => console.warn('[ccp-sidecar] could not open the side panel', e));
  }

  return (async () => {
    if (fromTab) {
      const origin = originOf(sender.url);
      const granted = await grantedCrmSites();
      if (!origin || !granted.some((site) => isOnCrmSite(site, origin))) return { ok: false, error: 'site-not-granted' };
    }
    const handler = handlers[request.type] as (r: typeof request, tabId: number | null) => Promise<unknown>;
    return handler(request, fromTab ? sender.tab.id : null);
  })();
}

