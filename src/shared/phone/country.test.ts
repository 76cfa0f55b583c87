import { describe, expect, it } from 'vitest';
import { isSupportedCountry } from 'libphonenumber-js';
import { agentCountry, defaultCountryFromLanguage, SUPPORTED_COUNTRIES } from './country';

describe('defaultCountryFromLanguage', () => {
  it.each([
    ['ja', 'JP'], ['ja-JP', 'JP'], ['en-US', 'US'], ['en-GB', 'GB'], ['en', 'US'], ['en-JP', 'JP'],
    ['en_AU', 'AU'], ['zh-Hant', 'TW'], ['zh-Hant-HK', 'HK'], ['zh', 'CN'], ['ko-KR', 'KR'], ['de', 'DE'],
    ['', 'US'], ['xx', 'US'], ['en-419', 'US'], ['sr-Latn-RS', 'RS'],
  ])('%s → %s', (lang, country) => {
    expect(defaultCountryFromLanguage(lang)).toBe(country);
  });
});

describe('SUPPORTED_COUNTRIES', () => {
  it('holds the countries our users dial from, all known to libphonenumber', () => {
    for (const c of ['JP', 'US', 'GB', 'CA', 'AU', 'DE', 'FR', 'SG', 'KR', 'CN', 'TW', 'HK', 'IN']) expect(SUPPORTED_COUNTRIES).toContain(c);
    for (const c of SUPPORTED_COUNTRIES) expect(isSupportedCountry(c)).toBe(true);
  });
});

describe('agentCountry', () => {
  it('takes the setting, else the language', () => {
    expect(agentCountry('GB', 'ja-JP')).toBe('GB');
    expect(agentCountry('', 'ja-JP')).toBe('JP');
  });
});
