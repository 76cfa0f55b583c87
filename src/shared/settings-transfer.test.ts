import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { defaults } = await import('./settings');
const { exportSettings, parseImport } = await import('./settings-transfer');

describe('export and import', () => {
  it('round-trips every setting', () => {
    const settings = {
      ...defaults,
      instanceUrl: 'https://corp.my.connect.aws/ccp-v2/',
      crmSites: ['https://crm.example.com'],
      shownAttributes: [{ key: 'Tier', label: 'Tier' }],
      historyLimit: 30,
      otherCountries: ['GB', 'US'],
    };
    const result = parseImport(exportSettings(settings));
    expect(result).toEqual({ ok: true, values: settings, unknownKeys: [], lockedKeys: [] });
  });

  it('lists every error and imports nothing while there is one', () => {
    const result = parseImport(JSON.stringify({
      instanceUrl: 'https://example.com',
      historyLimit: 99999,
      screenPopRules: [{ id: 'a', name: '', urlTemplate: 'javascript:x', trigger: 'ringing', target: 'new-tab', condition: null, enabled: true }],
      highlightNumbers: 'yes',
      otherCountries: ['GB', 'GB'],
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(expect.arrayContaining([
      { key: 'instanceUrl', code: 'instance-url' },
      { key: 'historyLimit', code: 'out-of-range' },
      { key: 'screenPopRules', index: 0, field: 'name', code: 'required' },
      { key: 'screenPopRules', index: 0, field: 'urlTemplate', code: 'not-https' },
      { key: 'highlightNumbers', code: 'wrong-type' },
      { key: 'otherCountries', code: 'not-an-option' },
    ]));
  });

  it('refuses a caller-ID default written as a malformed queue ARN, naming the item', () => {
    const arn = 'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d/queue/b2';
    const good = parseImport(JSON.stringify({ callerIdQueues: [{ site: 'https://crm.example.com', queue: arn }] }));
    expect(good.ok && good.values.callerIdQueues).toEqual([{ site: 'https://crm.example.com', queue: arn }]);
    const bad = parseImport(JSON.stringify({ callerIdQueues: [{ site: 'https://crm.example.com', queue: 'SupportQueue-JP' }, { site: 'https://sales.example.com', queue: 'arn:aws:connect:ap-northeast-1:123456789012:queue/b2' }] }));
    expect(bad).toMatchObject({ ok: false, errors: [{ key: 'callerIdQueues', index: 1, field: 'queue', code: 'not-a-queue-arn' }] });
  });

  it('reports unknown keys instead of dropping them silently', () => {
    const result = parseImport(JSON.stringify({ format: 'ccp-sidecar-settings', settingsVersion: 1, settings: { highlightNumbers: false, colour: 'red' }, note: 'x' }));
    expect(result).toEqual({ ok: true, values: { highlightNumbers: false }, unknownKeys: ['note', 'colour'], lockedKeys: [] });
  });

  it('skips keys locked by policy and says so', () => {
    const result = parseImport(JSON.stringify({ instanceUrl: 'corp', historyLimit: 10 }), ['instanceUrl']);
    expect(result).toEqual({ ok: true, values: { historyLimit: 10 }, unknownKeys: [], lockedKeys: ['instanceUrl'] });
  });

  it('migrates an older file and refuses one from a newer version', () => {
    const old = parseImport(JSON.stringify({ shownAttributes: ['CustomerId'] }));
    expect(old.ok && old.values.shownAttributes).toEqual([{ key: 'CustomerId', label: 'CustomerId' }]);
    const newer = parseImport(JSON.stringify({ format: 'ccp-sidecar-settings', settingsVersion: 99, settings: {} }));
    expect(newer).toEqual({ ok: false, errors: [{ key: 'settingsVersion', code: 'newer-version' }], unknownKeys: [] });
  });

  it('says when the file is not JSON or not an object', () => {
    expect(parseImport('{oops')).toMatchObject({ ok: false, errors: [{ code: 'not-json' }] });
    expect(parseImport('[1]')).toMatchObject({ ok: false, errors: [{ code: 'not-an-object' }] });
  });
});
