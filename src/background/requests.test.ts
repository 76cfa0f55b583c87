import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, stubChrome } from '../../test/unit/fake-browser';
import type { Request, RequestType } from '../shared/protocol';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
const chromeStub = stubChrome();

const { onRequest } = await import('./requests');
const { ALLOWED_SENDERS, mayAsk, mayOpen, senderKind } = await import('./sender-table');
const { crmMatchPattern } = await import('../shared/crm-site');
const { forgetSettingsOnChange } = await import('./settings-cache');

const CRM = 'https://crm.example.com';
/** One valid request of every type: a new request type without an example fails to compile. */
const examples: { [T in RequestType]: Extract<Request, { type: T }> } = {
  'dial-number': { type: 'dial-number', e164: '+81312345678', source: 'page-click' },
  'cancel-dial': { type: 'cancel-dial', requestId: 'no-such-dial' },
  'get-phone-status': { type: 'get-phone-status' },
  'set-agent-state': { type: 'set-agent-state', name: 'Available' },
  'open-phone': { type: 'open-phone' },
  'agent-active': { type: 'agent-active' },
  'call-control': { type: 'call-control', contactId: 'c-1', command: { kind: 'hold' } },
  'list-quick-connects': { type: 'list-quick-connects' },
  'sign-out': { type: 'sign-out' },
};
const senders = {
  'crm-content-script': { id: 'test-extension', url: `${CRM}/contacts/1`, tab: { id: 7, windowId: 1 } },
  'extension-page': { id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' },
  'phone-document': { id: 'test-extension', url: 'chrome-extension://test-extension/phone.html' },
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
  chromeStub.phoneDocuments.length = 0;
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

  it('the phone document asks nothing; it only reports over its own channel', () => {
    for (const type of Object.keys(examples)) expect(mayAsk('phone-document', type)).toBe(false);
    expect(mayOpen('phone-document', 'ccps-phone-doc')).toBe(true);
    expect(mayOpen('extension-page', 'ccps-phone-doc')).toBe(true); // only to offer hosting in the opt-in mode: mayHost() decides
    expect(mayOpen('crm-content-script', 'ccps-phone-doc')).toBe(false);
  });

  it('channels: views are our pages, detection is our content script, strangers open none', () => {
    expect(mayOpen('extension-page', 'ccps-view')).toBe(true);
    expect(mayOpen('crm-content-script', 'ccps-view')).toBe(false);
    expect(mayOpen('crm-content-script', 'ccps-detect')).toBe(true);
    expect(mayOpen('extension-page', 'ccps-detect')).toBe(false);
    for (const stranger of Object.values(strangers)) expect(mayOpen(senderKind(stranger as never), 'ccps-view')).toBe(false);
    expect(mayOpen('extension-page', 'toString')).toBe(false);
    // A tab showing phone.html is a page, not the phone document (which has no tab).
    expect(senderKind({ id: 'test-extension', url: 'chrome-extension://test-extension/phone.html', tab: { id: 3 } } as never)).toBe('extension-page');
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
    for (const sender of [senders['crm-content-script'], senders['extension-page']]) {
      expect(await onRequest({ type: 'dial-number', e164: '+81301234567', source: 'popup' }, sender as never)).toEqual({ ok: false, error: 'invalid-number' });
    }
    expect((await fake.storage.session.get('pendingDials')).pendingDials).toBeUndefined();
  });

  it('queues a valid number, waiting for the phone, and starts the phone', async () => {
    await fake.storage.local.set({ instanceUrl: 'https://example.my.connect.aws' });
    forgetSettingsOnChange({ instanceUrl: {} }, 'local');
    const reply = await onRequest(examples['dial-number'], senders['extension-page'] as never);
    expect(reply).toMatchObject({ ok: true, waiting: true });
    expect(chromeStub.phoneDocuments).toEqual(['chrome-extension://test-extension/phone.html']);
  });

  it('opens the side panel in the click’s window, unless a panel is open there', async () => {
    chromeStub.sidePanelsOpened.length = 0;
    await onRequest(examples['dial-number'], senders['crm-content-script'] as never);
    expect(chromeStub.sidePanelsOpened).toEqual([1]);
  });
});
