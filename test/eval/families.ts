/**
 * The template families. Every family belongs to one split only: dev (the detector's author may
 * read and tune on it), seen (was the holdout until 2026-12-04; scored once untouched, then opened
 * for tuning), seen2 (was the holdout from 2026-12-04 15:00; likewise opened after one untouched
 * score), seen3 (was the holdout built 2026-12-04 ~15:30; likewise opened), seen4 (was the holdout
 * built 2026-12-04 ~17:00; likewise opened), seen5 (was the holdout rebuilt 2026-12-04 ~17:50; likewise
 * opened), seen6 (was the holdout built 2026-12-04 ~20:00; likewise opened), seen7 (was the holdout
 * built 2026-12-04 ~21:00; likewise opened), seen8 (was the holdout built 2026-12-04 ~23:00; likewise opened), seen9 (was the holdout
 * built 2026-12-05 ~00:00; likewise opened) or holdout (built 2026-12-05 ~00:30; never read while tuning). Every split has every layout (table, form,
 * prose), language and phenomenon (extensions, fax lines, glued labels, mixed countries, ambiguous
 * numbers, bait), but each written with its own columns, labels, sentences and ID formats, so a
 * rule that only memorised one split's wording does not carry over.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Lang } from './bait';
import type { Agent, Ctx } from './engine';
import { formRecord, prose, tableRow, type FormVariant, type Piece, type ProseVariant, type RowPlan, type TableVariant } from './engines';
import type { Rng } from './prng';
import { REGIONS } from './numbers';
import type { Split } from './types';
import { SEEN9_AGENT_KINDS, SEEN9_FAMILIES, pickSeen9Agent, type Seen9AgentKind } from './families-seen9';
import { HOLDOUT_AGENT_KINDS, HOLDOUT_FAMILIES, pickHoldoutAgent, type HoldoutAgentKind } from './families-holdout';
import { SEEN8_AGENT_KINDS, SEEN8_FAMILIES, pickSeen8Agent, type Seen8AgentKind } from './families-seen8';
import { SEEN7_AGENT_KINDS, SEEN7_FAMILIES, pickSeen7Agent, type Seen7AgentKind } from './families-seen7';
import { SEEN6_AGENT_KINDS, SEEN6_FAMILIES, pickSeen6Agent, type Seen6AgentKind } from './families-seen6';
import { SEEN5_AGENT_KINDS, SEEN5_FAMILIES, pickSeen5Agent, type Seen5AgentKind } from './families-seen5';
import { SEEN4_FAMILIES, pickSeen4Agent, type Seen4AgentKind } from './families-seen4';

export type AgentKind = 'any' | 'ja' | 'multi' | 'de' | 'fr' | 'ja-multi' | 'es-it' | 'in' | 'iberia-nl' | 'east-asia' | 'world' | Seen4AgentKind | Seen5AgentKind | Seen6AgentKind | Seen7AgentKind | Seen8AgentKind | Seen9AgentKind | HoldoutAgentKind;

export interface Family {
  name: string;
  split: Split;
  lang: Lang;
  agents: AgentKind;
  /** Records (rows, forms, notes) generated per split. */
  records: number;
  make(ctx: Ctx): Piece[];
}

const MULTI: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US', 'GB']], ['JP', ['GB', 'AU']], ['JP', ['US', 'KR', 'CN', 'TW']], ['JP', ['GB', 'DE', 'FR']],
  ['US', ['GB', 'CA', 'MX', 'JP']], ['US', ['JP', 'KR']], ['GB', ['US', 'JP', 'DE', 'FR', 'IE', 'AU']], ['GB', ['IE', 'AU', 'NZ']],
  ['DE', ['AT', 'CH', 'GB', 'FR']], ['AU', ['NZ', 'GB', 'US']], ['SG', ['HK', 'MY', 'JP', 'IN']], ['FR', ['BE', 'CH', 'DE', 'ES']],
  ['CA', ['US', 'GB', 'FR']],
];

/** Japanese agents who also call abroad (seen2's bilingual notes). */
const JA_MULTI: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['JP', ['US']], ['JP', ['GB', 'SG']], ['JP', ['KR', 'TW', 'HK']], ['JP', ['AU', 'NZ']], ['JP', ['DE', 'FR', 'IT']], ['JP', ['CN', 'TH', 'VN']],
];

/** Teams of seen3 (the holdout built ~15:30) whose lists mix countries (shift rosters, delivery notes). */
const WORLD: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['NL', ['BE', 'DE', 'GB']], ['ES', ['PT', 'FR', 'MX']], ['BR', ['PT', 'US']], ['JP', ['KR', 'TW', 'SG']], ['AU', ['NZ', 'SG', 'JP']],
  ['US', ['CA', 'MX', 'GB']], ['GB', ['IE', 'NL', 'ZA']], ['SE', ['NO', 'DK', 'FI']], ['SG', ['MY', 'ID', 'PH', 'TH']],
];

export function pickAgent(rng: Rng, kind: AgentKind): Agent {
  switch (kind) {
    case 'iberia-nl': return { defaultCountry: rng.weighted<CountryCode>([['ES', 4], ['PT', 3], ['NL', 3], ['BR', 2]]) };
    case 'east-asia': return { defaultCountry: rng.weighted<CountryCode>([['KR', 4], ['CN', 3], ['TW', 3], ['HK', 2]]) };
    case 'world': {
      const [defaultCountry, others] = rng.pick(WORLD);
      return { defaultCountry, otherCountries: [...others] };
    }
    case 'in': return { defaultCountry: 'IN' };
    case 'es-it': return { defaultCountry: rng.weighted<CountryCode>([['ES', 6], ['IT', 4]]) };
    case 'ja-multi': {
      const [defaultCountry, others] = rng.pick(JA_MULTI);
      return { defaultCountry, otherCountries: [...others] };
    }
    case 'ja': return { defaultCountry: 'JP' };
    case 'de': return { defaultCountry: rng.weighted<CountryCode>([['DE', 6], ['AT', 2], ['CH', 2]]) };
    case 'fr': return { defaultCountry: rng.weighted<CountryCode>([['FR', 6], ['BE', 2], ['CH', 1]]) };
    case 'multi': {
      const [defaultCountry, others] = rng.pick(MULTI);
      return { defaultCountry, otherCountries: [...others] };
    }
    case 'any':
      return { defaultCountry: rng.weighted<CountryCode>(REGIONS.map((c) => [c, c === 'JP' ? 20 : c === 'US' ? 14 : c === 'GB' ? 10 : 2] as const)) };
    default:
      if (SEEN7_AGENT_KINDS.includes(kind)) return pickSeen7Agent(rng, kind as Seen7AgentKind);
      if (SEEN8_AGENT_KINDS.includes(kind)) return pickSeen8Agent(rng, kind as Seen8AgentKind);
      if (SEEN9_AGENT_KINDS.includes(kind)) return pickSeen9Agent(rng, kind as Seen9AgentKind);
      if (HOLDOUT_AGENT_KINDS.includes(kind)) return pickHoldoutAgent(rng, kind as HoldoutAgentKind);
      if (SEEN6_AGENT_KINDS.includes(kind)) return pickSeen6Agent(rng, kind as Seen6AgentKind);
      return SEEN5_AGENT_KINDS.includes(kind) ? pickSeen5Agent(rng, kind as Seen5AgentKind) : pickSeen4Agent(rng, kind as Seen4AgentKind);
  }
}

