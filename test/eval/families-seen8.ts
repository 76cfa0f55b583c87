/**
 * The template families of seen8 (the holdout built 2026-12-04 ~23:00, seed holdout-2026-12-04-2300;
 * scored once untouched, then opened for tuning). Text agents paste, see or type that no older
 * split has: Pipedrive CSV exports with semicolons, vCards, Notion/Confluence tables in Markdown,
 * out-of-office replies, Japanese mail signatures (署名) and delivery notes (納品書), German
 * delivery notes (Lieferschein), French, Spanish, Brazilian, Russian, Swedish and Greek invoices
 * with their company requisites, M-Pesa receipts (Kenya), Malay and Hindi business text, call
 * recording indexes, duplicate-contact reports, tenant and マンション管理 notices, pharmacy refill
 * requests, payroll queries, warranty claims, legal notices, IR contact pages (ja), till receipts
 * (ja, US), freight-forwarder bookings, loyalty sign-up forms (ja), directories of remote offices
 * and world dialling cards. Numbers come from the split's own pool (numbers-seen8.ts: 233 regions,
 * every type), written its own ways too (writing-seen8.ts), among its own bait (bait-seen8.ts).
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts), written with seen6's template
 * writer (families-seen6.ts put): a national number is labelled with its own E.164 where its
 * record names its country, else with every reading the agent's countries allow (the detector must
 * ask); a fax line is planted as "fax", its label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { Doc, type Agent, type Ctx } from './engine';
import type { Piece } from './engines';
import type { Family } from './families';
import { card, gridRow, named, note, own, rowsText, teamRow, unnamed } from './families-seen6';
import { SEEN8_NEW_REGIONS, SEEN8_REGIONS } from './numbers-seen8';
import type { NumberKind } from './numbers';
import type { Rng } from './prng';
import { writeInternational } from './writing';

export type Seen8AgentKind = 'h8-any' | 'h8-team' | 'h8-ja' | 'h8-ja-team' | 'h8-us' | 'h8-gb' | 'h8-de' | 'h8-fr' | 'h8-es' | 'h8-br' | 'h8-ru' | 'h8-se' | 'h8-gr' | 'h8-ke' | 'h8-my' | 'h8-in' | 'h8-island' | 'h8-sig';
export const SEEN8_AGENT_KINDS: readonly string[] = ['h8-any', 'h8-team', 'h8-ja', 'h8-ja-team', 'h8-us', 'h8-gb', 'h8-de', 'h8-fr', 'h8-es', 'h8-br', 'h8-ru', 'h8-se', 'h8-gr', 'h8-ke', 'h8-my', 'h8-in', 'h8-island', 'h8-sig'];

/** Teams whose lists mix countries (countries their records can name), none an older split's. */
const TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['NL', ['BE', 'DE', 'LU']], ['IT', ['CH', 'AT', 'SI']], ['ES', ['PT', 'FR', 'MA']], ['SE', ['NO', 'DK', 'FI']], ['RU', ['KZ', 'BY', 'AM']], ['BR', ['AR', 'UY', 'PY']], ['MX', ['US', 'GT', 'CO']],
  ['KE', ['TZ', 'UG', 'ET']], ['NG', ['GH', 'CI', 'SN']], ['MY', ['SG', 'ID', 'BN']], ['VN', ['KH', 'LA', 'TH']], ['PH', ['HK', 'SG', 'AE']], ['GR', ['CY', 'BG', 'RO']], ['CZ', ['SK', 'PL', 'HU']],
  ['JP', ['VN', 'PH', 'IN']], ['CA', ['FR', 'BE']], ['NZ', ['AU', 'FJ']], ['SA', ['EG', 'PK', 'IN']],
];
const JA_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [['JP', ['VN', 'PH', 'MY']], ['JP', ['IN', 'SG', 'AU']], ['JP', ['BR', 'US', 'CN']], ['JP', ['KR', 'TH', 'DE']]];
/** Countries of the offices the remote-office directories list: the regions this split adds. */
const REMOTE: Partial<Record<CountryCode, string>> = {
  BL: 'Saint-Barthélemy', BQ: 'Bonaire', CC: 'Cocos (Keeling) Islands', CU: 'Cuba', CX: 'Christmas Island', GA: 'Gabon', IO: 'Diego Garcia (BIOT)', MF: 'Saint-Martin', NF: 'Norfolk Island',
  NR: 'Nauru', SJ: 'Svalbard (Longyearbyen)', SY: 'Syria', TV: 'Tuvalu', WF: 'Wallis-et-Futuna',
};

