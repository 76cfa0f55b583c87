import { expect, it, vi } from 'vitest';
import { createFakeBrowser, stubChrome } from '../../test/unit/fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
stubChrome();
const { phoneIsInSight } = await import('./notifications');

// Headless Chromium reports every window as focused, so the unfocused case is proven here.
it('the phone is in sight only when its panel is visible and its window focused', async () => {
  expect(await phoneIsInSight(true, 1)).toBe(true);
  expect(await phoneIsInSight(false, 1)).toBe(false);
  expect(await phoneIsInSight(true, null)).toBe(false);
  fake.windows.get = async (id: number) => ({ id, focused: false });
  expect(await phoneIsInSight(true, 1)).toBe(false);
  fake.windows.get = async () => {
    throw new Error('No window with id: 1.');
  };
  expect(await phoneIsInSight(true, 1)).toBe(false);
});
