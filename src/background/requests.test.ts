import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, stubChrome } from '../../test/unit/fake-browser';
import type { Request, RequestType } from '../shared/protocol';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();
(globalThis as { chrome: { sidePanel?: unknown } }).chrome.sidePanel = { open: async () => undefined };

const { onRequest } = await import('./requests');
const { ALLOWED_SENDERS, mayAsk } = await import('./sender-table');
const { crmMatchPattern } = await import('../shared/crm-site');
const { forgetSettingsOnChange } = await import('./settings-cache');

const CRM = 'https://crm.example.com';
/** One valid request of every type: a new request type without an example fails to compile. */
const examples: { [T in RequestType]: Extract<Request, { type: T }> } = {
  'dial-number': { type: 'dial-number', e164: '+81312345678', source: 'page-click' },
  'cancel-dial': { type: 'cancel-dial', requestId: 'no-such-dial' },
  'get-phone-status': { type: 'get-phone-status' },
  'set-agent-state': { type: 'set-agent-state', name: 'Available' },
};
const senders = {
  'crm-content-script': { id: 'test-extension', url: `${CRM}/contacts/1`, tab: { id: 7, windowId: 1 } },
  'extension-page': { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' },
} as const;
const strangers = {
  'another extension': { id: 'other-extension', url: 'chrome-extension://other-extension/page.html' },
  'our content script without a tab': { id: 'test-extension', url: `${CRM}/` },
  'no sender': undefined,
};

beforeEach(async () => {
  await fake.storage.session.clear();
  await fake.storage.local.clear();
  await fake.storage.local.set({ crmSites: [CRM] });
  forgetSettingsOnChange({ crmSites: {} }, 'local');
  fake.granted.clear();
  fake.granted.add(crmMatchPattern(CRM));
});

describe('the sender table', () => {
  for (const type of Object.keys(examples) as RequestType[]) {
    for (const [kind, sender] of Object.entries(senders)) {
      const allowed = (ALLOWED_SENDERS[type] as readonly string[]).includes(kind);
      it(`${type} from ${kind}: ${allowed ? 'handled' : 'ignored'}`, async () => {
        const reply = onRequest(examples[type], sender as never);
        if (!allowed) return expect(reply).toBeUndefined();
        expect(reply).toBeInstanceOf(Promise);
        expect(await reply).not.toEqual({ ok: false, error: 'invalid-request' });
      });
    }
    for (const [who, sender] of Object.entries(strangers)) {
      it(`${type} from ${who}: ignored`, () => {
        expect(onRequest(examples[type], sender as never)).toBeUndefined();
      });
    }
  }

  it('a content script may not read or change the agent state', () => {
    expect(mayAsk('crm-content-script', 'get-phone-status')).toBe(false);
    expect(mayAsk('crm-content-script', 'set-agent-state')).toBe(false);
    expect(mayAsk('crm-content-script', 'dial-number')).toBe(true);
  });

  it('an unknown type, or one inherited from Object, is nobody’s', () => {
    for (const type of ['toString', '__proto__', 'hasOwnProperty', 'make-coffee', undefined, 3]) {
      expect(mayAsk('extension-page', type)).toBe(false);
      expect(onRequest({ type }, senders['extension-page'] as never)).toBeUndefined();
    }
  });

  it('a content script on a site that is no longer granted gets nothing done', async () => {
    fake.granted.clear();
    expect(await onRequest(examples['dial-number'], senders['crm-content-script'] as never)).toEqual({ ok: false, error: 'site-not-granted' });
    expect((await fake.storage.session.get('pendingDials')).pendingDials).toBeUndefined();
  });
});

describe('dial-number', () => {
  it('refuses a number that is not valid in the full metadata, from any sender', async () => {
    // 03-0123-4567: the right length for Tokyo (the small metadata passes it), no Japanese number.
    for (const sender of Object.values(senders)) {
      expect(await onRequest({ type: 'dial-number', e164: '+81301234567', source: 'popup' }, sender as never)).toEqual({ ok: false, error: 'invalid-number' });
    }
    expect((await fake.storage.session.get('pendingDials')).pendingDials).toBeUndefined();
  });

  it('queues a valid number, waiting for the phone', async () => {
    const reply = await onRequest(examples['dial-number'], senders['extension-page'] as never);
    expect(reply).toMatchObject({ ok: true, waiting: true });
  });
});
