import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber, shortestNumber } from './detect';
import type { CountryCode } from './country';

const find = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => m.e164);
const spans = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => text.slice(m.start, m.end));

describe('labels people write before a number', () => {
  it.each([
    ['New number: 320.506.0034', 'US', '+13205060034'],
    ['Mobile no. 07912 345678', 'GB', '+447912345678'],
    ['Called 0988594675, no answer', 'JP', '+81988594675'],
    ['SMS to 08070822228 delivered', 'JP', '+818070822228'],
    ['Left a voicemail at 1800566099', 'IE', '+3531800566099'],
    ['Toll-free support line 08001083989', 'GB', '+448001083989'],
    ['T: 0769039958', 'JP', '+81769039958'],
    ['Mobil: 015920615975', 'DE', '+4915920615975'],
    ['Rückruf unter 08977914418 erbeten', 'DE', '+498977914418'],
    ['Portable : 0736405956', 'FR', '+33736405956'],
    ['Pouvez-vous me joindre au 0736405956 demain ?', 'FR', '+33736405956'],
    ['フリーダイヤル08003098519に誘導', 'JP', '+818003098519'],
    ['ご不明点は0957842781までお問い合わせください', 'JP', '+81957842781'],
    ['内線付き：0364283391（内線3552）', 'JP', '+81364283391'],
    ['电话：01065529988', 'CN', '+861065529988'],
    ['手机 13800138000', 'CN', '+8613800138000'],
    ['휴대폰 01012345678', 'KR', '+821012345678'],
    // A telephony log: the caller (ANI), the number dialled (DNIS), a transfer.
    ['2024-06-21T00:08:50Z DNIS 024 7737 4045', 'GB', '+442477374045'],
    ['2019-04-13 07:26 INBOUND ANI 0060 85 207 652 DTMF 405484#', 'BE', '+6085207652'],
    ['menu 1>2>6 → transfer to 08009784068', 'JP', '+818009784068'],
    // A telecom care note: the subscriber's number (MSISDN); calls in the plural.
    ['Subscriber in Spain: MSISDN 973913151', 'ES', '+34973913151'],
    ['Customer prefers calls on 0577872617 after 6pm', 'JP', '+81577872617'],
    ['加藤 愛：実家 06092917744 でも大丈夫です', 'JP', '+816092917744'],
    ['渡辺 直子：番号変わりました08044451517です', 'JP', '+818044451517'],
    ['当社：お問合せは08009696161まで\n加藤 愛：了解です', 'JP', '+818009696161'],
    ['Telefoon 278956058', 'PT', '+351278956058'],
    ['Telemóvel: 948049456', 'PT', '+351948049456'],
    ['Celular 662960646', 'ES', '+34662960646'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('reads "F" before a number as fax', () => {
    expect(find('F +81 (0)3 6428 3391', 'JP')).toEqual([]);
    expect(find('F 85 874 18 52', 'PL')).toEqual([]);
  });
});

describe('shapes', () => {
  it('takes three 4-digit groups as a number where plans have them, not four or a card', () => {
    expect(find('0551-1883-4543', 'CN', true)).toEqual(['+8655118834543']);
    expect(find('0163 3943 5895', 'DE', true)).toEqual(['+4916339435895']);
    expect(find('4111 1111 1111 1111', 'DE', true)).toEqual([]);
    expect(find('Paid with card 3461 021620 95885', 'ID')).toEqual([]);
  });

  it('reads dotted groups with a leading zero as a number, not an address', () => {
    expect(find('080.59.84.47', 'BE', true)).toEqual(['+3280598447']);
    expect(find('192.168.100.200', 'BE', true)).toEqual([]);
  });

  it('ends a number at a bracket that opens a note after it, and keeps a bracket that closes round a group', () => {
    expect(find('折返し先：090-3577-4978（10h34以降）', 'JP')).toEqual(['+819035774978']);
    expect(find('折返し先：060-3285-9666（11/11/25 7:28 AM以降）', 'JP')).toEqual(['+816032859666']);
    expect(find('Tel 03 (1234) 5678', 'JP')).toEqual(['+81312345678']);
    expect(find('+44 (0)20 7946 0958', 'JP')).toEqual(['+442079460958']);
  });

  it('reads an extension in tortoise-shell brackets', () => {
    expect(findPhoneNumbers('平日10時〜18時に03-1234-5678 〔内線86〕までご連絡ください', { defaultCountry: 'JP' }).map((m) => m.extension)).toEqual(['86']);
  });

  it('reads dotted groups with a part over 255 as a number: no address has one', () => {
    expect(find('Telefon 973.72.34.79', 'ES')).toEqual(['+34973723479']);
    expect(find('Tel. 612.34.56.78', 'ES')).toEqual(['+34612345678']);
    expect(find('10.0.0.255', 'ES', true)).toEqual([]);
  });

  it('does not read an ID letter code\'s digits, nor the tail of a code', () => {
    expect(find('SO 2739 5570', 'HK', true)).toEqual([]);
    expect(find('Case 97 4103 4187', 'NO', true)).toEqual([]);
    expect(find('UK 020 7946 0958', 'GB', true)).toEqual(['+442079460958']);
  });

  it('ends a unit on its line: a company name below a number is not a count', () => {
    expect(find('担当者直通：0466-05-4699\n株式会社サンプル', 'JP')).toEqual(['+81466054699']);
    expect(find('12345678株', 'JP', true)).toEqual([]);
  });

  it('spans "+CC (0)…" in a label\'s brackets from its "+"', () => {
    expect(spans('Phone(+81 (0)967 61 7762)Mobile(+81 80 3049 7325)', 'JP', true)).toEqual(['+81 (0)967 61 7762', '+81 80 3049 7325']);
  });
});

describe('extensions', () => {
  it.each([
    ['Tel. 030 1234567 Durchwahl 89', 'DE', '89'],
    ['Tel. 030 1234567 App. 89', 'DE', '89'],
    ['Phone: 030 1234567;ext=8901', 'DE', '8901'],
    ['Direct 03-1234-5678;ext=123.', 'JP', '123'],
    ['Tél. : 01 23 45 67 89 poste 456', 'FR', '456'],
  ] as const)('%s', (text, country, extension) => {
    expect(findPhoneNumbers(text, { defaultCountry: country }).map((m) => m.extension)).toEqual([extension]);
  });
});

describe('" / " after the area code (German)', () => {
  it('reads the area code and the number as one, never the part after the slash alone', () => {
    expect(spans('0162 / 7875325', 'DE', true)).toEqual(['0162 / 7875325']);
    expect(find('Handy 01525 / 2022166.', 'DE')).toEqual(['+4915252022166']);
    expect(find('Zentrale 030 / 71270150 ext. 853', 'DE')).toEqual(['+493071270150']);
    // Another country would read the subscriber part alone as a number of its own.
    expect(find('032 / 962529211', 'ES', true)).toEqual([]);
  });

  it('reads "+CC area/number" as one number (a slash after the area code, written internationally)', () => {
    expect(spans('Tel. +49 30/12345678', 'JP')).toEqual(['+49 30/12345678']);
    expect(find('Billing +34 901/123456', 'ES')).toEqual(['+34901123456']);
    expect(find('use +45 69/503653', 'BR')).toEqual(['+4569503653']);
    // Still one slash, after the area code only.
    expect(find('+49 30 1234/5678', 'DE', true)).toEqual([]);
    expect(find('+49/30 12/345678', 'DE', true)).toEqual([]);
  });

  it('still lists two numbers set off by " / "', () => {
    expect(find('Tel 03-1234-5678 / 090-1234-5678', 'JP')).toEqual(['+81312345678', '+819012345678']);
  });
});

describe('Spain\'s two-digit provincial codes written apart', () => {
  it('reads "91 234 56 78" as Madrid writes it, nationally and after +34', () => {
    expect(find('Tel. 91 234 56 78', 'ES')).toEqual(['+34912345678']);
    expect(find('Teléfono - 96 906 18 62', 'ES')).toEqual(['+34969061862']);
    expect(spans('+34 93 123 45 67', 'JP', true)).toEqual(['+34 93 123 45 67']);
  });
});

describe('a slash at every break', () => {
  it('reads a number written with "+" or its national prefix and slashes throughout', () => {
    expect(spans('+81/72/9683829', 'US', true)).toEqual(['+81/72/9683829']);
    expect(find('Tel: +44/7700/131722', 'JP')).toEqual(['+447700131722']);
    expect(find('052/328/4475', 'JP', true)).toEqual(['+81523284475']);
    expect(find('Tel 0120/142/179', 'JP')).toEqual(['+81120142179']);
    // A one-digit country or area code is a group of its own.
    expect(find('+61/2/41079102 (HQ)', 'AU', true)).toEqual(['+61241079102']);
    expect(find('Phone +1/469/5483975 [ext 53]', 'US')).toEqual(['+14695483975']);
  });

  it('reads the Belgian way: a slash after the area code, dots after it', () => {
    expect(find('Belgique;080514502;0498/55.04.49;ISIN JP7720297', 'BE')).toEqual(['+3280514502', '+32498550449']);
    expect(find('Tel 080/74.13.01', 'BE')).toEqual(['+3280741301']);
    expect(find('Gratuit 0800/12.345', 'BE')).toEqual(['+3280012345']);
    expect(find('01/03.2024', 'BE', true)).toEqual([]);
    expect(find('12/34.56.78', 'BE', true)).toEqual([]);
  });

  it('reads the Italian way: one dot after the area code; decimals, coordinates and times stay what they are', () => {
    expect(find('Italy;06.6928209;313.4000591;SEDOL 8134681;', 'IT')).toEqual(['+39066928209', '+393134000591']);
    expect(find('Numero verde 800.676280', 'IT')).toEqual(['+39800676280']);
    expect(find('Lat 35.681236 Lng 139.767125', 'IT')).toEqual([]);
    expect(find('Price 1234.5678', 'IT')).toEqual([]);
    expect(find('Logged 2025-01-24 19:46:09.019772', 'IT')).toEqual([]);
  });

  it('reads the Hungarian way: the prefix apart, a slash after the area code', () => {
    expect(find('Mobil: 06-30/714-2158', 'HU')).toEqual(['+36307142158']);
    expect(find('Telefon: 06-95/375-674', 'HU')).toEqual(['+3695375674']);
    expect(find('06-30/71/42158', 'HU', true)).toEqual([]);
  });

  it('reads the Dutch way: a dash after the area code, then pairs or groups apart', () => {
    expect(find('Tel. 0411-33 65 40', 'NL')).toEqual(['+31411336540']);
    expect(find('Mobiel 06-51 44 10 97', 'NL')).toEqual(['+31651441097']);
    expect(find('Tel. 020-123 45 67', 'NL')).toEqual(['+31201234567']);
  });

  it('leaves paths, ratios and dates alone', () => {
    expect(find('12/3456/7890', 'US', true)).toEqual([]);
    expect(find('03/07/2016', 'GB', true)).toEqual([]);
    expect(find('0/312/345678', 'JP', true)).toEqual([]);
    expect(find('/api/0312/345678/', 'JP', true)).toEqual([]);
  });
});

describe('a label\'s bracket glued before a number that has brackets of its own', () => {
  it('is not taken into the number', () => {
    expect(spans('Phone(+81 3 1234 5678)Mobile(070(5852)3139)', 'JP', true)).toEqual(['+81 3 1234 5678', '070(5852)3139']);
  });
});

describe('without the national prefix where the country writes numbers so', () => {
  it('reads Indian (and Vietnamese, Turkish) numbers written without their trunk 0', () => {
    expect(find('Phone 80794-48898', 'IN')).toEqual(['+918079448898']);
    expect(find('Mobile 98765 43210', 'IN')).toEqual(['+919876543210']);
    expect(find('Mobile 532 123 45 67', 'TR')).toEqual(['+905321234567']);
    // Grouped otherwise than the country does, it is not read so.
    expect(find('Mobile 9876-543-210', 'IN')).toEqual([]);
  });

  it('still wants the prefix where the country writes it (Tokyo is 03-…, never 3-…), and in a guess at another country', () => {
    expect(find('Tel 3-1234-5678', 'JP')).toEqual([]);
    expect(find('201708221840', 'CN', true)).toEqual([]);
    expect(findPhoneNumbers('5318-54365', { defaultCountry: 'SG', otherCountries: ['VN'], wholeCell: true })).toEqual([]);
  });
});

describe('Argentina\'s mobile "15" after the area code, among other countries', () => {
  it('is read in the record\'s country when the agent calls several', () => {
    const options = { defaultCountry: 'BR', otherCountries: ['AR', 'PT', 'US'], recordCountry: 'AR' } as const;
    expect(findPhoneNumbers('Cell 02477 15-48-6088', options).map((m) => m.e164)).toEqual(['+5492477486088']);
    expect(findPhoneNumbers('(03541) 15 54 8175', { ...options, wholeCell: true }).map((m) => m.e164)).toEqual(['+5493541548175']);
  });
});

describe('pairs after an area code set off by spaces (Dutch, Belgian, German)', () => {
  it.each([
    ['Tel. 0227 23 30 77', 'NL', '+31227233077'],
    ['for a human please dial 0800 27 90 78', 'NL', '+31800279078'],
    ['Telefon 0491 76 45 51 62', 'DE', '+4949176455162'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });
});

describe('digits of other scripts and invisible marks inside a number', () => {
  it.each([
    // Arabic-Indic and Persian (Extended Arabic-Indic) digits, national and international.
    ['هاتف: +٩٧١ ٥٨ ٩١٨ ٩٦٦٩', 'SA', '+971589189669'],
    ['جوال: ٠٥٠ ١٢٣ ٤٥٦٧', 'AE', '+971501234567'],
    ['تلفن: ۰۹۱۲ ۳۴۵ ۶۷۸۹', 'IR', '+989123456789'],
    // Devanagari, and Thai digits.
    ['फ़ोन: +९१ ९८७६५ ४३२१०', 'IN', '+919876543210'],
    ['โทร +๖๖ ๒ ๒๓๔ ๕๖๗๘', 'TH', '+6622345678'],
  ])('%s (%s) → %s', (text, country, e164) => {
    expect(find(text, country as CountryCode)).toEqual([e164]);
    expect(spans(text, country as CountryCode)).toEqual([text.slice(text.search(/[+٠-٩۰-۹०-९๐-๙]/u)).trimEnd()]);
  });

  it.each([
    // A zero-width space after each group (mail clients), a word joiner, a left-to-right mark,
    // a soft hyphen: read without them, highlighted as written (the marks inside).
    ['M: +44\u200b 7873\u200b 940506 | #4bcb53', 'FR', '+44\u200b 7873\u200b 940506', '+447873940506'],
    ['Tel 030\u2060 1234\u2060 5678', 'DE', '030\u2060 1234\u2060 5678', '+493012345678'],
    ['\u200e+971 50 123 4567\u200e', 'AE', '+971 50 123 4567', '+971501234567'],
    ['Phone: 020\u00ad7946\u00ad0958', 'GB', '020\u00ad7946\u00ad0958', '+442079460958'],
    ['携帯：090\u200b-1234\u200b-5678', 'JP', '090\u200b-1234\u200b-5678', '+819012345678'],
  ])('%j (%s)', (text, country, span, e164) => {
    expect(spans(text, country as CountryCode)).toEqual([span]);
    expect(find(text, country as CountryCode)).toEqual([e164]);
  });
});

describe('an area or operator code grouped the writer\'s way', () => {
  it.each([
    // Thai mobiles written 0X-XXXX-XXXX (libphonenumber: 067 146 4663).
    ['มือถือ 06-7146-4663', 'TH', '+66671464663'],
    ['Mobile phone: 08-3216-1081', 'TH', '+66832161081'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('not a tax number or a SIM\'s identity grouped so', () => {
    expect(find('Steuer-Nr. 071/897/55038', 'DE')).toEqual([]);
    expect(find('PUK given after verification (IMSI 262 01 494733791).', 'RS')).toEqual([]);
  });
});

describe('countries whose numbers have five or six digits', () => {
  it.each([
    ['Reception 20 32 69', 'FO', '+298203269'],
    ['Tél. : 28.93.59', 'NC', '+687289359'],
    ['dropped, call me back on 76-572', 'TO', '+67676572'],
    ['Mob. 57 062', 'CK', '+68257062'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('not a time, a date, a score, a range or a postcode of the same length', () => {
    expect(find('Call between rooms 137-162 please', 'AD')).toEqual([]);
    expect(find('Hold time rooms 128-188; CSAT score 40/100.', 'LU')).toEqual([]);
    expect(find('| 06 33 55 35 32 | 22.02.24 , 20:51 |', 'LU')).toEqual([]);
    expect(find('Head office: 24 Road Independence, 36773 Centre', 'LU', true)).toEqual([]);
    expect(find('Wed, 01 Nov 2025 10:48:42 -0500', 'LU')).toEqual([]);
    expect(find('Support ticket ST·745236', 'LU')).toEqual([]);
  });

  it('and for the agent who calls none of them, runs of fewer than seven digits are not read at all', () => {
    expect(find('Reception 20 32 69', 'DK')).toEqual([]);
  });
});

describe('the fewest digits the scan looks for', () => {
  it('is seven unless the agent calls a country of shorter numbers', () => {
    expect(shortestNumber({ defaultCountry: 'JP' })).toBe(7);
    expect(shortestNumber({ defaultCountry: 'FO' })).toBe(6);
    expect(shortestNumber({ defaultCountry: 'DK', otherCountries: ['FO', 'GL'] })).toBe(6);
    expect(shortestNumber({ defaultCountry: 'NZ', otherCountries: ['CK'] })).toBe(5);
    expect(looksLikeItMayHoldAPhoneNumber('Reception 20 32 69')).toBe(false);
    expect(looksLikeItMayHoldAPhoneNumber('Reception 20 32 69', 6)).toBe(true);
  });
});