export function pickSeen8Agent(rng: Rng, kind: Seen8AgentKind): Agent {
  const team = (teams: ReadonlyArray<readonly [CountryCode, CountryCode[]]>): Agent => {
    const [defaultCountry, others] = rng.pick(teams);
    return { defaultCountry, otherCountries: [...others] };
  };
  const alone = (country: CountryCode, p: number, teams: ReadonlyArray<readonly [CountryCode, CountryCode[]]>): Agent => (rng.chance(p) ? { defaultCountry: country } : team(teams));
  switch (kind) {
    case 'h8-any':
      return { defaultCountry: rng.weighted<CountryCode>(SEEN8_REGIONS.map((c) => [c, c === 'JP' ? 24 : c === 'US' ? 14 : c === 'GB' ? 8 : ['DE', 'FR', 'BR', 'RU', 'SE', 'KE', 'MY', 'GR', 'IT', 'ES', 'VN', 'BE', 'CN'].includes(c) ? 3 : SEEN8_NEW_REGIONS.includes(c) ? 2 : 1] as const)) };
    case 'h8-team': return team(TEAMS);
    case 'h8-ja': return { defaultCountry: 'JP' };
    case 'h8-ja-team': return team(JA_TEAMS);
    case 'h8-us': return alone('US', 0.7, [['US', ['CA']], ['US', ['MX', 'PR']]]);
    case 'h8-gb': return { defaultCountry: rng.weighted<CountryCode>([['GB', 6], ['IE', 2], ['AU', 2], ['NZ', 1]]) };
    case 'h8-de': return alone('DE', 0.6, [['DE', ['AT', 'CH']], ['AT', ['DE', 'IT']], ['CH', ['DE', 'FR', 'IT']]]);
    case 'h8-fr': return rng.chance(0.6) ? { defaultCountry: rng.weighted<CountryCode>([['FR', 5], ['BE', 2], ['LU', 1], ['CH', 1]]) } : team([['FR', ['BE', 'LU']], ['BE', ['FR', 'NL']]]);
    case 'h8-es': return alone('ES', 0.7, [['ES', ['PT', 'FR']], ['ES', ['MX', 'AR']]]);
    case 'h8-br': return alone('BR', 0.7, [['BR', ['PT', 'AR']], ['BR', ['UY', 'PY']]]);
    case 'h8-ru': return alone('RU', 0.7, [['RU', ['KZ', 'BY']], ['RU', ['AM', 'UZ']]]);
    case 'h8-se': return alone('SE', 0.7, [['SE', ['NO', 'DK']], ['SE', ['FI']]]);
    case 'h8-gr': return alone('GR', 0.7, [['GR', ['CY']], ['GR', ['BG', 'RO']]]);
    case 'h8-ke': return alone('KE', 0.7, [['KE', ['TZ', 'UG']], ['KE', ['RW', 'ET']]]);
    case 'h8-my': return alone('MY', 0.7, [['MY', ['SG', 'BN']], ['MY', ['ID', 'TH']]]);
    case 'h8-in': return alone('IN', 0.7, [['IN', ['AE', 'SG']], ['IN', ['NP', 'BD']]]);
    case 'h8-sig': return { defaultCountry: rng.pick(Object.keys(SIGNATURES) as CountryCode[]) };
    case 'h8-island': return { defaultCountry: rng.weighted<CountryCode>([['AU', 3], ['FR', 3], ['NL', 2], ['NO', 2], ['GB', 2], ['US', 1], ['ES', 1]]) };
  }
}

