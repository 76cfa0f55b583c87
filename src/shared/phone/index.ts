/** Phone-number parsing, formatting and detection. Pure logic: safe to import anywhere. */
export { normalizeDigits } from './normalize';
export { agentCountry, defaultCountryFromLanguage, SUPPORTED_COUNTRIES, type CountryCode } from './country';
export { parseDialInput, type DialParse, type DialFailure } from './parse';
export { formatForAgent, formatInternational, formatNational, toE164OrNull } from './format';
export { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber, shortestNumber, type PhoneMatch, type FindOptions } from './detect';
