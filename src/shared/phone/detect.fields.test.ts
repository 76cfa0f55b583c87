import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './detect';
import type { CountryCode } from './country';

const find = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => m.e164);

describe('comma-separated rows', () => {
  it('a comma before the next field ends a number; a decimal or thousands group after it does not', () => {
    expect(find("Ann Lee,Acme,'+1 212 555 0143,646-555-0178,20240105_0930", 'US')).toEqual(['+12125550143', '+16465550178']);
    expect(find('Ann Lee,Acme,(212) 555-0143,202401050930', 'US')).toEqual(['+12125550143']);
    expect(find('Tanaka,Umbrella,03-1234-5678,090.1234.5678', 'JP')).toEqual(['+81312345678', '+819012345678']);
    expect(find('Total 0312345678,90 yen', 'JP')).toEqual([]);
    expect(find('Paid 03 1234 5678,901 in all', 'JP')).toEqual([]);
  });
});

describe('fax labels written as field names and marks', () => {
  it.each([
    'fax_number set: 03-1234-5678', 'faxNumber=03-1234-5678', 'home_fax: 03-1234-5678', 'Fax-Nr. 03-1234-5678',
    '(T)03-1234-5670 (F)03-1234-5678', '☎ 03-1234-5670  📠 03-1234-5678',
  ])('%s', (text) => {
    expect(find(text, 'JP')).not.toContain('+81312345678');
  });

  it('keeps words that only begin with fax letters', () => {
    expect(find('Faxen-Hotline Telefon 030 12345678', 'DE')).toEqual(['+493012345678']);
  });
});

describe('label classes', () => {
  it('a reply-to number is one to call', () => {
    expect(find('Reply-to number: 020 7946 0958', 'GB')).toEqual(['+442079460958']);
    expect(find('Reply to number 03 9123 4567', 'AU')).toEqual(['+61391234567']);
  });

  it('customs and permit numbers are IDs', () => {
    expect(find('Customs 12125550143', 'US')).toEqual([]);
    expect(find('輸出許可番号 0312345678', 'JP', true)).toEqual([]);
  });
});

describe("the default country's reading", () => {
  it('stays a reading to ask about when another country groups the number better', () => {
    const [match] = findPhoneNumbers('(0800) 587-2284', { defaultCountry: 'DE', otherCountries: ['GB'], wholeCell: true });
    expect(match?.readings).toEqual(['+498005872284', '+448005872284']);
    expect(match?.e164).toBe('+498005872284');
  });
});

describe('extension words with their own "number" or abbreviated', () => {
  it.each([
    ['03-1234-5678 内線番号 95です', 'JP', '95'],
    ['Telefon 030 12345678 Durchw. 658', 'DE', '658'],
    ['Téléphone : 01 42 68 53 00 poste n° 0281', 'FR', '0281'],
    ['Office 020 7946 0958 ext no. 12', 'GB', '12'],
    // Set off in square brackets, after a slash, or joined with a dash: a CRM's call log.
    ['Logged a call to 0745-60-6287 Ext-719, no answer.', 'JP', '719'],
    ['Logged a call to +19832736535 [ext 7421], no answer.', 'US', '7421'],
    ['Logged a call to 0116 511 1289 / ext 12, no answer.', 'GB', '12'],
  ])('%s', (text, country, extension) => {
    const [match] = findPhoneNumbers(text, { defaultCountry: country as CountryCode });
    expect(match?.extension).toBe(extension);
  });
});

describe('compounds naming what a number identifies', () => {
  it('are IDs: X番号, X-nr., X-nummer', () => {
    expect(find('ロット番号 0312345678', 'JP', true)).toEqual([]);
    expect(find('お客様番号 03-1234-5678', 'JP', true)).toEqual([]);
    expect(find('Bestellnr. 030 12345678', 'DE', true)).toEqual([]);
    expect(find('Kundennummer: 030 12345678', 'DE', true)).toEqual([]);
  });

  it('unless they name a phone', () => {
    expect(find('携帯電話番号 090-1234-5678', 'JP')).toEqual(['+819012345678']);
    expect(find('予備番号 0312345678', 'JP')).toEqual(['+81312345678']);
    expect(find('Rufnummer 030 12345678', 'DE')).toEqual(['+493012345678']);
    expect(find('Telefonnr. 030 12345678', 'DE')).toEqual(['+493012345678']);
  });
});

