/**
 * The template families of seen6: the holdout built 2026-12-04 ~20:00 (seed
 * holdout-2026-12-04-2000), scored once untouched, then opened for tuning (split "seen6"). Text
 * agents paste, see or type that no split before it has: Salesforce Lightning record pages and related lists copied as text, kintone CSV
 * exports and Sansan card exports, 電話メモ, JSON pasted into notes and Amazon Connect contact
 * records, call-centre QA scorecards (en, ja), telecom, utility and bank servicing notes, field
 * service dispatches, 来店予約, school emergency contact lists (緊急連絡網), Outlook reply chains in
 * German and French, legal e-mail footers of many countries, KakaoTalk and WeChat exports (ko,
 * zh), debt-collection notes, roadside-assistance logs, recruiting notes, rendered help-desk
 * macros and scheduling confirmations. Numbers come from the split's own pool
 * (numbers-seen6.ts: 179 regions, every type), written its own ways too (writing-seen6.ts),
 * among its own bait (bait-seen6.ts), in quotes, after field names on the line above, inside
 * JSON and between contact-centre figures.
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts): a national number is labelled
 * with its own E.164 where its record (or its line of a list) names its country, else with every
 * reading the agent's countries allow (the detector must ask); a number of a country the agent does
 * not call is written internationally; a fax line is planted as "fax" (not to be offered), its
 * label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { addressLines, companyReg, countryNames, nationalId, vehicle } from './bait-seen6';
import { Doc, type Agent, type Ctx, type Label } from './engine';
import { ambiguousNumber, withRecord, type Piece, type RowPlan } from './engines';
import type { Family } from './families';
import type { NumberKind } from './numbers';
import { SEEN6_REGIONS } from './numbers-seen6';
import type { Rng } from './prng';
import type { Written } from './writing';

export type Seen6AgentKind = 'hz-any' | 'hz-team' | 'ja-hz' | 'eu-hz' | 'de-hz' | 'fr-hz' | 'ko' | 'zh' | 'us-team';
export const SEEN6_AGENT_KINDS: readonly string[] = ['hz-any', 'hz-team', 'ja-hz', 'eu-hz', 'de-hz', 'fr-hz', 'ko', 'zh', 'us-team'];

/** Teams whose lists mix countries, most with the regions this split adds. */
const TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['GB', ['JE', 'GG', 'IM', 'IE']], ['US', ['BB', 'KY', 'BM', 'VI', 'GU']], ['FR', ['RE', 'GP', 'MQ', 'NC', 'PF']], ['NL', ['AW', 'CW', 'SR', 'BE']], ['PT', ['AO', 'MZ', 'CV', 'BR']],
  ['ZA', ['NA', 'MW', 'MZ', 'ZW']], ['SN', ['ML', 'NE', 'TG', 'BJ']], ['DK', ['FO', 'GL', 'SE']], ['IT', ['SM', 'CH']], ['RS', ['XK', 'ME', 'BA']], ['RU', ['KG', 'TJ', 'KZ']],
  ['IN', ['AF', 'BT', 'NP', 'LK']], ['AU', ['PG', 'NC', 'NZ']], ['US', ['HT', 'BZ', 'GY', 'MX']], ['AE', ['YE', 'PS', 'JO', 'OM']], ['JP', ['KR', 'TW', 'US', 'GB']],
  ['DE', ['AT', 'CH', 'PL', 'CZ']], ['ES', ['MX', 'AR', 'CO']], ['SG', ['MY', 'ID', 'PH', 'VN']], ['KR', ['JP', 'CN', 'US']], ['CN', ['HK', 'TW', 'MO', 'SG']], ['KE', ['TZ', 'UG', 'RW']],
  ['CA', ['US', 'TC', 'AG', 'LC']], ['BE', ['CD', 'CG', 'FR']], ['SE', ['FI', 'NO']], ['BR', ['PT', 'AR', 'PY']],
];
const JA_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US', 'GB', 'KR']], ['JP', ['CN', 'TW', 'HK', 'SG']], ['JP', ['TH', 'VN', 'PH', 'ID']], ['JP', ['DE', 'FR', 'IT', 'ES']], ['JP', ['BR', 'PE', 'MX']], ['JP', ['AU', 'NZ', 'PG']],
];
const US_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [['US', ['CA']], ['US', ['PR', 'VI', 'GU']], ['US', ['MX', 'CA']], ['US', ['BB', 'BM', 'KY', 'TC']]];
const EU: readonly CountryCode[] = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL', 'CZ', 'SE', 'DK', 'FI', 'NO', 'PT', 'IE', 'GB', 'GR', 'HU', 'RO', 'SM', 'XK', 'FO', 'JE', 'GG', 'IM', 'LU', 'MT', 'CY'];

