import { beforeEach, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../test/unit/fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake })); // loadSettings()
vi.stubGlobal('chrome', fake); // the page's reading: Chrome's own API
const { loadSettings } = await import('./settings');
const { loadPageSettings, PAGE_SETTING_KEYS } = await import('./settings-page');

const pageOf = (settings: Record<string, unknown>) => Object.fromEntries(PAGE_SETTING_KEYS.map((k) => [k, settings[k]]));

beforeEach(async () => {
  await fake.storage.local.clear();
  await fake.storage.managed.clear();
});

it('reads the page settings exactly as loadSettings() does: corrupt values repaired, policy winning', async () => {
  await fake.storage.local.set({
    crmSites: ['https://crm.example.com', 'not an origin', 'https://crm.example.com'],
    disabledSites: 'nope',
    highlightNumbers: 'yes',
    handleTelLinks: false,
    defaultCountry: 'jp',
    otherCountries: ['gb', ' us ', 'GB', 'xyz', 3],
    historyLimit: -1,
  });
  await fake.storage.managed.set({ highlightNumbers: false, otherCountries: ['DE', 'bad'] });
  const page = await loadPageSettings();
  expect(page).toEqual(pageOf(await loadSettings()));
  expect(page.crmSites).toEqual(['https://crm.example.com']);
  expect(page.otherCountries).toEqual(['GB', 'US']); // the policy value did not fit: not applied
  expect(page.highlightNumbers).toBe(false);
});

it('with nothing stored, the defaults', async () => {
  expect(await loadPageSettings()).toEqual(pageOf(await loadSettings()));
});
