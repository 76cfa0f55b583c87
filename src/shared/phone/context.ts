/**
 * What the words and characters around a digit run say about it. Each rule stands for one class
 * of look-alike (IDs, amounts, dates, units…), not for one example.
 */
import { isAsciiDigit, isAsciiLetter } from './digits';

// Words that announce a phone number. Compounds ("tel no.", "電話番号", "別番号") are listed whole
// so that their "no." / "番号" is not read as an ID label. A line for both telephone and fax
// ("TEL/FAX", "Tel & Fax", "電話・FAX") is a phone line: listed whole, before "fax" alone.
const PHONE_LABEL = new RegExp(
  String.raw`(?:\b(?:tel(?:ephone)?|phone|ph)\s*(?:/|&|and|・|\+|,)\s*(?:fax|facsimile)\b|\bfax\s*(?:/|&|and|・|\+|,)\s*(?:tel(?:ephone)?|phone)\b` +
    String.raw`|(?:電話|ＴＥＬ)\s*[/・&＆]\s*(?:FAX|ファックス|ファクス)` +
    String.raw`|\b(?:new|alt(?:ernate|ernative)?|other|another|second|backup|emergency|main|direct|contact|callback|reply(?:[-\s]to)?|phone|mobile|cell|home|work|office|daytime|evening)\s+(?:number\b|no\.|no\b|#)|\b(?:voicemail|(?:support|phone|direct|main|help|contact|toll[-\s]?free|service)\s+line|toll[-\s]?free|free\s?phone|free\s?call)\b` +
    String.raw`|\b(?:tel(?:ephone)?|phone|ph|mobile|mob|cell(?:phone)?|calls?(?:\s*back)?|contact|direct|dial|office|home|work|alt(?:ernate)?|landline|hotline|helpline|whatsapp|reach(?:\s*(?:me|him|her|them))?)\b(?:\s*(?:n(?:o\.?|[º°])|num(?:ber)?\.?|#|番号))?` +
    // A signature's one-letter labels: "T: …", "P: …", "T.03-…", and with a space alone "O … · M … ·
    // F …", where the number follows at once.
    String.raw`|(?<![A-Za-z\u00c0-\u024f])[TMPO](?:\s*[:：.]|\s+(?=[+(]?\d)|\s+$)|フリーダイヤル|フリーコール|ナビダイヤル|通話料無料|相談室|電話で参加` +
    // Chinese and Korean: telephone, mobile, contact number, landline, main number.
    String.raw`|联系电话|電話號碼|电话|手机|手機|座机|연락처|전화(?:번호)?|휴대(?:폰|전화)|핸드폰|대표번호` +
    // What a call log writes before the number it called or texted: "Called 0988…", "SMS to 0…".
    String.raw`|\b(?:called|calling|ring(?:\s+(?:me|him|her|us|them))?(?:\s+(?:on|at))?|rang|dialled|dialed|texted|sms|text(?:ed)?\s+to|text\s+only|call\s+from|call\s+to|transfer(?:red)?\s+to|forwarded\s+to)\b(?:\s+to\b)?` +
    // A telephony log's caller and called number: ANI (the caller's), DNIS (the number dialled),
    // CLI / CLID (the caller's line); a subscriber's number (MSISDN).
    String.raw`|\b(?:ANI|DNIS|CLID?|MSISDN)\b` +
    // A note that gives a number to try or a changed one: "Try 04… if the main line is busy",
    // "He changed numbers — now 0…".
    String.raw`|\btr(?:y|ied)\b|\bchanged\s+(?:(?:his|her|their|my|our|phone)\s+)?numbers?\b(?:\s*[—–-]\s*now\b)?|\bnumber\s+(?:is|changed|on\s+file)\b` +
    // A GSM (mobile, in much of Europe, Africa and Turkey), a switchboard, a reception or other desk,
    // a customer service line (Brazil's SAC, on every invoice and package there), a call log's
    // "Reached on", an SMS keyword's number ("Reply STOP to …"), a Japanese 窓口 (service desk).
    String.raw`|\b(?:gsm|switchboard|reception|desk|customer\s+service|reached|vm)\b|\bSAC\b|\bcb\s*#|\b(?:reply|text|send)\s+[A-Z]+\s+to\b|窓口` +
    // A Japanese call log's incoming, outgoing call and text: "着信 0244…", "発信 0561…".
    String.raw`|(?:着信|発信(?:者|元)?)(?:番号)?|架電|SMS送信` +
    // German, French, Spanish, Italian, Dutch labels in the countries' own CRMs.
    String.raw`|\b(?:fon|telefon(?:nummer|nr)?|handy(?:nummer|nr)?|mobil(?:nummer|nr|telefon)?|rufnummer|r(?:ü|ue)ckruf(?:\s+unter)?|(?:neue\s+)?nummer|t[ée]l(?:[ée]phone)?|portable|rappeler(?:\s+au)?|jo(?:ignable|indre)(?:\s+au)?|durchwahl(?:\s+ge(?:ä|ae)ndert)?|num[ée]ro|tel[ée]fono|m[óo]vil|cellulare|telefoon(?:nummer)?|mobiel|telefone|telem[óo]vel|celular|cel|telm|gratisnummer|lada\s+sin\s+costo|linha\s+de\s+apoio|ll[áa]m(?:enos|e|ar)(?:\s+al)?|kundtj[äa]nst|klantenservice|asiakaspalvelu|soita|telefonsz[áa]m)\b` +
    // A line named for what it is for ("Payment line", "Emergency line", "softphone line"), a call
    // centre; "on" after a verb of reaching ("call me back on", "reached directly on", "Left
    // message on", "customer is on").
    String.raw`|\b(?:payment|emergency|member|business|softphone|direct|support|main|service|help|phone|care|sales|fraud|office|home|work|land|hot|toll-?free|customer|contact|booking|reservation|info|enquir(?:y|ies)|claims?|billing|security|night|weekend|after-hours|private|personal|mobile|cell|fixed)\s+line\b|\b(?:call|contact|service|customer|support)\s+cent(?:er|re)\b|\b(?:helpdesk|service\s+desk)\b` +
    String.raw`|\b(?:me|us|him|her|them|directly|message|text|customer\s+is|calls?|back|available|reachable|here)\s+on\b` +
    // The words for telephone, mobile, call, contact, hotline and customer service in the world's
    // other languages: Arabic, Persian, Urdu, Hebrew, Thai, Hindi, Bengali, Indonesian and Malay,
    // Polish, Czech, Turkish, Vietnamese, Chinese, Korean, Russian and Ukrainian, Greek, Spanish,
    // Portuguese, Italian, French.
    String.raw`|\b(?:telp|telepon|tlp(?=[.:])|ponsel|hp|hubungi(?:\s+kami)?(?:\s+di)?|layanan\s+pelanggan|nomor|talian|kom(?:órka|orka)?|infolinia|numerem|numer|kontakt(?:\s+pod)?|volejte|cep|numaras[ıi](?:nda|ndan)?|di\s+động|gọi(?:\s+lại)?(?:\s+số)?|liên\s+hệ|tổng\s+đài|hotline|llam[ae](?:r|nos)?|contacto|ligue|contato|chiam(?:are|i)|appele[zr]|standard|ligne\s+directe)\b` +
    // Chinese: dial, hotline, customer service, call, contact.
    String.raw`|拨打|撥打|热线|熱線|客服|致电|致電|联系|聯繫` +
    String.raw`|\b(?:service|hotline|notruf|kontakt|zentral|info)(?:ruf)?nummer\b|(?:電話|携帯|連絡先|代表|直通|自宅|実家|固定電話|勤務先|会社)(?:電話)?(?:番号)?|(?:別|新しい|新|旧|予備|連絡用?|緊急連絡先?|その他|他|2つ目|二つ目|の)(?:電話)?番号|お問い?合わ?せ先?|問い?合わ?せ先|番号(?:が|を)?(?:変わりました|変更)|折り?返し先?|☎|📞|℡)`,
  'gi',
);