export function pickSeen6Agent(rng: Rng, kind: Seen6AgentKind): Agent {
  const team = (teams: ReadonlyArray<readonly [CountryCode, CountryCode[]]>): Agent => {
    const [defaultCountry, others] = rng.pick(teams);
    return { defaultCountry, otherCountries: [...others] };
  };
  switch (kind) {
    case 'hz-any':
      return { defaultCountry: rng.weighted<CountryCode>(SEEN6_REGIONS.map((c) => [c, c === 'JP' ? 30 : c === 'US' ? 20 : c === 'GB' ? 10 : ['DE', 'FR', 'AU', 'KR', 'IN', 'CN', 'BR', 'RU', 'MX'].includes(c) ? 4 : 1.5] as const)) };
    case 'eu-hz': return { defaultCountry: rng.pick(EU) };
    case 'de-hz': return rng.chance(0.6) ? { defaultCountry: rng.weighted<CountryCode>([['DE', 5], ['AT', 2], ['CH', 2], ['LI', 1]]) } : team([['DE', ['AT', 'CH', 'LI']], ['CH', ['DE', 'FR', 'IT']], ['AT', ['DE', 'HU', 'SI']]]);
    case 'fr-hz': return rng.chance(0.5) ? { defaultCountry: rng.weighted<CountryCode>([['FR', 5], ['BE', 2], ['CH', 1], ['LU', 1], ['RE', 1], ['NC', 1]]) } : team([['FR', ['RE', 'GP', 'MQ']], ['BE', ['FR', 'LU', 'CD']], ['FR', ['SN', 'CI', 'MA', 'TN']]]);
    case 'ko': return rng.chance(0.7) ? { defaultCountry: 'KR' } : team([['KR', ['JP', 'US']], ['KR', ['CN', 'VN']]]);
    case 'zh': return rng.chance(0.6) ? { defaultCountry: rng.weighted<CountryCode>([['CN', 5], ['TW', 3], ['HK', 2], ['SG', 1], ['MO', 1]]) } : team([['CN', ['HK', 'MO']], ['TW', ['CN', 'HK', 'SG']], ['HK', ['CN', 'MO', 'TW']]]);
    case 'us-team': return team(US_TEAMS);
    case 'hz-team': return team(TEAMS);
    case 'ja-hz': return team(JA_TEAMS);
  }
}

interface Num {
  written: Written;
  label: Label;
}

/** The first kind the country has numbers of, in order. */
function kindIn(ctx: Ctx, country: CountryCode, kinds: readonly NumberKind[]): NumberKind {
  const byKind = ctx.pool.get(country);
  return kinds.find((k) => (byKind?.[k]?.length ?? 0) > 0) ?? 'fixed';
}

/** A number of the row's country: national mostly (with its label's readings), or the row's ambiguous ones. */
function numberOf(ctx: Ctx, row: RowPlan, kind: NumberKind, mayAsk = true): Num {
  if (row.ambiguous && mayAsk) return ambiguousNumber(ctx, row);
  const abroad = row.country !== ctx.agent.defaultCountry;
  const form = abroad ? (ctx.rng.chance(0.8) ? 'national' : 'international') : 'any';
  return ctx.phone({ country: row.country, kind: kindIn(ctx, row.country, [kind, 'fixed']), evidence: row.evidence, form });
}

/**
 * Writes a template into a doc (the holdout's families write theirs with it too). Placeholders: {tel} {mob} {free} {cost} {net} {num} (numbers of
 * the row's country: a line, a mobile, toll-free, shared-cost/UAN, VoIP/personal, any type),
 * {nat} (national), {intl} (the row's main line with its country code), {e164} (a number of the
 * row's country as a system stores it, "+81312345678"), {abroad} (any country, "+" or the agent's
 * international prefix), {ext} (a number and its extension), {fax}, {b:kind} (bait with its own
 * label words), {v:kind} (a bait value after the template's own label), {country} (a name of the
 * row's country), {iso} (its ISO code), {addr} (an address over several lines, its digits bait),
 * {reg} (a company registration of the row's country), {natid} (a national ID of it), {plate} (a
 * vehicle of it), {name} {co} {mail}, {~a|b|c} (one of the words), and {lb} {rb} for "{" and "}".
 */
