/**
 * The template families of seen4: the holdout built 2026-12-04 ~17:00 (seed holdout-2026-12-04-1700),
 * scored once untouched, then opened for tuning (split "seen4"). CRM text of kinds no other split has: Salesforce activity exports, HubSpot timeline
 * e-mails with signatures, Zendesk threads with quoted replies, Dynamics form dumps, invoices pasted
 * from PDFs, 営業日報, 見積書, 名刺 OCR text with OCR noise (ja and world), live-chat transcripts,
 * calendar invites with dial-in numbers and PINs, Slack-like channels, voicemail transcripts,
 * web-form submissions, 問い合わせフォーム, CSV/TSV exports and grids with varied column orders,
 * address blocks and KYC forms of many countries, 取引先一覧. Numbers come from the split's own
 * pool (numbers-wide.ts: 81 regions, every number type), written its own ways too
 * (writing-seen4.ts), among its own bait (bait-seen4.ts).
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts): a national number is labelled
 * with its own E.164 where its record names its country (a Country field, an address or postcode
 * in another text of the record), else with every reading the agent's countries allow (the
 * detector must ask); a number of a country the agent does not call is written internationally;
 * a fax line is planted as "fax" (not to be offered), its label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { WIDE_COUNTRY_NAMES, postalWorld, streetWorld } from './bait-seen4';
import { Ctx, Doc, type Agent, type Label } from './engine';
import { ambiguousNumber, withRecord, type Piece, type RowPlan } from './engines';
import type { Family } from './families';
import type { NumberKind } from './numbers';
import { WIDE_REGIONS } from './numbers-wide';
import type { Rng } from './prng';
import type { Written } from './writing';

export type Seen4AgentKind = 'wide-any' | 'wide-multi' | 'eu-any' | 'ja-wide';

/** Teams of seen4 whose lists mix countries: Latin America, the Gulf, Central Europe, Africa, Asia. */
const WIDE_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['AR', ['CL', 'UY', 'ES']], ['MX', ['US', 'CO', 'ES']], ['AE', ['SA', 'QA', 'KW', 'IN', 'GB']], ['PL', ['CZ', 'SK', 'DE', 'HU']], ['IL', ['US', 'GB']],
  ['TR', ['DE', 'NL']], ['ZA', ['KE', 'NG', 'GB']], ['IN', ['AE', 'SG', 'GB', 'US']], ['JP', ['CN', 'KR', 'US', 'DE']], ['US', ['PR', 'DO', 'MX', 'CA']],
  ['PT', ['BR', 'ES', 'FR']], ['FI', ['SE', 'EE', 'NO']], ['RO', ['HU', 'BG', 'GR']], ['CH', ['DE', 'AT', 'IT', 'FR']], ['KR', ['JP', 'CN', 'US']],
  ['AU', ['NZ', 'GB', 'IN']], ['EG', ['SA', 'AE', 'JO']], ['CO', ['PE', 'EC', 'PA']], ['HK', ['MO', 'CN', 'TW', 'SG']], ['GB', ['IE', 'PL', 'IN', 'PK']],
  ['DE', ['AT', 'CH', 'HR', 'RS']], ['SG', ['MY', 'ID', 'VN', 'PH', 'KH']], ['BR', ['AR', 'PT', 'US']], ['NL', ['BE', 'LU', 'DE']], ['SE', ['DK', 'NO', 'IS', 'FI']],
];
const JA_WIDE: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US', 'CN']], ['JP', ['KR', 'TW']], ['JP', ['TH', 'VN', 'MY']], ['JP', ['GB', 'DE', 'FR']], ['JP', ['IN', 'SG', 'PH']], ['JP', ['BR', 'MX', 'US']],
];
const EU: readonly CountryCode[] = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL', 'CZ', 'SE', 'DK', 'FI', 'NO', 'PT', 'IE', 'GB', 'GR', 'HU', 'RO', 'HR', 'SI', 'SK', 'LU', 'EE', 'LT', 'LV'];

