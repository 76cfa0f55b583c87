import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { defaults, repairSettings } = await import('./settings');

describe('repairSettings', () => {
  it('gives the defaults for an empty store', () => {
    expect(repairSettings({})).toEqual(defaults);
  });

  it('repairs a corrupt value without losing the good ones', () => {
    const repaired = repairSettings({
      instanceUrl: 42,
      highlightNumbers: false,
      crmSites: ['https://crm.example.com', 7, 'not an origin', 'https://crm.example.com'],
      defaultCountry: 'japan',
    });
    expect(repaired.instanceUrl).toBe('');
    expect(repaired.highlightNumbers).toBe(false);
    expect(repaired.crmSites).toEqual(['https://crm.example.com']);
    expect(repaired.defaultCountry).toBe('');
  });

  it('falls back to the default when a list is not a list', () => {
    expect(repairSettings({ crmSites: 'https://crm.example.com' }).crmSites).toEqual([]);
  });
});
