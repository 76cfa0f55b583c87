import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './detect';
import type { CountryCode } from './country';

const find = (text: string, defaultCountry: CountryCode, wholeCell = false) =>
  findPhoneNumbers(text, { defaultCountry, wholeCell }).map((m) => m.e164);

describe('fax lines are not calls', () => {
  it.each([
    'FAX 03-1234-5678', 'Fax: 03-1234-5678', 'fax no. 03-1234-5678', 'F: 03-1234-5678', 'Facsimile 03-1234-5678',
    'ファックス：03-1234-5678', 'ファクス 03-1234-5678', 'FAX番号 0312345678', '03-1234-5678 (FAX)', '03-1234-5678（ファックス）',
    'Telefax 03-1234-5678', 'Télécopie 03-1234-5678', '传真：03-1234-5678', '傳真 03-1234-5678', '팩스 03-1234-5678',
    // "call" after the fax label says not to: it is no phone label nearer the number.
    'Fax line (do not call): 0889-51-5225', 'Fax line (do not call): 0312345678', 'Fax – don\'t call: 03-1234-5678',
    // "Faks" (Nordic, Baltic, Slavic, Turkish), a fax-to-mail line, a qualifier in brackets.
    'Faks +81 3 1234 5678', 'Telefaks: 03-1234-5678', 'eFax 03-1234-5678', 'FAX（代表）03-1234-5678', 'Fax (main) 03-1234-5678',
    // An OCR'd card's stray marks and spaces inside the label.
    'F`aks 03-1234-5678', 'FA X (03)1234-5678', 'Fa・x: 03-1234-5678', 'F・ 03-1234-5678', "FA'X 03-1234-5678",
    // A fax tag after the number with a word before it.
    "We're faxing the receipt to you from 03 9344 6185 (our fax).", '03-1234-5678 (main fax)', '03-1234-5678（代表FAX）',
    // Fax in the languages of mail footers: German, French, Spanish, Russian; a Japanese compound
    // on the fax label (FAX受付: the fax desk), whatever the "+" says.
    'Fernkopie: 03-1234-5678', 'Télécopieur : 03 1234 5678', 'Facsímil 03-1234-5679', 'Факс 03-1234-5678',
    'FAX受付 +81 (0)3 1234 5678 に送付済み', 'FAX専用 03-1234-5678',
    // Fax in other scripts: Arabic, Persian, Hebrew, Thai (a loan word and its own), Hindi, Greek;
    // a system's field name for it (SAP's TELFX), "FX".
    'فاكس: 03-1234-5678', 'فکس: ۰۳-۱۲۳۴-۵۶۷۸', 'פקס: 03-1234-5678', 'แฟกซ์ 03-1234-5678', 'โทรสาร 03-1234-5678',
    'फ़ैक्स: 03-1234-5678', 'Φαξ: 03-1234-5678', 'TELFX 03-1234-5678', 'FX: 03-1234-5678',
    // A compound on the word, whatever the language's word for number (Dutch, Hungarian, Finnish).
    'Fax-nummer: +81 3 1234 5678', 'Faxszám: +81 3 1234 5678', 'Faksi: 03-1234-5678',
    // What the fax line is for, an order word in it ("orders by fax"), written full-width.
    'ＦＡＸでのご注文は ＋８１－３－１２３４－５６７８ まで', 'FAXでのご注文は +81 3 1234 5678 まで',
  ])('%s', (text) => {
    expect(find(text, 'JP')).toEqual([]);
    expect(find(text, 'JP', true)).toEqual([]);
  });

  it('keeps the phone line beside a fax line, and a line for both', () => {
    expect(find('TEL 03-1234-5678 FAX 03-1234-5679', 'JP')).toEqual(['+81312345678']);
    expect(find('T: 03-1234-5678 F: 03-1234-5679', 'JP')).toEqual(['+81312345678']);
    expect(find('TEL/FAX 03-1234-5678', 'JP')).toEqual(['+81312345678']);
    expect(find('03-1234-5678 (tel/fax)', 'JP')).toEqual(['+81312345678']);
    expect(find('Tel & Fax: 020 7946 0958', 'GB')).toEqual(['+442079460958']);
    expect(find('電話・FAX 03-1234-5678', 'JP')).toEqual(['+81312345678']);
    expect(find('Fax: 020 7946 0959, phone 020 7946 0958', 'GB')).toEqual(['+442079460958']);
  });
});