export function pickSeen4Agent(rng: Rng, kind: Seen4AgentKind): Agent {
  switch (kind) {
    case 'wide-any':
      return { defaultCountry: rng.weighted<CountryCode>(WIDE_REGIONS.map((c) => [c, c === 'JP' ? 24 : c === 'US' ? 20 : c === 'GB' ? 12 : c === 'DE' || c === 'FR' ? 6 : 3] as const)) };
    case 'eu-any': return { defaultCountry: rng.pick(EU) };
    case 'wide-multi': {
      const [defaultCountry, others] = rng.pick(WIDE_TEAMS);
      return { defaultCountry, otherCountries: [...others] };
    }
    case 'ja-wide': {
      const [defaultCountry, others] = rng.pick(JA_WIDE);
      return { defaultCountry, otherCountries: [...others] };
    }
  }
}

/** A row of a multi-country record list: its country among the agent's, named in the record or not. */
function mixedRow(ctx: Ctx, evidence: boolean): RowPlan {
  const r = ctx.rng;
  const country = r.chance(0.35) ? ctx.agent.defaultCountry : r.pick(ctx.countries);
  if (evidence) return { country, evidence: true };
  if (r.chance(0.5)) return { country, evidence: false, ambiguous: true };
  return { country, evidence: false };
}
const own = (ctx: Ctx): RowPlan => ({ country: ctx.agent.defaultCountry, evidence: false });

/** The first kind the country has numbers of, in order (Japan has no shared-cost range, for one). */
function kindOf(ctx: Ctx, country: CountryCode, kinds: readonly NumberKind[]): NumberKind {
  const byKind = ctx.pool.get(country);
  return kinds.find((k) => (byKind?.[k]?.length ?? 0) > 0) ?? 'fixed';
}

interface Number {
  written: Written;
  label: Label;
}

/** A number of the row's country written as a CRM user of the agent's would (national mostly). */
function rowNumber(ctx: Ctx, row: RowPlan, kind: NumberKind, allowAmbiguous = true): Number {
  if (row.ambiguous && allowAmbiguous) return ambiguousNumber(ctx, row);
  const foreignRow = row.country !== ctx.agent.defaultCountry;
  const form = foreignRow ? (ctx.rng.chance(0.85) ? 'national' : 'international') : 'any';
  return ctx.phone({ country: row.country, kind: kindOf(ctx, row.country, [kind, 'fixed']), evidence: row.evidence, form });
}

/** Literal text of an OCR'd card: a few characters misread (never as digits, "+" or a bracket). */
const OCR_MISREADS: Record<string, readonly string[]> = {
  l: ['|', 'I'], I: ['|', 'l'], O: ['Q', 'D'], o: ['a', 'c'], e: ['c'], m: ['rn'], ー: ['一', '－'], 口: ['ロ'], カ: ['力'], 二: ['ニ'], '.': [',', '·'], ':': [';', '.'], '：': ['；', ':'],
};
function ocrNoise(r: Rng, s: string): string {
  let out = '';
  for (const ch of s) {
    const misread = OCR_MISREADS[ch];
    if (misread && r.chance(0.08)) out += r.pick(misread);
    else out += ch;
    if (/[A-Za-z\u3040-\u9fff]/.test(ch) && r.chance(0.02)) out += r.pick([' ', '\u0027', '`', '・']);
  }
  return out;
}

interface ComposeOptions {
  ext?: number;
  noise?: (r: Rng, s: string) => string;
}

/**
 * Writes a template into a doc. Placeholders: {phone} {mobile} {tollfree} {shared} {voip} {any}
 * (numbers of the row's country), {national}, {intl} (the row's main line with its country code),
 * {foreign} (any country, "+" or the agent's international prefix), {ext} (a number and its
 * extension), {again} (the last number once more, as written), {onetap} (a dial-in number with its
 * meeting digits after ",,"), {tel} (a tel: link's number), {fax}, {bait} {bait:kind} {id:kind},
 * {postal} {street} {country} {name} {company} {email}, and {~a|b|c} (one of the words).
 */
