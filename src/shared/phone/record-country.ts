/**
 * The country a record (a table row, a form) names: its Country column or field, or an address
 * that names a country (or a Japanese prefecture). Used to read that record's national-format
 * numbers ("07700 900123" in a row whose Country is "UK"). Another `+CC` number in the record
 * names no country on its own (a family's or a company's numbers are often of two countries:
 * "(+1) 804-…" beside "283-344-8232" for an agent who calls the US and Mexico is asked about);
 * it only unsettles a named country it disagrees with. Runs once per row of a page: regular
 * expressions compiled once, the parser only on `+` numbers.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from './metadata';
import type { CountryCode } from './country';
import { normalizeDigits } from './normalize';

// Country names as people write them in a Country field or at the end of an address: English,
// the country's own language, Japanese. Longer names first where one holds another ("Northern
// Ireland" is GB, "New Mexico" is US). Only names that are not also common words or places of
// another country: "中国" is also Japan's Chūgoku region (中国電力), so it counts only as a whole cell.
const NAMES: ReadonlyArray<readonly [CountryCode, readonly string[]]> = [
  ['GB', ['united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland']],
  ['US', ['united states of america', 'united states', 'new mexico', 'new england', 'u\\.s\\.a\\.?', 'u\\.s\\.']],
  ['JP', ['japan', 'nippon', 'nihon']],
  ['DE', ['germany', 'deutschland']],
  ['FR', ['france']],
  ['ES', ['spain', 'españa', 'espana']],
  ['IT', ['italy', 'italia']],
  ['NL', ['netherlands', 'the netherlands', 'holland', 'nederland']],
  ['IE', ['ireland', 'éire', 'eire']],
  ['CA', ['canada']],
  ['AU', ['australia', 'new south wales']],
  ['NZ', ['new zealand', 'aotearoa']],
  ['SG', ['singapore']],
  ['KR', ['south korea', 'republic of korea', 'korea']],
  ['CN', ['china', "people's republic of china", 'prc']],
  ['TW', ['taiwan']],
  ['HK', ['hong kong']],
  ['IN', ['india', 'bharat']],
  ['PH', ['philippines']],
  ['TH', ['thailand']],
  ['MY', ['malaysia']],
  ['ID', ['indonesia']],
  ['VN', ['vietnam', 'viet nam']],
  ['BR', ['brazil', 'brasil']],
  ['MX', ['mexico', 'méxico']],
  ['AT', ['austria', 'österreich', 'oesterreich']],
  ['CH', ['switzerland', 'schweiz', 'suisse', 'svizzera']],
  ['BE', ['belgium', 'belgique', 'belgië', 'belgie']],
  ['SE', ['sweden', 'sverige']],
  ['NO', ['norway', 'norge']],
  ['DK', ['denmark', 'danmark']],
  ['FI', ['finland', 'suomi']],
  ['PL', ['poland', 'polska']],
  ['PT', ['portugal']],
  ['ZA', ['south africa']],
  ['AE', ['united arab emirates', 'u\\.a\\.e\\.', 'uae']],
];

// Japanese (and Chinese/Korean) names: no spaces between words, so no word boundaries either.
const CJK_NAMES: ReadonlyArray<readonly [CountryCode, readonly string[]]> = [
  ['JP', ['日本']],
  ['GB', ['イギリス', '英国', 'イングランド', 'スコットランド']],
  ['US', ['アメリカ合衆国', 'アメリカ', '米国', '美国']],
  ['DE', ['ドイツ', '独国']],
  ['FR', ['フランス', '仏国']],
  ['ES', ['スペイン']],
  ['IT', ['イタリア']],
  ['NL', ['オランダ']],
  ['IE', ['アイルランド']],
  ['CA', ['カナダ']],
  ['AU', ['オーストラリア', '豪州']],
  ['NZ', ['ニュージーランド']],
  ['SG', ['シンガポール']],
  ['KR', ['韓国', '大韓民国', '한국', '대한민국']],
  ['CN', ['中華人民共和国']],
  ['TW', ['台湾', '臺灣', '台灣']],
  ['HK', ['香港']],
  ['IN', ['インド']],
  ['PH', ['フィリピン']],
  ['TH', ['タイ王国']],
  ['MY', ['マレーシア']],
  ['ID', ['インドネシア']],
  ['VN', ['ベトナム']],
  ['BR', ['ブラジル']],
  ['MX', ['メキシコ']],
  ['AT', ['オーストリア']],
  ['CH', ['スイス']],
  ['BE', ['ベルギー']],
  ['SE', ['スウェーデン']],
  ['NO', ['ノルウェー']],
  ['DK', ['デンマーク']],
  ['FI', ['フィンランド']],
  ['PL', ['ポーランド']],
  ['PT', ['ポルトガル']],
  ['ZA', ['南アフリカ']],
  ['AE', ['アラブ首長国連邦']],
];

// Abbreviations that are words of their own in an address ("London, UK", "Austin, TX, USA"):
// case-sensitive, since "usa" or "Uk" in running text is something else.
const ABBREVIATIONS: ReadonlyArray<readonly [CountryCode, readonly string[]]> = [
  ['GB', ['UK', 'U\\.K\\.']],
  ['US', ['USA']],
];

// A cell or field holding nothing but a code: "JP", "gb", "USA", "JPN", "中国", "タイ". Not the
// codes that are also a common cell value ("IT" department, "In", "Can", "No"), where a State
// column's "IN" (Indiana) would read an American number as Indian. "CA", "DE", "ID", "MY" may be
// a State column's too, but harmless there: Canada dials as the US does, and Germany, Indonesia
// and Malaysia write a national prefix no American number has.
const WHOLE_CELL: Readonly<Record<string, CountryCode | undefined>> = {
  ca: 'CA', de: 'DE', id: 'ID', my: 'MY', jp: 'JP', jpn: 'JP', gb: 'GB', gbr: 'GB', uk: 'GB', us: 'US', usa: 'US', deu: 'DE', fr: 'FR', fra: 'FR',
  es: 'ES', esp: 'ES', ita: 'IT', nl: 'NL', nld: 'NL', ie: 'IE', irl: 'IE', au: 'AU', aus: 'AU', nz: 'NZ',
  nzl: 'NZ', sg: 'SG', sgp: 'SG', kr: 'KR', kor: 'KR', cn: 'CN', chn: 'CN', tw: 'TW', twn: 'TW', hk: 'HK',
  hkg: 'HK', ph: 'PH', phl: 'PH', th: 'TH', tha: 'TH', mys: 'MY', idn: 'ID', vn: 'VN', vnm: 'VN', br: 'BR',
  bra: 'BR', mx: 'MX', mex: 'MX', at: 'AT', aut: 'AT', ch: 'CH', che: 'CH', be: 'BE', bel: 'BE', se: 'SE',
  swe: 'SE', nor: 'NO', dk: 'DK', dnk: 'DK', fi: 'FI', fin: 'FI', pl: 'PL', pol: 'PL', pt: 'PT', prt: 'PT',
  za: 'ZA', zaf: 'ZA', ae: 'AE', are: 'AE', 中国: 'CN', タイ: 'TH', 英: 'GB', 米: 'US',
};

// Postcodes are not taken as evidence: a record may hold a billing or shipping address abroad, and
// a country wrongly named reads a number wrongly; a Country field or a country named in the
// address is what a writer means as the country.
// A Japanese address names its prefecture: "東京都", "大阪府", "北海道", "…県" (县/縣 elsewhere).
const JP_PREFECTURE = /東京都|北海道|[京大][都阪]府|[\u4e00-\u9fff]{1,3}県/;

function alternation(list: ReadonlyArray<readonly [CountryCode, readonly string[]]>): { source: string; countries: CountryCode[] } {
  const entries = list.flatMap(([country, names]) => names.map((name) => [country, name] as const));
  // Longest first, so that the alternation prefers "northern ireland" over "ireland".
  entries.sort((a, b) => b[1].length - a[1].length);
  return { source: entries.map(([, name]) => `(${name})`).join('|'), countries: entries.map(([country]) => country) };
}

const names = alternation(NAMES);
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.source})(?![\\p{L}\\p{N}])`, 'giu');
const cjk = alternation(CJK_NAMES);
const CJK_RE = new RegExp(cjk.source, 'g');
const abbreviations = alternation(ABBREVIATIONS);
const ABBREVIATION_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(?:${abbreviations.source})(?![\\p{L}\\p{N}])`, 'gu');
const ADDRESS_TAIL = /,\s*([A-Z]{2,3})\.?\s*$/;
// The codes in WHOLE_CELL that are also US states.
const US_STATE_CODES = new Set(['CA', 'DE', 'ID']);
// A "+" number: the plus, then digits with the separators numbers are written with.
const PLUS_NUMBER = /\+\s?\(?\d[\d\s().\-/]{5,20}\d/g;
// Quick tests that spare the expressions above on most texts.
const HAS_LATIN = /[A-Za-z]/;
const HAS_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function collect(re: RegExp, countries: readonly CountryCode[], text: string, into: Set<CountryCode>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The one capture group that took part says which name matched.
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        into.add(countries[g - 1]!);
        break;
      }
    }
  }
}

/**
 * The one country `texts` (the cells of a row, the fields of a record) point to, or undefined
 * when they name none or disagree.
 */
