/**
 * The country used to read national numbers ("03-1234-5678" is Tokyo only if we assume JP).
 * Taken from the agent's settings, else from the browser language.
 */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js';

export type { CountryCode };

/** Countries offered in the settings; any other libphonenumber country is still accepted. */
export const SUPPORTED_COUNTRIES: readonly CountryCode[] = [
  'JP', 'US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL',
  'SG', 'KR', 'CN', 'TW', 'HK', 'IN', 'PH', 'TH', 'MY', 'ID', 'VN', 'BR', 'MX',
];

// When the language tag names no region: the country most speakers of it dial from.
const LANGUAGE_COUNTRY: Readonly<Record<string, CountryCode>> = {
  ja: 'JP', en: 'US', ko: 'KR', zh: 'CN', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL',
  pt: 'BR', th: 'TH', vi: 'VN', id: 'ID', ms: 'MY', hi: 'IN', tl: 'PH', fil: 'PH',
};

const FALLBACK: CountryCode = 'US';

/**
 * `ja`/`ja-JP` → JP, `en-GB` → GB, `en` → US; the region subtag wins over the language
 * (`en-JP` → JP); anything unreadable → US.
 */
export function defaultCountryFromLanguage(lang: string): CountryCode {
  const subtags = lang.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const language = (subtags[0] ?? '').toLowerCase();
  for (const tag of subtags.slice(1)) {
    if (/^[a-z]{2}$/i.test(tag)) {
      const region = tag.toUpperCase();
      if (isSupportedCountry(region)) return region;
    }
  }
  // Chinese without a region: the script says which side of the strait.
  if (language === 'zh' && subtags.some((t) => t.toLowerCase() === 'hant')) return 'TW';
  return LANGUAGE_COUNTRY[language] ?? FALLBACK;
}

/**
 * The agent's country, for reading and formatting numbers: the admin's setting when there is
 * one, else the browser's language (`navigator.language` in pages, the UI language in the worker).
 */
export function agentCountry(defaultCountry: string, language: string): CountryCode {
  return (defaultCountry || defaultCountryFromLanguage(language)) as CountryCode;
}