function compose(ctx: Ctx, doc: Doc, template: string, row: RowPlan, opts: ComposeOptions = {}, state: { last?: Number } = {}): void {
  const r = ctx.rng;
  for (const token of template.split(/(\{[^}]+\})/)) {
    const m = /^\{([^}]+)\}$/.exec(token);
    if (!m) {
      if (token) doc.add(opts.noise ? opts.noise(r, token) : token);
      continue;
    }
    const name = m[1]!;
    const put = (n: Number, extension?: { text: string; digits: string }) => {
      doc.number(n.written, n.label, extension);
      state.last = n;
    };
    if (name.startsWith('~')) doc.add(opts.noise ? opts.noise(r, r.pick(name.slice(1).split('|'))) : r.pick(name.slice(1).split('|')));
    else if (name.startsWith('bait') || name.startsWith('id:')) {
      const kind = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
      const b = ctx.bait(kind, row.country);
      doc.plant(`bait:${b.kind}`, name.startsWith('id:') ? b.value : b.text);
    } else {
      switch (name) {
        case 'phone': put(rowNumber(ctx, row, r.weighted<NumberKind>([['fixed', 8], ['tollfree', 1], ['uan', 1]])), opts.ext && r.chance(opts.ext) ? ctx.extension() : undefined); break;
        case 'mobile': put(rowNumber(ctx, row, 'mobile')); break;
        case 'tollfree': put(rowNumber(ctx, row, 'tollfree', false)); break;
        case 'shared': put(rowNumber(ctx, row, kindOf(ctx, row.country, ['sharedcost', 'uan', 'tollfree']), false)); break;
        case 'voip': put(rowNumber(ctx, row, kindOf(ctx, row.country, ['voip', 'personal', 'mobile']), false)); break;
        case 'any': put(rowNumber(ctx, row, r.weighted<NumberKind>([['fixed', 5], ['mobile', 4], ['tollfree', 1], ['sharedcost', 1], ['voip', 1], ['uan', 1], ['personal', 0.3]]))); break;
        case 'national': put(row.ambiguous ? ambiguousNumber(ctx, row) : ctx.phone({ country: row.country, form: 'national', evidence: row.evidence })); break;
        case 'intl': put(ctx.phone({ country: row.country, kind: 'fixed', form: 'international' })); break;
        case 'foreign': put(ctx.foreign()); break;
        case 'ext': put(rowNumber(ctx, row, 'fixed', false), ctx.extension()); break;
        case 'again': if (state.last) doc.number(state.last.written, state.last.label); break;
        case 'onetap': {
          const n = ctx.pick(r.pick(WIDE_REGIONS), r.chance(0.3) ? 'tollfree' : 'fixed');
          put({ written: { text: n.e164, form: 'international', style: 'international:oneTap' }, label: { e164: n.e164 } });
          doc.plant('bait:dial-pin', `,,${r.digits(r.pick([9, 10, 11]))}#${r.chance(0.5) ? `,,,,*${r.digits(6)}#` : ''}`);
          break;
        }
        case 'tel': {
          const n = ctx.pick(row.country, r.chance(0.5) ? 'mobile' : 'fixed');
          doc.add('tel:');
          put({ written: { text: r.chance(0.5) ? n.e164 : n.international.replace(/ /g, '-'), form: 'international', style: 'international:telUri' }, label: { e164: n.e164 } });
          break;
        }
        case 'fax': {
          const foreignRow = row.country !== ctx.agent.defaultCountry;
          doc.plant('fax', ctx.phone({ country: row.country, kind: 'fixed', evidence: row.evidence, form: foreignRow ? 'national' : 'any' }).written.text);
          break;
        }
        case 'postal': doc.plant('bait:postal-world', postalWorld(r, row.country)); break;
        case 'street': doc.plant('bait:street-world', streetWorld(r, row.country)); break;
        case 'country': doc.add(r.pick(WIDE_COUNTRY_NAMES[row.country] ?? [row.country])); break;
        case 'name': doc.add(ctx.name()); break;
        case 'company': doc.add(ctx.company()); break;
        case 'email': doc.add(ctx.email(row.country)); break;
        default: throw new Error(`unknown placeholder {${name}}`);
      }
    }
  }
}

