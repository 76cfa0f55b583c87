import { beforeEach, describe, expect, it, vi } from 'vitest';

// A browser with local and managed storage, as settings.ts sees it.
const store: { local: Record<string, unknown>; managed: Record<string, unknown> | Error } = { local: {}, managed: {} };
const pick = (data: Record<string, unknown>, keys?: string | string[]) =>
  keys === undefined ? { ...data } : Object.fromEntries((Array.isArray(keys) ? keys : [keys]).filter((k) => k in data).map((k) => [k, data[k]]));
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: { get: async (keys?: string | string[]) => pick(store.local, keys), set: async (patch: Record<string, unknown>) => void Object.assign(store.local, patch) },
      managed: { get: async () => (store.managed instanceof Error ? Promise.reject(store.managed) : { ...store.managed }) },
      onChanged: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
}));
const { loadSettings, loadSettingsWithPolicy, migrateStoredSettings, saveSettings, defaults } = await import('./settings');

beforeEach(() => {
  store.local = {};
  store.managed = {};
});

describe('loading settings with policy', () => {
  it('managed values win and are locked; the rest is the agent’s', async () => {
    store.local = { instanceUrl: 'https://mine.my.connect.aws/ccp-v2/', historyLimit: 10 };
    store.managed = { instanceUrl: 'corp' };
    const { settings, locked } = await loadSettingsWithPolicy();
    expect(settings.instanceUrl).toBe('https://corp.my.connect.aws/ccp-v2/');
    expect(settings.historyLimit).toBe(10);
    expect(locked).toEqual(['instanceUrl']);
  });

  it('a release build ignores the development stand-in for policy', async () => {
    store.local = { __devManagedOverride: { instanceUrl: 'corp' } };
    expect(await loadSettingsWithPolicy()).toEqual({ settings: defaults, locked: [], invalidPolicy: [] });
  });

  it('a browser whose managed storage fails still gets its settings', async () => {
    store.local = { highlightNumbers: false };
    store.managed = new Error('Managed storage is not available');
    expect((await loadSettings()).highlightNumbers).toBe(false);
  });

  it('saving refuses keys set by policy and keeps the others', async () => {
    store.managed = { highlightNumbers: true };
    expect(await saveSettings({ highlightNumbers: false, historyLimit: 5 })).toEqual({ refused: ['highlightNumbers'] });
    expect(store.local).toEqual({ historyLimit: 5 });
  });
});

describe('migrateStoredSettings', () => {
  it('migrates an unversioned store, writes back only what changed, and stamps the version', async () => {
    store.local = { instanceUrl: 'my-centre', highlightNumbers: false, crmSites: 'nope', other: 1 };
    expect(await migrateStoredSettings()).toEqual({ from: 0, applied: [1], repaired: ['instanceUrl', 'crmSites'] });
    expect(store.local).toEqual({ instanceUrl: 'https://my-centre.my.connect.aws/ccp-v2/', highlightNumbers: false, crmSites: [], other: 1, settingsVersion: 1 });
    expect(await migrateStoredSettings()).toEqual({ from: 1, applied: [], repaired: [] });
  });
});
