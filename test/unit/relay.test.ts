import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, event, stubChrome } from './fake-browser';
import type { ContactEvent, ContactSnapshot } from '../../src/shared/protocol';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();

const { handleContactEvent, isFresh } = await import('../../src/background/contacts');
const { queueDial, finishDial, flushDials, cancelDial, DIAL_EXPIRY_MS } = await import('../../src/background/dials');
const { acceptPhoneDocument } = await import('../../src/background/phone-link');

/** Lets the per-Port message chain and the storage steps behind it run. */
const settle = () => new Promise((r) => setTimeout(r, 10));
const { readSession } = await import('../../src/background/session-store');
const { forgetSettingsOnChange } = await import('../../src/background/settings-cache');

const contact = (phase: ContactSnapshot['phase'], phaseSince: number): ContactEvent => ({
  at: phaseSince,
  contact: {
    contactId: 'c1', channel: 'voice', direction: 'inbound', phase, phaseSince,
    phoneNumber: '+81312345678', queue: { name: 'BasicQueue', arn: 'arn:q' }, queueTimestamp: 1, attributes: {},
  },
});

/** The phone document's Port as the background sees it. */
function phonePort() {
  const posted: unknown[] = [];
  const port = {
    name: 'ccps-phone-doc',
    sender: { id: 'test-extension', url: 'chrome-extension://test-extension/phone.html' },
    onMessage: event(),
    onDisconnect: event(),
    postMessage: (m: unknown) => posted.push(m),
    disconnect: () => undefined,
  };
  return { port, posted };
}

beforeEach(async () => {
  await fake.storage.session.clear();
  await fake.storage.local.clear();
  fake.sentToTabs.length = 0;
  fake.openTabs.length = 0;
  fake.granted.clear();
  forgetSettingsOnChange({ crmSites: {} }, 'local'); // the fake storage fires no onChanged
});

describe('contact events', () => {
  it('drops repeats and stale events, keeps newer ones', () => {
    const last = { phase: 'connected', phaseSince: 200 };
    expect(isFresh(undefined, contact('incoming', 100))).toBe(true);
    expect(isFresh(last, contact('connected', 200))).toBe(false);
    expect(isFresh(last, contact('incoming', 100))).toBe(false);
    expect(isFresh(last, contact('ended', 300))).toBe(true);
    expect(isFresh(last, contact('on-hold', 200))).toBe(true);
  });

  it('relays each change once, in order, to the CRM tabs only', async () => {
    await fake.storage.local.set({ crmSites: ['https://crm.example.com'] });
    fake.openTabs.push({ id: 7, url: 'https://crm.example.com/cases/1' }, { id: 8, url: 'https://news.example.org/' });
    await Promise.all([
      handleContactEvent(contact('incoming', 100)),
      handleContactEvent(contact('incoming', 100)), // a reconnecting panel re-reports it
      handleContactEvent(contact('connected', 200)),
      handleContactEvent(contact('incoming', 100)), // late and stale
    ]);
    const phases = fake.sentToTabs.map((s) => (s.message as { event: ContactEvent }).event.contact.phase);
    expect(phases).toEqual(['incoming', 'connected']);
    expect(fake.sentToTabs.every((s) => s.tabId === 7)).toBe(true);
    const { contacts } = await readSession('contacts');
    expect(contacts.c1?.phase).toBe('connected');
    await handleContactEvent(contact('destroyed', 300));
    expect((await readSession('contacts')).contacts).toEqual({});
  });
});

describe('a phone re-reporting', () => {
  it('restores a contact the session lost, without relaying it again', async () => {
    await fake.storage.local.set({ crmSites: ['https://crm.example.com'] });
    fake.openTabs.push({ id: 7, url: 'https://crm.example.com/' });
    await handleContactEvent(contact('connected', 200));
    await fake.storage.session.set({ contacts: {} }); // a phone started afresh
    await handleContactEvent(contact('connected', 200));
    expect(Object.keys((await readSession('contacts')).contacts)).toEqual(['c1']);
    expect(fake.sentToTabs).toHaveLength(1);
  });
});

const phoneHandlers = {
  'phone-document-attached': async () => undefined,
  'phone-status-changed': async () => undefined,
  'agent-changed': async () => undefined,
  'contact-changed': async () => undefined,
  'session-warning-changed': async () => undefined,
  'microphone-changed': async () => undefined,
  'dial-finished': async () => undefined,
  'call-control-finished': async () => undefined,
  'quick-connects-listed': async () => undefined,
  'sign-out-finished': async () => undefined,
};

