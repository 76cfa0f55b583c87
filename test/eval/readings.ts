/**
 * Which countries a national-format number could be read as, for the labels: the reading of a
 * country is plausible when libphonenumber (max metadata) calls the digits valid there, the digits
 * are what that country dials nationally (trunk prefix and all: nobody in Japan writes "3-1234-5678"),
 * and the writer's grouping is that country's (or there is none: "07700900123").
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

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

const groupsOf = (s: string): string[] => s.split(/\D+/).filter(Boolean);
export const halfWidth = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const known = new Map<string, string | null>();

/** The E.164 a country reads the written number as, or null if that reading is not plausible. */
export function readingIn(written: string, country: CountryCode): string | null {
  const key = `${country} ${written}`;
  let reading = known.get(key);
  if (reading === undefined) known.set(key, (reading = read(written, country)));
  return reading;
}

function read(written: string, country: CountryCode): string | null {
  const text = halfWidth(written);
  const digits = text.replace(/\D/g, '');
  const { prefix, lengths } = plan(country);
  // Cheap refusals first (this runs for every pair of countries an agent calls).
  const withoutPrefix = prefix && digits.startsWith(prefix) ? digits.slice(prefix.length) : digits;
  if (!lengths.includes(withoutPrefix.length) && !lengths.includes(digits.length)) return null;
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: country });
  if (!parsed || !parsed.isValid()) return null;
  const standard = parsed.formatNational();
  if (digits !== standard.replace(/\D/g, '') && digits !== prefix + parsed.nationalNumber) return null;
  let groups = groupsOf(text);
  if (groups.length > 1 && prefix && groups[0] === prefix && digits === prefix + parsed.nationalNumber && !standard.replace(/\D/g, '').startsWith(prefix)) groups = groups.slice(1);
  if (groups.length > 1 && groups.join(' ') !== groupsOf(standard).join(' ')) return null;
  return parsed.number;
}

/**
 * The label of a number written nationally: its own e164 when evidence names its country, else
 * every plausible reading among the agent's countries (its own always among them).
 */
export function nationalLabel(
  written: string, e164: string, agentCountries: readonly CountryCode[], evidence: boolean,
): { e164: string; readings?: string[] } {
  if (evidence) return { e164 };
  const readings = new Set<string>();
  for (const country of agentCountries) {
    const reading = readingIn(written, country);
    if (reading) readings.add(reading);
  }
  readings.add(e164);
  if (readings.size === 1) return { e164 };
  return { e164, readings: [...readings].sort() };
}
