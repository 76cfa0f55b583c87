import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { findPhoneNumbers } from './detect';
import { makeCrmRows } from './detect.bench-data';
import { CORPUS } from './corpus';
import type { CountryCode } from './country';

const find = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => m.e164);

describe('numbers the full metadata calls invalid', () => {
  it('are never returned, though the min metadata accepts them', () => {
    // Both pass the min set's length and prefix checks; neither is in a range of its country.
    expect(find('077-0090-0123', 'JP', true)).toEqual([]);
    expect(find('TEL 07700 900123', 'JP')).toEqual([]);
    expect(find('TEL 011-123-4567', 'JP')).toEqual([]);
  });

  it('nor is a North American number shorter than ten digits ("SO 1310 7022")', () => {
    expect(find('SO 1310 7022', 'US')).toEqual([]);
    expect(find('SO 1310 7022', 'US', true)).toEqual([]);
    expect(find('+1 310 7022', 'GB')).toEqual([]);
    expect(find('1-310-555-0132', 'US')).toEqual(['+13105550132']);
  });

  it('holds for every number found in the corpus, the bench rows and random digit strings', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const texts = [...CORPUS.map((e) => e.text), ...makeCrmRows(300).flat()];
    for (let i = 0; i < 2000; i++) {
      let t = rand() < 0.5 ? '+' : '0';
      for (let k = 0; k < 9 + rand() * 8; k++) t += '0123456789 -'[Math.floor(rand() * 12)];
      texts.push(t);
    }
    let found = 0;
    for (const text of texts) {
      for (const country of ['JP', 'US', 'GB', 'DE'] as const) {
        for (const e164 of find(text, country, true)) {
          found++;
          expect(parsePhoneNumberFromString(e164)?.isValid(), `${text} (${country}) → ${e164}`).toBe(true);
        }
      }
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('a leading 0 that is part of the number or a national prefix', () => {
  it('reads neither number when both are written so (Gabon renumbered to 8 digits with a 0)', () => {
    // +241 4903271 (the old plan, written "04 90 32 71") and +241 04903271 (the new) are both valid.
    expect(findPhoneNumbers('Tel: 04 90 32 71', { defaultCountry: 'GA' })).toEqual([]);
  });

  it('still reads an Italian fixed line: its mobiles are never written with a 0', () => {
    expect(findPhoneNumbers('Tel: 0342 522152', { defaultCountry: 'IT' }).map((m) => m.e164)).toEqual(['+390342522152']);
  });
});