describe('dials', () => {
  it('queues a dial until the phone is ready, sends it once, answers the tab', async () => {
    const { port, posted } = phonePort();
    acceptPhoneDocument(port as never, phoneHandlers, () => undefined);
    port.onMessage.fire({ type: 'phone-document-attached', running: 'https://example.my.connect.aws/ccp-v2/' });
    await settle();
    const { requestId, waiting } = await queueDial('+81312345678', 7);
    expect(waiting).toBe(true);
    expect(posted).toEqual([]); // the phone has not said it is ready
    port.onMessage.fire({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    await flushDials();
    await flushDials(); // a second flush (a restarted worker) must not dial again
    expect(posted).toEqual([{ type: 'dial-number', requestId, e164: '+81312345678' }]);
    expect(fake.sentToTabs).toEqual([{ tabId: 7, message: { type: 'dial-sent', requestId, e164: '+81312345678' } }]);

    await finishDial({ type: 'dial-finished', requestId, result: { ok: true, contactId: 'out-1' } });
    expect(fake.sentToTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'dial-finished', requestId, e164: '+81312345678', result: { ok: true } } });
    expect((await readSession('pendingDials')).pendingDials).toEqual([]);
    port.onDisconnect.fire(); // no phone for the tests below
  });

  it('drops a dial that waited too long, and tells the tab', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
    const { requestId } = await queueDial('+14155550132', 9);
    vi.setSystemTime(1_000_000 + 61_000);
    await flushDials();
    vi.useRealTimers();
    expect(fake.sentToTabs.at(-1)).toEqual({ tabId: 9, message: { type: 'dial-finished', requestId, e164: '+14155550132', result: { ok: false, error: 'timed-out' } } });
    expect((await readSession('pendingDials')).pendingDials).toEqual([]);
  });

  it('waits a few seconds at most: a phone ready after that places nothing', async () => {
    expect(DIAL_EXPIRY_MS).toBeLessThanOrEqual(10_000);
    const { port, posted } = phonePort();
    acceptPhoneDocument(port as never, phoneHandlers, () => undefined);
    port.onMessage.fire({ type: 'phone-document-attached', running: 'https://example.my.connect.aws/ccp-v2/' });
    await settle();
    vi.useFakeTimers({ now: 2_000_000, toFake: ['Date'] });
    const { requestId } = await queueDial('+81312345678', 7);
    // The phone becomes ready just after the wait: the flush that follows must not dial.
    vi.setSystemTime(2_000_000 + DIAL_EXPIRY_MS + 1);
    port.onMessage.fire({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    await flushDials();
    vi.useRealTimers();
    expect(posted).toEqual([]);
    expect(fake.sentToTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'dial-finished', requestId, e164: '+81312345678', result: { ok: false, error: 'timed-out' } } });
    port.onDisconnect.fire();
  });

  it('cancels a waiting dial, once, and tells the tab', async () => {
    const { requestId } = await queueDial('+81312345678', 7);
    expect(await cancelDial(requestId)).toBe(true);
    expect(await cancelDial(requestId)).toBe(false);
    expect((await readSession('pendingDials')).pendingDials).toEqual([]);
    expect(fake.sentToTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'dial-finished', requestId, e164: '+81312345678', result: { ok: false, error: 'cancelled' } } });
  });

  it('a page that saw the wait run out drops the dial as timed out', async () => {
    const { requestId } = await queueDial('+81312345678', 7);
    expect(await cancelDial(requestId, true)).toBe(true);
    expect(fake.sentToTabs.at(-1)).toEqual({ tabId: 7, message: { type: 'dial-finished', requestId, e164: '+81312345678', result: { ok: false, error: 'timed-out' } } });
  });

  it('a host that may not be the phone is told so, and nothing it says counts', async () => {
    const first = phonePort();
    acceptPhoneDocument(first.port as never, phoneHandlers, () => undefined);
    first.port.onMessage.fire({ type: 'phone-document-attached', running: null });
    await settle();
    const second = phonePort();
    let disconnected = false;
    let statuses = 0;
    const refused = { ...second.port, disconnect: () => void (disconnected = true) };
    acceptPhoneDocument(refused as never, { ...phoneHandlers, 'phone-status-changed': async () => void statuses++ }, () => undefined, async () => false);
    refused.onMessage.fire({ type: 'phone-document-attached', running: null });
    refused.onMessage.fire({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    expect(second.posted).toEqual([{ type: 'phone-refused' }]);
    expect(disconnected).toBe(true);
    expect(statuses).toBe(0);
    // A report before a host says who it is is not handled either.
    const third = phonePort();
    acceptPhoneDocument(third.port as never, { ...phoneHandlers, 'phone-status-changed': async () => void statuses++ }, () => undefined);
    third.port.onMessage.fire({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    expect(statuses).toBe(0);
    first.port.onDisconnect.fire();
  });

  it('drops what does not fit the phone channel', async () => {
    const { port, posted } = phonePort();
    let statuses = 0;
    acceptPhoneDocument(port as never, { ...phoneHandlers, 'phone-status-changed': async () => void statuses++ }, () => undefined);
    port.onMessage.fire({ type: 'phone-status-changed', status: 'on-fire' });
    port.onMessage.fire({ type: 'dial-number', requestId: 'x', e164: '+81312345678' }); // a command is not a report
    await settle();
    expect(statuses).toBe(0);
    expect(posted).toEqual([]);
    port.onDisconnect.fire();
  });
});