/** One text from sentence templates (a note, a thread, a card), in the agent's own country. */
function text(v: {
  opening?: readonly string[]; sentences: readonly string[]; count: readonly [number, number]; joiner: string; closing?: readonly string[];
  ext?: number; noise?: boolean; repeats?: boolean;
}) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const doc = new Doc();
    const row = own(ctx);
    const parts: string[] = [];
    if (v.opening) parts.push(r.pick(v.opening));
    // Each line once (a card has one fax line), unless the text repeats itself (a chat, a log).
    const n = r.int(v.count[0], v.count[1]);
    if (v.repeats) for (let i = 0; i < n; i++) parts.push(r.pick(v.sentences));
    else parts.push(...shuffle(r, [...v.sentences]).slice(0, n));
    if (v.closing) parts.push(r.pick(v.closing));
    const state = {};
    const opts: ComposeOptions = { ext: v.ext, noise: v.noise ? ocrNoise : undefined };
    parts.forEach((template, i) => {
      if (i > 0) doc.add(v.joiner);
      compose(ctx, doc, template, row, opts, state);
    });
    return [{ doc, wholeCell: false }];
  };
}

/**
 * A record: one text per field. "Label::{slot}" is a label and a value cell (a form's two cells,
 * the value a whole cell); anything else is one text ("Tel. {phone}"). Fields marked "?" at the
 * start are left out now and then (an empty field).
 */
function record(fields: readonly string[], rows: (ctx: Ctx) => RowPlan, opts: { ext?: number; shuffle?: boolean } = {}) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const row = rows(ctx);
    const pieces: Piece[] = [];
    let order = [...fields];
    if (opts.shuffle) order = shuffle(r, order);
    for (const spec of order) {
      const optional = spec.startsWith('?');
      const field = optional ? spec.slice(1) : spec;
      if (optional && r.chance(0.3)) continue;
      const cut = field.indexOf('::');
      if (cut >= 0) {
        pieces.push({ doc: new Doc().add(r.pick(field.slice(0, cut).split('|'))), wholeCell: true });
        const doc = new Doc();
        compose(ctx, doc, withOwnLabel(field.slice(cut + 2)), row, opts);
        pieces.push({ doc, wholeCell: true });
      } else {
        const doc = new Doc();
        compose(ctx, doc, field, row, opts);
        pieces.push({ doc, wholeCell: false });
      }
    }
    return withRecord(pieces);
  };
}

/** A grid row: each column a whole cell, the columns in one of the layouts' orders. */
function grid(layouts: ReadonlyArray<readonly string[]>, rows: (ctx: Ctx) => RowPlan, opts: { ext?: number } = {}) {
  return (ctx: Ctx): Piece[] => {
    const row = rows(ctx);
    const pieces = ctx.rng.pick(layouts).map((cell) => {
      const doc = new Doc();
      compose(ctx, doc, withOwnLabel(cell), row, opts);
      return { doc, wholeCell: true };
    });
    return withRecord(pieces);
  };
}

/**
 * A reference alone in a whole cell keeps its own label words ("PO 4512345678", not "4512345678"),
 * as the other splits' cells do: a bare digit block that fills a cell reads as a number, and the
 * column's header is not part of the text.
 */
const withOwnLabel = (template: string): string => template.replaceAll('{id:', '{bait:');