// Phone labels in scripts other than Latin and Japanese (see PHONE_LABEL's note), looked for only
// in a window that holds such letters: most page text does not, and each word is a step more for
// every position of every window. (Words that start or end with a letter outside ASCII have no
// \b there.)
const PHONE_LABEL_WORLD = new RegExp(
  String.raw`zadzwoń|ügyfélszolgálat|καλέστε|εξυπηρέτηση\s+πελατών|çağrı\s+merkezi|arayın|(?<![A-Za-z])đt\b|điện\s+thoại|هاتف|الهاتف|تلفون|تليفون|جوال|الجوال|موبايل|محمول|واتساب|واتس|اتصل|الاتصال|اتصال|للاتصال|الرقم\s+المجاني|خدمة\s+العملاء|تلفن|تماس|موبایل|همراه|فون|موبائل|טלפון|טל['׳]|נייד|פלאפון|סלולרי|למספר|חייגו|התקשרו|שירות\s+לקוחות|מוקד|โทรศัพท์|โทร|มือถือ|เบอร์|ติดต่อ|สายด่วน|ศูนย์บริการ|फ़ोन|फोन|मोबाइल|संपर्क|कॉल|ফোন|মোবাইল|телефон|тел\.?|моб\.?|мобильный|мобільний|звоните|позвоните|τηλ(?:έφωνο)?|κινητό|고객센터|콜센터|핸드폰`,
  'gi',
);
const NOT_LATIN_OR_JAPANESE = /[\u00c0-\u2fff\uac00-\ud7af]/;

