/**
 * Which countries a national-format number could be read as, for the labels. The reading of a
 * country is plausible when libphonenumber (max metadata) calls the digits valid there and a
 * writer of that country, following the ways of writing this set models for it (writing.ts: its
 * groupings, separators, brackets; unspaced), could have written exactly this text. So
 * "0800-819-5124" is Japanese or British (Britons hyphenate too), "(070)3508-3285" only Japanese
 * (a Briton writes "(070) 3508 3285"), and nobody in Japan writes "3-1234-5678".
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { PoolNumber } from './numbers';
import type { Split } from './types';
import { nationalWritings } from './writing';

const metadata = new Metadata();

const plans = new Map<CountryCode, { prefix: string; lengths: readonly number[] }>();

function plan(country: CountryCode): { prefix: string; lengths: readonly number[] } {
  let known = plans.get(country);
  if (!known) {
    metadata.selectNumberingPlan(country);
    const numbering = metadata.numberingPlan as unknown as { nationalPrefix(): string | undefined; possibleLengths(): number[] };
    plans.set(country, (known = { prefix: numbering.nationalPrefix() ?? '', lengths: numbering.possibleLengths() }));
  }
  return known;
}

export const halfWidth = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const known = new Map<string, string | null>();

/** The E.164 a country reads the written number as, or null if that reading is not plausible. */
export function readingIn(written: string, country: CountryCode, split: Split): string | null {
  const key = `${split} ${country} ${written}`;
  let reading = known.get(key);
  if (reading === undefined) known.set(key, (reading = read(written, country, split)));
  return reading;
}

function read(written: string, country: CountryCode, split: Split): string | null {
  const digits = halfWidth(written).replace(/\D/g, '');
  const { prefix, lengths } = plan(country);
  // Cheap refusals first (this runs for every pair of countries an agent calls).
  const withoutPrefix = prefix && digits.startsWith(prefix) ? digits.slice(prefix.length) : digits;
  if (!lengths.includes(withoutPrefix.length) && !lengths.includes(digits.length)) return null;
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country });
  if (!parsed || !parsed.isValid()) return null;
  const asThere: PoolNumber = {
    country, kind: 'fixed', e164: parsed.number, nsn: parsed.nationalNumber, countryCallingCode: parsed.countryCallingCode,
    // Only the national ways are tried: the international format is not needed.
    national: parsed.formatNational(), international: '',
  };
  return nationalWritings(asThere, split).has(written) ? parsed.number : null;
}

/**
 * The label of a number written nationally: its own e164 when evidence names its country, else
 * every plausible reading among the agent's countries (its own always among them).
 */
export function nationalLabel(
  written: string, e164: string, agentCountries: readonly CountryCode[], evidence: boolean, split: Split,
): { e164: string; readings?: string[] } {
  if (evidence) return { e164 };
  const readings = new Set<string>();
  for (const country of agentCountries) {
    const reading = readingIn(written, country, split);
    if (reading) readings.add(reading);
  }
  readings.add(e164);
  if (readings.size === 1) return { e164 };
  return { e164, readings: [...readings].sort() };
}
