import { beforeEach, expect, it, vi } from 'vitest';
import { createFakeBrowser, event, stubChrome } from '../../test/unit/fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();
const { acceptView, aViewIsInSight, agentWindowId, hasSidePanelIn } = await import('./views');

const settle = () => new Promise((r) => setTimeout(r, 10));
const noHandlers = {
  'view-attached': async () => undefined,
  'view-visibility-changed': async () => undefined,
  'act-on-contact': async () => undefined,
  'restart-phone': async () => undefined,
  'agent-active': async () => undefined,
};

function openView(kind: 'side-panel' | 'popup', windowId: number, visible: boolean) {
  const port = { name: 'ccps-view', onMessage: event(), onDisconnect: event(), postMessage: () => undefined, disconnect: () => undefined };
  acceptView(port as never, noHandlers);
  port.onMessage.fire({ type: 'view-attached', kind, windowId, visible });
  return port;
}

beforeEach(() => {
  fake.windows.getLastFocused = async () => ({ id: 1, focused: true });
});

// Headless Chromium reports every window as focused, so the unfocused cases are proven here.
it('a view is in sight only when it is visible in the focused window', async () => {
  expect(await aViewIsInSight()).toBe(false);
  const hidden = openView('side-panel', 1, false);
  await settle();
  expect(await aViewIsInSight()).toBe(false);
  hidden.onMessage.fire({ type: 'view-visibility-changed', visible: true });
  await settle();
  expect(await aViewIsInSight()).toBe(true);
  fake.windows.getLastFocused = async () => ({ id: 1, focused: false });
  expect(await aViewIsInSight()).toBe(false);
  fake.windows.getLastFocused = async () => ({ id: 2, focused: true });
  expect(await aViewIsInSight()).toBe(false);
  hidden.onDisconnect.fire();
});

it('knows which windows have a side panel, and forgets a closed one', async () => {
  const panel = openView('side-panel', 5, true);
  const popup = openView('popup', 6, true);
  await settle();
  expect(hasSidePanelIn(5)).toBe(true);
  expect(hasSidePanelIn(6)).toBe(false); // a popup is not a panel
  panel.onDisconnect.fire();
  popup.onDisconnect.fire();
  expect(hasSidePanelIn(5)).toBe(false);
});

it('screen pops go to the window with a visible side panel when the focused one has none', async () => {
  const panel = openView('side-panel', 4, true);
  await settle();
  (globalThis as unknown as { chrome: { windows: { getLastFocused: () => Promise<unknown> } } }).chrome.windows.getLastFocused = async () => ({ id: 9, focused: true });
  expect(await agentWindowId()).toBe(4);
  (globalThis as unknown as { chrome: { windows: { getLastFocused: () => Promise<unknown> } } }).chrome.windows.getLastFocused = async () => ({ id: 4, focused: true });
  expect(await agentWindowId()).toBe(4);
  panel.onDisconnect.fire();
  (globalThis as unknown as { chrome: { windows: { getLastFocused: () => Promise<unknown> } } }).chrome.windows.getLastFocused = async () => ({ id: 9, focused: true });
  expect(await agentWindowId()).toBe(9);
});
