import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js';

/**
 * "+81 3-1234-5678": the country code, then the national grouping without its national prefix.
 * libphonenumber-js's own international format uses spaces only ("+81 3 1234 5678"); agents read
 * Japanese numbers by their dashes, as Google's libphonenumber prints them.
 */
export function formatInternational(e164: string): string {
  const number = parsePhoneNumberFromString(e164);
  if (!number) return e164;
  const national = number.formatNational();
  const firstDigit = national.indexOf(number.nationalNumber.charAt(0), nationalPrefixLength(number, national));
  if (firstDigit === -1 || !national.slice(firstDigit).replace(/\D/g, '').startsWith(number.nationalNumber.slice(0, 1))) {
    return number.formatInternational();
  }
  let rest = national.slice(firstDigit).replace(/^(\d+)\)\s*/, (_m, area: string) => `${area}${national.includes('-') ? '-' : ' '}`);
  rest = rest.replace(/[()]/g, '');
  if (rest.replace(/\D/g, '') !== number.nationalNumber) return number.formatInternational();
  return `+${number.countryCallingCode} ${rest}`;
}

// Digits of the national format that come before the national number (the "0" of "03-…").
function nationalPrefixLength(number: PhoneNumber, national: string): number {
  const digits = national.replace(/\D/g, '');
  const prefixDigits = digits.length - number.nationalNumber.length;
  let seen = 0;
  let i = 0;
  while (i < national.length && seen < prefixDigits) {
    if (/\d/.test(national.charAt(i))) seen++;
    i++;
  }
  return i;
}
