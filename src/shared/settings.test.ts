import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { defaults, repairSettings, repairValue } = await import('./settings');

const rule = { id: 'r1', name: 'Caller', urlTemplate: 'https://crm.example.com/?q={phone.e164}', trigger: 'ringing', target: 'new-tab', condition: null, enabled: true };

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
    expect(repairSettings({ screenPopRules: { a: 1 } }).screenPopRules).toEqual([]);
  });

  it('drops bad items of a list one by one, and repeated ids', () => {
    const repaired = repairSettings({
      screenPopRules: [rule, { ...rule, id: 'r2', urlTemplate: 'javascript:alert(1)' }, null, { ...rule }],
      shownAttributes: [{ key: 'Tier', label: 'Tier' }, { key: 'bad key', label: 'x' }, 'CustomerId'],
      autofillMappings: [{ id: 'm', selector: '#p', label: '', template: '{phone.e164}', overwrite: 'yes' }],
    });
    expect(repaired.screenPopRules).toEqual([rule]);
    expect(repaired.shownAttributes).toEqual([{ key: 'Tier', label: 'Tier' }, { key: 'CustomerId', label: 'CustomerId' }]);
    expect(repaired.autofillMappings).toEqual([]);
  });

  it('migrates an unversioned store before repairing it', () => {
    expect(repairSettings({ instanceUrl: 'my-centre', historyLimit: '20' })).toMatchObject({
      instanceUrl: 'https://my-centre.my.connect.aws/ccp-v2/',
      historyLimit: 20,
    });
  });

  it('never throws, whatever is stored', () => {
    for (const junk of [null, undefined, 0, '', [], {}, { a: 1 }, [[1]], 'x'.repeat(5000), NaN]) {
      const stored = Object.fromEntries(Object.keys(defaults).map((k) => [k, junk]));
      expect(() => repairSettings({ ...stored, settingsVersion: junk })).not.toThrow();
    }
  });

  it('keeps the other countries as usable codes: upper-cased, each once, at most ten; junk gives none', () => {
    expect(defaults.otherCountries).toEqual([]);
    expect(repairValue('otherCountries', ['gb', ' US ', 'GB', 'United Kingdom', 7, null, 'x'])).toEqual(['GB', 'US']);
    expect(repairValue('otherCountries', 'GB,US')).toEqual([]);
    expect(repairValue('otherCountries', { GB: true })).toEqual([]);
    const many = ['AU', 'BR', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'IT', 'KR', 'NL', 'US'];
    expect(repairValue('otherCountries', many)).toEqual(many.slice(0, 10));
    expect(repairSettings({ otherCountries: ['gb', 42] }).otherCountries).toEqual(['GB']);
  });

  it('refuses a release-build loopback instance only in the release build', () => {
    // The unit tests run as a release build (no __DEV_BUILD__).
    expect(repairValue('instanceUrl', 'http://127.0.0.1:8787/ccp-v2/')).toBe('');
    expect(repairValue('loginUrl', 'http://127.0.0.1:8787/login')).toBe('');
    expect(repairValue('loginUrl', ' https://idp.example.com/sso ')).toBe('https://idp.example.com/sso');
  });
});
