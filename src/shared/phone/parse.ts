/**
 * Reads one number the agent means to dial: a selection, a dial field, or a `tel:`/`callto:`
 * link. Fails with a reason rather than guess: a wrong E.164 would ring a stranger.
 */
import { isSupportedCountry, Metadata, parsePhoneNumberFromString, parsePhoneNumberWithError, ParseError, validatePhoneNumberLength, type PhoneNumber } from 'libphonenumber-js/core';
import type { CountryCode } from './country';
// The full metadata (the min set in the content script, see metadata.ts): a number it calls
// invalid is refused.
import metadata from './metadata';
import { normalizeDigits } from './normalize';
import { findPhoneNumbers } from './detect';
import { formatInternational } from './international-format';
import { formatNational } from './national-format';

export type DialFailure = 'empty' | 'not-a-number' | 'too-short' | 'too-long' | 'invalid-country' | 'invalid' | 'ambiguous';

export type DialParse =
  | { ok: true; e164: string; extension?: string; national: string; international: string }
  /** `readings`: with 'ambiguous', every E.164 the national number reads as (the agent chooses). */
  | { ok: false; reason: DialFailure; readings?: string[] };

// Extension forms, at the end of the input: ";ext=123" (RFC 3966), "x123", "ext. 123", "内線123",
// and DTMF after pauses ("+14155550132,,123"), which is how a dialer reaches an extension.
const EXTENSION_TAIL = /(?:;ext=|\s*(?:ext(?:ension|n)?\.?|x|内線|内|durchw(?:ahl)?\.?|app(?:arat)?\.?|nebenstelle|poste|interno)(?:\s*(?:番号|n[°º]|nr\.?|no\.?|num(?:ber)?\.?))?\s*[:.#]?\s*|\s*[,;pw]+\s*)(\d{1,8})[#)]?\s*$/i;
// Leading words people select along with the number: "TEL:", "電話番号：", "Phone".
const LEADING_LABEL = /^(?:tel(?:ephone)?|phone|ph|mobile|mob|cell|fax|電話(?:番号)?|携帯(?:番号)?|連絡先|代表|直通|☎|📞|℡)(?:\s*(?:no\.?|number|#|番号))?\s*[:.]?\s*/i;
const DIALABLE = /^[\d\s+\-.()/]+$/;

/**
 * `otherCountries`: the other countries the agent calls. A national number that reads as a valid
 * number in more than one of them (and the default) is not guessed: it fails as 'ambiguous' with
 * every reading. Without them, national numbers are read in `defaultCountry` alone.
 */
export function parseDialInput(input: string, defaultCountry: CountryCode, otherCountries?: readonly CountryCode[]): DialParse {
  let text = normalizeDigits(input).trim();
  if (!text) return { ok: false, reason: 'empty' };

  let context: string | undefined;
  const uri = /^(?:tel|callto|sip):(?:\/\/)?/i.exec(text);
  if (uri) {
    text = safeDecode(text.slice(uri[0].length)).trim();
    // RFC 3966: "tel:03-1234-5678;phone-context=+81" — the context is the country code.
    const ctx = /;phone-context=([^;]*)/i.exec(text);
    if (ctx?.[1]?.startsWith('+')) context = ctx[1];
    text = text.replace(/;(?!ext=)[^;]*/gi, '').replace(/@.*$/, '');
  }

  let extension: string | undefined;
  const ext = EXTENSION_TAIL.exec(text);
  if (ext?.[1] && /\d/.test(text.slice(0, ext.index))) {
    extension = ext[1];
    text = text.slice(0, ext.index).trim();
  }
  text = text.replace(LEADING_LABEL, '').trim();
  // Trailing pauses without digits ("0312345678,,").
  text = text.replace(/[,;pw]+$/i, '').trim();

  if (!/\d/.test(text)) return { ok: false, reason: text ? 'not-a-number' : 'empty' };
  if (!DIALABLE.test(text)) return fromSentence(input, defaultCountry, otherCountries);

  if (context && !text.startsWith('+')) {
    const cc = onlyDigitsOf(context);
    text = `+${cc}${onlyDigitsOf(text).replace(/^0/, '')}`;
  }
  if (!text.startsWith('+') && !isSupportedCountry(defaultCountry, metadata)) return { ok: false, reason: 'invalid-country' };
  // "+44 (0)20 …", "+81 (0)3 …": the bracketed 0 is the national prefix, dropped after the code.
  text = text.replace(/^(\(?\+\d{1,3}\)?[\s-]?)\(0\)/, '$1');

  if (otherCountries?.length && !text.startsWith('+')) {
    const readings = nationalReadings(text, [defaultCountry, ...otherCountries]);
    if (readings.length > 1) return { ok: false, reason: 'ambiguous', readings: readings.map((n) => n.number) };
    if (readings.length === 1) return success(readings[0]!, extension);
  }

  let number: PhoneNumber;
  try {
    number = parsePhoneNumberWithError(text, { defaultCountry, extract: false }, metadata);
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
  if (!number.isValid()) {
    const length = validatePhoneNumberLength(text, { defaultCountry }, metadata);
    if (length === 'TOO_SHORT' || length === 'NOT_A_NUMBER') return { ok: false, reason: 'too-short' };
    if (length === 'TOO_LONG' || longerThanAnyNumberOf(number)) return { ok: false, reason: 'too-long' };
    return { ok: false, reason: 'invalid' };
  }
  // North American numbers are ten digits (the detector's rule: "1310 7022" is no +1 310-7022).
  if (number.countryCallingCode === '1' && number.nationalNumber.length !== 10) return { ok: false, reason: 'too-short' };
  return success(number, extension);
}

// The valid numbers a national number typed as dialled in each country reads as (one per E.164):
// its digits must be that country's national form (prefix and all), not merely parse there.
function nationalReadings(text: string, countries: readonly CountryCode[]): PhoneNumber[] {
  const digits = onlyDigitsOf(text);
  const found: PhoneNumber[] = [];
  for (const country of countries) {
    if (!isSupportedCountry(country, metadata)) continue;
    const number = parsePhoneNumberFromString(text, { defaultCountry: country, extract: false }, metadata);
    if (!number?.isValid()) continue;
    if (number.countryCallingCode === '1' && number.nationalNumber.length !== 10) continue;
    const national = onlyDigitsOf(formatNational(number));
    if (!digits.endsWith(national) && digits !== number.nationalNumber) continue;
    if (!found.some((n) => n.number === number.number)) found.push(number);
  }
  return found;
}

// A selection holding words as well ("Call Ken on 090-1234-5678 tomorrow"): accept it only when
// the detector, reading it as free text (bare digit blocks need a label), finds exactly one number.
function fromSentence(input: string, defaultCountry: CountryCode, otherCountries?: readonly CountryCode[]): DialParse {
  const found = findPhoneNumbers(input, otherCountries?.length ? { defaultCountry, otherCountries } : { defaultCountry });
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return { ok: false, reason: 'not-a-number' };
  if (only.readings) return { ok: false, reason: 'ambiguous', readings: only.readings };
  const number = parsePhoneNumberWithError(only.e164, metadata);
  return success(number, only.extension);
}

function success(number: PhoneNumber, extension: string | undefined): DialParse {
  const result: DialParse = {
    ok: true,
    e164: number.number,
    national: number.formatNational(),
    international: formatInternational(number.number),
  };
  if (extension) result.extension = extension;
  return result;
}

function reasonOf(error: unknown): DialFailure {
  if (!(error instanceof ParseError)) return 'invalid';
  switch (error.message) {
    case 'INVALID_COUNTRY': return 'invalid-country';
    case 'NOT_A_NUMBER': return 'not-a-number';
    case 'TOO_SHORT': return 'too-short';
    case 'TOO_LONG': return 'too-long';
    default: return 'invalid';
  }
}

// validatePhoneNumberLength() leaves some over-long numbers unclassified; the country's possible
// lengths still tell.
function longerThanAnyNumberOf(number: PhoneNumber): boolean {
  if (!number.country) return number.nationalNumber.length > 15;
  const plans = new Metadata(metadata);
  plans.selectNumberingPlan(number.country);
  const lengths = plans.numberingPlan?.possibleLengths() ?? [];
  return lengths.length > 0 && number.nationalNumber.length > Math.max(...lengths);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function onlyDigitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
