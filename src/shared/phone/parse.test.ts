import { describe, expect, it } from 'vitest';
import { parseDialInput } from './parse';

describe('parseDialInput', () => {
  it.each([
    ['03-1234-5678', 'JP', '+81312345678'],
    // A sentence with an order number and a number written nationally: the number.
    ['Order 1234567890 and 0312345678', 'JP', '+81312345678'],
    ['０３－１２３４－５６７８', 'JP', '+81312345678'],
    [' (03) 1234-5678 ', 'JP', '+81312345678'],
    ['+81 3-1234-5678', 'US', '+81312345678'],
    ['+81 (0)3-1234-5678', 'US', '+81312345678'],
    ['+44 (0)20 7946 0958', 'JP', '+442079460958'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['1-800-555-0199', 'US', '+18005550199'],
    ['TEL: 03-1234-5678', 'JP', '+81312345678'],
    ['電話番号：０９０－１２３４－５６７８', 'JP', '+819012345678'],
    ['tel:+1-415-555-0132', 'JP', '+14155550132'],
    ['tel:%2B81-3-1234-5678', 'US', '+81312345678'],
    ['callto://+442079460958', 'US', '+442079460958'],
    ['callto:0312345678', 'JP', '+81312345678'],
    ['tel:03-1234-5678;phone-context=+81', 'US', '+81312345678'],
    ['Call Ken on 090-1234-5678 tomorrow', 'JP', '+819012345678'],
  ] as const)('%s (%s) → %s', (input, country, e164) => {
    const result = parseDialInput(input, country);
    expect(result).toMatchObject({ ok: true, e164 });
  });

  it('returns national and international forms', () => {
    expect(parseDialInput('03-1234-5678', 'JP')).toEqual({ ok: true, e164: '+81312345678', national: '03-1234-5678', international: '+81 3-1234-5678' });
  });

  it.each([
    ['415-555-0132 x123', 'US', '+14155550132', '123'],
    ['415-555-0132 ext. 123', 'US', '+14155550132', '123'],
    ['03-1234-5678 内線 123', 'JP', '+81312345678', '123'],
    ['03-1234-5678内線１２３', 'JP', '+81312345678', '123'],
    ['tel:+1-415-555-0132;ext=42', 'JP', '+14155550132', '42'],
    ['+14155550132,,123', 'JP', '+14155550132', '123'],
    ['tel:+81312345678,,45', 'US', '+81312345678', '45'],
    ['03-1234-5678 内線番号 95', 'JP', '+81312345678', '95'],
    ['030 12345678 Durchw. 658', 'DE', '+493012345678', '658'],
    ['01 42 68 53 00 poste n° 0281', 'FR', '+33142685300', '0281'],
  ] as const)('keeps the extension of %s apart', (input, country, e164, extension) => {
    expect(parseDialInput(input, country)).toMatchObject({ ok: true, e164, extension });
  });

  it.each([
    ['', 'JP', 'empty'],
    ['   ', 'JP', 'empty'],
    ['tel:', 'JP', 'empty'],
    ['hello', 'JP', 'not-a-number'],
    ['Order 1234567890 and 312345678', 'JP', 'not-a-number'],
    ['0312', 'JP', 'too-short'],
    ['415555013299', 'US', 'too-long'],
    ['+999 1234 5678', 'JP', 'invalid-country'],
    ['03-1234-5678', 'ZZ' as 'JP', 'invalid-country'],
    ['123-456-7890', 'US', 'invalid'],
    ['0312345678', 'US', 'invalid'],
  ] as const)('%s (%s) fails: %s', (input, country, reason) => {
    expect(parseDialInput(input, country)).toEqual({ ok: false, reason });
  });

  it('never reads a national number of another country as its own', () => {
    // A Tokyo number typed by a US agent must not become some +1 number.
    expect(parseDialInput('03-1234-5678', 'US').ok).toBe(false);
    expect(parseDialInput('020 7946 0958', 'US').ok).toBe(false);
  });

  it('refuses a number the full metadata calls invalid, though the min metadata accepts it', () => {
    expect(parseDialInput('077-0090-0123', 'JP')).toMatchObject({ ok: false });
    expect(parseDialInput('1310 7022', 'US')).toMatchObject({ ok: false });
  });

  it('does not guess the country of a national number that reads in more than one of the agent\'s countries', () => {
    expect(parseDialInput('070-1234-5678', 'JP', ['GB'])).toEqual({ ok: false, reason: 'ambiguous', readings: ['+817012345678', '+447012345678'] });
    expect(parseDialInput('Call Ken on 070-1234-5678 tomorrow', 'JP', ['GB'])).toMatchObject({ ok: false, reason: 'ambiguous' });
    // One reading among them: that one; "+CC" is read as written; no other countries: as before.
    expect(parseDialInput('07911 123456', 'JP', ['GB'])).toMatchObject({ ok: true, e164: '+447911123456' });
    expect(parseDialInput('03-1234-5678', 'JP', ['GB', 'US'])).toMatchObject({ ok: true, e164: '+81312345678' });
    expect(parseDialInput('+44 70 1234 5678', 'JP', ['GB'])).toMatchObject({ ok: true, e164: '+447012345678' });
    expect(parseDialInput('070-1234-5678', 'JP')).toMatchObject({ ok: true, e164: '+817012345678' });
  });

  it('keeps German and French extensions apart', () => {
    expect(parseDialInput('030 1234567 Durchwahl 89', 'DE')).toMatchObject({ ok: true, e164: '+49301234567', extension: '89' });
    expect(parseDialInput('01 23 45 67 89 poste 456', 'FR')).toMatchObject({ ok: true, e164: '+33123456789', extension: '456' });
  });
});