type SigLine = readonly [label: string, kind: NumberKind, form: 'national' | 'international', style: string];
/**
 * How offices of eight countries sign their mail, each number written the way its staff write it
 * there: Chinese "010—62751234", Italian "06.12345678", Brazilian "+55 (11) 91234-5678", Turkish
 * "+90 (532) 123 45 67", Indonesian "+62 812-3456-7890", Persian digits, Vietnamese dots, Belgian
 * "02/123.45.67". The agent works in that country: a national number is its own.
 */
const SIGNATURES: Partial<Record<CountryCode, { greet: readonly string[]; lines: readonly SigLine[] }>> = {
  CN: { greet: ['此致\n敬礼', '顺颂商祺'], lines: [['电话', 'fixed', 'national', 'emDashArea'], ['手机', 'mobile', 'national', 'std'], ['总机', 'fixed', 'national', 'emDashArea']] },
  IT: { greet: ['Cordiali saluti', 'Distinti saluti'], lines: [['Tel.', 'fixed', 'national', 'itDotPrefix'], ['Cell.', 'mobile', 'national', 'itDotPrefix'], ['Dall\'estero', 'fixed', 'international', 'std']] },
  BR: { greet: ['Atenciosamente', 'Abraços'], lines: [['Tel', 'fixed', 'international', 'brPlusParen'], ['Cel/WhatsApp', 'mobile', 'international', 'brPlusParen']] },
  TR: { greet: ['Saygılarımla', 'İyi çalışmalar'], lines: [['Tel', 'fixed', 'international', 'trPlusParen'], ['GSM', 'mobile', 'international', 'trPlusParen']] },
  ID: { greet: ['Salam hangat', 'Hormat kami'], lines: [['HP/WA', 'mobile', 'international', 'idPlusFours'], ['Kantor', 'fixed', 'national', 'std']] },
  IR: { greet: ['با احترام', 'ارادتمند'], lines: [['تلفن', 'fixed', 'international', 'persianDigitsIntl'], ['همراه', 'mobile', 'international', 'persianDigitsIntl']] },
  VN: { greet: ['Trân trọng', 'Thân mến'], lines: [['ĐT', 'fixed', 'national', 'vnDots'], ['DĐ', 'mobile', 'national', 'vnDots']] },
  BE: { greet: ['Met vriendelijke groeten', 'Bien à vous'], lines: [['Tel.', 'fixed', 'national', 'beSlashDots'], ['GSM', 'mobile', 'national', 'beSlashDots']] },
};

function regionalSignature(ctx: Ctx): Piece[] {
  const r = ctx.rng;
  const country = ctx.agent.defaultCountry;
  const sig = SIGNATURES[country]!;
  const doc = new Doc().add(`${r.pick(sig.greet)}\n${ctx.name()}\n${ctx.company()}\n`);
  for (const [label, kind, form, style] of sig.lines) {
    const p = ctx.phone({ country, kind, form, style });
    doc.add(`${label}${r.pick([': ', ' ', ' | '])}`).number(p.written, p.label).add('\n');
  }
  const b = ctx.bait(r.pick(['requisites', 'securities', 'shipping-doc']));
  doc.plant(`bait:${b.kind}`, b.text);
  return [{ doc, wholeCell: false }];
}

/** The agent's own country, or (in a team) a row of any of its countries that the text does not name: the labels ask. */
const maybeTeam = (ctx: Ctx) => (ctx.agent.otherCountries ? teamRow(ctx, false) : own(ctx));
const mixed = (ctx: Ctx) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx));

