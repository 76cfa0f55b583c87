import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, event, stubChrome } from '../../test/unit/fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();
const { acceptPhonePort, sendToPhone } = await import('./phone-port');
const { panelAttached, panelGone, takeOver, ORPHAN_GRACE_MS } = await import('./election');

const settle = () => new Promise((r) => setTimeout(r, 10));

/** A side panel's Port as the background sees it, with what the background told it. */
function panel(panelId: string, windowId: number) {
  const posted: Array<{ type: string; role?: string }> = [];
  const port = {
    name: 'ccps-phone',
    sender: { id: 'test-extension', url: 'chrome-extension://test-extension/side-panel.html' },
    onMessage: event(),
    onDisconnect: event(),
    postMessage: (m: { type: string }) => posted.push(m),
    disconnect: () => undefined,
  };
  const noop = async () => undefined;
  acceptPhonePort(port as never, {
    'phone-attached': async (_m, p) => panelAttached(p),
    'take-over-phone': async (_m, p) => takeOver(p),
    'panel-visibility-changed': noop, 'act-on-contact': noop, 'phone-status-changed': noop, 'agent-changed': noop, 'contact-changed': noop, 'dial-finished': noop,
  }, (p) => void panelGone(p));
  return {
    attach: () => port.onMessage.fire({ type: 'phone-attached', windowId, panelId }),
    send: (m: unknown) => port.onMessage.fire(m),
    close: () => port.onDisconnect.fire(),
    role: () => posted.filter((m) => m.type === 'role-assigned').at(-1)?.role,
    posted,
  };
}

beforeEach(async () => {
  await fake.storage.session.clear();
});

describe('one phone per browser', () => {
  it('elects the first panel; the next stands by; a take-over moves it; closing the phone hands it on', async () => {
    const a = panel('a', 1);
    a.attach();
    await settle();
    const b = panel('b', 2);
    b.attach();
    await settle();
    expect([a.role(), b.role()]).toEqual(['phone', 'standby']);
    expect((await fake.storage.session.get('phoneOwner')).phoneOwner).toEqual({ panelId: 'a', windowId: 1 });

    b.send({ type: 'take-over-phone' });
    await settle();
    expect([a.role(), b.role()]).toEqual(['standby', 'phone']);

    b.close();
    await settle();
    expect(a.role()).toBe('phone');
    a.close();
    await settle();
  });

  it('only the phone\'s reports count, and commands go to the phone alone', async () => {
    const a = panel('a', 1);
    a.attach();
    const b = panel('b', 2);
    b.attach();
    await settle();
    b.send({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    expect(sendToPhone({ type: 'accept-contact', contactId: 'c' })).toBe(false); // the standby's "ready" is ignored
    a.send({ type: 'phone-status-changed', status: 'ready' });
    await settle();
    expect(sendToPhone({ type: 'accept-contact', contactId: 'c' })).toBe(true);
    expect(a.posted.at(-1)).toEqual({ type: 'accept-contact', contactId: 'c' });
    expect(b.posted.some((m) => m.type === 'accept-contact')).toBe(false);
    a.close();
    b.close();
    await settle();
  });

  it('after a worker restart the stored phone keeps its role, whichever panel reconnects first', async () => {
    await fake.storage.session.set({ phoneOwner: { panelId: 'a', windowId: 1 } });
    const b = panel('b', 2);
    b.attach(); // the standby is back first
    await settle();
    expect(b.role()).toBe('standby');
    const a = panel('a', 1);
    a.attach();
    await settle();
    expect(a.role()).toBe('phone');
    await new Promise((r) => setTimeout(r, ORPHAN_GRACE_MS + 100));
    expect(b.role()).toBe('standby');
    a.close();
    b.close();
    await settle();
  });

  it('a phone that never comes back (closed while the worker slept) is replaced after the grace period', async () => {
    await fake.storage.session.set({ phoneOwner: { panelId: 'gone', windowId: 9 } });
    const b = panel('b', 2);
    b.attach();
    await settle();
    expect(b.role()).toBe('standby');
    await new Promise((r) => setTimeout(r, ORPHAN_GRACE_MS + 100));
    expect(b.role()).toBe('phone');
    b.close();
    await settle();
  });
});
