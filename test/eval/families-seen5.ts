/**
 * The template families of seen5: the holdout rebuilt 2026-12-04 ~17:50 (seed
 * holdout-2026-12-04-1800), scored once untouched, then opened for tuning (split "seen5"). Text
 * agents paste and see that no split before it has: support-ticket bodies (en, ja), call-centre
 * wrap-up notes (en, ja), LINE and WhatsApp chat exports, Outlook/Gmail signature blocks in many languages, CRM list views exported as pipes,
 * fixed-width columns and tabs, "contact us" sections of company web pages, shipping labels, hotel
 * and flight booking confirmations (en, ja), clinic appointment reminders (en, ja), insurance claim
 * notes, real-estate listings, event registrations, partner directories of many countries and
 * callback queues without a country. Numbers come from the split's own pool (numbers-world.ts: 128
 * regions, every type), written its own ways too (writing-seen5.ts), among its own bait
 * (bait-seen5.ts), often in brackets, quotes or after symbols, next to dates, times and amounts.
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts): a national number is labelled
 * with its own E.164 where its record (or its line of a list) names its country, else with every
 * reading the agent's countries allow (the detector must ask); a number of a country the agent does
 * not call is written internationally; a fax line is planted as "fax" (not to be offered), its
 * label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { addressOf, WORLD_COUNTRY_NAMES } from './bait-seen5';
import { Doc, type Agent, type Ctx, type Label } from './engine';
import { ambiguousNumber, withRecord, type Piece, type RowPlan } from './engines';
import type { Family } from './families';
import type { NumberKind } from './numbers';
import { WORLD_REGIONS } from './numbers-world';
import type { Rng } from './prng';
import type { Written } from './writing';

export type Seen5AgentKind = 'globe-any' | 'globe-team' | 'ja-globe' | 'eu-globe';
export const SEEN5_AGENT_KINDS: readonly string[] = ['globe-any', 'globe-team', 'ja-globe', 'eu-globe'];

/** Teams whose lists mix countries: none of them an older split's team. */
const TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US', 'GB', 'SG']], ['US', ['JM', 'BS', 'TT', 'CA']], ['GB', ['GI', 'MT', 'CY', 'IE']], ['FR', ['MC', 'BE', 'LU', 'CH', 'SN', 'CI']], ['DE', ['AT', 'LI', 'CH', 'LU']],
  ['RU', ['BY', 'KZ', 'UZ', 'AM']], ['TR', ['AZ', 'GE', 'DE']], ['ES', ['AD', 'PT', 'MA']], ['MX', ['GT', 'HN', 'SV', 'NI', 'CR']], ['CO', ['VE', 'BO', 'PY', 'EC']],
  ['AE', ['OM', 'BH', 'IQ', 'LB', 'JO']], ['KE', ['TZ', 'UG', 'RW', 'ET']], ['ZA', ['ZM', 'ZW', 'MU']], ['TH', ['MM', 'LA', 'KH', 'VN']], ['AU', ['FJ', 'NZ']],
  ['IT', ['AL', 'MK', 'ME', 'BA', 'RS']], ['IN', ['MV', 'LK', 'NP', 'BD']], ['BR', ['PY', 'BO', 'PT']], ['KR', ['JP', 'MN', 'US']], ['CH', ['LI', 'AT', 'FR']], ['SG', ['BN', 'MY', 'ID']], ['CN', ['MN', 'HK', 'MO']], ['FR', ['TN', 'DZ', 'MA', 'CM']],
];
const JA_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US', 'GB']], ['JP', ['KR', 'CN', 'TW', 'HK']], ['JP', ['TH', 'MM', 'VN']], ['JP', ['AU', 'NZ', 'FJ']], ['JP', ['MN', 'KZ']], ['JP', ['DE', 'FR', 'CH']],
];
const EU: readonly CountryCode[] = ['DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'AT', 'CH', 'PL', 'CZ', 'SE', 'DK', 'FI', 'NO', 'PT', 'IE', 'GB', 'GR', 'HU', 'RO', 'HR', 'SI', 'SK', 'LU', 'EE', 'LT', 'LV', 'AL', 'MK', 'BA', 'ME', 'MD', 'MC', 'AD', 'LI'];

export function pickSeen5Agent(rng: Rng, kind: Seen5AgentKind): Agent {
  switch (kind) {
    case 'globe-any':
      return { defaultCountry: rng.weighted<CountryCode>(WORLD_REGIONS.map((c) => [c, c === 'JP' ? 30 : c === 'US' ? 20 : c === 'GB' ? 10 : c === 'DE' || c === 'FR' || c === 'AU' ? 4 : 2] as const)) };
    case 'eu-globe': return { defaultCountry: rng.pick(EU) };
    case 'globe-team': {
      const [defaultCountry, others] = rng.pick(TEAMS);
      return { defaultCountry, otherCountries: [...others] };
    }
    case 'ja-globe': {
      const [defaultCountry, others] = rng.pick(JA_TEAMS);
      return { defaultCountry, otherCountries: [...others] };
    }
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
 * Writes a template into a doc. Placeholders: {tel} {mob} {free} {cost} {net} {num} (numbers of
 * the row's country: a line, a mobile, toll-free, shared-cost/UAN, VoIP/personal, any type),
 * {nat} (national), {intl} (the row's main line with its country code), {abroad} (any country,
 * "+" or the agent's international prefix), {ext} (a number and its extension), {fax}, {b:kind}
 * (bait with its own label words), {v:kind} (a bait value after the template's own label),
 * {country} {addr} {name} {co} {mail}, and {~a|b|c} (one of the words).
 */
function put(ctx: Ctx, doc: Doc, template: string, row: RowPlan, ext = 0): void {
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
        case 'abroad': num(ctx.foreign()); break;
        case 'ext': num(numberOf(ctx, row, 'fixed', false), ctx.extension()); break;
        case 'fax': {
          const abroad = row.country !== ctx.agent.defaultCountry;
          doc.plant('fax', ctx.phone({ country: row.country, kind: 'fixed', evidence: row.evidence, form: abroad ? 'national' : 'any' }).written.text);
          break;
        }
        case 'country': doc.add(r.pick(WORLD_COUNTRY_NAMES[row.country] ?? [row.country])); break;
        case 'addr': doc.plant('bait:address-line', addressOf(r, row.country)); break;
        case 'name': doc.add(ctx.name()); break;
        case 'co': doc.add(ctx.company()); break;
        case 'mail': doc.add(ctx.email(row.country)); break;
        default: throw new Error(`unknown placeholder {${name}}`);
      }
    }
  }
}

const own = (ctx: Ctx): RowPlan => ({ country: ctx.agent.defaultCountry, evidence: false });

/** A row of a multi-country list: its country among the agent's, named in the record or not. */
function teamRow(ctx: Ctx, evidence: boolean): RowPlan {
  const r = ctx.rng;
  const country = r.chance(0.3) ? ctx.agent.defaultCountry : r.pick(ctx.countries);
  if (evidence) return { country, evidence: true };
  if (r.chance(0.6)) return { country, evidence: false, ambiguous: true };
  return { country, evidence: false };
}

function shuffled<T>(r: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** One text (a ticket, a note, a chat) from lines, in the agent's own country. */
function note(v: { head?: readonly string[]; lines: readonly string[]; count: readonly [number, number]; joiner?: string; tail?: readonly string[]; ext?: number; repeats?: boolean }) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const doc = new Doc();
    const row = own(ctx);
    const parts: string[] = [];
    if (v.head) parts.push(r.pick(v.head));
    const n = r.int(v.count[0], v.count[1]);
    if (v.repeats) for (let i = 0; i < n; i++) parts.push(r.pick(v.lines));
    else parts.push(...shuffled(r, v.lines).slice(0, n));
    if (v.tail) parts.push(r.pick(v.tail));
    parts.forEach((template, i) => {
      if (i > 0) doc.add(v.joiner ?? '\n');
      put(ctx, doc, template, row, v.ext);
    });
    return [{ doc, wholeCell: false }];
  };
}

/**
 * A record, one text per field: "Label::{slot}" is a label cell and a value cell (the value a whole
 * cell), anything else one text. A field starting "?" is left out now and then.
 */
function card(fields: readonly string[], rows: (ctx: Ctx) => RowPlan, ext = 0) {
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

/**
 * A CRM list view exported as one text: a header and rows, each row of its own country (its
 * Country cell in the same line, or no country at all), laid out with pipes, tabs or fixed-width
 * columns.
 */
function listing(columns: ReadonlyArray<readonly [header: string, cell: string]>, layout: 'pipes' | 'tabs' | 'fixed', rowsOf: (ctx: Ctx) => RowPlan, count: readonly [number, number]) {
  return (ctx: Ctx): Piece[] => {
    const r = ctx.rng;
    const doc = new Doc();
    const width = columns.map(([h]) => Math.max(h.length + 2, 18));
    const cell = (i: number, write: () => void) => {
      const start = doc.text.length;
      if (layout === 'pipes') doc.add(i === 0 ? '| ' : ' | ');
      else if (layout === 'tabs' && i > 0) doc.add('\t');
      write();
      if (layout === 'fixed') doc.add(' '.repeat(Math.max(2, width[i]! - (doc.text.length - start))));
    };
    columns.forEach(([h], i) => cell(i, () => doc.add(h)));
    if (layout === 'pipes') doc.add(' |\n|' + columns.map(() => '---|').join(''));
    const n = r.int(count[0], count[1]);
    for (let k = 0; k < n; k++) {
      doc.add('\n');
      const row = rowsOf(ctx);
      columns.forEach(([, template], i) => cell(i, () => put(ctx, doc, template, row)));
      if (layout === 'pipes') doc.add(' |');
    }
    return [{ doc, wholeCell: false }];
  };
}

/** A grid row: each column a whole cell. */
function gridRow(cells: ReadonlyArray<readonly string[]>, rows: (ctx: Ctx) => RowPlan, ext = 0) {
  return (ctx: Ctx): Piece[] => {
    const row = rows(ctx);
    return withRecord(ctx.rng.pick(cells).map((template) => {
      const doc = new Doc();
      put(ctx, doc, template.replaceAll('{v:', '{b:'), row, ext);
      return { doc, wholeCell: true };
    }));
  };
}

const named = (ctx: Ctx) => teamRow(ctx, true);
const unnamed = (ctx: Ctx) => teamRow(ctx, false);

export const SEEN5_FAMILIES: Family[] = [
  {
    name: 'support-ticket-body-en', split: 'seen5', lang: 'en', agents: 'globe-any', records: 520, make: note({
      count: [3, 6], ext: 0.12,
      head: ['Ticket {v:case-id} · Priority: {~High|Normal|Urgent}\nRequester: {name} <{mail}>\nCreated: {b:ts-world}\n', 'Subject: {~Refund not received|Cannot log in|Wrong item delivered|Billing question}\nFrom: {name}\n'],
      lines: ['Hello, I have been trying to reach you on {free} since {b:ts-world}.', 'Please call me back at {mob} (mobile), or at work on {tel}.', 'My order {v:order-id} was charged twice ({b:num-range} business days ago?).',
        'Device {b:serial} shows error E-{~104|221|503}.', 'You can reach my assistant at "{tel}".', 'I am abroad until {b:ts-world}; use {abroad} if urgent.', 'Invoice {v:invoice} lists {b:measure} but I ordered less.',
        'My loyalty card: {v:customer-id}.', 'Call between {b:num-range} please — {ext}.', 'I rated the last call {b:score}.', 'Faxing the receipt to you from {fax} (our fax).'],
      tail: ['\n--\n{name}\n{co}\nPhone: {tel}\nFax #: {fax}', '\nThanks,\n{name} ({mob})', '\nSent from my iPhone'],
    }),
  },
  {
    name: 'support-ticket-body-ja', split: 'seen5', lang: 'ja', agents: 'ja', records: 480, make: note({
      count: [3, 6], ext: 0.15,
      head: ['チケット {v:case-id}｜優先度：{~高|中|低}\n依頼者：{name} 様\n受付日時：{b:ts-world}\n', '件名：{~返金について|ログインできません|商品違い|請求書の再発行}\n'],
      lines: ['お世話になっております。{free}に何度かお電話しましたがつながりませんでした。', '折り返しは携帯（{mob}）までお願いします。', '会社の代表番号は{tel}です。', 'ご注文番号{v:order-id}の件です。',
        '{b:ts-world}以降であれば在宅しております。', '領収書はファクス（{fax}）でお送りします。', '製品{b:serial}の不具合です。', '平日{b:num-range}に{ext}までご連絡ください。',
        '前回の対応評価は{b:score}です。', '保険の{b:policy-claim}の件も併せてご確認ください。', '緊急時は「{mob}」へ。'],
      tail: ['\n――\n{co}\n{name}\nTEL：{tel}／ＦＡＸ番号：{fax}', '\n{name}（{mob}）'],
    }),
  },
  {
    name: 'wrap-up-notes-en', split: 'seen5', lang: 'en', agents: 'globe-team', records: 460, make: note({
      count: [3, 6], ext: 0.1,
      head: ['ACW {b:ts-world} | Disposition: {~Resolved|Callback scheduled|Escalated|Voicemail}', 'Wrap-up — agent {~#214|#88|#1290}, queue {~Billing|Sales|Tech}'],
      lines: ['Caller ANI {abroad}, verified by {v:customer-id}.', 'CB#: {nat} after {b:ts-world}.', 'Cust gave alt number ({mob}).', 'Transferred to {free}.', 'Policy {v:policy-claim} discussed; premium {b:num-range}.',
        'Left VM on {tel}.', 'Hold time {b:num-range}; CSAT {b:score}.', 'Shipment {b:freight} delayed.', 'Do not call {tel} — wrong person.', 'Spoke w/ spouse, number on file {nat}.'],
    }),
  },
  {
    name: 'wrap-up-notes-ja', split: 'seen5', lang: 'ja', agents: 'ja-globe', records: 420, make: note({
      count: [3, 6], ext: 0.1,
      head: ['【後処理】{b:ts-world}　結果：{~解決|折返し予定|エスカレーション|留守電}', '■通話メモ（{~請求|解約|技術}窓口）'],
      lines: ['発信者番号 {abroad}、本人確認済（{v:customer-id}）。', '折返し先：{nat}（{b:ts-world}以降）。', '別連絡先 {mob}。', '{free}へ転送。', '{b:policy-claim}について説明。',
        '{tel}に留守電を残した。', '保留時間 {b:num-range}、満足度 {b:score}。', '配送 {b:freight} 遅延の件。', '家族の番号 {nat} を登録済。'],
    }),
  },
  {
    name: 'line-chat-export-ja', split: 'seen5', lang: 'ja', agents: 'ja', records: 440, make: note({
      count: [3, 7], repeats: true,
      head: ['[LINE] {name}とのトーク履歴\n保存日時：{b:ts-world}\n', '{b:ts-world}'],
      lines: ['{~10:02|13:45|18:20|21:07}\t{name}\t電話番号変わりました！{mob}です', '{~09:15|12:30|16:48}\t{name}\t会社の番号はこっち→{tel}', '{~11:11|15:00|20:20}\t{name}\t了解です🙆‍♀️',
        '{~08:40|14:14|19:19}\t{name}\t予約番号 {v:booking-ref} です', '{~10:10|17:17}\t{name}\t[写真]', '{~12:12|22:22}\t{name}\t{b:ts-world}に行きます', '{~09:09|18:18}\t{name}\tフリーダイヤル（{free}）にかけたけど話し中でした',
        '{~07:07|23:23}\t{name}\t整理番号{b:event-ticket}', '{~13:13|16:16}\t{name}\t{b:seat-room}で待ってます'],
    }),
  },
  {
    name: 'whatsapp-export-en', split: 'seen5', lang: 'en', agents: 'globe-any', records: 440, make: note({
      count: [3, 7], repeats: true,
      lines: ['[{b:ts-world}] {name}: new number, save it: {mob}', '[{b:ts-world}] {name}: office line {tel} (ask for {name})', '[{b:ts-world}] {name}: 👍', '[{b:ts-world}] {name}: flight {b:flight} lands {b:ts-world}',
        '[{b:ts-world}] {name}: booking {v:booking-ref}', '[{b:ts-world}] {name}: ‎image omitted', '[{b:ts-world}] {name}: call me on ☎ {mob} not the landline', '[{b:ts-world}] {name}: I am at {b:seat-room}',
        '[{b:ts-world}] {name}: their hotline is {free}, open {b:num-range}', '[{b:ts-world}] {name}: my cousin abroad {abroad}'],
    }),
  },
  {
    name: 'signature-blocks-world', split: 'seen5', lang: 'en', agents: 'globe-any', records: 520, make: note({
      count: [2, 4], ext: 0.15,
      head: ['{name}\n{~Geschäftsführer|Directeur commercial|Jefe de ventas|Responsabile acquisti|Gerente de contas|Account Manager|営業部 課長|销售经理}\n{co}'],
      lines: ['{~Tel.|Tél.|Teléfono|Telefono|Telefone|Telefoon|電話|电话|전화|Tlf.|Puh.}: {tel}', '{~Handy|Portable|Móvil|Cellulare|Celular|Mobiel|携帯|手机|휴대폰|Mob.}: {mob}', '{~Télécopie|Telefaks|Faxnr.|ファクス|Fax (24h)|Fax only}: {fax}',
        'T {ext}', '{addr}', '{b:tax-world}', '📞 {tel} | ✉ {mail}', 'Direct: {tel} · Switchboard: {cost}', 'Skype/Teams: {net}'],
      tail: ['\n\nThis e-mail and any attachments are confidential.', '\n\nP Please consider the environment before printing.', ''],
    }),
  },
  {
    name: 'crm-list-pipes', split: 'seen5', lang: 'en', agents: 'globe-team', records: 360,
    make: listing([['Name', '{name}'], ['Country', '{country}'], ['Phone', '{nat}'], ['Mobile', '{mob}'], ['Last contact', '{b:ts-world}']], 'pipes', named, [2, 5]),
  },
  {
    name: 'crm-list-fixed-width', split: 'seen5', lang: 'en', agents: 'globe-team', records: 340,
    make: listing([['ACCOUNT', '{co}'], ['CTRY', '{country}'], ['MAIN LINE', '{tel}'], ['OPEN CASES', '{b:score}'], ['CLIENT', '{v:customer-id}']], 'fixed', named, [2, 5]),
  },
  {
    name: 'crm-list-tabs-ja', split: 'seen5', lang: 'ja', agents: 'ja-globe', records: 340,
    make: listing([['顧客名', '{name}'], ['国', '{country}'], ['電話', '{nat}'], ['携帯', '{mob}'], ['最終対応', '{b:ts-world}'], ['金額', '{b:num-range}']], 'tabs', named, [2, 5]),
  },
  {
    name: 'contact-us-section', split: 'seen5', lang: 'en', agents: 'globe-any', records: 420, make: note({
      count: [3, 6],
      head: ['Contact us\nWe are here {b:num-range}.', 'Get in touch', 'CONTACT'],
      lines: ['Sales: {tel}', 'Customer care (free): {free}', 'Press: {mob}', 'International callers: {abroad}', 'Fax #: {fax}', 'Head office: {addr}', 'Premium support line {cost} (charges apply)',
        'Tel. <{tel}>', 'Call us — {free} — or chat with us.', 'Opening hours {b:num-range}', 'Reg. {b:tax-world}'],
    }),
  },
  {
    name: 'shipping-label', split: 'seen5', lang: 'en', agents: 'globe-team', records: 300, make: card([
      'SHIP TO: {name}', '{addr}', '{country}', 'TEL: {nat}', '?Alt. tel. {mob}', 'AWB::{v:freight}', 'Weight::{b:measure}', '?Ref::{v:order-id}', 'Ship date::{b:ts-world}', '?Dims::{b:measure}',
    ], named),
  },
  {
    name: 'hotel-booking-confirmation', split: 'seen5', lang: 'en', agents: 'globe-any', records: 420, make: note({
      count: [4, 7], ext: 0.1,
      head: ['Your booking is confirmed!', 'Reservation confirmation — {co} Hotel'],
      lines: ['Confirmation number: {v:booking-ref}', 'Check-in: {b:ts-world}  Check-out: {b:ts-world}', 'Room: {b:seat-room}', 'Hotel phone: {tel}', 'Front desk (24h): {ext}', 'Total: {b:num-range}',
        'Guest mobile: {mob}', 'Airport shuttle {b:flight}', 'Questions? Call {free} or {abroad}.', 'Cancellation free until {b:ts-world}.', 'Guest rating {b:score}'],
    }),
  },
  {
    name: 'yoyaku-kakunin-ja', split: 'seen5', lang: 'ja', agents: 'ja', records: 400, make: note({
      count: [4, 7],
      head: ['【ご予約確認】{co}', 'ご予約ありがとうございます。'],
      lines: ['予約番号：{v:booking-ref}', 'チェックイン：{b:ts-world}', '客室：{b:seat-room}', 'ホテル電話番号：{tel}', 'ご連絡先（携帯）：{mob}', '料金：{b:num-range}', '航空便：{b:flight}',
        'お問い合わせ（フリーダイヤル）：{free}', 'ナビダイヤル：{cost}', '変更は{b:ts-world}まで'],
    }),
  },
  {
    name: 'clinic-reminder', split: 'seen5', lang: 'en', agents: 'globe-any', records: 400, make: note({
      count: [3, 5],
      head: ['Appointment reminder', 'Reminder: your visit at {co} Clinic'],
      lines: ['When: {b:ts-world}', '{b:med-id}', 'To cancel or reschedule call {tel} at least 24 h ahead.', 'Out of hours: {free}', 'Your doctor can be reached on {ext}.', 'Pharmacy fax {fax}',
        'Bring your {v:policy-claim} card.', 'Reply STOP to {net} to opt out.', 'Room {b:seat-room}'],
    }),
  },
  {
    name: 'shinsatsu-yoyaku-ja', split: 'seen5', lang: 'ja', agents: 'ja', records: 360, make: note({
      count: [3, 5],
      head: ['【診察予約のお知らせ】', '{co}クリニックです。'],
      lines: ['日時：{b:ts-world}', '{b:med-id}', '変更・キャンセルは{tel}まで。', '夜間・休日：{free}', '担当医直通 {ext}', '処方箋FAX番号（薬局）：{fax}', '{b:seat-room}へお越しください。', '受付時間 {b:num-range}'],
    }),
  },
  {
    name: 'insurance-claim-notes', split: 'seen5', lang: 'en', agents: 'globe-team', records: 400, make: note({
      count: [3, 6], ext: 0.12,
      lines: ['{b:ts-world} FNOL received. {v:policy-claim}.', 'Claimant mobile {mob}; home {nat}.', 'Adjuster {name} on {ext}.', 'Body shop quote {b:num-range}.', 'Tow distance {b:measure}.',
        'Witness {name} reached at {nat}.', 'Third party insurer {abroad}.', 'Bank for payout: {b:bank-acct}.', 'Fax medical report to {fax}.', 'Claim handled by {free}.'],
    }),
  },
  {
    name: 'real-estate-listing', split: 'seen5', lang: 'en', agents: 'globe-any', records: 400, make: note({
      count: [3, 6],
      head: ['FOR SALE — {b:measure}', 'New listing: {b:listing-ref}', 'Open house {b:ts-world}'],
      lines: ['Price {b:num-range}', 'Floor area {b:measure}', 'Agent: {name}, {mob}', 'Office: {tel}', 'Call or text ({mob}) to book a viewing.', 'Ref. {v:listing-ref}', 'Built {b:num-range}', '{addr}',
        'Viewing line: {free}', 'Fax offers to {fax}'],
    }),
  },
  {
    name: 'event-registration', split: 'seen5', lang: 'en', agents: 'globe-any', records: 400, make: note({
      count: [3, 6],
      head: ['Registration confirmed', 'Your ticket for {co} Summit'],
      lines: ['{b:event-ticket}', 'Attendee: {name} · {mob}', 'Venue: {addr}', 'Doors open {b:ts-world}', 'Seat: {b:seat-room}', 'Questions: {tel}', 'Emergency on the day: {mob}', 'Price {b:num-range}',
        'Sponsor desk {cost}', 'Conference hotline {free}'],
    }),
  },
  {
    name: 'partner-directory', split: 'seen5', lang: 'en', agents: 'globe-team', records: 320, make: card([
      'Partner::{co}', 'Country::{country}', 'Address::{addr}', 'Phone::{tel}', '?Mobile::{mob}', '?Fax #: {fax}', '?Service line::{cost}', 'Partner ID::{v:customer-id}', '?Bank::{v:bank-acct}', 'Since::{b:ts-world}',
    ], named, 0.1),
  },
  {
    name: 'callback-queue', split: 'seen5', lang: 'en', agents: 'globe-team', records: 400,
    make: gridRow([['{name}', '{nat}', '{b:ts-world}', '{~Waiting|Retry 2|Scheduled}'], ['{nat}', '{name}', '{v:case-id}'], ['{co}', '{b:score}', '{mob}', '{b:num-range}']], unnamed),
  },
  {
    name: 'freight-manifest', split: 'seen5', lang: 'en', agents: 'eu-globe', records: 360, make: note({
      count: [4, 7],
      head: ['MANIFEST {b:freight}', 'Delivery note / Lieferschein'],
      lines: ['Consignee: {name}, {addr}', 'Contact: {tel}', 'Driver: {mob}', '{b:freight}', 'Gross weight {b:measure}', '{b:gs1}', 'Order {v:order-id}', 'ETA {b:ts-world}', 'Customs {b:tax-world}', 'Dispatcher fax {fax}'],
    }),
  },
];
