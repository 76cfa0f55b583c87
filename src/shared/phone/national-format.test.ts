import { describe, expect, it } from 'vitest';
import { getCountries, getCountryCallingCode, Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { formatNational } from './national-format';
import { makeCrmTable, random } from './detect.bench-data';
import { parsePhoneNumberFromString as parseCore } from 'libphonenumber-js/core';
import metadata from './metadata';

/** Valid numbers of a country, of every length its plan allows, starting with any digits. */
function samples(country: CountryCode, count: number): string[] {
  const plan = new Metadata();
  plan.selectNumberingPlan(country);
  const lengths = plan.numberingPlan?.possibleLengths() ?? [];
  const rand = random(country.charCodeAt(0) * 31 + country.charCodeAt(1));
  const found = new Set<string>();
  for (let i = 0; i < count * 400 && found.size < count && lengths.length; i++) {
    const length = lengths[Math.floor(rand() * lengths.length)]!;
    let digits = '';
    while (digits.length < length) digits += String(Math.floor(rand() * 10));
    const number = parsePhoneNumberFromString(`+${getCountryCallingCode(country)}${digits}`);
    if (number?.isValid()) found.add(number.number);
  }
  return [...found];
}

describe('formatNational', () => {
  it('writes every country\'s numbers exactly as libphonenumber does', () => {
    let compared = 0;
    for (const country of getCountries()) {
      for (const e164 of samples(country, 40)) {
        const number = parseCore(e164, metadata)!;
        expect(formatNational(number), `${country} ${e164}`).toBe(number.formatNational());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  }, 30_000); // ≈ 1 s alone; the machine may be busy

  it('writes the bench page\'s numbers, read as written, exactly as libphonenumber does', () => {
    const { phones } = makeCrmTable(500);
    for (const { e164 } of phones) {
      const number = parseCore(e164, metadata)!;
      expect(formatNational(number)).toBe(number.formatNational());
    }
    // National numbers parsed with a default country keep their country.
    const tokyo = parseCore('03-1234-5678', { defaultCountry: 'JP' }, metadata)!;
    expect(formatNational(tokyo)).toBe('03-1234-5678');
  });
});
