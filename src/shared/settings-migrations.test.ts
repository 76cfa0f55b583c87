import { describe, expect, it } from 'vitest';
import { CURRENT_SETTINGS_VERSION, migrateSettings, migrations, storedVersion } from './settings-migrations';
import { MIGRATION_TOOLS } from './settings-migration-tools';

const migration = (to: number) => migrations.find((m) => m.to === to)!;

describe('migration to 1 (from the unversioned skeleton)', () => {
  const run = (stored: Record<string, unknown>) => migration(1).run(stored, MIGRATION_TOOLS);
  it('normalises an instance URL stored as typed', () => {
    expect(run({ instanceUrl: 'my-centre' }).instanceUrl).toBe('https://my-centre.my.connect.aws/ccp-v2/');
    expect(run({ instanceUrl: 'https://acme.awsapps.com/connect/ccp-v2' }).instanceUrl).toBe('https://acme.awsapps.com/connect/ccp-v2/');
    expect(run({ instanceUrl: 'https://example.com' }).instanceUrl).toBe('https://example.com'); // left for the repair
    // Without the tools (the content script, which reads no instance URL) it is left as stored.
    expect(migration(1).run({ instanceUrl: 'my-centre' }, {}).instanceUrl).toBe('my-centre');
  });
  it('turns site URLs with paths into origins', () => {
    expect(run({ crmSites: ['https://crm.example.com/app/home', 'crm2.example.com', 7] }).crmSites).toEqual(['https://crm.example.com', 'https://crm2.example.com', 7]);
    expect(run({ disabledSites: ['https://news.example.org/a'] }).disabledSites).toEqual(['https://news.example.org']);
  });
  it('turns attribute names into attributes with a label', () => {
    expect(run({ shownAttributes: ['CustomerId', { key: 'Tier', label: 'Tier' }] }).shownAttributes).toEqual([
      { key: 'CustomerId', label: 'CustomerId' },
      { key: 'Tier', label: 'Tier' },
    ]);
  });
  it('reads a history limit stored as text', () => {
    expect(run({ historyLimit: ' 50 ' }).historyLimit).toBe(50);
    expect(run({ historyLimit: 'lots' }).historyLimit).toBe('lots');
  });
  it('leaves what it does not know alone, and does not mutate its input', () => {
    const input = { highlightNumbers: false, other: 1, crmSites: ['https://a.example.com/x'] };
    const copy = structuredClone(input);
    expect(run(input)).toMatchObject({ highlightNumbers: false, other: 1 });
    expect(input).toEqual(copy);
  });
});

describe('migrateSettings', () => {
  it('runs the migrations a store needs, once', () => {
    const first = migrateSettings({ instanceUrl: 'my-centre' });
    expect(first.applied).toEqual(migrations.map((m) => m.to));
    expect(first.version).toBe(CURRENT_SETTINGS_VERSION);
    const again = migrateSettings({ ...first.values, settingsVersion: first.version });
    expect(again.applied).toEqual([]);
  });
  it('keeps a newer version (a downgrade) and reads a corrupt version as none', () => {
    expect(migrateSettings({ settingsVersion: 99 }).version).toBe(99);
    expect(storedVersion({ settingsVersion: 'two' })).toBe(0);
    expect(storedVersion({ settingsVersion: -1 })).toBe(0);
  });
  it('versions only grow, one step at a time', () => {
    migrations.forEach((m, i) => expect(m.to).toBe(i + 1));
  });
});