/**
 * A directory of a company's remote offices: each line names its place and writes its number with
 * its country code (these regions are called from abroad), the kinds each region has.
 */
function remoteOffices(ctx: Ctx): Piece[] {
  const r = ctx.rng;
  const doc = new Doc().add(r.pick(['Field offices — direct lines\n', 'Remote sites (satellite and cable stations)\n', 'Agents and correspondents\n']));
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const country = r.pick(Object.keys(REMOTE) as CountryCode[]);
    const byKind = ctx.pool.get(country)!;
    const kind = r.pick((['fixed', 'mobile', 'tollfree', 'voip', 'sharedcost'] as NumberKind[]).filter((k) => (byKind[k]?.length ?? 0) > 0));
    const number = r.pick(byKind[kind]!);
    doc.add(`${REMOTE[country]}${r.pick([': ', ' — ', '\t'])}${r.pick(['', 'Tel ', 'Ph. ', 'Office '])}`).number(writeInternational(number, r, undefined, ctx.split), { e164: number.e164 });
    const b = ctx.bait(r.pick(['shipping-doc', 'receipt-line', 'court-ref', 'land-ref']));
    doc.add(r.pick([' · ', ' | ', '  — '])).plant(`bait:${b.kind}`, b.text).add('\n');
  }
  return [{ doc, wholeCell: false }];
}

