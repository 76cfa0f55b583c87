import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { defaults, isValidSetting, repairValue, SETTING_KEYS } = await import('./settings');
const { mergePolicy } = await import('./settings-policy');

const merge = (managed: Record<string, unknown>, local = defaults) => mergePolicy(local, managed, SETTING_KEYS, repairValue, isValidSetting);

describe('mergePolicy', () => {
  it('without a policy, changes nothing and locks nothing', () => {
    expect(merge({})).toEqual({ settings: defaults, locked: [], invalid: [] });
  });
  it('policy values win over local ones and lock their keys', () => {
    const local = { ...defaults, instanceUrl: 'https://mine.my.connect.aws/ccp-v2/', highlightNumbers: true, historyLimit: 50 };
    const result = merge({ instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', highlightNumbers: false }, local);
    expect(result.settings.instanceUrl).toBe('https://corp.my.connect.aws/ccp-v2/');
    expect(result.settings.highlightNumbers).toBe(false);
    expect(result.settings.historyLimit).toBe(50);
    expect(result.locked.sort()).toEqual(['highlightNumbers', 'instanceUrl']);
  });
  it('normalises an alias given by policy', () => {
    expect(merge({ instanceUrl: 'corp' }).settings.instanceUrl).toBe('https://corp.my.connect.aws/ccp-v2/');
  });
  it('ignores (and reports) a policy value that does not fit, rather than lock a half value', () => {
    const result = merge({ historyLimit: -3, crmSites: ['https://crm.example.com', 'nope'], loginUrl: 'http://idp.example.com' });
    expect(result.invalid.sort()).toEqual(['crmSites', 'historyLimit', 'loginUrl']);
    expect(result.locked).toEqual([]);
    expect(result.settings).toEqual(defaults);
  });
  it('locks lists and empty values too (an admin may forbid screen pops)', () => {
    const result = merge({ screenPopRules: [], disabledSites: [] });
    expect(result.locked.sort()).toEqual(['disabledSites', 'screenPopRules']);
  });
  it('locks the other countries an admin sets, and ignores a list with anything that is not a country', () => {
    const result = merge({ otherCountries: ['GB', 'us'] });
    expect(result.locked).toEqual(['otherCountries']);
    expect(result.settings.otherCountries).toEqual(['GB', 'US']);
    const bad = merge({ otherCountries: ['GB', 'Britain'] });
    expect(bad).toEqual({ settings: defaults, locked: [], invalid: ['otherCountries'] });
    expect(merge({ otherCountries: 'GB' }).invalid).toEqual(['otherCountries']);
  });
  it('ignores keys that are not settings', () => {
    expect(merge({ colour: 'blue' })).toEqual({ settings: defaults, locked: [], invalid: [] });
  });
  it('takes a screen-pop rule without a condition (a policy cannot write null): it always fires', () => {
    const rule = { id: 'r', name: 'Customer record', urlTemplate: 'https://crm.example.com/search?q={phone.e164}', trigger: 'ringing', target: 'reuse-crm-tab', enabled: true };
    const result = merge({ screenPopRules: [rule] });
    expect(result.locked).toEqual(['screenPopRules']);
    expect(result.settings.screenPopRules).toEqual([{ ...rule, condition: null }]);
  });
});