export function put(ctx: Ctx, doc: Doc, template: string, row: RowPlan, ext = 0): void {
  const r = ctx.rng;
  for (const token of template.split(/(\{[^}]+\})/)) {
    const m = /^\{([^}]+)\}$/.exec(token);
    if (!m) {
      doc.add(token);
      continue;
    }
    const name = m[1]!;
    const num = (n: Num, extension?: { text: string; digits: string }) => doc.number(n.written, n.label, extension);
    if (name.startsWith('~')) doc.add(r.pick(name.slice(1).split('|')));
    else if (name.startsWith('b:') || name.startsWith('v:')) {
      const b = ctx.bait(name.slice(2), row.country);
      doc.plant(`bait:${b.kind}`, name.startsWith('v:') ? b.value : b.text);
    } else {
      switch (name) {
        case 'tel': num(numberOf(ctx, row, r.weighted<NumberKind>([['fixed', 8], ['tollfree', 1], ['uan', 1]])), ext && r.chance(ext) ? ctx.extension() : undefined); break;
        case 'mob': num(numberOf(ctx, row, 'mobile')); break;
        case 'free': num(numberOf(ctx, row, 'tollfree', false)); break;
        case 'cost': num(numberOf(ctx, row, kindIn(ctx, row.country, ['sharedcost', 'uan', 'tollfree']), false)); break;
        case 'net': num(numberOf(ctx, row, kindIn(ctx, row.country, ['voip', 'personal', 'mobile']), false)); break;
        case 'num': num(numberOf(ctx, row, r.weighted<NumberKind>([['fixed', 5], ['mobile', 5], ['tollfree', 1], ['sharedcost', 1], ['voip', 1], ['uan', 1], ['personal', 0.5]]))); break;
        case 'nat': num(row.ambiguous ? ambiguousNumber(ctx, row) : ctx.phone({ country: row.country, form: 'national', evidence: row.evidence })); break;
        case 'intl': num(ctx.phone({ country: row.country, kind: 'fixed', form: 'international' })); break;
        case 'e164': num(ctx.phone({ country: row.country, kind: r.weighted<NumberKind>([['fixed', 4], ['mobile', 5], ['tollfree', 1]]), form: 'international', style: 'e164' })); break;
        case 'abroad': num(ctx.foreign()); break;
        case 'ext': num(numberOf(ctx, row, 'fixed', false), ctx.extension()); break;
        case 'fax': {
          const abroad = row.country !== ctx.agent.defaultCountry;
          doc.plant('fax', ctx.phone({ country: row.country, kind: 'fixed', evidence: row.evidence, form: abroad ? 'national' : 'any' }).written.text);
          break;
        }
        // A name as the text's language writes it (no ISO code: {iso} writes that; Japanese names in Japanese text only).
        case 'country': doc.add(r.pick(countryNames(row.country).filter((n) => (n.length > 3 || !/^[A-Z]+$/.test(n)) && (ctx.lang === 'ja' || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(n))))); break;
        case 'iso': doc.add(row.country); break;
        // Literal braces (JSON pasted into a note).
        case 'lb': doc.add('{'); break;
        case 'rb': doc.add('}'); break;
        case 'addr': doc.plant('bait:addr-multi', addressLines(r, row.country)); break;
        case 'reg': doc.plant('bait:company-reg', companyReg(r, row.country)); break;
        case 'natid': doc.plant('bait:nat-id-asia', nationalId(r, row.country)); break;
        case 'plate': doc.plant('bait:vehicle', vehicle(r, row.country)); break;
        case 'name': doc.add(ctx.name()); break;
        case 'co': doc.add(ctx.company()); break;
        case 'mail': doc.add(ctx.email(row.country)); break;
        default: throw new Error(`unknown placeholder {${name}}`);
      }
    }
  }
}

export const own = (ctx: Ctx): RowPlan => ({ country: ctx.agent.defaultCountry, evidence: false });

/** A row of a multi-country list: its country among the agent's, named in the record or not. */
export function teamRow(ctx: Ctx, evidence: boolean): RowPlan {
  const r = ctx.rng;
  const country = r.chance(0.3) ? ctx.agent.defaultCountry : r.pick(ctx.countries);
  if (evidence) return { country, evidence: true };
  if (r.chance(0.6)) return { country, evidence: false, ambiguous: true };
  return { country, evidence: false };
}
export const named = (ctx: Ctx) => teamRow(ctx, true);
export const unnamed = (ctx: Ctx) => teamRow(ctx, false);

