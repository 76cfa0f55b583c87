/**
 * The repairs of the simple settings (origins, countries, switches), kept apart from settings.ts so
 * that a context reading only these (the CRM content script, settings-page.ts) does not carry the
 * validation of every rule, mapping and log target with it. settings.ts repairs these keys here too.
 */
import { isOrigin } from './settings-validate';

/** How many other countries an agent may list: each is one more reading of every national number. */
export const MAX_OTHER_COUNTRIES = 10;

/**
 * The other countries' list as it can be stored: two-letter codes, upper-cased (a hand-written
 * policy or import may say "gb"), each once, at most MAX_OTHER_COUNTRIES. (Whether libphonenumber
 * knows a code is asked where numbers are read: its metadata would double the options page.)
 */
export function otherCountriesFrom(value: unknown[]): string[] {
  const codes = value.filter((code): code is string => typeof code === 'string').map((code) => code.trim().toUpperCase());
  return [...new Set(codes.filter((code) => /^[A-Z]{2}$/.test(code)))].slice(0, MAX_OTHER_COUNTRIES);
}

/**
 * A repaired value for one of the simple keys, or null when `value` does not fit (the caller
 * falls back to the default); undefined when `key` is not one of them.
 */
export function repairBasic(key: string, value: unknown, fallback: unknown): unknown {
  switch (key) {
    case 'crmSites':
    case 'disabledSites':
      return Array.isArray(value) ? [...new Set(value.filter(isOrigin))] : null;
    case 'defaultCountry':
      return typeof value === 'string' && /^([A-Z]{2})?$/.test(value) ? value : null;
    case 'otherCountries':
      return Array.isArray(value) ? otherCountriesFrom(value) : null;
    default:
      return typeof fallback === 'boolean' ? (typeof value === 'boolean' ? value : null) : undefined;
  }
}

/** True when a repair kept `value` as it was: no list item dropped, nothing defaulted (normalising is fine). */
export function keptAsIs(value: unknown, fallback: unknown, repaired: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value) && (repaired as unknown[]).length === value.length;
  return JSON.stringify(repaired) === JSON.stringify(value);
}