function shuffle<T>(r: Rng, items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A CSV or TSV export pasted as text: a header and a few rows, its columns in an order of its own,
 * its delimiter and quoting as the exporting tool writes them.
 */
function csvExport(columns: ReadonlyArray<readonly [header: string, cell: string]>, rowsPer: readonly [number, number]) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const row = own(ctx);
    const doc = new Doc();
    const cols = shuffle(r, [...columns]).slice(0, r.int(Math.min(4, columns.length), columns.length));
    const delimiter = r.pick([',', ';', '\t']);
    const quote = delimiter === '\t' ? '' : r.pick(['"', '"', '']);
    // Unquoted commas would split a cell: such an export quotes every cell.
    const q = delimiter === ',' ? '"' : quote;
    doc.add(cols.map(([h]) => `${q}${h}${q}`).join(delimiter));
    const n = r.int(rowsPer[0], rowsPer[1]);
    for (let i = 0; i < n; i++) {
      doc.add('\n');
      cols.forEach(([, cell], c) => {
        if (c > 0) doc.add(delimiter);
        doc.add(q);
        compose(ctx, doc, cell, row);
        doc.add(q);
      });
    }
    return [{ doc, wholeCell: false }];
  };
}

const multi = (ctx: Ctx) => mixedRow(ctx, true);
const multiBare = (ctx: Ctx) => mixedRow(ctx, false);

