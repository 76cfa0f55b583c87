import { expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../test/unit/fake-browser';
import type { AgentSnapshot, ContactSnapshot } from '../shared/protocol';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser() }));
vi.stubGlobal('chrome', createFakeBrowser()); // t() reads chrome.i18n
const { badgeFor } = await import('./badge');

const agent = (name: string, type: string): AgentSnapshot => ({ name: 'Tanaka', state: { name, type, arn: null }, states: [], muted: false });
const contact = (phase: ContactSnapshot['phase']) => ({ phase }) as ContactSnapshot;

it('colours the badge by agent state and marks ringing and live contacts', () => {
  expect(badgeFor(agent('Available', 'routable'), [])).toMatchObject({ color: '#1a7f37', text: ' ' });
  expect(badgeFor(agent('Break', 'not_routable'), [])).toMatchObject({ color: '#6e7781' });
  expect(badgeFor(agent('MissedCallAgent', 'error'), [])).toMatchObject({ color: '#cf222e' });
  expect(badgeFor(agent('PendingBusy', 'system'), [contact('incoming')])).toMatchObject({ color: '#d97706', text: 'badgeRinging' });
  expect(badgeFor(agent('Busy', 'system'), [contact('connected')])).toMatchObject({ color: '#0b6bcb', text: 'badgeOnContact' });
  expect(badgeFor(null, [])).toMatchObject({ text: '' });
});
