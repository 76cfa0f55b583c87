/** How a number is shown to the agent. */
import { getCountryCallingCode, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js';
import type { CountryCode } from './country';
import { formatInternational } from './international-format';
import { parseDialInput } from './parse';

export { formatInternational };

function parseE164(e164: string): PhoneNumber | undefined {
  return parsePhoneNumberFromString(e164);
}

export function formatNational(e164: string): string {
  return parseE164(e164)?.formatNational() ?? e164;
}

/**
 * National format for a number the agent can dial as a domestic one (same country, or a
 * country sharing its calling code, like US and CA), international otherwise.
 */
export function formatForAgent(e164: string, agentCountry: CountryCode): string {
  const number = parseE164(e164);
  if (!number) return e164;
  let agentCode: string | undefined;
  try {
    agentCode = getCountryCallingCode(agentCountry);
  } catch {
    agentCode = undefined;
  }
  const domestic = number.country === agentCountry || (agentCode !== undefined && number.countryCallingCode === agentCode && number.countryCallingCode === '1');
  return domestic ? number.formatNational() : formatInternational(e164);
}

/** Anything (a string from a page, a number from a CRM API) to E.164, or null if not certain. */
export function toE164OrNull(anything: unknown, defaultCountry: CountryCode): string | null {
  if (typeof anything === 'number' && Number.isFinite(anything)) anything = String(anything);
  if (typeof anything !== 'string') return null;
  const parsed = parseDialInput(anything, defaultCountry);
  return parsed.ok ? parsed.e164 : null;
}