function shuffled<T>(r: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface NoteSpec {
  head?: readonly string[];
  lines: readonly string[];
  count: readonly [number, number];
  joiner?: string;
  tail?: readonly string[];
  /** What joins the tail to the rest, where not the joiner (a JSON object's closing brace). */
  tailJoiner?: string;
  ext?: number;
  repeats?: boolean;
  /** The record's country: the agent's own unless said (a named row's head or tail names it). */
  rows?: (ctx: Ctx) => RowPlan;
}

/** One text (a page, a note, a chat) from lines, all of one row. */
export function note(v: NoteSpec) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const doc = new Doc();
    const row = (v.rows ?? own)(ctx);
    const parts: string[] = [];
    if (v.head) parts.push(r.pick(v.head));
    const n = r.int(v.count[0], v.count[1]);
    if (v.repeats) for (let i = 0; i < n; i++) parts.push(r.pick(v.lines));
    else parts.push(...shuffled(r, v.lines).slice(0, n));
    if (v.tail) parts.push(r.pick(v.tail));
    parts.forEach((template, i) => {
      if (i > 0) doc.add(v.tail && v.tailJoiner !== undefined && i === parts.length - 1 ? v.tailJoiner : (v.joiner ?? '\n'));
      put(ctx, doc, template, row, v.ext);
    });
    return [{ doc, wholeCell: false }];
  };
}

/**
 * A record, one text per field: "Label::{slot}" is a label cell and a value cell (the value a whole
 * cell), anything else one text. A field starting "?" is left out now and then.
 */
export function card(fields: readonly string[], rows: (ctx: Ctx) => RowPlan, ext = 0) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const row = rows(ctx);
    const pieces: Piece[] = [];
    for (const spec of fields) {
      const field = spec.startsWith('?') ? spec.slice(1) : spec;
      if (spec.startsWith('?') && r.chance(0.35)) continue;
      const cut = field.indexOf('::');
      if (cut >= 0) {
        pieces.push({ doc: new Doc().add(r.pick(field.slice(0, cut).split('|'))), wholeCell: true });
        const doc = new Doc();
        // A reference alone in a cell keeps its label words (a bare digit block filling a cell reads as a number).
        put(ctx, doc, field.slice(cut + 2).replaceAll('{v:', '{b:'), row, ext);
        pieces.push({ doc, wholeCell: true });
      } else {
        const doc = new Doc();
        put(ctx, doc, field, row, ext);
        pieces.push({ doc, wholeCell: false });
      }
    }
    return withRecord(pieces);
  };
}

/** An export of several rows as one text (CSV with quotes, tab-separated), each row of its own country. */
export function rowsText(header: string, row: string, rowsOf: (ctx: Ctx) => RowPlan, count: readonly [number, number], sep = '\n') {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const doc = new Doc().add(header);
    const n = r.int(count[0], count[1]);
    for (let k = 0; k < n; k++) {
      doc.add(sep);
      put(ctx, doc, row, rowsOf(ctx));
    }
    return [{ doc, wholeCell: false }];
  };
}

/** A grid row: each column a whole cell. */
export function gridRow(cells: ReadonlyArray<readonly string[]>, rows: (ctx: Ctx) => RowPlan, ext = 0) {
  return (ctx: Ctx): Piece[] => {
    const row = rows(ctx);
    return withRecord(ctx.rng.pick(cells).map((template) => {
      const doc = new Doc();
      put(ctx, doc, template.replaceAll('{v:', '{b:'), row, ext);
      return { doc, wholeCell: true };
    }));
  };
}

const KO_NAMES = '{~김민준|이서연|박지훈|최유진|정하은|강도윤}';
const ZH_NAMES = '{~张伟|王芳|李娜|陈杰|林志明|黄美玲}';

