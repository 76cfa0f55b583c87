import { beforeEach, expect, it, vi } from 'vitest';
import { createFakeBrowser, event, stubChrome } from '../../test/unit/fake-browser';
import { ACTIVITY_FORWARD_MS } from '../shared/protocol';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();
const { agentActive } = await import('./activity');
const { acceptPhoneDocument } = await import('./phone-link');

const posted: unknown[] = [];
const port = { name: 'ccps-phone-doc', onMessage: event(), onDisconnect: event(), postMessage: (m: unknown) => posted.push(m), disconnect: () => undefined };
const ignore = async () => undefined;
acceptPhoneDocument(port as never, {
  'phone-document-attached': ignore, 'phone-status-changed': ignore, 'agent-changed': ignore, 'contact-changed': ignore,
  'session-warning-changed': ignore, 'microphone-changed': ignore, 'dial-finished': ignore, 'call-control-finished': ignore, 'quick-connects-listed': ignore, 'sign-out-finished': ignore,
}, () => undefined);
port.onMessage.fire({ type: 'phone-document-attached', running: 'https://example.my.connect.aws/ccp-v2/' });
port.onMessage.fire({ type: 'phone-status-changed', status: 'ready' });
await new Promise((r) => setTimeout(r, 10));
const sent = () => posted.filter((m) => (m as { type: string }).type === 'send-activity').length;

beforeEach(async () => {
  await fake.storage.session.clear();
  posted.length = 0;
  vi.useRealTimers();
});

it('passes activity on once per ACTIVITY_FORWARD_MS, however often the agent types', async () => {
  vi.useFakeTimers({ now: 1_000_000, toFake: ['Date'] });
  await agentActive();
  for (let i = 0; i < 5; i++) await agentActive();
  expect(sent()).toBe(1);
  vi.setSystemTime(1_000_000 + ACTIVITY_FORWARD_MS);
  await agentActive();
  expect(sent()).toBe(2);
});

it('passes it on at once while Connect warns of a sign-out', async () => {
  vi.useFakeTimers({ now: 2_000_000, toFake: ['Date'] });
  await agentActive();
  await fake.storage.session.set({ sessionWarning: { expiresAt: 2_060_000 } });
  await agentActive();
  expect(sent()).toBe(2);
});

it('remembers the pace across a worker restart (storage.session), and sends nothing to a phone that is not ready', async () => {
  await fake.storage.session.set({ activitySentAt: Date.now() });
  await agentActive();
  expect(sent()).toBe(0);
  port.onMessage.fire({ type: 'phone-status-changed', status: 'logged-out' });
  await new Promise((r) => setTimeout(r, 10));
  await fake.storage.session.clear();
  await agentActive();
  expect(sent()).toBe(0);
  expect((await fake.storage.session.get('activitySentAt')).activitySentAt).toBeUndefined();
});