describe('a number written with its "+" after an ID label', () => {
  it('is a phone number: no ID starts with "+"', () => {
    expect(find('発信者番号 +48 56 521 46 31、本人確認済', 'JP')).toEqual(['+48565214631']);
    expect(find('Customer ID +44 20 7946 0958', 'JP')).toEqual(['+442079460958']);
    expect(find('Customer ID 0312345678', 'JP', true)).toEqual([]);
  });

  it('is a fax line after a fax label that ends where an ID label does', () => {
    expect(find('Phone: 0956 30 9573\nFax #: +81 846 95 7375', 'JP')).toEqual(['+81956309573']);
    expect(find('Fax no. +44 1884 32847', 'GB')).toEqual([]);
    expect(find('Faxnummer: +55 22 3348 1188', 'BR')).toEqual([]);
  });
});

describe('what call-centre notes write before and after a number', () => {
  it.each([
    ['発信者番号 0312345678、本人確認済', 'JP', '+81312345678'],
    ['CB#: 0220533803 after 14:00', 'JP', '+81220533803'],
    ['Left VM on 0809153470.', 'FR', '+33809153470'],
    ['Spoke w/ spouse, number on file 0312345678.', 'JP', '+81312345678'],
    ['家族の番号 0224547105 を登録済。', 'JP', '+81224547105'],
    ['0846957375に留守電を残した。', 'JP', '+81846957375'],
    ['0120836621へ転送。', 'JP', '+81120836621'],
    // A number not to call is still a phone number (only beside a fax label does it say fax).
    ['Do not call 0628103678 — wrong person.', 'FR', '+33628103678'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });
});

describe('a label and the line after it', () => {
  it('does not reach past other words on the next line', () => {
    // The "fax" of the line before labelled the signature's number.
    expect(find('Faxing the receipt to you from 0740-90-6579 (our fax).\n\nThanks,\nChen Wei (+81 90 2551 2918)', 'JP')).toEqual(['+819025512918']);
    expect(find('Fax 03-1234-5679 for orders.\nSato 03-1234-5678', 'JP')).toEqual(['+81312345678']);
  });

  it('takes a number on a line of its own as a cell', () => {
    expect(find('Sent from my phone\nJames Smith\n07520986727', 'IN')).toEqual(['+917520986727']);
    expect(find('Invoice date\n20240315', 'JP')).toEqual([]);
  });
});

describe('a bare block that stands alone', () => {
  it.each([
    // A field's value after its name and colon, whatever the name (not an ID's).
    ['Questions: 26705790\nSponsor desk +506 8000 0000', 'CR', '+50626705790'],
    ['夜間・休日：08000494722\n処方箋は窓口へ', 'JP', '+818000494722'],
    ['Emergency on the day: 05616110655', 'TR', '+905616110655'],
    // All that a bracket holds, after a name.
    ['Thanks,\nEmily Clark (01771932250)', 'DE', '+491771932250'],
    ['中村 由美（09076407536）', 'JP', '+819076407536'],
    // A column of a fixed-width list.
    ['Acme Corp         France            0804008309        2–4', 'FR', '+33804008309'],
    // Japanese quote brackets; a name abbreviated with a dot before the colon.
    ['緊急時は「09010212392」へ。', 'JP', '+819010212392'],
    ['Puh.: 0510757161', 'UA', '+380510757161'],
    // A few words between the particle and the call ("に何度かお電話しました").
    ['お世話になっております。0120123456に何度かお電話しましたがつながりませんでした。', 'JP', '+81120123456'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('is still an ID after an ID label, a date after "Date:", a code after its letters', () => {
    expect(find('Invoice No.: RE20198050   Date: 20210921', 'LU')).toEqual([]);
    expect(find('Customer ID: 0312345678', 'JP')).toEqual([]);
    expect(find('arn:aws:iam::344030249098:role/ReadOnly', 'IT')).toEqual([]);
    expect(find('Acme Corp     QA 99%            MBR·947947271     ', 'FR')).toEqual([]);
    expect(find('Paid (1234567) in full', 'JP')).toEqual([]);
  });
});

describe('a bare block with no label, in running text of any language', () => {
  it.each([
    // Written nationally (its national prefix, or the 0 Italy keeps): a number, whatever the
    // words around it ("unter … zurück", "กรุณาโทรกลับที่", "Lütfen … numarasında").
    ['bitte rufen Sie mich unter 0301234567 zurück.', 'DE', '+49301234567'],
    ['กรุณาโทรกลับที่ 0603430001', 'TH', '+66603430001'],
    ['Lütfen 05610113568 numarasında', 'TR', '+905610113568'],
    ['Vui lòng gọi lại số 0964301923', 'VN', '+84964301923'],
    ['Chiamare lo 0212345678 domani', 'IT', '+390212345678'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('is no number without a national prefix, or after an ID label of a person, a company or an account', () => {
    expect(find('Invoice 6090939 to follow', 'US')).toEqual([]);
    expect(find('customer rang, verified by 8500063085 today', 'US')).toEqual([]);
    expect(find('שלום יוסי,\nת.ז. 023644412\nסכום', 'IL')).toEqual([]);
    expect(find('Szanowni Państwo,\nPESEL 06304270308\nfaks', 'PL')).toEqual([]);
    expect(find('BANKN Nr rachunku 31 0263 0358 2125 5622 8267 0787', 'PL')).toEqual([]);
    expect(find('Nr rachunku 38 5605 6768 9301 0896 1241 4563', 'DE')).toEqual([]);
  });
});

describe('phone labels of the world\'s languages, of code and of English notes', () => {
  it.each([
    // A block with no national prefix needs its label.
    ['Infolinia 800047173', 'PL', '+48800047173'],
    ['واتساب 52526124', 'KW', '+96552526124'],
    ['客服热线 8007164519', 'CN', '+868007164519'],
    ['Τηλ: 2101234567', 'GR', '+302101234567'],
    ['Телефон: 2101234567', 'GR', '+302101234567'],
    ['ĐT 2838123456', 'VN', '+842838123456'],
    // A key of JSON or code, in snake or camel case.
    ['{ "altPhone": "9835350098" }', 'US', '+19835350098'],
    ['  "alt_phone": "2744214499",', 'US', '+12744214499'],
    ['"callbackNumber": "8003398117"', 'US', '+18003398117'],
    // A line named for what it is for; "on" after a verb of reaching.
    ['Payment line 8662176938', 'US', '+18662176938'],
    ['Left message on 7085229314', 'US', '+17085229314'],
    ['dropped, call me back on 3407742536', 'US', '+13407742536'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('is no label inside a code ("TLP-2399173": not Indonesian "Tlp.")', () => {
    expect(find('Incident TLP-2399173 | Priority 2', 'FJ')).toEqual([]);
    expect(find('Shipped on 7085229314 units', 'US')).toEqual([]);
  });
});

describe('"number" or "no." alone names no ID', () => {
  it.each([
    ['Best number 070-6641-6775', 'JP', '+817066416775'],
    ['VoIP add-on number 050-397-4505', 'AE', '+971503974505'],
    ['Confirmed callback number 0412 345 678', 'AU', '+61412345678'],
    ['Servicenummer: 0180 1 2345', 'DE', '+4918012345'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it('but does after what an ID names', () => {
    expect(find('Order number 0312345678', 'JP')).toEqual([]);
    expect(find('Customer no. 0312345678', 'JP')).toEqual([]);
    expect(find('Kundennummer 0301234567', 'DE')).toEqual([]);
    expect(find('Invoice No. 0312345678', 'JP')).toEqual([]);
  });
});

describe('labels of Spanish, Portuguese, Swiss, Nordic, Hungarian and Greek invoices', () => {
  it.each([
    ['Cel. 3305680345', 'MX', '+523305680345'], ['Llámenos al 3337480578', 'MX', '+523337480578'],
    ['Lada sin costo 8001252416', 'MX', '+528001252416'], ['Telm. 227221171', 'PT', '+351227221171'],
    ['Linha de apoio 802293752', 'PT', '+351802293752'], ['Gratisnummer 0800545303', 'CH', '+41800545303'],
    ['Kundtjänst 0771234567', 'SE', '+46771234567'], ['Παρακαλώ καλέστε στο 800915992264', 'GR', '+30800915992264'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });
});

describe('a customer service desk\'s short name', () => {
  it('reads Brazil\'s SAC as a phone label, not a reference\'s letter code', () => {
    expect(find('Emitente: Umbrella KK\nSAC 0800 10 8896\nCPF 398.559.67', 'BR')).toEqual(['+55800108896']);
    expect(find('SAC 0800 527 7817', 'BR')).toEqual(['+558005277817']);
    expect(find('SO 1310 7022', 'US')).toEqual([]);
  });
});

describe('order and deal labels of the languages we read', () => {
  it.each([
    ['Bestelling 84939006', 'SG'], ['Deal 4513813379', 'US'], ['Encomenda 3189/7788', 'SG'], ['Associated deal: 9789/5830', 'SG'],
    ['Pedido 912345678', 'ES'], ['Commande 0142685300', 'FR'], ['Auftrag 030123456789', 'DE'],
  ] as const)('%s is an ID', (text, country) => {
    expect(find(text, country, true)).toEqual([]);
  });
});

describe('labels with 番号', () => {
  it('reads 別番号, 新しい番号, 電話番号 as phone labels', () => {
    expect(find('別番号 0312345678', 'JP')).toEqual(['+81312345678']);
    expect(find('新しい番号: 090-1234-5678', 'JP')).toEqual(['+819012345678']);
    expect(find('電話番号 0312345678', 'JP')).toEqual(['+81312345678']);
    expect(find('番号 03-1234-5678', 'JP')).toEqual(['+81312345678']);
  });

  it('still reads order, member and inquiry numbers as IDs', () => {
    expect(find('注文番号 0312345678', 'JP', true)).toEqual([]);
    expect(find('会員番号：090-1234-5678', 'JP', true)).toEqual([]);
    expect(find('お問い合わせ番号 0312345678', 'JP', true)).toEqual([]);
    expect(find('お問い合わせ：03-1234-5678', 'JP')).toEqual(['+81312345678']);
  });

  it('reads a desk\'s name alone (受付, 予約) as the desk\'s number, with 番号 as an ID', () => {
    expect(find('24時間緊急受付：0120-123-456', 'JP')).toEqual(['+81120123456']);
    expect(find('24時間緊急受付：０１２０１２３４５６', 'JP')).toEqual(['+81120123456']);
    expect(find('予約：03-1234-5678', 'JP')).toEqual(['+81312345678']);
    expect(find('受付番号 0120123456', 'JP', true)).toEqual([]);
    expect(find('予約番号：090-1234-5678', 'JP', true)).toEqual([]);
  });
});

describe('numbers glued to their labels in one cell', () => {
  it('finds both', () => {
    expect(find('Phone(03-1234-5678)Mobile(090-1234-5678)', 'JP', true)).toEqual(['+81312345678', '+819012345678']);
    expect(find('電話(0312345678)携帯(09012345678)', 'JP', true)).toEqual(['+81312345678', '+819012345678']);
    expect(find('Tel:03-1234-5678Mobile:090-1234-5678', 'JP', true)).toEqual(['+81312345678', '+819012345678']);
  });
});

describe('how people write numbers', () => {
  it.each([
    ['0120-12-3456', 'JP', '+81120123456'],
    ['0120-123-456', 'JP', '+81120123456'],
    ['0800-123-4567', 'JP', '+818001234567'],
    ['0422-12-3456', 'JP', '+81422123456'],
    ['099-123-4567', 'JP', '+81991234567'],
    ['415/555-0132', 'US', '+14155550132'],
    ['(030) 1234/5678', 'DE', '+493012345678'],
    ['030/1234567', 'DE', '+49301234567'],
    ['06/6123-4567', 'JP', '+81661234567'],
    ['+44 (0)20 7946 0958', 'US', '+442079460958'],
    ['1-800-555-0199', 'US', '+18005550199'],
    ['01484 123456', 'GB', '+441484123456'],
    ['+49 30 12345 678', 'DE', '+493012345678'],
  ] as const)('%s (%s)', (text, country, e164) => {
    expect(find(`Tel: ${text}`, country)).toEqual([e164]);
    expect(find(text, country, true)).toEqual([e164]);
  });

  it('splits numbers listed with a slash, and leaves fractions, paths and dates alone', () => {
    expect(find('03-1234-5678/090-1234-5678', 'JP')).toEqual(['+81312345678', '+819012345678']);
    expect(find('1234567/8', 'US', true)).toEqual([]);
    expect(find('2024/03/15', 'JP', true)).toEqual([]);
    expect(find('15/03/2024', 'GB', true)).toEqual([]);
    expect(find('https://crm.example/contacts/0312345678', 'JP')).toEqual([]);
    expect(find('12/3456/7890', 'US', true)).toEqual([]);
  });
});

describe('labels of notes, signatures and call logs (holdout classes)', () => {
  it.each([
    ['Text only: 07912345678.', 'GB', '+447912345678'],
    ['Try 0312345678 if the main line is busy.', 'JP', '+81312345678'],
    ['He changed numbers — now 0312345678.', 'JP', '+81312345678'],
    ['P: 0312345678', 'JP', '+81312345678'],
    ['Jane Doe | Acme\nO 2015550123 · M 2015550124 · F 2015550125', 'US', '+12015550123,+12015550124'],
    ['T.03-1234-5678 F.03-1234-5679', 'JP', '+81312345678'],
    ['T.+81 3 1234 5678 F.0312345679', 'JP', '+81312345678'],
    ['不在のため09012345678へSMS。', 'JP', '+819012345678'],
    ['[2025-03-06 21:15] 着信 0312345678 案件INC1234567', 'JP', '+81312345678'],
    ['[2025-03-06 21:15] 発信 0312345678 不在', 'JP', '+81312345678'],
    ['Bitte 030123456789 anrufen.', 'DE', '+4930123456789'],
    ['Durchwahl geändert: 030123456789.', 'DE', '+4930123456789'],
    ['Joignable au 0123456789.', 'FR', '+33123456789'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country).join(',')).toBe(e164);
  });

  it('reads "F." before a number as a fax label, and the one-letter labels need a number right after', () => {
    expect(find('F.0312345678', 'JP', true)).toEqual([]);
    expect(find('Order O 12345678 shipped', 'JP')).toEqual([]);
  });
});

describe('labels of switchboards, service desks and call logs (seen4 classes)', () => {
  it.each([
    ['GSM 0532 123 45 67', 'TR', '+905321234567'],
    ['Switchboard 02079460958', 'GB', '+442079460958'],
    ['Reception 30118868', 'HK', '+85230118868'],
    ['Customer service 08008007336 · Billing 0', 'GB', '+448008007336'],
    ['"Reached on 0493189431";"Logged call"', 'JP', '+81493189431'],
    ['Thanks — I tried 0854676241 twice, no answer.', 'JP', '+81854676241'],
    ['my number changed, it is 07919588354 now', 'GB', '+447919588354'],
    ['サポート窓口 0120309902 を案内', 'JP', '+81120309902'],
  ] as const)('%s', (text, country, e164) => {
    expect(find(text, country)).toEqual([e164]);
  });

  it.each([
    ['My Numéro client (434) 558-7532', 'CN'], ['TC Kimlik No 56426072056', 'TR'], ['Bank\t846209122', 'VN'],
    // A code of a letter and digits after an ID label ("お問い合わせ" alone is a phone label), a
    // German case (Vorgang), a passport.
    ['お問い合わせ番号 Q309240344', 'PT'], ['Vorgang 4382-51266', 'LU'], ['Passport 585760911', 'PL'],
  ] as const)('%s is an ID', (text, country) => {
    expect(find(text, country, true)).toEqual([]);
  });

  it('reads the last name of a header row as that column\'s, not as the label of the next line\'s first cell', () => {
    // "…;Amount" and "…\tFax" head the last column: the first cell below them was an ID or a fax line.
    expect(find('Mobile;Phone;Name;Amount\n+63 991 640 2534;(082) 896 3128;Noah Wilson;6 152 822', 'PH')).toEqual(['+639916402534', '+63828963128']);
    expect(find('Phone\tName\tAmount\n020 330 0825\tChen Wei\t101,533.11 USD', 'ZA')).toEqual(['+27203300825']);
    expect(find('Tel\tFax\n03-1234-5678', 'JP')).toEqual(['+81312345678']);
    // A label alone on its line still labels the line below it.
    expect(find('Fax:\n03-1234-5679', 'JP')).toEqual([]);
    expect(find('Order number\n0312345678', 'JP', true)).toEqual([]);
  });

  it('takes a field of a semicolon-separated row as a cell', () => {
    expect(find('"Sato";"01575759773";"35"', 'EG')).toEqual(['+201575759773']);
    expect(find('4 029 409,73 zł;07911265903;Left VM', 'GB')).toEqual(['+447911265903']);
  });
});
