import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { makeCrmRows, makeCrmTable } from './detect.bench-data';
import { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber } from './detect';

describe('makeCrmRows', () => {
  it('is deterministic and has five digit-bearing cells per row', () => {
    const rows = makeCrmRows(200);
    expect(rows).toEqual(makeCrmRows(200));
    expect(rows).not.toEqual(makeCrmRows(200, 2));
    for (const row of rows) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(looksLikeItMayHoldAPhoneNumber(cell), cell).toBe(true);
    }
  });

  it('writes valid numbers, found in the phone cells that a JP default can read', () => {
    const { rows, phones } = makeCrmTable(500);
    rows.forEach((row, i) => {
      const phone = phones[i];
      if (!phone) throw new Error('row without phone');
      expect(parsePhoneNumberFromString(phone.e164)?.isValid(), phone.e164).toBe(true);
      const found = findPhoneNumbers(row[1] ?? '', { defaultCountry: 'JP', wholeCell: true }).map((m) => m.e164);
      // A US or GB national number on a JP page is read as Japanese, if at all ("020 7946 0041"
      // is a valid JP 020 number): only numbers written for JP or with "+" are checked.
      if (phone.writtenAs === 'JP' || phone.writtenAs === '+') expect(found, row[1]).toEqual([phone.e164]);
      // The ID and the date/amount cells are bait.
      expect(findPhoneNumbers(row[2] ?? '', { defaultCountry: 'JP', wholeCell: true }), row[2]).toEqual([]);
      expect(findPhoneNumbers(row[3] ?? '', { defaultCountry: 'JP', wholeCell: true }), row[3]).toEqual([]);
      expect(findPhoneNumbers(row[0] ?? '', { defaultCountry: 'JP', wholeCell: true }), row[0]).toEqual([]);
    });
  });
});
