import { describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import ja from '../../src/_locales/ja/messages.json';

const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(',');

describe('locales', () => {
  it('English and Japanese have the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated and keeps its placeholders', () => {
    for (const [key, value] of Object.entries(en) as Array<[keyof typeof en, { message: string }]>) {
      const other = (ja as Record<string, { message: string } | undefined>)[key];
      expect(other?.message, key).toBeTruthy();
      expect(placeholders(other!.message), key).toBe(placeholders(value.message));
    }
  });
});
