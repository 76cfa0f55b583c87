import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './detect';
import type { CountryCode } from './country';

const spans = (text: string, defaultCountry: CountryCode) =>
  findPhoneNumbers(text, { defaultCountry }).map((m) => [text.slice(m.start, m.end), m.e164]);

describe('a match covers the whole number as written, or nothing', () => {
  it('ends a number at a sentence\'s dash (an em dash with a space beside it), not at one between its groups', () => {
    expect(spans('Claimed numbers\n+358 (0)18 5025 — 32 numbers in block', 'MN')).toEqual([['+358 (0)18 5025', '+358185025']]);
    expect(spans('01143 316 29472 — 122 numbers in block', 'US')).toEqual([['01143 316 29472', '+4331629472']]);
    expect(spans('Tel 010—62751234', 'CN')).toEqual([['010—62751234', '+861062751234']]);
    // Still an ID after its label and such a dash.
    expect(spans('Associated deal — 6453/2905', 'SG')).toEqual([]);
  });

  it('reads a space inside the subscriber number as part of it', () => {
    expect(spans('Tel +49 30 12345 678', 'JP')).toEqual([['+49 30 12345 678', '+493012345678']]);
    expect(spans('Berlin office: +49 30 1234 5678.', 'US')).toEqual([['+49 30 1234 5678', '+493012345678']]);
    expect(spans('+49 (0)89 12 34 56 78', 'GB')).toEqual([['+49 (0)89 12 34 56 78', '+498912345678']]);
  });

  it('takes in a "+" written with a space after it (the number as written starts there)', () => {
    expect(spans('Phone number: + 65 6790 1894', 'SG')).toEqual([['+ 65 6790 1894', '+6567901894']]);
    expect(spans('Tel. + 39 0782 427915 | Telefax 0142 24576', 'IT')).toEqual([['+ 39 0782 427915', '+390782427915']]);
    expect(spans('Berlin: + 49 30 12345 678', 'JP')).toEqual([['+ 49 30 12345 678', '+493012345678']]);
    expect(spans('+ 44 (0)20 7946 0958', 'US')).toEqual([['+ 44 (0)20 7946 0958', '+442079460958']]);
  });

  it('takes in the area code\'s bracket after a label that ends in a digit, or inside another bracket', () => {
    // The run began at the label's digit ("L2 ((", "TELF1 ("): the piece cut from it left out its "(".
    expect(spans('Escalated to L2 ((092)487-1267 - ext. 85).', 'JP')).toEqual([['(092)487-1267', '+81924871267']]);
    expect(spans('TELF1 (08) 9170 6460', 'AU')).toEqual([['(08) 9170 6460', '+61891706460']]);
    expect(spans('Level 2 (0274) 667 54 81', 'TR')).toEqual([['(0274) 667 54 81', '+902746675481']]);
  });

  it('takes in an opening bracket written with a space inside it', () => {
    // "070 ) 2262 - 4549" alone left out the "( " the number was written with.
    expect(spans('Tel ( 070 ) 2262 - 4549（平日のみ）', 'JP')).toEqual([['( 070 ) 2262 - 4549', '+817022624549']]);
    expect(spans('Office: ( 020 ) 7946 0958', 'GB')).toEqual([['( 020 ) 7946 0958', '+442079460958']]);
    expect(spans('call ( 415 ) 555-0132 today', 'US')).toEqual([['( 415 ) 555-0132', '+14155550132']]);
    expect(spans('Tel ( +44 ) 20 7946 0958', 'JP')).toEqual([['( +44 ) 20 7946 0958', '+442079460958']]);
    // Not a bracket that closes before the number: "(see below) 03-1234-5678".
    expect(spans('(see below) 03-1234-5678', 'JP')).toEqual([['03-1234-5678', '+81312345678']]);
  });

  it('returns nothing rather than a piece that reads as a shorter, different number', () => {
    // "+49 30 12345" alone is a valid Berlin number; with the digits after it, another one
    // (written in a grouping nobody uses, so not read at all).
    expect(spans('+49 30 12345 6 78', 'GB')).toEqual([]);
    expect(spans('+49 30 1 2345 678', 'GB')).toEqual([]);
  });

  it('still separates numbers listed with spaces, and numbers from dates and times', () => {
    expect(spans('03-1234-5678 090-1234-5678', 'JP').map(([w]) => w)).toEqual(['03-1234-5678', '090-1234-5678']);
    expect(spans('2024-03-15 03-1234-5678 14:30', 'JP').map(([w]) => w)).toEqual(['03-1234-5678']);
    expect(spans('+44 20 7946 0958 +44 161 496 0000', 'GB').map(([w]) => w)).toEqual(['+44 20 7946 0958', '+44 161 496 0000']);
  });
});