describe('a code in spaced groups', () => {
  it('has no number in its head', () => {
    expect(find('Parcel 9123 4567 2269', 'SG')).toEqual([]);
    expect(find('Ref 612 345 678 416', 'ES')).toEqual([]);
  });

  it('but a call log keeps a number before its duration', () => {
    expect(find('outbound call 9123 4567 10m 35s', 'SG')).toEqual(['+6591234567']);
    expect(find('outbound call 212-555-0143 2h 02m', 'US')).toEqual(['+12125550143']);
  });
});

describe('a field of a comma-separated row', () => {
  it('is a cell: a bare block that fills it is read', () => {
    expect(find('Ann Lee,Acme,0312345678,,20240105 0930', 'JP')).toEqual(['+81312345678']);
    expect(find('"Ann Lee","Acme","","09012345678","2024-01-05"', 'JP')).toEqual(['+819012345678']);
    expect(find("Ann Lee,Acme,'2125550143", 'US')).toEqual(['+12125550143']);
  });

  it('but not a block with more in its field, prose, or a compact date', () => {
    expect(find('Ann Lee,CID 2125550143,Acme', 'US')).toEqual([]);
    expect(find('Ann Lee said 2125550143 twice', 'US')).toEqual([]);
    expect(find('Ann Lee,Acme,20180509', 'DK')).toEqual([]);
  });
});

describe('more phone labels', () => {
  it.each([
    ['Please ring me on 0312345678 after five', 'JP', '+81312345678'],
    ['Fon: 03012345678', 'DE', '+493012345678'],
    ['通話料無料：0120123456', 'JP', '+81120123456'],
    ['お客様相談室 0312345678', 'JP', '+81312345678'],
  ])('%s', (text, country, e164) => {
    expect(find(text, country as CountryCode)).toEqual([e164]);
  });
});

describe('a call log', () => {
  it.each([
    ['outbound call 0800 4576137 3h 26m', 'DE', '+498004576137'],
    ['outbound call 053 535 1605 5:38', 'KR', '+82535351605'],
    ['outbound call 06 694 9992 46m 26s', 'IT', '+39066949992'],
  ])('ends the number before its duration: %s', (text, country, e164) => {
    expect(find(text, country as CountryCode)).toEqual([e164]);
  });
});

describe('a field of a list set off by " · " or " | "', () => {
  it('is a cell too', () => {
    expect(find('Ann Lee · Acme · 0312345678 · last contact 2024-01-05', 'JP')).toEqual(['+81312345678']);
    expect(find('Ann Lee | 0312345678 | open', 'JP')).toEqual(['+81312345678']);
    expect(find('Ann Lee · ID 0312345678 · open', 'JP')).toEqual([]);
  });
});

describe('pairs after a bracketed area code (DIN 5008)', () => {
  it.each([
    ['Handy (0179) 86 29 18 34', '+4917986291834'],
    ['Telefon (030) 47 08 93 51', '+493047089351'],
    // Pairs counted from the end leave one digit first; the prefix apart from the area code.
    ['Germany;(0 800) 2 58 76 88;', '+498002587688'],
    ['Telefon (0 32) 7 03 43 60 99', '+4932703436099'],
    ['Mobil (0 1590) 5 50 00 43', '+4915905500043'],
  ])('%s', (text, e164) => {
    expect(find(text, 'DE')).toEqual([e164]);
  });

  it('not without the bracket, nor with a lone digit anywhere but first', () => {
    expect(find('Ref 030 47 08 93 51', 'DE')).toEqual([]);
    expect(find('Telefon (0 32) 70 3 43 60 99', 'DE')).toEqual([]);
  });
});

describe('a field name that ends in a digit, glued to it (SAP\'s TELF1, TELF2)', () => {
  it('is no part of the number after it', () => {
    expect(find('TELF1 1800 123 456', 'AU')).toEqual(['+611800123456']);
    expect(find('TELF1 6957 9906', 'SG')).toEqual(['+6569579906']);
    // Digits of a code before a piece still are: "Case 97 4103 4187" is no number.
    expect(find('Case 97 4103 4187', 'AU')).toEqual([]);
  });
});