// Words that announce a fax line: a number to send paper to, not to call. "Faks" in the Nordic,
// Baltic, Slavic and Turkish languages, "eFax" for a fax-to-mail line; an OCR'd card puts a
// stray mark or space inside the word ("F`aks", "FA X", "F・ 03-…"); a bracketed qualifier may
// follow ("FAX（代表）", "Fax (main)": the fax line's own, not a phone label). The word in the
// world's other scripts (Arabic, Persian and Urdu, Hebrew, Thai and its own โทรสาร, Devanagari,
// Bengali, Greek, Armenian, Georgian, Khmer, Lao, Burmese, Sinhala, Tamil, Amharic), and the
// field names systems shorten it to (SAP's TELFX, "FX"). A compound on the word is a fax line's
// too, whatever the language's word for number: "Faxnummer", "Fax-nummer", "Faxszám", "Faksi".
const FAX_LABEL = /(?:(?<![A-Za-z])(?:tele|e)?f[`'・ ]?a[`'・ ]?(?:x|ks)[_-]?[a-z\u00c0-\u024f]*|\bfacs[ií]mil|\bt[ée]l[ée]copie|fernkopie|факс|ファックス|ファクス|ファクシミリ|传真|傳真|팩스|فاكس|فكس|فکس|فیکس|نمابر|دورنگار|פקס|แฟกซ์|แฟ็กซ์|โทรสาร|फ़ैक्स|फैक्स|ফ্যাক্স|φαξ|ֆաքս|ფაქს|ទូរសារ|ແຟັກ|ဖက်စ်|ෆැක්ස්|தொலைநகல்|ፋክስ|(?<![A-Za-z])(?:tel)?fx(?![A-Za-z]))(?:\s*[(（][^)）]{0,8}[)）])?(?:\s*(?:n(?:o\.?|[º°])|num(?:ber)?\.?|#)|[\u3040-\u9fff]{1,3})?|(?<![A-Za-z])F(?:\s*[:：.]|\s+(?=[+(]?\d))|(?<![A-Za-z])F[`'・]?\s*$|\(F\)|📠/gi;

// Words that announce an identifier, an amount or a code rather than a number to call. "番号"
// alone is neither: "注文番号" is an order number, "別番号" another phone number. A desk's name
// alone is no ID: "24時間緊急受付：0120-…" and "予約：03-…" give the desk's number; "受付番号"
// and "予約番号" are IDs.
const ID_LABEL = new RegExp(
  String.raw`(?:\bnum[ée]ro\s+(?:client|dossier)\b|\b(?:order|ord|case|invoice|inv|ticket|tkt|ref|reference|id|num|number|acc(?:oun)?t|acc|customs|sku|item|product|serial|tracking|po|quote|contract|policy|claim|member|batch|lot|part|model|code|pin|zip|card|postal|postcode|routing|iban|swift|ssn|total|amount|qty|receipt|transaction|txn|booking|reservation|confirmation|deal|opportunity|shipment|consignment` +
    // Order and invoice in the languages of the CRMs we read.
    String.raw`|bestell(?:ing|ung)|auftrag|rechnung|encomenda|pedido|fa(?:c|tt)?tur[ae]|commande|ordine|bank|passport|vorgang` +
    // A bank account in the languages of the CRMs we read (SAP's BANKN), and the numbers a state
    // gives its people and companies: PESEL, NIP, REGON (Poland), CPF, CNPJ (Brazil), RUT, CURP,
    // RFC, DNI, NIF, BSN, NINO, NHS, Aadhaar, NRIC, HKID, TC kimlik, VAT, tax and national IDs; a
    // SIM's and a handset's (IMSI, IMEI, ICCID, PUK).
    String.raw`|bankn|konto|kontonr|rachunk[a-z]*|konta|cuenta|conta|conto|compte|rekening|hesap|iban|pesel|nip|regon|krs|cpf|cnpj|rut|curp|rfc|dni|nif|cif|bsn|nino|nhs|aadhaar|nric|hkid|tckn|kimlik|vat|ust-?id(?:nr)?|tax|tin|national\s+id|steuer[- ]?(?:nummer|id|nr)?|imsi|imei|iccid|meid|puk)\b\.?|\bno(?:\.|(?=\s*[:#])|(?=\s+$))` +
    // The same in other scripts: Israel's ID card (ת.ז.), a company number (ח.פ.), an account
    // (חשבון, حساب); China's and Korea's resident numbers; Arabic's "national ID".
    String.raw`|ת\.?\s?ז\.?|ח\.?\s?פ\.?|חשבון|حساب|رقم\s+الهوية|الهوية|身份证(?:号码?)?|주민등록번호|사업자(?:등록)?번호` +
    // A compound naming what the number identifies is an ID unless it names a phone ("ロット番号",
    // "お客様番号", "Bestellnr.", "Kundennummer"; "電話番号", "別番号", "Rufnummer" are phone labels,
    // which win where they end at the same place).
    String.raw`|[\u30a0-\u30ff\u4e00-\u9fff]+番号|\b[a-zäöüß]{2,}(?:nr|nummer)\b` +
    String.raw`|#|№|\bn[º°]|(?:注文|受注|許可|発注|請求書?|伝票|管理|会員|顧客|口座|品番|型番|追跡|郵便|案件|契約|証券|製造|シリアル|商品|整理|登録|識別|社員|従業員)(?:番号|No\.?|ID|コード)?|(?:受付|予約)(?:番号|No\.?|ID|コード)|お?問い?合わ?せ(?:番号|No\.?|ID)|〒)`,
  'gi',
);

// After a number, on its line, these say it was a phone number ("0312345678（携帯）", "…に電話").
const PHONE_SUFFIX = /^ *[(（]? *(?:(?:携帯|自宅|会社|代表|直通|勤務先)|(?:mobile|cell|home|work|office|tel|phone)\b)|^ *[にへ][^。\n]{0,4}?(?:お?電話|連絡|折り?返し|架電|コール|SMS|ショートメール|留守|転送)|^ *(?:an|zur(?:ü|ue)ck)rufen\b|^(?:へ|まで)(?:[。、！!\n]|お願い|お?問い?合わ?せ|ご?連絡|お?電話|$)/i;
// After a number, a fax line's own tag: "03-1234-5679 (FAX)", "03-1234-5679（ファックス）", with a
// word or two before it ("(our fax)", "(main fax)", "（代表FAX）"), not a line for both ("(tel/fax)").
const FAX_SUFFIX = /^ *[(（](?![^)）]*(?:tel|phone|電話))[^)）\d]{0,10}?(?:fax|facsimile|ファックス|ファクス)/i;

// After a number, these say it was a quantity, a price, a date part or a time: on the same line
// ("0466-05-4699\n株式会社…" is a number, then the company's name).
const UNIT_SUFFIX = /^ ?(?:[円万億兆件個点名人株本枚回台年月日時分秒%％]|(?:yen|jpy|usd|gbp|eur|dollars?|pounds?|items?|pcs|pieces|units?|bytes?|[kmgt]i?b|km|kg|mg|ms|sec|secs|seconds|minutes|mins|hours|hrs|days|pts|points|views|users|rows|records|orders|customers|visits|calls|times|cards?)\b)/i;

const CURRENCY_BEFORE = /[$¥￥£€₩₹]\s?$/;

const ID_FILLER = /^[\s#:.=は\u2014\u2015-]*[A-Z]?$/;
const LABEL_WINDOW = 32;
// An ID label must sit right before the number ("Order #: 1234…"); a phone label may be a few
// words away ("call me back tomorrow on 020…").
const MAX_ID_FILLER = 4;
const MAX_PHONE_FILLER = 24;

/** The last non-empty match of `re` in `window`, or null. */
function lastMatch(re: RegExp, window: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    if (m[0].length === 0) re.lastIndex++;
    else last = m;
  }
  return last;
}

function lastMatchEnd(re: RegExp, window: string, maxFiller: number): number {
  const m = lastMatch(re, window);
  const end = m ? m.index + m[0].length : -1;
  // A label reaches the next line only when nothing else stands before the number there: in
  // "… (our fax).\n\nThanks,\nChen Wei (+81 …)" the fax is another line's.
  if (end === -1 || window.length - end > maxFiller || /\n\s*\S/.test(window.slice(end))) return -1;
  return end;
}

/** Where the last match of `re` in `window` starts (-1 for none). */
function lastMatchStart(re: RegExp, window: string): number {
  return lastMatch(re, window)?.index ?? -1;
}

const NOT_TO_CALL = /(?:\b(?:do\s+not|don['’]t|never|not\s+to)\s+(?:call|dial|ring|phone)|\bno\s+calls?)$/i;

export type Label = 'phone' | 'fax' | 'id' | 'none';

// Where a key's words meet: "_", or a lower-case letter before a capital.
const KEY_JOINT = /_|(?<=[a-z])(?=[A-Z])/g;

const WEAK_ID = /(?<![A-Za-z])(?:number|num|no|nr)\.?$/i;
// What an ID names, before "number" or "no.": these alone say nothing ("Customer 0312…" called).
const NAMES_AN_ID = /\b(?:customer|client|employee|staff|student|patient|user|licen[cs]e|registration|vehicle|plate|container|flight|room|seat|unit|document|file|record|application|request|permit|certificate|voucher|coupon|loyalty|badge|house|tax|vat|account|kunden)\s*$/i;

function phoneStart(window: string): number {
  const start = lastMatchStart(PHONE_LABEL, window);
  return NOT_LATIN_OR_JAPANESE.test(window) ? Math.max(start, lastMatchStart(PHONE_LABEL_WORLD, window)) : start;
}

/** What label, if any, stands before the run that starts at `start` (digits before it end the window). */
export function labelBefore(text: string, start: number, windowStart: number): Label {
  // A key of JSON or code names its field in snake or camel case ("alt_phone", "callbackNumber").
  let window = text.slice(Math.max(windowStart, start - LABEL_WINDOW), start).replace(KEY_JOINT, ' ');
  // A line of several fields before this one is a table's header: its last name ("…;Amount",
  // "…\tFax") heads the last column, not this line's first cell.
  const newline = window.lastIndexOf('\n');
  if (newline !== -1 && /[\t;|]/.test(window.slice(0, newline))) window = window.slice(newline + 1);
  if (window.length === 0) return 'none';
  let phoneEnd = lastMatchEnd(PHONE_LABEL, window, MAX_PHONE_FILLER);
  if (NOT_LATIN_OR_JAPANESE.test(window)) phoneEnd = Math.max(phoneEnd, lastMatchEnd(PHONE_LABEL_WORLD, window, MAX_PHONE_FILLER));
  // A fax label nearer the number than any phone label: "Tel 03-… Fax: 03-…", "F: 03-…". In
  // "TEL/FAX" the phone label ends where the fax label does, and wins.
  const faxEnd = lastMatchEnd(FAX_LABEL, window, MAX_PHONE_FILLER);
  // "Fax line (do not call): …": a verb of calling that says not to is no phone label beside a
  // fax label ("Do not call 0628103678 — wrong person" is still a phone number).
  if (phoneEnd !== -1 && faxEnd !== -1 && NOT_TO_CALL.test(window.slice(0, phoneEnd))) phoneEnd = -1;
  let idEnd = lastMatchEnd(ID_LABEL, window, MAX_ID_FILLER);
  // Only punctuation between an ID label and the number: "Order #: 1234567", "注文番号は 1234567".
  if (idEnd !== -1 && !ID_FILLER.test(window.slice(idEnd))) idEnd = -1;
  // "Number", "No.", "Nr." alone name no ID: "Best number 070-6641-6775", "VoIP add-on number …";
  // after what an ID names they do ("Order number", "Customer no."). Without one, the number is
  // read as an unlabelled one (written nationally, or a cell of its own).
  if (idEnd !== -1) {
    const weak = WEAK_ID.exec(window.slice(0, idEnd));
    if (weak && lastMatchEnd(ID_LABEL, window.slice(0, weak.index), 1) === -1 && !NAMES_AN_ID.test(window.slice(0, weak.index))) idEnd = -1;
  }
  // Where a fax label and an ID label end together ("Fax #", "Fax no.", "Faxnummer"), it is a fax
  // line; so it is where the ID label is part of what the fax line is for ("ＦＡＸでのご注文は
  // +81-3-…", orders by fax: "注文" is no order number there). No number stands between them.
  if (faxEnd > phoneEnd) return 'fax';
  // Ending together, the label that starts first is the word: "TEL/FAX" a line for both, but
  // "Fax-nummer", "Faxszám" a fax line whose compound ends in a word for number.
  if (faxEnd !== -1 && faxEnd === phoneEnd && lastMatchStart(FAX_LABEL, window) < phoneStart(window)) return 'fax';
  if (idEnd > phoneEnd) return 'id';
  return phoneEnd !== -1 ? 'phone' : 'none';
}

export function phoneLabelAfter(text: string, end: number): boolean {
  return PHONE_SUFFIX.test(text.slice(end, end + 16));
}

export function faxLabelAfter(text: string, end: number): boolean {
  return FAX_SUFFIX.test(text.slice(end, end + 16));
}

/** A unit, a percent sign, a date or time part, or a decimal/fraction right after the run. */
export function quantityAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  const afterNext = text.charCodeAt(end + 1);
  // "12:30", "3.14159", "1234567,890", "12345678-A1": the run is part of something longer. (A
  // slash before a digit joins the run, see runs.ts: after a piece of one it lists numbers.)
  if ((next === 0x3a || next === 0x2e || next === 0x2d) && (isAsciiDigit(afterNext) || (next === 0x2d && isAsciiLetter(afterNext)))) return true;
  // A comma continues an amount only with a decimal or thousands group after it ("1234567,89",
  // "…,890"); a longer block, or digits joined on ("…,983-322-8001"), is the next field of a
  // comma-separated row.
  if (next === 0x2c && isAsciiDigit(afterNext)) return !FIELD_AFTER_COMMA.test(text.slice(end + 1, end + 6));
  return UNIT_SUFFIX.test(text.slice(end, end + 12));
}

const FIELD_AFTER_COMMA = /^(?:\d{4}|\d{1,3}[-. (/)]\d)/;

export function currencyBefore(text: string, start: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Glued to an identifier: "INV-2024…", "SF-0012…", "v10.2…", "a0B5g000…", "https://x/1234567",
 * "user@", "#1234567". Letters of other scripts are fine: Japanese runs text into numbers
 * ("携帯09012345678").
 */
export function gluedBefore(text: string, start: number): boolean {
  const prev = text.charCodeAt(start - 1);
  if (Number.isNaN(prev)) return false;
  if (isAsciiLetter(prev) || isAsciiDigit(prev) || prev === 0x5f || prev === 0x5c || prev === 0x40 || prev === 0x23 || prev === 0x3d || prev === 0x26) return true;
  // A slash after digits lists numbers ("03-1234-5678/090-…"); after anything else it is a path.
  if (prev === 0x2f) return !isAsciiDigit(text.charCodeAt(start - 2));
  // A code's capitals and a colon: "IR:2579629" (a phone label before was ruled out: "TEL:03…").
  if (prev === 0x3a) return isAsciiDigit(text.charCodeAt(start)) && /[A-Z]{2}$/.test(text.slice(start - 3, start - 1));
  // "INV-2024…", "v10.2…", "MBR·4635…": a letter code joined by a dash, a dot or a middle dot.
  if (prev === 0x2d || prev === 0x2e || prev === 0xb7) {
    const before = text.charCodeAt(start - 2);
    return isAsciiLetter(before) || isAsciiDigit(before);
  }
  return false;
}

// The next field's label, written straight after a number in a cell that lists several
// ("Tel:03-1234-5678Mobile:090-1234-5678"): the letters end a number, they do not make it an ID.
const NEXT_LABEL = /^(?:tel(?:ephone)?|phone|mobile|mob|cell|fax|home|work|office|direct|main|e-?mail|mail|email)(?![a-z])/i;

/** Glued to letters after: "2024-03-15T10", "1234567abc", "12345678@" (not a next label). */
export function gluedAfter(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === 0x40 || next === 0x5f) return true;
  return isAsciiLetter(next) && !NEXT_LABEL.test(text.slice(end, end + 10));
}

// An identifier's letter code set off by one space: "SO 2739 5570", "PO 4471 2290", "REF 20240315".
// Not a country's code written before its number ("UK 020 7946 0958", "JP 03-…").
const CODE_PREFIX = /(?<![A-Za-z0-9])([A-Z]{2,4}) $/;
const COUNTRY_TOKENS = new Set(['UK', 'GB', 'US', 'USA', 'JP', 'JPN', 'DE', 'FR', 'ES', 'IT', 'NL', 'IE', 'CA', 'AU', 'NZ', 'SG', 'KR', 'CN', 'TW', 'HK', 'IN', 'PH', 'TH', 'MY', 'ID', 'VN', 'BR', 'MX']);

export function codePrefixBefore(text: string, start: number): boolean {
  const m = CODE_PREFIX.exec(text.slice(Math.max(0, start - 6), start));
  return m !== null && !COUNTRY_TOKENS.has(m[1]!);
}
