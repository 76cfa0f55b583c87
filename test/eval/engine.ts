/**
 * The pieces the template families are made of: a text being written with its labels (Doc), the
 * generation context (the agent's countries, the split's numbers), and the vocabulary of CRM
 * records (names, companies, country names, addresses).
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { bait, type Lang } from './bait';
import type { NumberKind, Pool, PoolNumber } from './numbers';
import type { Rng } from './prng';
import { nationalLabel } from './readings';
import type { EvalLabel, Planted, Split } from './types';
import { writeExtension, writeIdd, writeInternational, writeNational, type Written } from './writing';

export interface Agent {
  defaultCountry: CountryCode;
  otherCountries?: CountryCode[];
}

export interface Label {
  e164: string;
  readings?: string[];
}

/** One text (a cell, a field, a note) being written, with the spans of what was put in it. */
export class Doc {
  text = '';
  readonly expect: EvalLabel[] = [];
  readonly planted: Planted[] = [];
  /** How each labelled number is written ("national:parenArea", "idd"…), in label order. */
  readonly styles: string[] = [];

  add(s: string): this {
    this.text += s;
    return this;
  }

  number(written: Written, label: Label, extension?: { text: string; digits: string }): this {
    const start = this.text.length;
    this.text += written.text;
    const entry: EvalLabel = { start, end: this.text.length, e164: label.e164 };
    if (label.readings) entry.readings = label.readings;
    if (extension) {
      this.text += extension.text;
      entry.extension = extension.digits;
    }
    this.expect.push(entry);
    this.styles.push(written.style);
    return this;
  }

  plant(kind: string, s: string): this {
    const start = this.text.length;
    this.text += s;
    this.planted.push({ start, end: this.text.length, kind });
    return this;
  }
}

export interface PhoneRequest {
  country?: CountryCode;
  kind?: NumberKind;
  /** 'any': how the agent's own country's numbers are written (mostly national). */
  form?: 'national' | 'international' | 'idd' | 'any';
  style?: string;
  /** The record names the number's country (a Country column, an address…). */
  evidence?: boolean;
}

export class Ctx {
  constructor(
    readonly rng: Rng,
    readonly split: Split,
    readonly pool: Pool,
    readonly agent: Agent,
    readonly lang: Lang,
  ) {}

  get countries(): CountryCode[] {
    return [this.agent.defaultCountry, ...(this.agent.otherCountries ?? [])];
  }

  pick(country: CountryCode, kind?: NumberKind): PoolNumber {
    const byKind = this.pool.get(country);
    if (!byKind) throw new Error(`no numbers for ${country}`);
    const wanted = kind ?? this.rng.weighted<NumberKind>([['fixed', 5], ['mobile', 4], ['tollfree', 1]]);
    const list = byKind[wanted]?.length ? byKind[wanted]! : byKind.fixed;
    return this.rng.pick(list);
  }

  /** A number written the way a CRM user would, with its label. */
  phone(req: PhoneRequest = {}): { written: Written; label: Label; number: PoolNumber } {
    const country = req.country ?? this.agent.defaultCountry;
    const number = this.pick(country, req.kind);
    let form = req.form ?? 'any';
    if (form === 'any') form = this.rng.weighted([['national', 78], ['international', 16], ['idd', 6]] as const);
    let written: Written | null = null;
    if (form === 'idd') written = writeIdd(number, this.agent.defaultCountry, this.callingCode(this.agent.defaultCountry), this.rng);
    if (!written && form !== 'national') written = writeInternational(number, this.rng, form === 'international' ? req.style : undefined, this.split);
    if (!written) written = writeNational(number, this.rng, req.style, this.split);
    const label = written.form === 'national' ? nationalLabel(written.text, number.e164, this.countries, req.evidence ?? false, this.split) : { e164: number.e164 };
    return { written, label, number };
  }

  /** A number from anywhere in the world, written with its "+" or the agent's international prefix. */
  foreign(): { written: Written; label: Label; number: PoolNumber } {
    const country = this.rng.pick([...this.pool.keys()]);
    return this.phone({ country, form: this.rng.chance(0.85) ? 'international' : 'idd' });
  }

  extension(): { text: string; digits: string } {
    return writeExtension(this.rng, this.lang, this.split);
  }

  /** Bait of a record of `country` (the agent's own unless said). */
  bait(kind?: string, country: CountryCode = this.agent.defaultCountry) {
    return bait(this.rng, this.split, kind, country);
  }

  callingCode(country: CountryCode): string {
    const list = this.pool.get(country)?.fixed;
    if (!list?.[0]) throw new Error(`no numbers for ${country}`);
    return list[0].countryCallingCode;
  }

  name(): string {
    return this.lang === 'ja' ? this.rng.pick(JA_NAMES) : this.rng.pick(EN_NAMES);
  }

  company(): string {
    return this.lang === 'ja' ? this.rng.pick(JA_COMPANIES) : this.rng.pick(EN_COMPANIES);
  }

  /** An address at a neutral domain or at the record's country's one (never another country's). */
  email(country: CountryCode = this.agent.defaultCountry): string {
    const own = COUNTRY_DOMAINS[country];
    const domains = own ? ['example.com', 'example.org', own] : ['example.com', 'example.org', 'example.net'];
    return `${this.rng.pick(['info', 'sales', 'k.tanaka', 'j.smith', 'support', 'm.mueller', 'contact', 'a.dupont'])}@${this.rng.pick(domains)}`;
  }
}

