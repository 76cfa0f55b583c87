import { describe, expect, it, vi } from 'vitest';
import schema from '../../src/managed-schema.json';
import manifest from '../../manifest.json';

vi.mock('webextension-polyfill', () => ({ default: {} }));
const { defaults } = await import('../../src/shared/settings');

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

describe('managed storage schema', () => {
  it('is the one the manifest names', () => {
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
  });

  it('has every setting, with the type of its default, and nothing else', () => {
    const properties = schema.properties as Record<string, { type: string }>;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(defaults).sort());
    for (const [key, value] of Object.entries(defaults)) expect(properties[key]?.type, key).toBe(typeOf(value));
  });

  it('describes the records of each list field by field', () => {
    const items = (key: string) => Object.keys((schema.properties as unknown as Record<string, { items: { properties: object } }>)[key]!.items.properties).sort();
    expect(items('screenPopRules')).toEqual(['condition', 'enabled', 'id', 'name', 'target', 'trigger', 'urlTemplate']);
    expect(items('autofillMappings')).toEqual(['id', 'label', 'overwrite', 'selector', 'template']);
    expect(items('shownAttributes')).toEqual(['key', 'label']);
  });
});
