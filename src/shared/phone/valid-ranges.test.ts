import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { parsePhoneNumberFromString as parseMax } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString as parseMin } from 'libphonenumber-js/min';
import { inKnownRange } from './valid-ranges';
import { RANGES } from './valid-ranges.data';

// The detector as the content script runs it: with the min metadata (build.mjs swaps it in).
vi.mock('./metadata', () => import('./metadata.min'));
const { findPhoneNumbers } = await import('./detect');

describe('ranges the min metadata lets through and the full one has no number in', () => {
  it('are refused', () => {
    for (const e164 of ['+817457023051', '+3538007324304']) {
      const min = parseMin(e164)!;
      expect(min.isValid()).toBe(true);
      expect(parseMax(e164)!.isValid()).toBe(false);
      expect(inKnownRange(min.countryCallingCode, min.nationalNumber)).toBe(false);
    }
  });

  it('are not found or offered as readings by the detector built with the min metadata', () => {
    expect(findPhoneNumbers('08007324304', { defaultCountry: 'IE', wholeCell: true })).toEqual([]);
    expect(findPhoneNumbers('07457023051', { defaultCountry: 'GB', otherCountries: ['JP'], wholeCell: true }).map((m) => m.readings ?? [m.e164])).toEqual([['+447457023051']]);
    expect(findPhoneNumbers('TEL 03-1234-5678', { defaultCountry: 'JP' }).map((m) => m.e164)).toEqual(['+81312345678']);
  });

  it('never hold a number the full metadata calls valid', () => {
    // Random national numbers of every length, for every calling code in the table.
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let valid = 0;
    for (const code of Object.keys(RANGES)) {
      for (const length of Object.keys(RANGES[code]!).map(Number)) {
        for (let i = 0; i < 3000; i++) {
          let digits = '';
          for (let d = 0; d < length; d++) digits += Math.floor(random() * 10);
          const number = parseMax(`+${code}${digits}`);
          if (!number?.isValid() || number.nationalNumber !== digits) continue;
          valid++;
          expect(inKnownRange(code, digits), `+${code} ${digits}`).toBe(true);
        }
      }
    }
    expect(valid).toBeGreaterThan(1000);
  }, 60_000);
});

describe('the generated table', () => {
  it('is the one the installed libphonenumber-js metadata gives', () => {
    expect(() => execFileSync(process.execPath, ['src/shared/phone/valid-ranges.gen.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
