import { describe, expect, it } from 'vitest';
import { countryFromRecordTexts } from './record-country';

describe('countryFromRecordTexts', () => {
  it.each([
    [['Ken Sato', '090-1234-5678', 'Japan'], 'JP'],
    [['佐藤 健', '090-1234-5678', '日本'], 'JP'],
    [['Alice', '07700 900123', 'United Kingdom'], 'GB'],
    [['Alice', '07700 900123', 'UK'], 'GB'],
    [['Alice', '07700 900123', 'gb'], 'GB'],
    [['Alice', '07700 900123', 'イギリス'], 'GB'],
    [['Bob', '(415) 555-0132', 'US'], 'US'],
    [['Bob', '(415) 555-0132', 'U.S.'], 'US'],
    [['Bob', '(415) 555-0132', 'アメリカ'], 'US'],
    [['Bob', '(415) 555-0132', 'USA'], 'US'],
    [['Jan', '030 1234567', 'Deutschland'], 'DE'],
    [['Jan', '030 1234567', 'ドイツ'], 'DE'],
    [['JPN'], 'JP'],
    [['10 Downing St, London, England'], 'GB'],
    [['大阪府大阪市北区'], 'JP'],
    [['Sydney, New South Wales'], 'AU'],
    [['Belfast, Northern Ireland'], 'GB'],
    [['Lucas Silva', 'Österreich'], 'AT'],
    [['AT'], 'AT'],
    [['Zürich, Schweiz'], 'CH'],
    [['Address: 14 High Street, London NW1 6XE, GB'], 'GB'],
    [['Address: 345 Harbour Street, Floor 16, AT'], 'AT'],
    [['Ava Thompson', 'CA'], 'CA'],
  ] as const)('%j → %s', (texts, country) => {
    expect(countryFromRecordTexts(texts)).toBe(country);
  });

  it('names no country from another +CC number alone (a record\'s numbers may be of two countries)', () => {
    expect(countryFromRecordTexts(['Alice', '+44 20 7946 0958', '07700 900123'])).toBeUndefined();
    expect(countryFromRecordTexts(['Cell', '(+1)-804-249-5568', 'Home', '283-344-8232'])).toBeUndefined();
    // It still unsettles a named country it disagrees with.
    expect(countryFromRecordTexts(['Mexico', '(+1)-804-249-5568'])).toBeUndefined();
    expect(countryFromRecordTexts(['Japan', 'Mobile: +81 90-1234-5678'])).toBe('JP');
  });

  it('names no country when the texts name none', () => {
    expect(countryFromRecordTexts([])).toBeUndefined();
    expect(countryFromRecordTexts(['Ken', '090-1234-5678', 'Gold member'])).toBeUndefined();
  });

  it('counts whole words only: "us" in "contact us", "in" or "it" as words, codes inside longer text', () => {
    expect(countryFromRecordTexts(['Please contact us', 'Status: in progress'])).toBeUndefined();
    expect(countryFromRecordTexts(['Focus', 'Japanese', 'Spanish lessons', 'Walesby'])).toBeUndefined();
    expect(countryFromRecordTexts(['IT', 'In', 'No'])).toBeUndefined();
    expect(countryFromRecordTexts(['Address: 1 Main St, Los Angeles, CA'])).toBeUndefined();
    expect(countryFromRecordTexts(['Ship to: GB team'])).toBeUndefined();
  });

  it('takes no postcode as evidence (a billing or shipping address may be abroad)', () => {
    expect(countryFromRecordTexts(['1 Main St, Springfield, IL 62701'])).toBeUndefined();
    expect(countryFromRecordTexts(['221B Baker Street, London NW1 6XE'])).toBeUndefined();
    expect(countryFromRecordTexts(['〒100-0005 千代田区丸の内1-1'])).toBeUndefined();
    expect(countryFromRecordTexts(['〒100-0005 東京都千代田区丸の内1-1'])).toBe('JP');
  });

  it('gives up when the evidence conflicts', () => {
    expect(countryFromRecordTexts(['Japan', 'United Kingdom'])).toBeUndefined();
    expect(countryFromRecordTexts(['UK', '+81 3-1234-5678'])).toBeUndefined();
    expect(countryFromRecordTexts(['+44 20 7946 0958', '+81 3-1234-5678'])).toBeUndefined();
  });

  it('accepts a +1 number beside a US or Canadian country', () => {
    expect(countryFromRecordTexts(['Canada', '+1 416-555-0132'])).toBe('CA');
    expect(countryFromRecordTexts(['USA', '+1 416-555-0132'])).toBe('US');
  });
});