export const SEEN4_FAMILIES: Family[] = [
  {
    name: 'sfdc-activity-csv', split: 'seen4', lang: 'en', agents: 'wide-any', records: 260,
    make: csvExport([
      ['Subject', '{~Call|Outbound call|Left VM|Callback request|Logged call}'], ['Name', '{name}'], ['Phone', '{phone}'], ['Mobile', '{mobile}'],
      ['Activity Date', '{bait:log-time}'], ['Call Duration (sec)', '{~35|128|4|611|90}'], ['Comments', '{~Reached on|Asked to call|New direct line} {any}'],
      ['Related To', '{bait:order-id}'], ['Amount', '{bait:money}'], ['Assigned', '{~Sato|K. Meyer|J. Ortiz|A. Novak}'],
    ], [1, 3]),
  },
  {
    name: 'hubspot-timeline-email', split: 'seen4', lang: 'en', agents: 'wide-any', records: 280, make: text({
      joiner: '\n', count: [1, 3], ext: 0.1,
      opening: ['Email · {bait:log-time}\nFrom: {name} <{email}>\nSubject: Re: {bait:order-id}\n', 'Logged email — {bait:log-time}\nTo: {email}\n', 'Email opened 3 times · tracked\n'],
      sentences: ['Please call me on {phone} to go over {bait:invoice}.', 'I am travelling until {bait:date}, my mobile is {mobile}.', 'Our US partner can be reached at {foreign}.', 'Shipment went out with {bait:parcel}.',
        'The total came to {bait:money} after the discount.', 'For billing questions our line is {shared}.', 'Install {bait:build} before the call.', 'You can also try {voip} (softphone).'],
      closing: [
        '\n--\n{name}\n{~Account Executive|Head of Procurement|Office Manager} | {company}\n{street}, {postal}, {country}\nT {phone} | M {mobile}\n{~F|Fax|eFax} {fax}',
        '\nBest,\n{name}\nDirect: {ext}\nMobile: {mobile}\n{company} · {street} · {postal}',
        '\n{name} | {company}\nOffice {phone} · Fax machine {fax} · {email}',
      ],
    }),
  },
  {
    name: 'zendesk-quoted-thread', split: 'seen4', lang: 'en', agents: 'wide-any', records: 260, make: text({
      joiner: '\n', count: [2, 4],
      opening: ['{name} replied to {bait:case-id}:', 'Public reply · {bait:log-time}', 'Internal note by {name}:'],
      sentences: ['Thanks — I tried {phone} twice, no answer.', '> Could you call me back on {mobile}?', '> > Our hotline {tollfree} keeps dropping.', 'On {bait:date}, {name} <{email}> wrote:',
        '> My {bait:id-phone-shaped}, parcel never arrived; tracking {bait:parcel}.', '> Please ring reception on {ext}.', 'Escalated. Customer prefers {national}.', '> Sent from my phone. {foreign}',
        '> > Refund of {bait:money} requested.', '> fax us at {fax} if easier'],
    }),
  },
  {
    name: 'invoice-pdf-paste', split: 'seen4', lang: 'en', agents: 'eu-any', records: 260, make: text({
      joiner: '\n', count: [3, 6],
      opening: ['INVOICE\n{company}\n{street}\n{postal}\n{country}\nTel. {phone} · Fax {fax}', 'RECHNUNG / INVOICE\n{company} · {street} · {postal}\nTelefon {phone}  Telefax {fax}', 'Tax invoice\n{company}\nPhone: {ext}\nFax (Sales): {fax}'],
      sentences: ['Invoice No.: {id:invoice}   Date: {bait:date}', 'Your order: {bait:order-id}', '1  Service fee  {~1|2|12} x {bait:money}', 'Subtotal {bait:money}', 'VAT {bait:percent}  {bait:money}',
        'Total due {bait:money}', '{bait:iban-world}', 'BIC {~DEUTDEFF|BNPAFRPP|INGBNL2A|CAIXESBB}', 'Customer service {tollfree} · Billing {shared}', '{bait:pdf-furniture}', 'Delivery {bait:parcel}', 'Payment within 30 days of {bait:date}.'],
    }),
  },
  {
    name: 'eigyo-nippo-ja', split: 'seen4', lang: 'ja', agents: 'ja', records: 280, make: text({
      joiner: '\n', count: [3, 6], ext: 0.15,
      opening: ['【営業日報】{bait:date} {name}', '日報　{bait:log-time}', '■本日の活動'],
      sentences: ['訪問先：{company}（担当 {name}様）', '連絡先 {phone}', '次回アポ {bait:date} {bait:time}', '担当者携帯 {mobile}、夕方以降つながりやすい', '見積 {id:invoice} 提出済み（{bait:money}）',
        '移動距離 {~12|48|135} km', '先方代表 {ext} から担当者へ回してもらう', 'サポート窓口 {tollfree} を案内', 'ナビダイヤル {shared} は有料の旨説明', '所感：来期予算 {bait:money} 見込み', '先方FAX {fax}', '050番号 {voip} に折り返し希望'],
    }),
  },
  {
    name: 'mitsumorisho-ja', split: 'seen4', lang: 'ja', agents: 'ja', records: 240, make: text({
      joiner: '\n', count: [4, 7],
      opening: ['御見積書\n{company} 御中', '見 積 書\n{name} 様'],
      sentences: ['見積番号：{id:order-id}', '発行日：{bait:date}', '有効期限：発行日より{~30|60|90}日', '{bait:tax-id}', '{postal} {street}', 'TEL {phone}　FAX {fax}', '担当：{name}（携帯 {mobile}）',
        '品番 {bait:barcode} 数量 {bait:quantity} 単価 {bait:money}', '小計 {bait:money}', '消費税（10%）{bait:money}', '合計金額 {bait:money}', '振込先 {bait:bank}', 'お問い合わせ {tollfree}（平日 {bait:range}）'],
    }),
  },
  {
    name: 'meishi-ocr-ja', split: 'seen4', lang: 'ja', agents: 'ja', records: 280, make: text({
      joiner: '\n', count: [3, 5], noise: true,
      opening: ['{company}\n{~営業部|技術本部|カスタマーサポート室} {~課長|主任|部長}\n{name}', '{name}\n{company}'],
      sentences: ['{postal} {street}', 'TEL {phone}', 'TEL：{ext}', 'ＴＥＬ {phone}', '携帯 {mobile}', 'Mobile {mobile}', 'FAX {fax}', 'ＦＡＸ：{fax}', 'FAX（代表）{fax}', 'E-mail {email}', 'フリーダイヤル {tollfree}', '直通 {phone}'],
    }),
  },
  {
    name: 'meishi-ocr-world', split: 'seen4', lang: 'en', agents: 'wide-any', records: 260, make: text({
      joiner: '\n', count: [3, 5], noise: true,
      opening: ['{name}\n{~Sales Director|Key Account Manager|Service Engineer}\n{company}', '{company}\n{name}'],
      sentences: ['{street}\n{postal}\n{country}', 'T {phone}', 'Tel: {ext}', 'M {mobile}', 'Mob. {mobile}', 'F {fax}', 'Fax: {fax}', 'Faks {fax}', '{email}', 'Hotline {tollfree}', 'Direct {intl}', 'Office {phone}'],
    }),
  },
  {
    name: 'live-chat-transcript', split: 'seen4', lang: 'en', agents: 'wide-any', records: 280, make: text({
      joiner: '\n', repeats: true, count: [3, 7],
      sentences: ['[{bait:log-time}] Visitor: my number changed, it is {mobile} now', '[{bait:log-time}] Agent: can I call you on {phone}?', '[{bait:log-time}] Visitor: yes or the office {ext}',
        '[{bait:log-time}] Visitor: my {bait:id-phone-shaped}', '[{bait:log-time}] Agent: your parcel {bait:parcel} is out for delivery', '[{bait:log-time}] Visitor: ok 👍',
        '[{bait:log-time}] Agent: for a human please dial {tollfree}', '[{bait:log-time}] Visitor: im abroad, use {foreign}', '[{bait:log-time}] System: chat rated 5/5', '[{bait:log-time}] Visitor: paid {bait:money} already'],
    }),
  },
  {
    name: 'calendar-dialin', split: 'seen4', lang: 'en', agents: 'wide-any', records: 260, make: text({
      joiner: '\n', count: [3, 6],
      opening: ['{company} <> {company}: quarterly review\n{bait:log-time}', 'Invitation: Onboarding ({name})\nWhen: {bait:date} {bait:time}', 'Updated invitation — renewal call'],
      sentences: ['Join by phone', '{country}: {phone}', '{~Toll-free|Toll free|Freephone}: {tollfree}', 'Dial-in (international): {foreign}', 'One tap mobile: {onetap}', '{bait:dial-pin}',
        '{bait:dial-pin}', 'Find your local number: https://example.com/dialin', 'Or call {foreign} and enter {bait:dial-pin}', 'Organizer mobile {mobile}', 'Location: {bait:latlng}'],
    }),
  },
  {
    name: 'slack-channel', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 260, make: text({
      joiner: '\n', repeats: true, count: [2, 5],
      sentences: ['{name}  {~10:42 AM|9:03 AM|4:17 PM}\ncan someone call back {national}? customer waiting', '{name}: :phone: {foreign} (their HQ)', '{name}: deployed {bait:build} to prod',
        '{name}: ref {bait:case-id}, see thread (3 replies)', '{name}: tel link from the CRM: {tel}', '{name}: he asked for {mobile} rather than the desk line', '{name}: lunch order {bait:money} :pizza:',
        '{name}: their main line {intl}', '{name}: coords for the site visit {bait:latlng}'],
    }),
  },
  {
    name: 'voicemail-transcripts', split: 'seen4', lang: 'en', agents: 'wide-any', records: 220, make: text({
      joiner: ' ', count: [2, 4],
      opening: ['Voicemail from {phone} ({bait:duration}):', 'New voicemail · {bait:log-time} · {mobile}:', 'Transcription (beta):'],
      sentences: ['Hi, this is {name} from {company}, please call me back on {mobile}, that is {again}.', 'You can also reach my colleague on {phone}.', 'It is about invoice {id:invoice}.', 'My reference is {bait:id-phone-shaped}.',
        'Or the main switchboard {ext}.', 'Thanks, bye.', 'I will be on {foreign} until Friday.'],
    }),
  },
  {
    name: 'web-form-submission', split: 'seen4', lang: 'en', agents: 'wide-any', records: 220, make: text({
      joiner: '\n', count: [4, 7],
      opening: ['New submission: Contact us', 'Form "Request a quote" was submitted'],
      sentences: ['Name: {name}', 'Phone: {phone}', 'Phone number: {mobile}', 'Company size: {~1-9|10-49|50-249|250+}', 'Budget: {bait:money}', 'Message: please call {any} after {bait:time}',
        'User agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) {bait:build}', 'IP: {bait:ip}', 'Location: {bait:latlng}', 'Submitted: {bait:log-time}', 'Postcode: {postal}', 'Click-to-call: {tel}'],
    }),
  },
  {
    name: 'toiawase-form-ja', split: 'seen4', lang: 'ja', agents: 'ja', records: 220, make: text({
      joiner: '\n', count: [4, 7],
      opening: ['【お問い合わせフォーム】新しい送信がありました', '件名：資料請求（Webフォーム）'],
      sentences: ['お名前：{name}', '会社名：{company}', '電話番号：{phone}', '携帯電話：{mobile}', '郵便番号：{postal}', 'ご住所：{street}', 'お問い合わせ内容：{any}まで折り返しお願いします',
        '送信日時：{bait:log-time}', 'ご予算：{bait:money}', '契約番号：{id:id-phone-shaped}', 'ご希望の連絡時間帯：{bait:range}', 'ＦＡＸ番号：{fax}'],
    }),
  },
  {
    name: 'dynamics-form-dump', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 300, make: record([
      'Account Name::{company}', 'Address 1: Country/Region::{country}', '?Address 1: Street 1::{street}', '?Address 1: ZIP/Postal Code::{postal}', 'Main Phone::{phone}', '?Mobile Phone::{mobile}',
      '?Other Phone::{shared}', 'Fax: {fax}', 'Account Number::{id:customer-id}', 'Modified On::{bait:log-time}', '?Credit Limit::{bait:money}', '?Contract ID: {id:id-phone-shaped}',
    ], multi, { ext: 0.1 }),
  },
  {
    name: 'tsv-grid-country', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 380, make: grid([
      ['{name}', '{country}', '{phone}', '{mobile}', '{id:order-id}'], ['{country}', '{company}', '{mobile}', '{bait:money}', '{phone}'],
      ['{phone}', '{name}', '{bait:log-time}', '{country}'], ['{company}', '{postal}', '{country}', '{phone}', '{voip}', '{bait:parcel}'],
    ], multi, { ext: 0.08 }),
  },
  {
    name: 'tsv-grid-no-country', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 260, make: grid([
      ['{name}', '{phone}', '{bait:log-time}', '{~Open|Won|Lost}'], ['{mobile}', '{name}', '{id:case-id}'], ['{company}', '{bait:money}', '{phone}', '{bait:build}'],
    ], multiBare),
  },
  {
    name: 'address-blocks-world', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 330, make: record([
      '{name}', '{company}', '{street}', '{postal}', '{country}', '{~Tel.|Phone|Tél.|Tel:} {phone}', '?{~Mobile|Cell|Móvil|GSM} {mobile}', '?{~Fax|Telefax|Fax Nr} {fax}', '?{~Switchboard|Reception} {shared}',
    ], multi, { ext: 0.1 }),
  },
  {
    name: 'kyc-onboarding', split: 'seen4', lang: 'en', agents: 'wide-multi', records: 280, make: record([
      'Country of residence::{country}', 'Date of birth::{bait:date}', '?Passport / ID::{id:passport}', '?Bank account::{id:iban-world}', 'Primary phone::{phone}', 'Mobile (SMS)::{mobile}',
      '?Employer phone::{phone}', '?Postal code::{postal}', 'Application::{id:case-id}', 'Submitted::{bait:log-time}',
    ], multi, { shuffle: true }),
  },
  {
    name: 'torihikisaki-grid-ja', split: 'seen4', lang: 'ja', agents: 'ja-wide', records: 300, make: grid([
      ['{company}', '{country}', '{phone}', '{mobile}', '{id:customer-id}'], ['{country}', '{name}', '{phone}', '{bait:money}'], ['{company}', '{postal}', '{country}', '{phone}', 'FAX {fax}'],
    ], multi, { ext: 0.1 }),
  },
];