export function countryFromRecordTexts(texts: readonly string[]): CountryCode | undefined {
  const named = new Set<CountryCode>();
  const codes = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    if (text.length === 0) continue;
    const whole = WHOLE_CELL[text.trim().replace(/[.。]$/, '').toLowerCase()];
    if (whole) {
      named.add(whole);
      continue;
    }
    // An address ending in a code: "…, London NW1 6XE, GB", "…, Floor 16, AT" (not "…, CA",
    // "…, DE", "…, ID": a US state ends addresses too).
    const tail = ADDRESS_TAIL.exec(text);
    if (tail && !US_STATE_CODES.has(tail[1]!)) {
      const country = WHOLE_CELL[tail[1]!.toLowerCase()];
      if (country) named.add(country);
    }
    if (HAS_LATIN.test(text)) {
      collect(NAME_RE, names.countries, text, named);
      collect(ABBREVIATION_RE, abbreviations.countries, text, named);
    }
    if (HAS_CJK.test(text)) {
      collect(CJK_RE, cjk.countries, text, named);
      if (JP_PREFECTURE.test(text)) named.add('JP');
    }
    if (text.includes('+') || text.includes('＋')) plusNumbers(text, codes);
  }
  if (named.size > 1) return undefined;
  const [name] = named;
  if (name) {
    // Another "+CC" number in the record must not say otherwise ("+1" fits both US and CA).
    const code = callingCodeOf(name);
    for (const c of codes) if (c !== code) return undefined;
    return name;
  }
  return undefined;
}

function plusNumbers(text: string, codes: Set<string>): void {
  const normalized = normalizeDigits(text);
  PLUS_NUMBER.lastIndex = 0;
  for (let m = PLUS_NUMBER.exec(normalized); m; m = PLUS_NUMBER.exec(normalized)) {
    const number = parsePhoneNumberFromString(m[0], { extract: false }, metadata);
    if (!number || !number.isValid()) continue;
    codes.add(number.countryCallingCode);
  }
}

const callingCodes = new Map<CountryCode, string>();

function callingCodeOf(country: CountryCode): string | undefined {
  let code = callingCodes.get(country);
  if (code === undefined) {
    const plan = (metadata as unknown as { countries: Record<string, [string, ...unknown[]]> }).countries[country];
    code = plan?.[0];
    if (code === undefined) return undefined;
    callingCodes.set(country, code);
  }
  return code;
}