const COUNTRY_DOMAINS: Partial<Record<CountryCode, string>> = { JP: 'example.co.jp', DE: 'example.de', FR: 'example.fr', GB: 'example.co.uk', AU: 'example.com.au' };

const EN_NAMES = ['James Smith', 'Emily Clark', 'Hiroshi Tanaka', 'Sophie Martin', 'Lukas Müller', 'Olivia Brown', 'Chen Wei', 'Priya Sharma', 'Lucas Silva', 'Kim Min-jun', 'Isabella Rossi', 'Daan de Vries', 'Noah Wilson', 'Ava Thompson'];
const JA_NAMES = ['田中 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲', '伊藤 健', '渡辺 直子', '山本 翔', '中村 由美', '小林 誠', '加藤 愛'];
const EN_COMPANIES = ['Acme Corp', 'Globex Ltd', 'Initech GmbH', 'Umbrella KK', 'Northwind Traders', 'Contoso Pty Ltd', 'Fabrikam Inc.', 'Tailspin Toys', 'Wide World Importers', 'Blue Yonder Airlines'];
const JA_COMPANIES = ['株式会社サンプル', '山田商事株式会社', '有限会社テスト工業', '東都物産株式会社', '株式会社みらい技研', '合同会社ひかり', '大和システム株式会社'];

/** How a Country column or field names each country (English, Japanese, ISO codes, the local name). */
export const COUNTRY_NAMES: Partial<Record<CountryCode, readonly string[]>> = {
  JP: ['Japan', '日本', 'JP', 'JPN'], US: ['United States', 'USA', 'US', 'アメリカ', '米国', 'United States of America'],
  GB: ['United Kingdom', 'UK', 'GB', 'イギリス', '英国', 'Great Britain'], DE: ['Germany', 'ドイツ', 'DE', 'Deutschland'],
  FR: ['France', 'フランス', 'FR'], CA: ['Canada', 'カナダ', 'CA'], AU: ['Australia', 'オーストラリア', 'AU'],
  KR: ['South Korea', 'Korea', '韓国', 'KR'], CN: ['China', '中国', 'CN'], TW: ['Taiwan', '台湾', 'TW'],
  HK: ['Hong Kong', '香港', 'HK'], SG: ['Singapore', 'シンガポール', 'SG'], IN: ['India', 'インド', 'IN'],
  ES: ['Spain', 'スペイン', 'ES', 'España'], IT: ['Italy', 'イタリア', 'IT', 'Italia'], NL: ['Netherlands', 'オランダ', 'NL'],
  BR: ['Brazil', 'ブラジル', 'BR', 'Brasil'], MX: ['Mexico', 'メキシコ', 'MX', 'México'], IE: ['Ireland', 'アイルランド', 'IE'],
  NZ: ['New Zealand', 'ニュージーランド', 'NZ'], AT: ['Austria', 'オーストリア', 'AT', 'Österreich'], CH: ['Switzerland', 'スイス', 'CH', 'Schweiz'],
  BE: ['Belgium', 'ベルギー', 'BE', 'Belgique'], MY: ['Malaysia', 'マレーシア', 'MY'],
};

/** A postal address ending with its country's name, and where its digits are (they are bait). */
export function address(ctx: Ctx, country: CountryCode, doc: Doc): void {
  const r = ctx.rng;
  const name = r.pick(COUNTRY_NAMES[country] ?? [country]);
  const n = (a: number, b: number) => String(r.int(a, b));
  const lines: Partial<Record<CountryCode, () => string>> = {
    JP: () => r.pick([`${n(1, 3)}-${n(1, 9)}-${n(1, 20)} Marunouchi, Chiyoda-ku, Tokyo ${n(100, 199)}-${r.digits(4)}`, `東京都港区六本木${n(1, 7)}-${n(1, 20)}-${n(1, 30)} 〒106-${r.digits(4)}`]),
    US: () => `${n(10, 9999)} ${r.pick(['Main St', 'Market Street', 'Broadway', 'Elm Ave'])}, ${r.pick(['San Francisco, CA', 'New York, NY', 'Austin, TX', 'Seattle, WA'])} ${n(10000, 99999)}`,
    GB: () => `${n(1, 200)} ${r.pick(['Baker Street', 'High Street', 'King\'s Road'])}, London ${r.pick(['NW1 6XE', 'SW1A 2AA', 'EC2M 7PY'])}`,
    DE: () => `${r.pick(['Unter den Linden', 'Hauptstraße', 'Königsallee'])} ${n(1, 120)}, ${n(10000, 99999)} ${r.pick(['Berlin', 'München', 'Düsseldorf'])}`,
    FR: () => `${n(1, 120)} ${r.pick(['rue de Rivoli', 'avenue des Champs-Élysées', 'boulevard Haussmann'])}, ${n(75001, 75020)} Paris`,
  };
  const street = (lines[country] ?? (() => `${n(1, 500)} ${r.pick(['Central Road', 'Harbour Street', 'Station Avenue'])}, ${r.pick(['Unit', 'Suite', 'Floor'])} ${n(1, 40)}`))();
  doc.plant('bait:address', street);
  doc.add(`, ${name}`);
}
