import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../test/unit/fake-browser';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
const { changesRegistration, syncContentScripts } = await import('./content-scripts');

type Registered = chrome.scripting.RegisteredContentScript;
/** chrome.scripting as the worker uses it: what is registered, kept in memory. */
function fakeScripting() {
  let registered: Registered[] = [];
  const scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      if (!ids.every((id) => registered.some((s) => s.id === id))) throw new Error('not registered');
      registered = registered.filter((s) => !ids.includes(s.id));
    },
    registerContentScripts: async (scripts: Registered[]) => {
      if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('duplicate id');
      registered.push(...scripts);
    },
    executeScript: async () => [],
  };
  (globalThis as { chrome?: unknown }).chrome = { scripting };
  return { files: () => registered.find((s) => s.id === 'ccps-crm')?.js, all: () => registered };
}

const SITE = 'https://crm.example.com';

beforeEach(async () => {
  await fake.storage.local.clear();
  await fake.storage.managed.clear();
  fake.granted.clear();
  fake.granted.add('https://crm.example.com/*');
});

describe('the CRM content script registration', () => {
  it('is the main script alone when the agent has no other countries', async () => {
    const scripts = fakeScripting();
    await fake.storage.local.set({ crmSites: [SITE] });
    await syncContentScripts();
    expect(scripts.files()).toEqual(['content-crm.js']);
  });

  it('runs the records bundle first, in the same world, while other countries are set, and drops it when they are cleared', async () => {
    const scripts = fakeScripting();
    await fake.storage.local.set({ crmSites: [SITE], otherCountries: ['GB'] });
    await syncContentScripts();
    expect(scripts.files()).toEqual(['content-records.js', 'content-crm.js']);
    expect(scripts.all().find((s) => s.id === 'ccps-crm')?.world).toBeUndefined(); // the isolated world
    await fake.storage.local.set({ otherCountries: [] });
    await syncContentScripts();
    expect(scripts.files()).toEqual(['content-crm.js']);
  });

  it('follows other countries set by policy', async () => {
    const scripts = fakeScripting();
    await fake.storage.local.set({ crmSites: [SITE] });
    await fake.storage.managed.set({ otherCountries: ['US'] });
    await syncContentScripts();
    expect(scripts.files()).toEqual(['content-records.js', 'content-crm.js']);
  });

  it('survives syncs asked for together (a site and its permission, two settings)', async () => {
    const scripts = fakeScripting();
    await fake.storage.local.set({ crmSites: [SITE], otherCountries: ['GB'] });
    await Promise.all([syncContentScripts(), syncContentScripts(), syncContentScripts()]);
    expect(scripts.all().map((s) => s.id).sort()).toEqual(['ccps-crm', 'ccps-crm-shadow-roots']);
  });

  it('is redone when the sites or the other countries change, stored or by policy', () => {
    expect(changesRegistration({ otherCountries: {} }, 'local')).toBe(true);
    expect(changesRegistration({ otherCountries: {} }, 'managed')).toBe(true);
    expect(changesRegistration({ crmSites: {} }, 'local')).toBe(true);
    expect(changesRegistration({ defaultCountry: {} }, 'local')).toBe(false);
    expect(changesRegistration({ otherCountries: {} }, 'session')).toBe(false);
  });
});