export const SEEN6_FAMILIES: Family[] = [
  {
    name: 'sf-lightning-record', split: 'seen6', lang: 'en', agents: 'hz-team', records: 550, make: note({
      rows: named, count: [3, 6], ext: 0.1,
      head: ['Account\n{co}\nFollow\nEdit\nNew Contact', 'Contact\n{name}\nFollow\nEdit\nClone', 'Lead\n{name}\nConvert\nEdit'],
      lines: ['Phone\n{tel}', 'Mobile\n{mob}', 'Other Phone\n{num}', 'Fax\n{fax}', 'Account Number\n{v:customer-id}', 'Case\n{v:case-id}', 'Opportunity\n{v:order-id}', 'Last Modified By\n{name}, {b:period}',
        'Created\n{b:mail-date}', 'Home Phone\n{nat}', 'Assistant Phone\n{ext}', 'Time Zone\n{b:tz}'],
      tail: ['Billing Address\n{addr}\n{country}\nDetails\nRelated', 'Mailing Address\n{addr}\n{country}', 'Country\n{country}\nActivity\nNo next steps.'],
    }),
  },
  {
    name: 'sf-related-list', split: 'seen6', lang: 'en', agents: 'hz-team', records: 450,
    make: rowsText('Contacts (4+)\nContact Name\tTitle\tPhone\tMobile\tEmail', '{name}\t{~CFO|Buyer|IT Manager|Owner}\t{tel}\t{mob}\t{mail}', unnamed, [2, 4]),
  },
  {
    name: 'kintone-csv-ja', split: 'seen6', lang: 'ja', agents: 'ja-hz', records: 450,
    make: rowsText('"レコード番号","会社名","国","電話番号","携帯番号","更新日時"', '"{v:order-id}","{co}","{country}","{nat}","{mob}","{b:era-date}"', named, [2, 4]),
  },
  {
    name: 'sansan-export-ja', split: 'seen6', lang: 'ja', agents: 'ja-hz', records: 410, make: card([
      '会社名::{co}', '部署名::{~営業本部|海外事業部|購買部}', '氏名::{name}', '国::{country}', '?郵便番号・住所::{addr}', 'TEL::{tel}', '?直通::{ext}', '携帯電話::{mob}', '?FAX専用 {fax}', 'E-mail::{mail}', '名刺交換日::{b:era-date}',
      '?名刺ID::{v:customer-id}',
    ], named, 0.1),
  },
  {
    name: 'denwa-memo-ja', split: 'seen6', lang: 'ja', agents: 'ja', records: 490, make: note({
      count: [3, 5], ext: 0.12,
      head: ['【電話メモ】{b:era-date} 受付：{name}', '☎ 電話がありました（{b:era-date}）', '■伝言メモ'],
      lines: ['{co}の{name}様より', '□折り返し電話ください → {tel}', '携帯 {mob} までお願いしますとのこと', '代表 {ext}', '用件：見積 {v:order-id} の件', '「{mob}」へ夕方以降', 'FAX受付 {fax} に送付済み',
        '再入電予定 {b:era-date}', 'フリーダイヤル（{free}）ではつながらなかった', 'お客様番号 {v:customer-id}', '本人確認済（{natid}は控えない）'],
    }),
  },
  {
    name: 'json-crm-snippet', split: 'seen6', lang: 'en', agents: 'hz-team', records: 510, make: note({
      rows: named, count: [3, 6], joiner: ',\n  ', tailJoiner: '\n',
      head: ['Payload from the webhook:\n{lb}\n  "name": "{name}",\n  "country": "{iso}"', 'Raw record:\n{lb}\n  "company": "{co}",\n  "country": "{country}"', 'Contact JSON (from the old CRM):\n{lb}\n  "contact": "{name}",\n  "countryCode": "{iso}"'],
      lines: ['"phone": "{tel}"', '"mobile": "{mob}"', '"fax": "{fax}"', '"alt_phone": "{num}"', '{b:json-num}', '"customer_id": "{v:customer-id}"', '{b:json-num}', '"updated": "{b:period}"', '"hotline": "{free}"'],
      tail: ['{rb}', '{rb}\nlooks wrong, can someone check?'],
    }),
  },
  {
    name: 'connect-ctr-json', split: 'seen6', lang: 'en', agents: 'hz-any', records: 450, make: note({
      count: [3, 5], joiner: ',\n',
      head: ['"CustomerEndpoint": {lb} "Address": "{e164}", "Type": "TELEPHONE_NUMBER" {rb}', '"Channel": "VOICE",\n{b:ctr-field}'],
      lines: ['"SystemEndpoint": {lb} "Address": "{e164}", "Type": "TELEPHONE_NUMBER" {rb}', '{b:ctr-field}', '"Attributes": {lb} "callbackNumber": "{tel}", "accountNumber": "{v:customer-id}" {rb}',
        '"Queue": {lb} "Name": "{~Billing|Sales|Support}", "Duration": {~84|312|17} {rb}', '"TransferredToEndpoint": {lb} "Address": "{e164}" {rb}', '{b:ctr-field}', '"Agent": {lb} "Username": "agent{~12|207|88}", "AfterContactWorkDuration": {~45|120|9} {rb}',
        '"Attributes": {lb} "altPhone": "{mob}" {rb}'],
    }),
  },
  {
    name: 'qa-scorecard-en', split: 'seen6', lang: 'en', agents: 'hz-any', records: 450, make: note({
      count: [4, 7],
      head: ['QA Evaluation — {b:period}\nEvaluator: {name}', 'Call quality review ({b:cc-metric})'],
      lines: ['ANI: {tel}', 'DNIS: {free}', 'Agent: {name}, {b:cc-metric}', 'Greeting: {b:agent-stat}', 'Verification: {b:agent-stat}; confirmed callback number {mob}', 'Hold etiquette: {b:agent-stat} ({b:cc-metric})',
        'Overall: {b:agent-stat}', 'Customer asked for a call back on {num}; agent read it back correctly.', 'Transfer to {cost} was not needed.', 'Softphone used: {net}', 'Contact {v:contact-id}', 'Coaching booked {b:period}'],
    }),
  },
  {
    name: 'qa-hyoka-ja', split: 'seen6', lang: 'ja', agents: 'ja', records: 410, make: note({
      count: [4, 7],
      head: ['【応対品質評価シート】評価者：{name}', '■モニタリング結果（{b:period}）'],
      lines: ['発信者番号：{tel}', '着信番号：{free}', 'オペレーター：{name}（{b:qa-ja-metric}）', '第一声：{b:qa-ja}', '本人確認：{b:qa-ja}、折返し先 {mob} を復唱', '保留：{b:qa-ja}（{b:qa-ja-metric}）', '総合評価：{b:qa-ja}',
        'お客様は{num}への折り返しを希望', 'ナビダイヤル（{cost}）への誘導は不要', '次回フィードバック面談 {b:era-date}'],
    }),
  },
  {
    name: 'telecom-care-notes', split: 'seen6', lang: 'en', agents: 'hz-team', records: 490, make: note({
      rows: (ctx) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx)), count: [3, 6],
      head: ['Subscriber in {country}: MSISDN {nat}', 'Line owner {name}, {country}. MSISDN {intl}', 'Customer {name} ({country}) called in ({b:period}).'],
      lines: ['SIM swap requested: {v:sim-id}', 'Old SIM {b:sim-id}', 'Port-in of {mob} from {~Vodafone|EE|Orange|Telstra}; {b:sim-id}', 'Alt contact {num}', 'IMEI checked, handset OK.', 'PUK given after verification ({b:sim-id}).',
        'Roaming bar lifted; customer abroad on {abroad}', 'VoIP add-on number {net}', '{b:service-code} for balance', 'Callback on {mob} at {b:tz}', 'Business line {ext}'],
    }),
  },
  {
    name: 'utility-account-notes', split: 'seen6', lang: 'en', agents: 'eu-hz', records: 450, make: note({
      count: [3, 6],
      head: ['Account {v:customer-id} — supply address on file', 'Home move: {name}', 'Meter exchange booked'],
      lines: ['{b:meter-id}', 'Customer read {b:meter-id}', 'Contact number {tel}', 'Mobile for SMS reminders {mob}', 'Emergency line {free} given', 'Landlord {name} on {num}', 'Next bill {b:mail-date}', 'Engineer slot {b:period}',
        '{b:access-code} (key safe by the meter)', 'Metering team fax: {fax}'],
    }),
  },
  {
    name: 'bank-servicing-notes', split: 'seen6', lang: 'en', agents: 'hz-team', records: 450, make: note({
      rows: (ctx) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx)), count: [3, 6], ext: 0.1,
      head: ['Customer {name} ({country}) — ID&V passed', 'Card dispute — {name}, {country}', 'Secure message follow-up, {b:period}\nCountry of residence: {country}'],
      lines: ['Card blocked; new card to {addr}', 'Callback number verified: {mob}', 'Home {nat}', 'Branch {ext}', 'Last login {b:mail-date}', 'Ref. {v:case-id}', 'Fraud team {free}', 'Customer travelling, reachable on {abroad}',
        'Signed mandate by fax: {fax}', 'Limit change {b:period}', 'Time zone {b:tz}'],
    }),
  },
  {
    name: 'field-service-dispatch', split: 'seen6', lang: 'en', agents: 'hz-team', records: 450, make: note({
      rows: named, count: [4, 7],
      head: ['WORK ORDER {v:order-id}\nSite: {co}\n{addr}\n{country}', 'Dispatch — {name}\n{addr}\n{country}'],
      lines: ['Visit {b:mail-date}, window {~08:00–12:00|13:00–17:00|7–9am}', 'Site contact: {name} {mob}', 'Reception {tel}', '{b:access-code}', 'Technician mobile {mob}', 'Asset {v:serial}', 'Parts desk {cost}', 'Dispatcher VoIP {net}',
        'Escalation: {free}', 'If no answer try {nat}', 'Customer prefers calls on {num}', '{b:roadside}'],
    }),
  },
  {
    name: 'raiten-yoyaku-ja', split: 'seen6', lang: 'ja', agents: 'ja', records: 410, make: note({
      count: [4, 6],
      head: ['【来店予約】{co} {~新宿店|梅田店|天神店}', '車検・点検予約 受付完了', 'ご予約内容の確認'],
      lines: ['予約日時：{b:era-date} {~10:00|13:30|16:00}', '予約番号 {v:order-id}', 'お名前：{name} 様', 'ご連絡先：{mob}', '店舗TEL：{tel}', '車両：{plate}', 'お問い合わせ {free}（携帯・IP電話からは{cost}）', '変更は{b:period}まで',
        'FAX専用 {fax}', '{plate}'],
    }),
  },
  {
    name: 'kinkyu-renrakumo-ja', split: 'seen6', lang: 'ja', agents: 'ja', records: 450,
    make: gridRow([['{name}', '{~1年1組|3年2組|5年3組}', '父 携帯', '{mob}'], ['{name}', '母 勤務先', '{ext}', '{b:era-date}'], ['{~祖母|祖父} 自宅', '{tel}', '{b:era-date}'], ['{name}', '{v:customer-id}', '{mob}', '{b:era-date}']], own),
  },
  {
    name: 'outlook-thread-de', split: 'seen6', lang: 'de', agents: 'de-hz', records: 430, make: note({
      count: [3, 6], ext: 0.15,
      head: ['Hallo Herr {~Keller|Wagner|Huber},\nbitte rufen Sie mich unter {tel} zurück.', 'Guten Tag,\nanbei die Unterlagen zu {v:invoice}.'],
      lines: ['-----Ursprüngliche Nachricht-----\nVon: {name} <{mail}>\nGesendet: {b:mail-date}\nAn: {mail}\nBetreff: AW: {v:case-id}', 'Mobil erreichen Sie mich unter {mob}.', 'Zentrale: {tel}', 'Fernkopie: {fax}', 'Durchwahl: {ext}',
        '{reg}', '> Können Sie mich morgen unter {num} anrufen?', 'Unsere Hotline {free} ist {b:period} nicht besetzt.', 'Mit freundlichen Grüßen\n{name}\n{co}\nTel. {tel}'],
    }),
  },
  {
    name: 'outlook-thread-fr', split: 'seen6', lang: 'fr', agents: 'fr-hz', records: 430, make: note({
      count: [3, 6], ext: 0.15,
      head: ['Bonjour,\nmerci de me rappeler au {tel}.', 'Madame, Monsieur,\nci-joint la facture {v:invoice}.'],
      lines: ['-----Message d\'origine-----\nDe : {name} <{mail}>\nEnvoyé : {b:mail-date}\nÀ : {mail}\nObjet : RE: {v:case-id}', 'Portable : {mob}', 'Standard : {tel}', 'Télécopieur : {fax}', 'Ligne directe : {ext}', '{reg}',
        '> Pouvez-vous me joindre au {num} demain ?', 'Service client {free} (appel gratuit)', 'Cordialement,\n{name}\n{co}\nTél. : {tel}'],
    }),
  },
  {
    name: 'legal-footer-world', split: 'seen6', lang: 'en', agents: 'hz-team', records: 470, make: note({
      rows: named, count: [2, 4],
      head: ['{co}\nRegistered office: {addr}, {country}', '{co} · {addr} · {country}'],
      lines: ['{reg}', '{reg}', 'Tel {tel} · {~Факс|Facsímil|Fax} {fax}', 'Phone: {intl}', 'Customer service: {free}', '{~Managing Director|Geschäftsführer|Gérant}: {name}', '{reg}'],
      tail: ['This message and any attachments are confidential.', 'Please consider the environment before printing this e-mail.', ''],
    }),
  },
  {
    name: 'kakaotalk-export-ko', split: 'seen6', lang: 'en', agents: 'ko', records: 450, make: note({
      count: [3, 7], repeats: true,
      head: ['{co} 님과 카카오톡 대화\n저장한 날짜 : {b:mail-date}', '{b:mail-date}'],
      lines: [`${KO_NAMES} : 번호 바뀌었어요 {mob}`, `${KO_NAMES} : 사무실은 {tel} 으로 연락주세요`, `${KO_NAMES} : 네 알겠습니다`, `${KO_NAMES} : 주문번호 {v:order-id}`, `${KO_NAMES} : {natid} 는 보내지 마세요`,
        `${KO_NAMES} : 고객센터 {free} 는 통화중이에요`, `${KO_NAMES} : 사진`, `${KO_NAMES} : {reg}`, `${KO_NAMES} : 해외 지사 {abroad}`],
    }),
  },
  {
    name: 'wechat-export-zh', split: 'seen6', lang: 'en', agents: 'zh', records: 450, make: note({
      count: [3, 7], repeats: true,
      head: ['与{co}的聊天记录', '{b:mail-date}'],
      lines: [`${ZH_NAMES} {~10:02|14:31|21:15}\n我的手机是{mob}`, `${ZH_NAMES} {~09:12|16:40}\n公司电话 {tel}`, `${ZH_NAMES} {~11:11|18:08}\n好的 👍`, `${ZH_NAMES} {~12:00|19:45}\n订单 {v:order-id}`, `${ZH_NAMES} {~08:30|22:10}\n{natid} 别发`,
        `${ZH_NAMES} {~13:03|17:17}\n客服热线 {free}`, `${ZH_NAMES} {~10:10|20:20}\n[图片]`, `${ZH_NAMES} {~15:55|23:01}\n海外分公司 {abroad}`, `${ZH_NAMES} {~07:45|12:12}\n{reg}`],
    }),
  },
  {
    name: 'collections-notes', split: 'seen6', lang: 'en', agents: 'us-team', records: 430, make: note({
      rows: (ctx) => (ctx.rng.chance(0.4) ? named(ctx) : own(ctx)), count: [3, 6],
      head: ['RPC confirmed — {name} ({country})', 'Outbound attempt #{~2|3|4} ({b:period}), debtor in {country}', 'Skip trace result for {name}, {country}'],
      lines: ['{b:debt-ref}', '{b:debt-ref}', 'New number from skip trace: {mob}', 'Employer {ext}', 'Do not call {num} (cease request)', 'Left message on {tel}', 'Payment line {free}', 'Spouse {name} at {nat}', 'Verified identity; {b:debt-ref}'],
    }),
  },
  {
    name: 'roadside-assist-log', split: 'seen6', lang: 'en', agents: 'hz-team', records: 430, make: note({
      rows: (ctx) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx)), count: [4, 7],
      head: ['Roadside case {v:case-id} — {name}, {country}', 'Breakdown in {country}, member {name}'],
      lines: ['Location: {b:roadside}', '{b:roadside}', 'Callback {mob}', 'Tow provider {tel}', 'Garage {ext}', 'Member line {free}', 'Vehicle {plate}', 'Second contact {nat}', 'Travelling, hotel on {abroad}', 'Claims fax {fax}'],
    }),
  },
  {
    name: 'ats-candidate-notes', split: 'seen6', lang: 'en', agents: 'hz-any', records: 410, make: note({
      count: [3, 6],
      head: ['Candidate: {name} — {b:hr-ref}', 'Phone screen ({b:period})'],
      lines: ['{b:hr-ref}', '{b:hr-ref}', 'Best number {mob}', 'Current employer switchboard {tel} (do not call)', 'Referee {name}: {num}', 'Available {b:period}', 'Relocating from abroad, reachable on {abroad}', 'Time zone {b:tz}'],
    }),
  },
  {
    name: 'helpdesk-macro-rendered', split: 'seen6', lang: 'en', agents: 'hz-any', records: 430, make: note({
      count: [3, 5], joiner: '\n\n',
      head: ['Hi {name},', 'Dear {name},'],
      lines: ['Thanks for contacting {co} Support. We tried to reach you at {num} but could not get through.', 'Your case number is {v:case-id}; please quote it if you call us on {free}.', 'If you prefer, reply with the best number and a time (for example {b:period}).',
        'Our specialist team can be reached directly on {ext}.', 'Outside {b:tz} office hours, call {cost}.', 'You can also reach us on our softphone line {net}.', 'Do not share {b:access-code} or {b:sim-id} with anyone.'],
      tail: ['Kind regards,\n{name}\n{co} Support', 'Best,\nThe {co} team'],
    }),
  },
  {
    name: 'scheduler-booking-en', split: 'seen6', lang: 'en', agents: 'hz-any', records: 410, make: note({
      count: [4, 6],
      head: ['New Event: {name} - {~30 Minute Meeting|Discovery call|Product demo}', 'Appointment confirmed'],
      lines: ['Event Date/Time: {b:period} {~9:00am|2:30pm|11:15am}', 'Invitee Time Zone: {b:tz}', 'Invitee phone: {mob}', 'Location: We will call you at {num}', 'Host number (if we miss you): {tel}', 'Questions: {free}',
        'Booking ID {v:order-id}', 'Reschedule by {b:mail-date}'],
    }),
  },
];
