import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber } from './detect';
import type { CountryCode } from './country';

const find = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => m.e164);

describe('formats that are found', () => {
  it.each([
    ['＋８１ ３－１２３４－５６７８', 'JP', '+81312345678'],
    ['（０３）１２３４－５６７８', 'JP', '+81312345678'],
    ['03（1234）5678', 'JP', '+81312345678'],
    ['090-1234-5678', 'JP', '+819012345678'],
    ['0120-123-456', 'JP', '+81120123456'],
    ['+44 20 7946 0958', 'GB', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['(415) 555-0132', 'US', '+14155550132'],
    ['415.555.0132', 'US', '+14155550132'],
    ['+1-415-555-0132', 'US', '+14155550132'],
    ['1-800-555-0199', 'US', '+18005550199'],
    ['TEL: 0312345678', 'JP', '+81312345678'],
    ['電話番号：0312345678', 'JP', '+81312345678'],
    ['Phone 4155550132', 'US', '+14155550132'],
    ['+81 3 1234 5678 from any country', 'GB', '+81312345678'],
    ['(+81) 3-1234-5678', 'JP', '+81312345678'],
  ] as const)('%s (%s)', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('takes a bare digit block without its national prefix only with a label, a "+", or as a whole cell', () => {
    expect(find('0312345678', 'JP', true)).toEqual(['+81312345678']);
    expect(find('2125550143', 'US', true)).toEqual(['+12125550143']);
    expect(find('see 2125550143', 'US')).toEqual([]);
    // With it, the number is written nationally: no ID is.
    expect(find('see 0312345678', 'JP')).toEqual(['+81312345678']);
    expect(find('see +81312345678', 'JP')).toEqual(['+81312345678']);
    expect(find('0312345678（携帯）', 'JP')).toEqual(['+81312345678']);
  });

  it('reads national numbers with the default country only', () => {
    expect(find('03-1234-5678', 'US')).toEqual([]);
    expect(find('(415) 555-0132', 'JP')).toEqual([]);
  });

  it('gives offsets into the original text and keeps extensions apart', () => {
    const text = '代表：（０３）１２３４－５６７８（内線１２３）';
    const [m] = findPhoneNumbers(text, { defaultCountry: 'JP' });
    expect(text.slice(m?.start, m?.end)).toBe('（０３）１２３４－５６７８');
    expect(m?.extension).toBe('123');
    const us = 'Call (415) 555-0132 x 77 today';
    const [n] = findPhoneNumbers(us, { defaultCountry: 'US' });
    expect(us.slice(n?.start, n?.end)).toBe('(415) 555-0132');
    expect(n?.extension).toBe('77');
  });

  it('separates numbers that share a run of spaced digits', () => {
    expect(find('03-1234-5678 090-1234-5678', 'JP')).toEqual(['+81312345678', '+819012345678']);
    expect(find('2024-03-15 03-1234-5678 14:30', 'JP')).toEqual(['+81312345678']);
    expect(find('03-1234-5678 090-1234-5678 045-123-4567 0120-123-456', 'JP')).toEqual(['+81312345678', '+819012345678', '+81451234567', '+81120123456']);
    expect(find('+44 20 7946 0958 +44 161 496 0000', 'GB')).toEqual(['+442079460958', '+441614960000']);
  });
});

describe('look-alikes that are not found', () => {
  const classes: Record<string, Array<[string, CountryCode]>> = {
    'dates and times': [['2024-03-15', 'JP'], ['2024/03/15 14:30', 'JP'], ['15/03/2024', 'GB'], ['2024年3月15日', 'JP'], ['14:30:00', 'US'], ['2024-03-15T14:30:00.000Z', 'US'], ['03-15-2024', 'US']],
    'prices and amounts': [['¥1,234,567', 'JP'], ['$1,234.56', 'US'], ['1,234,567円', 'JP'], ['£12,345', 'GB'], ['¥12345678', 'JP'], ['12345678円', 'JP']],
    'order, case, invoice and ticket IDs': [['Order #1234567890', 'US'], ['Case 00123456', 'US'], ['INV-2024-000123', 'US'], ['TKT-55512345', 'US'], ['注文番号 1234567890', 'JP'], ['SF-0012345678', 'JP'], ['0015g00000XyZ12AAB', 'US'], ['受注番号 0312345678', 'JP']],
    'postal codes': [['〒100-0001', 'JP'], ['100-0001', 'JP'], ['94105-1234', 'US'], ['SW1A 1AA', 'GB']],
    'IP addresses and versions': [['192.168.100.200', 'US'], ['v10.2.3.4567', 'US'], ['1.2.3', 'US']],
    'cards, IBANs and long digit runs': [['4111 1111 1111 1111', 'US'], ['12345678901234567890', 'JP'], ['GB29 NWBK 6016 1331 9268 19', 'GB'], ['DE89370400440532013000', 'GB']],
    'quantities with units': [['1234567 items', 'US'], ['12345678 bytes', 'US'], ['1234567件', 'JP']],
    'coordinates and percentages': [['35.6812362, 139.7671248', 'JP'], ['12.3456789%', 'US']],
  };
  for (const [name, cases] of Object.entries(classes)) {
    it(name, () => {
      for (const [text, country] of cases) {
        expect(find(text, country), text).toEqual([]);
        expect(find(text, country, true), `${text} (whole cell)`).toEqual([]);
      }
    });
  }
});

describe('looksLikeItMayHoldAPhoneNumber', () => {
  it('needs seven digits, ASCII or full-width', () => {
    expect(looksLikeItMayHoldAPhoneNumber('03-1234-5678')).toBe(true);
    expect(looksLikeItMayHoldAPhoneNumber('０３１２３４５')).toBe(true);
    expect(looksLikeItMayHoldAPhoneNumber('Room 12, floor 3')).toBe(false);
    expect(looksLikeItMayHoldAPhoneNumber('123456')).toBe(false);
  });

  it('counts the digits of every script', () => {
    expect(looksLikeItMayHoldAPhoneNumber('هاتف: +٩٧١ ٥٨ ٩١٨')).toBe(true);
    expect(looksLikeItMayHoldAPhoneNumber('۰۹۱۲ ۳۴۵')).toBe(true);
    expect(looksLikeItMayHoldAPhoneNumber('โทร ๐๒-๒๓๔-๕๖')).toBe(true);
    expect(looksLikeItMayHoldAPhoneNumber('هاتف ٩٧١ ٥٨')).toBe(false);
    expect(looksLikeItMayHoldAPhoneNumber('電話番号を教えてください、一二三四五六七')).toBe(false);
  });
});

describe('look-alikes of travel, insurance, banking and freight paperwork (seen5 classes)', () => {
  it.each([
    // Ranges of years and of round thousands.
    ['Call between 2007–2013 please', 'UY'], ['Hold time 5000-18000; CSAT 4.8/5', 'DE'],
    // A number of a card ("Bring your … card").
    ['Bring your 363 906 7280 card.', 'US'],
    // Account abbreviated, número abbreviated, a consignment.
    ['Sort code 48 97 78, acc. 89162782', 'SG'], ['BSB 696-809 Acc 78363489', 'LU'], ['Caso nº 83/207979', 'LU'], ['Consignment 1833 7320 285', 'US'],
    // A code's capitals glued by a colon.
    ['Incident ID IR:2579629', 'LU'],
    // Barcode groups that start with "0 0…" or "(00)": no one writes a dialling prefix so.
    ['ITF-14 0 04 87918 23655 5', 'DE'], ['SSCC (00) 4 9815500 230318394 4', 'FR'],
  ] as const)('%s is no number', (text, country) => {
    expect(find(text, country)).toEqual([]);
  });

  it('still reads numbers dialled through a prefix, after a label with a colon, and a fax label with nº', () => {
    expect(find('Tel 0044 20 7946 0958', 'DE')).toEqual(['+442079460958']);
    expect(find('Tel 00 44 20 7946 0958', 'DE')).toEqual(['+442079460958']);
    // "00" where the agent's country dials abroad otherwise (the US 011, Japan 010).
    expect(find('Tel 0044 20 7946 0958', 'US')).toEqual(['+442079460958']);
    expect(find('How to reach us worldwide\n(00423) 388 29 94 (24/7)', 'JP')).toEqual(['+4233882994']);
    // The prefix and the country code bracketed together, as "(+44)" would be.
    expect(find('Annual licence;France;(0033) 3 93 15 10 60;', 'DE')).toEqual(['+33393151060']);
    expect(find('Out-of-hours emergencies: (0044) 808 706 8172', 'DE')).toEqual(['+448087068172']);
    expect(find('TEL:0312345678', 'JP')).toEqual(['+81312345678']);
    expect(find("T'EL：+81 87 673 7441", 'JP')).toEqual(['+81876737441']);
    expect(find('Fax nº: +34 969 01 60 59', 'ES')).toEqual([]);
  });

  it('reads a label after a number on its own line only', () => {
    // "Tel." heads the next line's number, not this one.
    expect(find('Reg. REGON 877645530\nTel. 84 76 31 40', 'LU')).toEqual(['+35284763140']);
  });
});

describe('numbers of a fixed-width list, a desk and an SMS keyword (seen5 classes)', () => {
  it('reads an international number of six parts before another column', () => {
    expect(find('Fabrikam Inc.     FRA               +33 1 23 45 67 89  1–1               X', 'FR')).toEqual(['+33123456789']);
  });

  it('reads a number whose country writes its prefix apart from its area code ("(0-41) 767134")', () => {
    expect(find('International callers: +370 41 767 134', 'KW')).toEqual(['+37041767134']);
  });

  it.each([
    ['Sponsor desk 0570010057', 'JP', '+81570010057'],
    ['Reply STOP to 0767786589 to opt out.', 'IE', '+353767786589'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });
});