export const SEEN8_FAMILIES: Family[] = [
  {
    name: 'pipedrive-deals-csv', split: 'seen8', lang: 'en', agents: 'h8-team', records: 520,
    make: rowsText('Deal - Title;Person - Name;Organization - Country;Person - Phone;Person - Mobile;Deal - Value;Deal - ID',
      '{~Fleet renewal|Annual licence|Pilot rollout|Spare parts framework};{name};{country};{tel};{mob};{b:securities};{v:order-id}', named, [2, 5]),
  },
  {
    name: 'vcard-export', split: 'seen8', lang: 'en', agents: 'h8-team', records: 520, make: note({
      rows: named, count: [3, 5],
      head: ['BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nORG:{co}', 'BEGIN:VCARD\nVERSION:4.0\nN:{name};;;\nFN:{name}\n{v:customer-id}'],
      lines: ['TEL;TYPE=WORK,VOICE:{tel}', 'TEL;TYPE=CELL:{mob}', 'TEL;TYPE=WORK,FAX:{fax}', 'TEL;TYPE=MAIN:{e164}', 'item1.TEL:{num}', 'TEL;VALUE=uri;TYPE=voice:tel:{e164}', 'EMAIL;TYPE=INTERNET:{mail}', 'NOTE:{b:warranty}', 'BDAY:{b:date}'],
      tail: ['ADR;TYPE=WORK:;;{addr};;;;{country}\nEND:VCARD', 'item2.ADR:;;{addr};;;;{country}\nitem2.X-ABLabel:Office\nEND:VCARD'],
    }),
  },
  {
    name: 'notion-markdown-table', split: 'seen8', lang: 'en', agents: 'h8-team', records: 480,
    make: rowsText('| Contact | Role | Phone | Notes |\n|---|---|---|---|', '| {name} | {~Buyer|Site lead|Accounts|Owner|Dispatcher} | {num} | {b:shipping-doc} |', unnamed, [2, 5]),
  },
  {
    name: 'out-of-office-reply', split: 'seen8', lang: 'en', agents: 'h8-any', records: 520, make: note({
      count: [2, 4], joiner: ' ',
      head: ['Automatic reply: {v:case-id}\n\nThank you for your message. I am out of the office until {b:date} with limited access to e-mail.', 'Out of office: I am travelling and will reply on my return.'],
      lines: ['For urgent matters please call my colleague {name} on {tel}.', 'In an emergency you can reach me on {mob}.', 'Our service desk is available 24/7 on {free}.', 'For orders, please contact {ext}.', 'Our main switchboard is {num}.', 'Calls from abroad: {intl}.'],
      tail: ['\n\n{name}\n{co}', '\n\nBest regards,\n{name}'],
    }),
  },
  {
    name: 'mail-shomei-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 520, make: note({
      count: [3, 5],
      head: ['━━━━━━━━━━━━━━━━━━━━\n{co}\n{~営業部|カスタマーサポート部|物流管理課} {name}', '――――――――――――――――\n{co} {name}\n{addr}'],
      lines: ['T：{tel}', 'F：{fax}', '携帯：{mob}', 'TEL：{ext}', 'フリーダイヤル：{free}', 'ナビダイヤル：{cost}', 'E-mail：{mail}', '{b:securities}'],
      tail: ['━━━━━━━━━━━━━━━━━━━━', '――――――――――――――――'],
    }),
  },
  {
    name: 'nouhinsho-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 480, make: note({
      count: [4, 7],
      head: ['納品書\n{v:invoice}\n{co} 御中', '【納品書】{co} 様\n納品日：{b:date}'],
      lines: ['品番 {v:serial} 数量 {~2|5|12|40}個', '{b:shipping-doc}', '{b:warranty}', '発行元：{co} {tel}', 'ＦＡＸでのご注文は {fax} まで', 'お問い合わせ {num}', '担当：{name}（{mob}）', '得意先コード {v:customer-id}', '{b:loyalty}'],
    }),
  },
  {
    name: 'lieferschein-de', split: 'seen8', lang: 'de', agents: 'h8-de', records: 460, make: note({
      rows: mixed, count: [4, 7], ext: 0.15,
      head: ['Lieferschein {v:invoice}\nKunde: {co}, {country}', 'LIEFERSCHEIN\n{v:customer-id}\nLieferadresse: {addr}\n{country}'],
      lines: ['Pos. 1 {v:serial} Menge {~2|5|12|40} Stk.', '{b:shipping-doc}', 'Bankverbindung: {b:iban}', 'Ihr Ansprechpartner: {name}, Tel. {ext}', 'Fahrer: {mob}', 'Warenannahme: {tel}', 'Fax-to-email: {fax}', 'Bestellung {v:order-id}', 'Servicehotline {free}', '{b:requisites}'],
    }),
  },
  {
    name: 'facture-fr', split: 'seen8', lang: 'fr', agents: 'h8-fr', records: 460, make: note({
      count: [4, 7], ext: 0.15,
      head: ['FACTURE {v:invoice}\n{co}', 'Facture n° {v:invoice} — échéance à 30 jours'],
      lines: ['Tél. : {tel}', 'Fax n° {fax}', 'Portable : {mob}', 'Service client : {ext}', 'Numéro vert : {free}', 'Montant TTC : {b:amount}', 'IBAN : {b:iban}', '{reg}', '{b:securities}', 'Commande {v:order-id}'],
    }),
  },
  {
    name: 'factura-es', split: 'seen8', lang: 'en', agents: 'h8-es', records: 440, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['FACTURA {v:invoice}\n{co}', 'Factura simplificada {v:invoice}'],
      lines: ['Tel.: {tel}', 'Móvil: {mob}', 'Fax: {fax}', 'Atención al cliente: {free}', 'Pedido {v:order-id}', '{b:court-ref}', 'Importe total: {b:amount}', 'IBAN {b:iban}', 'Cliente {v:customer-id}', 'Llámenos al {num}'],
    }),
  },
  {
    name: 'nota-fiscal-br', split: 'seen8', lang: 'en', agents: 'h8-br', records: 460, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['DANFE — {v:invoice}\nEmitente: {co}', 'NOTA FISCAL DE SERVIÇO {v:invoice}'],
      lines: ['{b:requisites}', '{b:requisites}', 'Fone: {tel}', 'Celular/WhatsApp: {mob}', 'Fax do escritório: {fax}', 'SAC {free}', 'Pedido {v:order-id}', 'Ligue para {num}', '{b:shipping-doc}'],
    }),
  },
  {
    name: 'rekvizity-ru', split: 'seen8', lang: 'en', agents: 'h8-ru', records: 460, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['Реквизиты организации\n{co}', 'Уважаемый {~Иван Петрович|Сергей|Ольга Николаевна}!\n{v:invoice}'],
      lines: ['{b:requisites}', '{b:requisites}', '{b:requisites}', 'тел.: {tel}', 'факс: {fax}', 'моб.: {mob}', 'Горячая линия {free}', 'Звоните по номеру {num}', '{b:court-ref}'],
    }),
  },
  {
    name: 'faktura-se', split: 'seen8', lang: 'en', agents: 'h8-se', records: 440, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['FAKTURA {v:invoice}\n{co}', 'Hej {name}!\nHär kommer din faktura {v:invoice}.'],
      lines: ['{b:requisites}', '{b:requisites}', 'Telefon: {tel}', 'Mobil: {mob}', 'Fax nr. {fax}', 'Kundtjänst {free}', 'Ring oss på {num}', 'Beställning {v:order-id}'],
    }),
  },
  {
    name: 'timologio-gr', split: 'seen8', lang: 'en', agents: 'h8-gr', records: 420, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['ΤΙΜΟΛΟΓΙΟ {v:invoice}\n{co}', 'Αγαπητέ κύριε {~Παπαδόπουλε|Γεωργίου|Νικολάου},'],
      lines: ['Τηλ.: {tel}', 'Κιν.: {mob}', 'Φαξ: {fax}', 'Εξυπηρέτηση πελατών {free}', 'Παρακαλώ καλέστε στο {num}', '{b:shipping-doc}', 'IBAN {b:iban}'],
    }),
  },
  {
    name: 'mpesa-sms-ke', split: 'seen8', lang: 'en', agents: 'h8-ke', records: 460, make: note({
      count: [2, 4], joiner: ' ', repeats: true,
      lines: ['{b:mobile-money} {b:mobile-money} sent to {name} {mob} {b:mobile-money}.', '{b:mobile-money} You have received {b:mobile-money} from {name} {mob}.', '{b:mobile-money} {b:mobile-money} paid to {co}. {b:mobile-money}',
        'For queries call {free}.', 'Customer care: {tel}', 'Agent {name}, {mob}: {b:mobile-money}'],
    }),
  },
  {
    name: 'malay-business-text', split: 'seen8', lang: 'en', agents: 'h8-my', records: 440, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['Tuan/Puan {name},', 'Sebut harga {v:invoice}\n{co}'],
      lines: ['Tel: {tel}', 'H/P: {mob}', 'Faks: {fax}', 'Talian bebas tol {free}', 'Sila hubungi kami di {num}', '{b:shipping-doc}', 'Jumlah: {b:amount}', 'No. pesanan {v:order-id}'],
    }),
  },
  {
    name: 'hindi-notice-in', split: 'seen8', lang: 'en', agents: 'h8-in', records: 420, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['प्रिय ग्राहक,', 'सूचना — {v:case-id}'],
      lines: ['फ़ोन: {tel}', 'मोबाइल: {mob}', 'फ़ैक्स: {fax}', 'टोल फ्री: {free}', 'कृपया {num} पर संपर्क करें।', '{b:amount}', '{b:rx}', 'ग्राहक सेवा {ext}'],
    }),
  },
  {
    name: 'recording-index', split: 'seen8', lang: 'en', agents: 'h8-any', records: 440, make: note({
      count: [3, 6], repeats: true,
      head: ['start\tANI\tDNIS\tduration\tagent\tfile', 'Recording index (exported)'],
      lines: ['{b:datetime}\t{e164}\t{e164}\t{b:duration}\t{name}\t{b:warranty}', '{b:datetime}\t{abroad}\t{e164}\t{b:duration}\t{name}', 'callback to {e164} by {name}, {b:datetime}'],
    }),
  },
  {
    name: 'dedupe-report', split: 'seen8', lang: 'en', agents: 'h8-team', records: 460, make: note({
      rows: named, count: [3, 5],
      head: ['Possible duplicates ({~3|4|5} records) — {country}', 'Merge suggestion: {name} ({country})'],
      lines: ['Record A: {name}, {tel}, {v:customer-id}', 'Record B: {name}, {nat}, {v:customer-id}', 'Matched on phone: {mob}', 'Master keeps {e164}', 'Conflicting field "Other phone": {num}', 'Last activity {b:datetime}'],
    }),
  },
  {
    name: 'tenant-notice-en', split: 'seen8', lang: 'en', agents: 'h8-gb', records: 440, make: note({
      count: [3, 6], ext: 0.1,
      head: ['NOTICE TO ALL RESIDENTS\n{b:land-ref}', 'Dear Tenant,\nRe: {b:land-ref}'],
      lines: ['Maintenance requests: {tel}', 'Out-of-hours emergencies: {free}', 'Your building manager {name} can be reached on {mob}.', 'Rent queries: {ext}', 'Gas emergency line {num}', '{b:payroll}', 'Contractor on site: {mob}'],
    }),
  },
  {
    name: 'kanri-oshirase-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 440, make: note({
      count: [3, 6],
      head: ['居住者各位\n{co}\n{b:land-ref}', '【お知らせ】給水設備点検について\n管理組合理事会'],
      lines: ['管理会社：{co}（{tel}）', '24時間緊急受付：{free}', '管理員 {name}（携帯 {mob}）', '点検業者：{num}', '{b:land-ref}', 'ご不明な点は {ext} までお問い合わせください。', 'FAXでのご連絡は F：{fax}'],
    }),
  },
  {
    name: 'pharmacy-refill-en', split: 'seen8', lang: 'en', agents: 'h8-us', records: 460, make: note({
      count: [4, 7], ext: 0.1,
      head: ['Refill request — {v:customer-id}\nPatient: {name}', 'PHARMACY NOTE\n{b:rx}'],
      lines: ['{b:rx}', '{b:rx}', 'Patient phone: {mob}', 'Prescriber office: {ext}', 'Prescriber fax: {fax}', 'Pharmacy: {tel}', 'Insurance help desk {free}', 'Left message at {num}', '{b:rx}'],
    }),
  },
  {
    name: 'payroll-query-en', split: 'seen8', lang: 'en', agents: 'h8-gb', records: 420, make: note({
      count: [3, 6],
      head: ['Payroll query {v:case-id}\nEmployee: {name}', 'Subject: payslip question — {b:payroll}'],
      lines: ['{b:payroll}', '{b:payroll}', 'Please call me back on {mob}.', 'HR shared services: {tel}', 'Pension helpline {free}', 'My line manager is on {ext}.', '{b:payroll}'],
    }),
  },
  {
    name: 'warranty-claim-en', split: 'seen8', lang: 'en', agents: 'h8-team', records: 460, make: note({
      rows: named, count: [4, 6],
      head: ['Warranty claim {v:case-id} — {country}', 'RMA request from {co}, {country}'],
      lines: ['{b:warranty}', '{b:warranty}', 'Customer phone: {tel}', 'Mobile: {mob}', 'Repair centre: {free}', 'Courier pickup: {num}', 'Serial {v:serial}', 'Fax orders to {fax}'],
    }),
  },
  {
    name: 'legal-notice-en', split: 'seen8', lang: 'en', agents: 'h8-us', records: 400, make: note({
      count: [3, 6], ext: 0.12,
      head: ['NOTICE OF INTENT TO FILE\n{b:court-ref}', 'RE: {b:court-ref}\nDear {name},'],
      lines: ['{b:court-ref}', 'Please contact our office at {ext}.', 'Debtor phone on file: {mob}', 'Hotline for disputes {free}', 'Reach the paralegal at {tel}.', '{b:land-ref}', 'Balance ${~1,284.50|12,940.00|385.75|7,200.00}'],
    }),
  },
  {
    name: 'ir-contact-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 420, make: note({
      count: [3, 5],
      head: ['IR情報 お問い合わせ\n{co}（{b:securities}）', '株主・投資家の皆様へ\n{b:securities}'],
      lines: ['IR室 {tel}', '株主名簿管理人 {free}', '{b:securities}', '受付時間 9:00～17:00（土日祝を除く）', '担当 {name} {ext}', '{b:court-ref}'],
    }),
  },
  {
    name: 'receipt-ocr-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 440, make: note({
      count: [4, 7],
      head: ['{co}\n{~新宿店|梅田店|栄店}\nTEL {tel}', '領収書\n{co}\n電話 {tel}'],
      lines: ['{b:receipt-line}', '{b:receipt-line}', '{b:loyalty}', '{b:loyalty}', 'お客様相談室 {free}', '合計 ¥{~1,280|3,456|12,800}', '{b:receipt-line}'],
    }),
  },
  {
    name: 'receipt-us', split: 'seen8', lang: 'en', agents: 'h8-us', records: 420, make: note({
      count: [4, 7],
      head: ['{co}\n{addr}\n{tel}', 'THANK YOU FOR SHOPPING\n{co} {tel}'],
      lines: ['{b:receipt-line}', '{b:receipt-line}', '{b:receipt-line}', '{b:loyalty}', 'Questions? Call {free}', 'TOTAL $ {~12.80|45.67|128.00}', '{b:rx}'],
    }),
  },
  {
    name: 'forwarder-booking-email', split: 'seen8', lang: 'en', agents: 'h8-team', records: 460, make: note({
      rows: named, count: [4, 7],
      head: ['Booking confirmation {b:shipping-doc}\nConsignee: {co}, {country}', 'Subject: pre-alert {b:shipping-doc} — {country}'],
      lines: ['{b:shipping-doc}', '{b:shipping-doc}', 'Consignee contact: {name}, {tel}', 'Notify party: {mob}', 'Customs broker: {num}', 'Trucking dispatch {ext}', 'Fax orders to {fax}', '{b:requisites}'],
    }),
  },
  {
    name: 'kaiin-touroku-ja', split: 'seen8', lang: 'ja', agents: 'h8-ja', records: 420, make: card([
      'お名前::{name}', '会員番号::{b:loyalty}', 'ご自宅電話::{nat}', '携帯電話番号::{mob}', '?勤務先電話::{ext}', '?ポイント::{b:loyalty}', '?会員種別::{~ゴールド|一般|プラチナ}', '?緊急連絡先::{tel}',
    ], own, 0.1),
  },
  { name: 'regional-office-signature', split: 'seen8', lang: 'en', agents: 'h8-sig', records: 480, make: regionalSignature },
  { name: 'remote-office-directory', split: 'seen8', lang: 'en', agents: 'h8-island', records: 420, make: remoteOffices },
  {
    name: 'world-dialing-card', split: 'seen8', lang: 'en', agents: 'h8-any', records: 460, make: note({
      count: [4, 8], repeats: true,
      head: ['Global service numbers', 'How to reach us worldwide', 'International hotlines'],
      lines: ['{abroad}', '{abroad} {b:time}', 'Local: {num}', 'Toll-free (domestic): {free}', '{abroad} ({~24/7|Mon–Fri|English, French})'],
    }),
  },
  {
    name: 'supplier-grid-world', split: 'seen8', lang: 'en', agents: 'h8-team', records: 460,
    make: gridRow([['{co}', '{country}', '{tel}', '{b:requisites}'], ['{name}', '{mob}', '{country}', '{v:order-id}'], ['{country}', '{num}', '{b:shipping-doc}', '{b:securities}']], named),
  },
];