/** A row of a multi-country list: its country among the agent's, said or not. */
function mixedRow(ctx: Ctx, evidence: boolean): RowPlan {
  const r = ctx.rng;
  const country = r.chance(0.35) ? ctx.agent.defaultCountry : r.pick(ctx.countries);
  if (evidence) return { country, evidence: true };
  if (r.chance(0.5)) return { country, evidence: false, ambiguous: true };
  return { country, evidence: false };
}

const own = (ctx: Ctx): RowPlan => ({ country: ctx.agent.defaultCountry, evidence: false });

const table = (v: TableVariant, rows: (ctx: Ctx) => RowPlan = own) => (ctx: Ctx) => tableRow(ctx, v, rows(ctx));
const form = (v: FormVariant, rows: (ctx: Ctx) => RowPlan = own) => (ctx: Ctx) => formRecord(ctx, v, rows(ctx));
const text = (v: ProseVariant) => (ctx: Ctx) => prose(ctx, v);

// ——— dev ————————————————————————————————————————————————————————————————————————————————

const DEV: Family[] = [
  {
    name: 'contacts-table-en', split: 'dev', lang: 'en', agents: 'any', records: 260,
    make: table({ columns: ['name', 'company', 'phone', 'email', 'bait:date', 'bait:order-id'], ext: 0.1, suffixes: [' (main)', ' (office)'] }),
  },
  {
    name: 'contacts-table-ja', split: 'dev', lang: 'ja', agents: 'ja', records: 260,
    make: table({ columns: ['name', 'company', 'phone', 'mobile', 'email', 'bait:date', 'bait:customer-id'], ext: 0.1, suffixes: [' (代表)', '（直通）'] }),
  },
  {
    name: 'call-log-en', split: 'dev', lang: 'en', agents: 'any', records: 240,
    make: table({ columns: ['bait:datetime', 'direction', 'any-number', 'bait:duration', 'owner', 'bait:case-id', 'status'] }),
  },
  {
    name: 'record-form-en', split: 'dev', lang: 'en', agents: 'any', records: 110,
    make: form({
      mode: 'inline', separators: [': ', ':', ' '], ext: 0.15,
      fields: [['Name', 'name'], ['Account', 'company'], ['Phone|Tel|Telephone', 'phone'], ['Mobile|Cell', 'mobile'], ['Fax|FAX|F', 'text:fax'],
        ['Email', 'email'], ['Customer ID', 'bait:customer-id'], ['Created', 'bait:datetime'], ['Annual revenue', 'bait:amount'], ['Postcode', 'bait:postcode']],
    }),
  },
  {
    name: 'record-form-ja', split: 'dev', lang: 'ja', agents: 'ja', records: 110,
    make: form({
      mode: 'inline', separators: ['：', ': ', ' '], ext: 0.15,
      fields: [['氏名', 'name'], ['会社名', 'company'], ['電話番号|TEL|電話', 'phone'], ['携帯|携帯番号', 'mobile'], ['FAX番号|FAX|ファックス', 'text:fax'],
        ['別番号|新しい番号', 'phone'], ['メール', 'email'], ['顧客番号', 'bait:customer-id'], ['登録日', 'bait:date'], ['住所', 'bait:jpAddress'], ['郵便番号', 'bait:postcode']],
    }),
  },
  {
    name: 'notes-en', split: 'dev', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: ' ', count: [2, 4],
      sentences: [
        'Spoke with {name} on {bait:date} about order {id:order-id}.', 'Call back on {phone} after {bait:time}.',
        'Customer asked us to use {mobile} instead.', 'Left a voicemail at {phone}, no answer.', 'Refund of {bait:amount} approved for {bait:invoice}.',
        'New number: {phone}.', 'Their US office is on {foreign}.', 'Case {id:case-id} escalated, reference {bait:serial}.',
        'Shipped {bait:quantity} via tracking {bait:tracking}.', 'Please dial {ext} and ask for accounts.', 'Alternative contact {national} (evenings).',
        'Spent {bait:duration} on the line; renewal at {bait:percent} discount.', 'Toll-free support line {tollfree}.', 'Mobile {unspaced}, prefers text.',
        'Opening hours {bait:range}; see also {bait}.', 'Pay to {bait:bank}.', 'Tax ID {bait:tax-id}.',
      ],
    }),
  },
  {
    name: 'notes-ja', split: 'dev', lang: 'ja', agents: 'ja', records: 200,
    make: text({
      joiner: '', count: [2, 4],
      sentences: [
        '{bait:date}に{name}様よりお電話あり。', '折り返しは{phone}までお願いします。', '携帯{mobile}にも連絡可。', '注文番号{id:order-id}の件で問い合わせ。',
        '新しい番号は{phone}です。', '別番号：{phone}。', '請求額{bait:amount}について確認済み。', '{bait:time}以降は{mobile}へ。', 'フリーダイヤル{tollfree}に誘導。',
        '内線付き：{ext}。', '配送伝票{bait:tracking}、{bait:quantity}発送済み。', '海外拠点は{foreign}。', '通話時間{bait:duration}。', '折り返し先 {unspaced}。',
        '営業時間{bait:range}。', '振込先{bait:bank}。', '参考：{bait}。', '車両{bait:plate}で訪問予定。',
      ],
    }),
  },
  {
    name: 'email-en', split: 'dev', lang: 'en', agents: 'any', records: 160,
    make: text({
      joiner: '\n', count: [1, 3],
      opening: ['Hi team,', 'Dear {name},', 'Hello,'],
      sentences: ['Please call me on {phone} regarding invoice {id:invoice}.', 'I will be out until {bait:date}; urgent matters to {mobile}.', 'The meeting is at {bait:time} ({bait:date}).', 'Our order {id:order-id} totalled {bait:amount}.'],
      closing: ['Best regards,\n{name}\n{company}\nTel: {phone} | Fax: {fax} | Mobile: {mobile}', 'Thanks,\n{name}\nT: {phone}\nF: {fax}\nE: {email}', 'Regards,\n{name}\nPhone {ext}\nFacsimile {fax}', 'Cheers,\n{name}\nTel/Fax: {phone}'],
    }),
  },
  {
    name: 'email-ja', split: 'dev', lang: 'ja', agents: 'ja', records: 160,
    make: text({
      joiner: '\n', count: [1, 3],
      opening: ['お世話になっております。', '{company} {name}様'],
      sentences: ['{bait:date}の打ち合わせの件でご連絡いたしました。', 'ご不明点は{phone}までお問い合わせください。', '見積番号{id:invoice}、金額{bait:amount}にてお送りします。', '担当者直通：{phone}'],
      closing: ['――――――――\n{company}\n{name}\nTEL：{phone}\nFAX：{fax}\n携帯：{mobile}', '{name}\n電話 {ext}\nファックス {fax}', '{company}\nTEL/FAX {phone}'],
    }),
  },
  {
    name: 'timeline-en', split: 'dev', lang: 'en', agents: 'any', records: 160,
    make: text({
      joiner: '\n', count: [2, 5],
      sentences: ['{bait:datetime} — Called {phone}, no answer ({bait:duration}).', '{bait:datetime} — Inbound call from {any-number}, case {id:case-id} opened.', '{bait:date} {bait:time} Email sent to {email}.', '{bait:datetime} — Order {id:order-id} updated, total {bait:amount}.', '{bait:datetime} — SMS to {mobile} delivered.'],
    }),
  },
  {
    name: 'glued-cells', split: 'dev', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '', count: [1, 1], wholeCell: true,
      sentences: ['Phone({phone})Mobile({mobile})', 'Tel:{phone}/Mobile:{mobile}', 'TEL:{phone} 携帯:{mobile}', 'Phone({phone})Fax({fax})', '代表:{phone}直通:{phone}', 'Main {phone} / Cell {mobile}'],
    }),
  },
  {
    name: 'intl-contacts-country-column', split: 'dev', lang: 'en', agents: 'multi', records: 320,
    make: table({ columns: ['name', 'company', 'country', 'phone', 'mobile', 'bait:date'] }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-record-address', split: 'dev', lang: 'en', agents: 'multi', records: 160,
    make: form({
      mode: 'inline', separators: [': '],
      fields: [['Name', 'name'], ['Address', 'address'], ['Phone', 'phone'], ['Mobile', 'mobile'], ['Last order', 'bait:order-id']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-record-main-line', split: 'dev', lang: 'en', agents: 'multi', records: 120,
    make: form({
      mode: 'inline', separators: [': ', ' '],
      fields: [['Account', 'company'], ['Main line|HQ', 'intl'], ['Mobile|Cell', 'mobile'], ['Direct', 'phone'], ['Renewal', 'bait:date']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-list-no-evidence', split: 'dev', lang: 'en', agents: 'multi', records: 260,
    make: table({ columns: ['name', 'phone', 'bait:date', 'status'] }, (ctx) => mixedRow(ctx, false)),
  },
  {
    name: 'notes-de-fr', split: 'dev', lang: 'de', agents: 'de', records: 70,
    make: text({
      joiner: ' ', count: [2, 3],
      sentences: ['Rückruf unter {phone} erbeten.', 'Mobil: {mobile}.', 'Telefax {fax}.', 'Bestellung {id:order-id} vom {bait:date} über {bait:amount}.', 'Tel.: {ext}', 'Neue Nummer {phone}.'],
    }),
  },
  {
    name: 'notes-fr', split: 'dev', lang: 'fr', agents: 'fr', records: 60,
    make: text({
      joiner: ' ', count: [2, 3],
      sentences: ['Rappeler au {phone}.', 'Portable : {mobile}.', 'Fax : {fax}.', 'Commande {id:order-id} du {bait:date}, montant {bait:amount}.', 'Tél. : {ext}'],
    }),
  },
  {
    name: 'order-summary-en', split: 'dev', lang: 'en', agents: 'any', records: 220,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['Order {id:order-id} placed {bait:datetime}', 'Subtotal {bait:amount}', 'Ship to {bait:postcode}', 'Paid with card {bait:card}', 'IBAN {bait:iban}', 'Tracking {bait:tracking}', 'Server {bait:ip} version {bait:version}', 'Book {bait:isbn}', 'Location {bait:coordinates}', 'Invoice {id:invoice} due {bait:date}', 'Serial {id:serial}', 'Logged at {bait:timestamp}', 'Item {bait:barcode} {bait:dimension}', 'Remit to {bait:bank}', 'Seller {bait:tax-id}', 'Delivery window {bait:range}', 'Parking {bait:plate}'],
    }),
  },
];

// ——— seen: was the holdout until 2026-12-04; scored once untouched, then opened for tuning ———

const SEEN: Family[] = [
  {
    name: 'accounts-grid-en', split: 'seen', lang: 'en', agents: 'any', records: 260,
    make: table({ columns: ['company', 'name', 'owner', 'phone', 'mobile', 'bait:amount', 'bait:datetime', 'bait:order-id'], ext: 0.1, suffixes: [' (switchboard)', ' - direct'], prefixes: ['Ph: ', 'T '] }),
  },
  {
    name: 'partners-table-ja', split: 'seen', lang: 'ja', agents: 'ja', records: 260,
    make: table({ columns: ['company', 'name', 'phone', 'phone', 'bait:jpAddress', 'bait:date', 'bait:invoice'], ext: 0.1, suffixes: ['（代表）', ' 直通'], prefixes: ['TEL ', '代表 '] }),
  },
  {
    name: 'call-history-ja', split: 'seen', lang: 'ja', agents: 'ja', records: 240,
    make: table({ columns: ['bait:datetime', 'direction', 'any-number', 'bait:duration', 'owner', 'bait:case-id'] }),
  },
  {
    name: 'record-fields-en', split: 'seen', lang: 'en', agents: 'any', records: 110,
    make: form({
      mode: 'cells', separators: [''], ext: 0.15,
      fields: [['Contact', 'name'], ['Organisation', 'company'], ['Business phone', 'phone'], ['Mobile phone', 'mobile'], ['Facsimile|Fax', 'text:fax'],
        ['Toll-free', 'tollfree'], ['Member number', 'bait:customer-id'], ['Modified', 'bait:date'], ['Deal size', 'bait:amount'], ['ZIP', 'bait:postcode']],
    }),
  },
  {
    name: 'record-fields-ja', split: 'seen', lang: 'ja', agents: 'ja', records: 110,
    make: form({
      mode: 'cells', separators: [''], ext: 0.15,
      fields: [['お名前', 'name'], ['取引先', 'company'], ['代表電話', 'phone'], ['直通', 'phone'], ['携帯電話', 'mobile'], ['FAX|F', 'text:fax'],
        ['会員番号', 'bait:customer-id'], ['更新日時', 'bait:datetime'], ['所在地', 'bait:jpAddress'], ['〒', 'bait:postcode']],
    }),
  },
  {
    name: 'notes-en-b', split: 'seen', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: ' ', count: [2, 4],
      sentences: [
        '{name} rang about ticket {id:case-id}; wants a callback on {mobile}.', 'Reach her at {phone} between {bait:time} and {bait:time}.', 'Quote {id:invoice} for {bait:amount} sent {bait:date}.',
        'He changed numbers — now {phone}.', 'Switchboard: {ext}.', 'EU partner: {foreign}.', 'Delivery {bait:tracking} arrived ({bait:quantity}).', 'Try {national} if the main line is busy.',
        'Discount agreed at {bait:percent}.', 'Call lasted {bait:duration}.', 'Free phone {tollfree} for returns.', 'Text only: {unspaced}.', 'Ref {id:order-id}, device {id:serial}.',
        'Available {bait:range}.', 'Wire to {bait:bank}.', 'Company reg. {bait:tax-id}.', 'Noted: {bait}.', 'Screen {bait:dimension}.',
      ],
    }),
  },
  {
    name: 'notes-ja-b', split: 'seen', lang: 'ja', agents: 'ja', records: 200,
    make: text({
      joiner: '', count: [2, 4],
      sentences: [
        '{name}様から{bait:date}{bait:time}頃に入電。', '連絡先は{mobile}（携帯）とのこと。', '代表{phone}は{bait:time}まで。', '発注{id:order-id}、{bait:amount}で確定。',
        '番号変更あり、新番号{phone}。', '直通番号 {phone}。', '問合せ{id:case-id}を起票。', 'ご案内：{tollfree}（通話無料）。', '{ext}へ転送。',
        '米国本社 {foreign}。', '請求{id:invoice}は{bait:date}期限。', '不在のため{unspaced}へSMS。',
        '受付時間{bait:range}。', '{bait:tax-id}を確認。', 'メモ：{bait}。', '商品{bait:barcode}を手配。',
      ],
    }),
  },
  {
    name: 'email-en-b', split: 'seen', lang: 'en', agents: 'any', records: 160,
    make: text({
      joiner: '\n', count: [1, 3],
      opening: ['Good morning,', 'To whom it may concern,', '{name},'],
      sentences: ['You can reach me directly at {phone}.', 'Reference {id:order-id}; payment of {bait:amount} received {bait:date}.', 'I am travelling until {bait:date}, my cell is {mobile}.', 'Dial-in {ext}.'],
      closing: ['—\n{name} | {company}\nO {phone} · M {mobile} · F {fax}', 'Kind regards\n{name}\nPh. {phone}\nFAX {fax}', '{name}\nP: {phone}\nF: {fax}', 'Sent from my phone\n{name}\n{mobile}', 'Regards\n{company}\nTel & Fax {phone}'],
    }),
  },
  {
    name: 'email-ja-b', split: 'seen', lang: 'ja', agents: 'ja', records: 160,
    make: text({
      joiner: '\n', count: [1, 3],
      opening: ['いつもお世話になっております。', '{name}様'],
      sentences: ['お手数ですが{phone}までご連絡ください。', '{bait:date}に発送予定です（伝票番号{bait:tracking}）。', '携帯番号：{mobile}', '合計{bait:amount}（税込）となります。'],
      closing: ['*****************\n{company}\n{name}\n電話番号 {phone}\nFAX番号 {fax}\n*****************', '{name}\nT.{phone} F.{fax}', '{company}\nTEL・FAX：{phone}', '{name}\n代表 {phone}／ファックス {fax}'],
    }),
  },
  {
    name: 'timeline-ja', split: 'seen', lang: 'ja', agents: 'ja', records: 160,
    make: text({
      joiner: '\n', count: [2, 5],
      sentences: ['[{bait:datetime}] 発信 {phone} 不在（{bait:duration}）', '[{bait:datetime}] 着信 {any-number} 案件{id:case-id}', '[{bait:date}] メール送信 {email}', '[{bait:datetime}] 受注{id:order-id} 更新 {bait:amount}', '[{bait:datetime}] SMS送信 {mobile}'],
    }),
  },
  {
    name: 'glued-cells-b', split: 'seen', lang: 'ja', agents: 'any', records: 200,
    make: text({
      joiner: '', count: [1, 1], wholeCell: true,
      sentences: ['電話番号:{phone}携帯番号:{mobile}', 'Office[{phone}]Cell[{mobile}]', 'TEL{phone}FAX{fax}', 'Tel.{phone},Mob.{mobile}', '会社:{phone}/自宅:{phone}', 'Work:{phone};Home:{phone}'],
    }),
  },
  {
    name: 'overseas-customers-ja', split: 'seen', lang: 'ja', agents: 'multi', records: 320,
    make: table({ columns: ['name', 'country', 'company', 'mobile', 'phone', 'status'] }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-record-plus-number', split: 'seen', lang: 'en', agents: 'multi', records: 160,
    make: form({
      mode: 'cells', separators: [''],
      fields: [['Contact', 'name'], ['Switchboard', 'intl'], ['Direct', 'phone'], ['Mobile', 'mobile'], ['Opened', 'bait:date']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-card-address-ja', split: 'seen', lang: 'ja', agents: 'multi', records: 120,
    make: form({
      mode: 'cells', separators: [''],
      fields: [['担当者', 'name'], ['国/地域|Country/Region', 'country'], ['所在地', 'address'], ['電話', 'phone'], ['携帯', 'mobile']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'intl-grid-no-evidence', split: 'seen', lang: 'en', agents: 'multi', records: 260,
    make: table({ columns: ['company', 'mobile', 'owner', 'bait:amount'] }, (ctx) => mixedRow(ctx, false)),
  },
  {
    name: 'notes-de-b', split: 'seen', lang: 'de', agents: 'de', records: 70,
    make: text({
      joiner: ' ', count: [2, 3],
      sentences: ['Bitte {phone} anrufen.', 'Handy {mobile}.', 'Fax: {fax}.', 'Rechnung {id:invoice} vom {bait:date}, Betrag {bait:amount}.', 'Zentrale {ext}', 'Durchwahl geändert: {phone}.'],
    }),
  },
  {
    name: 'notes-fr-b', split: 'seen', lang: 'fr', agents: 'fr', records: 60,
    make: text({
      joiner: ' ', count: [2, 3],
      sentences: ['Joignable au {phone}.', 'Mobile {mobile}.', 'Télécopie {fax}.', 'Facture {id:invoice} du {bait:date} : {bait:amount}.', 'Standard {ext}'],
    }),
  },
  {
    name: 'invoice-lines-ja', split: 'seen', lang: 'ja', agents: 'ja', records: 220,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['受注番号 {id:order-id}（{bait:datetime}）', '小計 {bait:amount}', '配送先 {bait:postcode} {bait:jpAddress}', 'カード {bait:card}', '振込先 {bait:iban}', '追跡番号 {bait:tracking}', 'サーバー {bait:ip} / {bait:version}', '書籍 {bait:isbn}', '座標 {bait:coordinates}', '請求 {id:invoice} 支払期日 {bait:date}', '製品 {id:serial}', '記録 {bait:timestamp}', '数量 {bait:quantity} 割引 {bait:percent}', '商品 {bait:barcode}', '寸法 {bait:dimension}', '振込 {bait:bank}', '{bait:tax-id}', '配達 {bait:range}', '駐車 {bait:plate}'],
    }),
  },
];

// ——— seen2: was the holdout from 2026-12-04 15:00; scored once untouched, then opened for tuning ———
// Layouts, prose and vocabulary written fresh (ticket threads, chats, calendar invites, CSV
// exports, signatures and 名刺, 議事録, Kanban cards, search results, audit logs, shipping labels,
// import previews), with fax phrasings, ways of writing and bait kinds no other split has.

const SEEN2: Family[] = [
  {
    name: 'ticket-thread-en', split: 'seen2', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [2, 5],
      opening: ['Re: {id:case-id} — callback request', 'Ticket {bait:case-id} updated', 'Fwd: {company} — billing question'],
      sentences: [
        '> On {bait:date}, {name} wrote:', '> Please ring me on {mobile} after {bait:time}.', '> My desk phone is {ext}.', 'Agent {name}: tried {phone}, went to voicemail.',
        'Customer replied: better to use {national} in the mornings.', 'Internal note: linked to AWS account {id:aws}.', 'Status set to Pending by {name} ({bait:compact-datetime}).',
        'Customer: Fax-Nr. {fax} (for the signed form).', 'Order {id:order-id} refunded, {bait:amount}.', 'Escalated to the {text:Berlin|Osaka|Dublin} office, {foreign}.',
        'Device {bait:serial} returned under {bait:lot}.', 'Sent the label, tracking {bait:tracking-spaced}.', 'Reply-to number: {phone}', '{bait}',
      ],
    }),
  },
  {
    name: 'chat-transcript-en', split: 'seen2', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: [
        '[{bait:time}] Visitor: you can reach me at {mobile}', '[{bait:time}] Agent: is {phone} still the best number?', '[{bait:time}] Visitor: no, use {national} instead',
        '[{bait:time}] Bot: ticket {id:case-id} created', '[{bait:time}] Visitor: my account is {id:customer-id}', '[{bait:time}] Agent: I will call you back on {phone}',
        '[{bait:time}] Visitor: or our switchboard {ext}', '[{bait:time}] Visitor: please fax it to {fax}', '[{bait:time}] Visitor: it arrived as parcel {bait:tracking-spaced}',
        '[{bait:time}] Agent: the meeting link says {bait:meeting-id}', '[{bait:time}] Visitor: toll free is {tollfree} right?', '[{bait:time}] Visitor: lol ok 👍',
      ],
    }),
  },
  {
    name: 'chat-transcript-ja', split: 'seen2', lang: 'ja', agents: 'ja', records: 200,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: [
        '{bait:time} お客様：電話番号は{mobile}です', '{bait:time} オペレーター：折り返し先は{phone}でよろしいでしょうか', '{bait:time} お客様：会社の方は{ext}です',
        '{bait:time} お客様：マイナンバー（{id:mynumber}）も必要ですか？', '{bait:time} オペレーター：ご注文{id:order-id}を確認しました', '{bait:time} お客様：ファクシミリは{fax}です',
        '{bait:time} オペレーター：フリーダイヤル{tollfree}でも承ります', '{bait:time} お客様：携帯 {unspaced} にSMSください', '{bait:time} お客様：振込は{bait:bank-jp}からです',
        '{bait:time} オペレーター：受付番号{id:case-id}で承りました', '{bait:time} お客様：了解です',
      ],
    }),
  },
  {
    name: 'calendar-invite-en', split: 'seen2', lang: 'en', agents: 'any', records: 180,
    make: text({
      joiner: '\n', count: [3, 5],
      opening: ['Quarterly review with {company}', 'Onboarding call: {name}', 'Invitation: renewal discussion'],
      sentences: [
        'When: {bait:date} {bait:range}', 'Join by phone: {foreign}', '{bait:meeting-id}', 'Organiser: {name}, direct {phone}', 'Dial-in (toll-free): {tollfree}',
        'If the bridge fails, call my cell {mobile}', 'Room: {bait:plate}', 'Agenda item: PO {id:order-id}', 'Reminder set {bait:compact-datetime}', 'Backup dial-in {foreign}',
      ],
    }),
  },
  {
    name: 'calendar-invite-ja', split: 'seen2', lang: 'ja', agents: 'ja', records: 160,
    make: text({
      joiner: '\n', count: [3, 5],
      opening: ['【打合せ】{company}様 定例', '件名：導入説明会のご案内'],
      sentences: [
        '日時：{bait:date} {bait:range}', '電話で参加：{foreign}', '{bait:meeting-id}', '主催：{name}（直通 {phone}）', '当日の連絡先：{mobile}',
        '場所：{bait:jpAddress}', '資料番号 {id:invoice}', '通話料無料：{tollfree}', '{bait:compact-datetime} 作成',
      ],
    }),
  },
  {
    name: 'csv-export', split: 'seen2', lang: 'en', agents: 'any', records: 180,
    make: text({
      joiner: '\n', count: [2, 4],
      opening: ['name,company,phone,mobile,updated', '"Name","Company","Phone","Mobile","Created"'],
      sentences: [
        '"{name}","{company}","{phone}","{mobile}","{bait:compact-datetime}"', '{name},{company},{national},,{bait:compact-datetime}', '"{name}","{company}","{tollfree}","","{bait:date}"',
        "{name},{company},'{intl},{mobile},{bait:compact-datetime}", '{bait:customer-id},{company},{phone},,{bait:compact-datetime}', '"{name}","{bait:jan}","","{mobile}","{bait:log-id}"',
      ],
    }),
  },
  {
    name: 'signature-blocks-en', split: 'seen2', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [1, 2],
      opening: ['Thanks for your patience.', 'Speak soon,', 'All the best,'],
      sentences: ['I have attached the quote for {bait:amount}.', 'Let me know if {bait:date} works.'],
      closing: [
        '{name} | {company}\nDirect: {phone} · Mobile: {mobile}\nFax-Nr. {fax}', '{name}\n(T) {phone}\n(F) {fax}\n(M) {mobile}', '{name}\nTel. {phone}\nFAX/{fax}',
        '{name}\nphone {phone} | fax {fax} | {email}', '{name}\n☎ {phone}  📠 {fax}', '{name}, {company}\nM: {mobile}\nOffice {ext}', '{name}\n{company}\n{intl} (main)\n{bait:tax-id}',
      ],
    }),
  },
  {
    name: 'meishi-ja', split: 'seen2', lang: 'ja', agents: 'ja', records: 200,
    make: text({
      joiner: '\n', count: [3, 5],
      opening: ['━━━━━━━━━━━━━━━', '{company}', '＝＝＝＝＝＝＝＝＝＝'],
      sentences: [
        '{text:営業本部|第二営業部|カスタマーサクセス部} {text:部長|課長|主任} {name}', '{bait:postcode} {bait:jpAddress}', 'TEL {phone}（代表）', '直通 {phone}', 'ファクシミリ {fax}', 'FAX／{fax}',
        'Mobile {mobile}', '携帯：{mobile}', '(T){phone} (F){fax}', 'フリーコール {tollfree}', 'Tel. {phone}', '電話・FAX {phone}', 'E-mail {email}', '適格請求書発行事業者 {bait:tax-id}',
      ],
    }),
  },
  {
    name: 'gijiroku-ja', split: 'seen2', lang: 'ja', agents: 'ja', records: 180,
    make: text({
      joiner: '\n', count: [3, 6],
      opening: ['議事録　{bait:date} {bait:range}', '【議事録】{company}様 打合せ'],
      sentences: [
        '出席者：{name}、{name}（{company}）', '・先方窓口は{name}様、直通{phone}。', '・次回は{bait:date}、会議室{bait:plate}にて。', '・見積{id:invoice}の件、{bait:amount}で合意。',
        '・緊急時は携帯{mobile}へ連絡。', '・特許{bait:patent}の扱いを確認。', '・{bait:lot}の不具合報告あり。', '・先方の振込先：{bait:bank-jp}', '・先方FAX番号は{fax}（請求書送付用）。',
        '・海外拠点の連絡先 {foreign}。', '・代表番号が{phone}に変更。', '・通関{bait:customs}、{bait:quantity}出荷済み。',
      ],
    }),
  },
  {
    name: 'mixed-notes-en-ja', split: 'seen2', lang: 'ja', agents: 'ja-multi', records: 220,
    make: text({
      joiner: ' ', count: [2, 4],
      sentences: [
        'Customer {name}様 called from {mobile}.', '折り返し希望 after {bait:time}.', 'Office: {phone}（代表）', 'US side contact → {foreign}', 'AWS account {id:aws} の件で問い合わせ。',
        'FAX番号 → {fax}', 'TEL {ext}', 'New mobile {national}、登録済み。', 'Order {id:order-id} 発送済み、{bait:tracking-spaced}.', '{bait:compact-datetime} callback done.', '{bait}',
      ],
    }),
  },
  {
    name: 'search-results-en', split: 'seen2', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [2, 5],
      opening: ['Results for "{name}" ({bait:quantity})', 'Top matches'],
      sentences: [
        '{name} · {company} · {phone} · last contact {bait:date}', 'Account {id:customer-id} · {company} · HQ {intl}', 'Lead · {name} · {mobile} · score {bait:percent}',
        'Invoice {id:invoice} · {bait:amount} · {bait:date}', 'Case {id:case-id} · {name} · callback {phone}', 'Product {bait:jan} · lot {bait:lot}',
      ],
    }),
  },
  {
    name: 'audit-log', split: 'seen2', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [2, 5],
      sentences: [
        '{bait:datetime} user={text:jsmith|k.tanaka|admin} action=contact.update field=phone old="{phone}" new="{phone}"', '{bait:datetime} ip={bait:ip} {bait:log-id} login ok',
        '{bait:compact-datetime} EXPORT {bait:quantity} rows by {name}', '{bait:datetime} role {id:aws} assumed', '{bait:datetime} mobile changed to {mobile} (was {mobile})',
        '{bait:datetime} fax_number set: {fax}', '{bait:datetime} record {id:customer-id} merged', '{bait:datetime} outbound call {phone} {bait:duration}',
      ],
    }),
  },
  {
    name: 'kanban-cards', split: 'seen2', lang: 'en', agents: 'multi', records: 220,
    make: form({
      mode: 'cells', separators: [''],
      fields: [['Card', 'company'], ['Region', 'country'], ['📞|Call', 'phone'], ['Alt. number|Backup', 'mobile'], ['Due', 'bait:compact-datetime'], ['Batch', 'bait:lot']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'shipping-labels', split: 'seen2', lang: 'en', agents: 'multi', records: 220,
    make: form({
      mode: 'cells', separators: [''],
      fields: [['Ship to|Deliver to', 'name'], ['Address', 'address'], ['Tel|Phone|Contact no.', 'phone'], ['Tracking', 'bait:tracking-spaced'], ['Weight', 'bait:quantity'], ['Ref', 'bait:order-id'], ['HS code', 'bait:customs']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'import-preview', split: 'seen2', lang: 'en', agents: 'multi', records: 260,
    make: table({ columns: ['name', 'phone', 'bait:compact-datetime', 'text:New|Duplicate|Merged'] }, (ctx) => mixedRow(ctx, false)),
  },
  {
    name: 'distributors-ja', split: 'seen2', lang: 'ja', agents: 'multi', records: 200,
    make: table({ columns: ['company', 'country', 'name', 'phone', 'mobile', 'bait:patent'], ext: 0.15, suffixes: ['（本社）', ' [HQ]'] }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'stammdaten-de', split: 'seen2', lang: 'de', agents: 'de', records: 110,
    make: form({
      mode: 'inline', separators: [': ', ' ', ':\u00a0'], ext: 0.2,
      fields: [['Firma', 'company'], ['Telefon|Tel.|Fon', 'phone'], ['Mobil|Handy', 'mobile'], ['Fax-Nr.|Telefax|Fax (Zentrale)', 'text:fax'], ['Bestellung', 'bait:order-id'], ['Patent', 'bait:patent'], ['Charge', 'bait:lot'], ['Zollnummer', 'bait:customs']],
    }),
  },
  {
    name: 'fiche-client-fr', split: 'seen2', lang: 'fr', agents: 'fr', records: 90,
    make: form({
      mode: 'inline', separators: [' : ', ': '], ext: 0.2,
      fields: [['Société', 'company'], ['Tél.|Téléphone', 'phone'], ['Portable|Mobile', 'mobile'], ['Télécopie|Fax', 'text:fax'], ['Facture', 'bait:invoice'], ['Lot', 'bait:lot'], ['Mis à jour', 'bait:compact-datetime']],
    }),
  },
  {
    name: 'ficha-scheda-es-it', split: 'seen2', lang: 'en', agents: 'es-it', records: 110,
    make: form({
      mode: 'inline', separators: [': ', ' ', ' - '], ext: 0.1,
      fields: [['Empresa|Azienda', 'company'], ['Teléfono|Tel.|Telefono', 'phone'], ['Móvil|Cellulare|Cell.', 'mobile'], ['Fax|Telefax', 'text:fax'], ['Pedido|Ordine', 'bait:order-id'], ['Lote|Lotto', 'bait:lot'], ['Fecha|Data', 'bait:date']],
    }),
  },
  {
    name: 'callback-queue-in', split: 'seen2', lang: 'en', agents: 'in', records: 140,
    make: table({ columns: ['name', 'mobile', 'phone', 'bait:compact-datetime', 'text:Callback due|Retry 2|Done'], prefixes: ['Mob. ', 'Ph '] }),
  },
  {
    name: 'product-sheet-ja', split: 'seen2', lang: 'ja', agents: 'ja', records: 150,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['JAN {bait:jan}', '{bait:lot}', '{bait:patent}', '{bait:customs}', '寸法 {bait:dimension}', '製造 {bait:compact-datetime}', '{bait:serial}', '希望小売価格 {bait:amount}', 'お客様相談室 {tollfree}', '製造元 {company} {phone}'],
    }),
  },
];

// ——— seen3: was the holdout built 2026-12-04 ~15:30; scored once untouched, then opened for tuning ———
// CRM screens no other split has, written fresh as a product tester would meet them: activity
// histories, ticket sidebars, contact timelines, entity forms, spreadsheet pastes, IVR logs, SMS
// threads, letterhead quotes, 顧客台帳 and 問い合わせ履歴, Korean, Chinese and Taiwanese cards,
// Iberian and Dutch address books, shift rosters, delivery notes; new fax wordings and bait.

const SEEN3: Family[] = [
  {
    name: 'activity-history-en', split: 'seen3', lang: 'en', agents: 'any', records: 220,
    make: text({
      joiner: '\n', count: [3, 5],
      sentences: [
        'Call · Outbound · {bait:iso-dt} · Logged by {name}', 'Subject: Call {phone} re {bait:case-id}', 'Task: follow up on {mobile} by {bait:date}', 'Logged a call to {ext}, no answer.',
        'Opportunity {id:order-id} moved to Negotiation ({bait:amount}).', 'Warranty claim for VIN {bait:vin}.', 'Contact asked us to use {national} from now on.', 'Fax line (do not call): {fax}',
        'Comments: {bait:case-ref} is the insurer\'s reference, not a phone number.', 'Next step: {name} to call {phone} at {bait:time}.', 'Site visit {bait:room}, {bait:gps}.', 'Related: {bait}',
      ],
    }),
  },
  {
    name: 'ticket-sidebar', split: 'seen3', lang: 'en', agents: 'any', records: 220,
    make: form({
      mode: 'cells', separators: [''], ext: 0.15,
      fields: [['Requester', 'name'], ['Phone', 'phone'], ['Mobile', 'mobile'], ['Organization phone', 'phone'], ['Fax line|Business fax', 'text:fax'],
        ['Request', 'bait:case-id'], ['Created', 'bait:iso-dt'], ['Product', 'bait:sku-ean'], ['Reference', 'bait:case-ref']],
    }),
  },
  {
    name: 'contact-timeline', split: 'seen3', lang: 'en', agents: 'world', records: 240,
    make: form({
      mode: 'inline', separators: [': ', ' — '],
      fields: [['Country/Region', 'country'], ['Phone number', 'phone'], ['Mobile phone number', 'mobile'], ['Last activity', 'bait:iso-dt'], ['Associated deal', 'bait:order-id'], ['Meeting room', 'bait:room']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'entity-form', split: 'seen3', lang: 'en', agents: 'any', records: 180,
    make: form({
      mode: 'inline', separators: ['\n', ': ', '\t'], ext: 0.2,
      fields: [['Business Phone', 'phone'], ['Mobile Phone', 'mobile'], ['Home Phone|Other Phone', 'phone'], ['Fax (Business)|Fax/Telecopier', 'text:fax'],
        ['Account Number', 'bait:customer-id'], ['Case Number', 'bait:case-id'], ['Modified On', 'bait:iso-dt'], ['Bank', 'bait:swift'], ['Asset', 'bait:serial']],
    }),
  },
  {
    name: 'spreadsheet-paste', split: 'seen3', lang: 'en', agents: 'any', records: 220,
    make: text({
      joiner: '\n', count: [2, 4],
      opening: ['Name\tCompany\tPhone\tSKU\tAmount', 'Contact\tTel\tItem\tQty'],
      sentences: ['{name}\t{company}\t{phone}\t{bait:sku-ean}\t{bait:amount}', '{name}\t{mobile}\t{bait:sku-ean}\t{bait:quantity}', '{name}\t{company}\t{national}\t{bait:vin}\t{bait:iso-dt}',
        '{bait:customer-id}\t{phone}\t{bait:room}\t{bait:quantity}', '{name}\t\t{tollfree}\t{bait:sku-ean}\t'],
    }),
  },
  {
    name: 'ivr-call-flow', split: 'seen3', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['{bait:iso-dt} INBOUND ANI {foreign} {bait:ivr-node}', '{bait:iso-dt} caller keyed account {id:customer-id}', '{bait:iso-dt} {bait:ivr-node} → transfer to {tollfree}',
        '{bait:iso-dt} queue wait {bait:duration}', '{bait:iso-dt} callback requested to {mobile}', '{bait:iso-dt} DNIS {phone}', '{bait:iso-dt} caller entered {bait:sms-code}', '{bait:iso-dt} {bait:ivr-node}'],
    }),
  },
  {
    name: 'sms-thread-en', split: 'seen3', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['{name}: hi, new number is {mobile}', 'Us: Your {bait:sms-code}. Reply STOP to opt out.', '{name}: pls call the office {phone} instead', 'Us: driver will arrive {bait:iso-dt}, van {bait:vin}',
        '{name}: gate code is {bait:sms-code} lol', 'Us: ref {bait:case-ref}', '{name}: or my wife on {national}', 'Us: our helpline {tollfree}', '{name}: 👍'],
    }),
  },
  {
    name: 'sms-thread-ja', split: 'seen3', lang: 'ja', agents: 'ja', records: 160,
    make: text({
      joiner: '\n', count: [3, 6],
      sentences: ['{name}：番号変わりました{mobile}です', '当社：{bait:sms-code}をご入力ください', '{name}：会社の方に電話ください {phone}', '当社：お届けは{bait:iso-dt}頃です', '{name}：了解です！',
        '当社：{bait:case-ref}', '{name}：実家 {national} でも大丈夫です', '当社：お問合せは{tollfree}まで'],
    }),
  },
  {
    name: 'letterhead-quote', split: 'seen3', lang: 'en', agents: 'any', records: 200,
    make: text({
      joiner: '\n', count: [3, 5],
      opening: ['{company}\nT {phone} · Fax no. {fax} · {email}', '{company} | Tel. {phone} | Telefax {fax}', '{company}\nPhone {ext}\nFax line {fax}'],
      sentences: ['Quote {id:invoice} valid until {bait:date}', 'Item {bait:sku-ean} × {bait:quantity}', 'Remit to {bait:swift}', 'Company reg. {bait:tax-id}', 'Questions? Call {tollfree}', 'Delivery to {bait:room}', 'Your contact: {name}, {mobile}'],
    }),
  },
  {
    name: 'kokyaku-daicho-ja', split: 'seen3', lang: 'ja', agents: 'ja', records: 240,
    make: table({ columns: ['bait:customer-id', 'company', 'name', 'phone', 'mobile', 'bait:postal-fw', 'bait:hojin'], ext: 0.1, suffixes: [' 代表', '（営業部）'] }),
  },
  {
    name: 'toiawase-rireki-ja', split: 'seen3', lang: 'ja', agents: 'ja', records: 220,
    make: text({
      joiner: '\n', count: [3, 5],
      sentences: ['{bait:iso-dt} 受付 {name}様 折返し先{phone}', '{bait:date} 再入電。携帯{mobile}へ連絡希望', '{bait:case-ref}', 'ＦＡＸ送付先：{fax}', '送付先 {bait:postal-fw} {bait:jpAddress}',
        '{bait:hojin}', '代表{ext}経由で担当者へ', '対応者 {name}、所要{bait:duration}', '請求{id:invoice}の件'],
    }),
  },
  {
    name: 'business-cards-east-asia', split: 'seen3', lang: 'en', agents: 'east-asia', records: 220,
    make: form({
      mode: 'inline', separators: [' ', '：', ': '], ext: 0.1,
      fields: [['电话|電話|전화|Tel', 'phone'], ['手机|手機|휴대폰|Mobile', 'mobile'], ['传真|傳真|팩스', 'text:fax'], ['地址|주소', 'bait:room'], ['统一编号|사업자등록번호|Reg. No.', 'bait:tax-id'], ['邮箱|E-mail', 'email']],
    }),
  },
  {
    name: 'address-book-es-pt-nl', split: 'seen3', lang: 'en', agents: 'iberia-nl', records: 200,
    make: form({
      mode: 'inline', separators: [': ', ' '], ext: 0.1,
      fields: [['Teléfono fijo|Telefone|Telefoon', 'phone'], ['Móvil|Celular|Telemóvel|Mobiel', 'mobile'], ['Fax nº|Faxnummer|Nº de fax', 'text:fax'],
        ['Cliente|Klant', 'bait:customer-id'], ['Código postal|CEP|Postcode', 'bait:postcode'], ['Pedido|Bestelling', 'bait:order-id'], ['Alta|Aangemaakt', 'bait:iso-dt']],
    }),
  },
  {
    name: 'support-shift-roster', split: 'seen3', lang: 'en', agents: 'world', records: 260,
    make: table({ columns: ['name', 'text:Early|Late|Night|On call', 'phone', 'bait:iso-dt', 'bait:room'] }, (ctx) => mixedRow(ctx, false)),
  },
  {
    name: 'delivery-notes', split: 'seen3', lang: 'en', agents: 'world', records: 220,
    make: form({
      mode: 'cells', separators: [''],
      fields: [['Consignee', 'name'], ['Address', 'address'], ['Contact tel.', 'phone'], ['Vehicle', 'bait:vin'], ['Drop-off', 'bait:gps'], ['Delivery note', 'bait:order-id'], ['Items', 'bait:sku-ean']],
    }, (ctx) => mixedRow(ctx, true)),
  },
  {
    name: 'world-accounts-grid', split: 'seen3', lang: 'en', agents: 'world', records: 220,
    make: table({ columns: ['company', 'country', 'phone', 'mobile', 'bait:swift', 'bait:iso-dt'], ext: 0.1, suffixes: [' (HQ)', ' - reception'] }, (ctx) => mixedRow(ctx, true)),
  },
];

// ——— seen4: was the holdout built 2026-12-04 ~17:00; scored once untouched, then opened: families-seen4.ts ———

// ——— seen5: was the holdout rebuilt 2026-12-04 ~17:50; scored once untouched, then opened: families-seen5.ts ———

// ——— seen6: was the holdout built 2026-12-04 ~20:00; scored once untouched, then opened: families-seen6.ts ———

// ——— seen7: was the holdout built 2026-12-04 ~21:00; scored once untouched, then opened: families-seen7.ts ———

// ——— seen8: was the holdout built 2026-12-04 ~23:00; scored once untouched, then opened: families-seen8.ts ———

// ——— seen9: was the holdout built 2026-12-05 ~00:00; scored once untouched, then opened: families-seen9.ts ———

// ——— holdout: built 2026-12-05 ~00:30, never tuned on: families-holdout.ts ———————————————

export const FAMILIES: readonly Family[] = [...DEV, ...SEEN, ...SEEN2, ...SEEN3, ...SEEN4_FAMILIES, ...SEEN5_FAMILIES, ...SEEN6_FAMILIES, ...SEEN7_FAMILIES, ...SEEN8_FAMILIES, ...SEEN9_FAMILIES, ...HOLDOUT_FAMILIES];
