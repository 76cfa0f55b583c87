/**
 * The template families of the holdout built 2026-12-05 ~00:30 (split "holdout", seed
 * holdout-2026-12-05-0030; never read while tuning). Text agents paste, see or type that no older
 * split has: sales-engagement and meeting tools (Salesloft cadence exports, Intercom conversation
 * exports, Gong call summaries, Calendly booking notices, DocuSign envelope notices), trade-fair
 * lead scans, accounts-payable paperwork (cheque remittance advices), public tender contact points,
 * SaaS renewal quotes, lab-result callbacks, visa-application status updates, FX dealing-desk
 * callbacks, warehouse pick exceptions, hotel guest folios (en, el), 見積依頼書, 督促状 and
 * 検査結果のご連絡 (ja), and business text of countries no older family writes this way: Israeli
 * quotes (en/he), Pakistani tax invoices (en/ur), Sri Lankan notices and Chinese 报价单. Numbers
 * come from the split's own pool (numbers-holdout.ts: 233 regions, every type), written its own
 * ways too (writing-holdout.ts), among its own bait (bait-holdout.ts).
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts), written with seen6's template
 * writer (families-seen6.ts put): a national number is labelled with its own E.164 where its
 * record names its country, else with every reading the agent's countries allow (the detector must
 * ask); a fax line is planted as "fax", its label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Agent, Ctx } from './engine';
import type { Family } from './families';
import { card, named, note, own, rowsText, teamRow } from './families-seen6';
import { HOLDOUT_REGIONS } from './numbers-holdout';
import type { Rng } from './prng';

export type HoldoutAgentKind = 'h10-any' | 'h10-team' | 'h10-ja' | 'h10-us' | 'h10-ops' | 'h10-il' | 'h10-pk' | 'h10-lk' | 'h10-cn' | 'h10-gr';
export const HOLDOUT_AGENT_KINDS: readonly string[] = ['h10-any', 'h10-team', 'h10-ja', 'h10-us', 'h10-ops', 'h10-il', 'h10-pk', 'h10-lk', 'h10-cn', 'h10-gr'];

type Team = readonly [CountryCode, CountryCode[]];
/** Teams whose lists mix countries (countries their records can name). */
const TEAMS: readonly Team[] = [
  ['IL', ['CY', 'GR', 'US']], ['PK', ['AE', 'SA', 'GB']], ['LK', ['IN', 'MV', 'AE']], ['CN', ['HK', 'SG', 'MY']], ['GR', ['CY', 'BG', 'IT']], ['US', ['CA', 'IL', 'IN']],
  ['GB', ['PK', 'LK', 'IE']], ['DE', ['AT', 'PL', 'GR']], ['JP', ['CN', 'TW', 'US']], ['SG', ['MY', 'ID', 'CN']], ['AU', ['NZ', 'LK', 'GR']], ['AE', ['PK', 'IN', 'LK']],
];
/** Contact-centre and back-office operations serving other countries. */
const OPS: readonly Team[] = [['LK', ['GB', 'AU', 'US']], ['PK', ['US', 'GB', 'AE']], ['IL', ['US', 'GB', 'DE']], ['GR', ['DE', 'GB', 'CY']], ['JP', ['US', 'CN', 'SG']], ['US', ['CA', 'MX', 'GB']]];

export function pickHoldoutAgent(rng: Rng, kind: HoldoutAgentKind): Agent {
  const team = (teams: readonly Team[]): Agent => {
    const [defaultCountry, others] = rng.pick(teams);
    return { defaultCountry, otherCountries: [...others] };
  };
  const alone = (country: CountryCode, p: number, teams: readonly Team[]): Agent => (rng.chance(p) ? { defaultCountry: country } : team(teams));
  switch (kind) {
    case 'h10-any':
      // Gabon left out as an agent's own country: its national numbers written with hyphens are read back by neither libphonenumber as the number.
      return { defaultCountry: rng.weighted<CountryCode>(HOLDOUT_REGIONS.filter((c) => c !== 'GA').map((c) => [c, c === 'JP' ? 12 : c === 'US' ? 8 : c === 'GB' ? 4 : ['IL', 'PK', 'LK', 'CN', 'GR', 'DE', 'AU', 'SG', 'AE'].includes(c) ? 2 : 1] as const)) };
    case 'h10-team': return team(TEAMS);
    case 'h10-ja': return { defaultCountry: 'JP' };
    case 'h10-us': return alone('US', 0.7, [['US', ['CA']], ['US', ['MX', 'PR']]]);
    case 'h10-ops': return team(OPS);
    case 'h10-il': return alone('IL', 0.7, [['IL', ['US', 'CY']], ['IL', ['GB', 'DE']]]);
    case 'h10-pk': return alone('PK', 0.7, [['PK', ['AE', 'SA']], ['PK', ['GB', 'CN']]]);
    case 'h10-lk': return alone('LK', 0.7, [['LK', ['IN', 'MV']], ['LK', ['AE', 'AU']]]);
    case 'h10-cn': return alone('CN', 0.7, [['CN', ['HK', 'MO']], ['CN', ['SG', 'MY']]]);
    case 'h10-gr': return alone('GR', 0.7, [['GR', ['CY', 'BG']], ['GR', ['DE', 'IT']]]);
  }
}

/** The agent's own country, or (in a team) a row of any of its countries that the text does not name: the labels ask. */
const maybeTeam = (ctx: Ctx) => (ctx.agent.otherCountries ? teamRow(ctx, false) : own(ctx));

export const HOLDOUT_FAMILIES: Family[] = [
  // ——— sales-engagement and meeting tools ———
  {
    name: 'salesloft-cadence-export', split: 'holdout', lang: 'en', agents: 'h10-team', records: 420,
    make: rowsText('Person,Account,Country,Cadence,Step,Phone,Mobile Phone,Last Touch',
      '{name},{co},{country},{~Q1 Outbound|Webinar follow-up|Renewal save|Win-back},{~Call 1|Call 2|Email 3|LinkedIn}: {v:case-id},{tel},{mob},{b:date}', named, [2, 5]),
  },
  {
    name: 'intercom-conversation-export', split: 'holdout', lang: 'en', agents: 'h10-team', records: 420, make: note({
      rows: named, count: [3, 6], ext: 0.12,
      head: ['Conversation {v:case-id} with {name} ({country})\nChannel: Messenger · Assigned to Tier 2', '{name} · {co} · {country}\nConversation started {b:datetime}'],
      lines: ['User: can someone call me on {mob}?', 'Teammate: I tried {tel} but it went to voicemail.', 'User: our front desk is {ext}', 'Note (internal): billing contact {num}', 'User attribute "phone": {e164}', 'User: or my number while travelling, {abroad}', '{b:subscription-plan}', 'Teammate: our support line is {free}.', '{v:customer-id}'],
    }),
  },
  {
    name: 'gong-call-summary', split: 'holdout', lang: 'en', agents: 'h10-ops', records: 400, make: note({
      rows: named, count: [3, 6],
      head: ['Call summary — {co} ({country})\n{v:case-id} · {b:duration}', 'AI summary of your call with {name}, {country}'],
      lines: ['• Prospect asked to be called back on {mob} after {b:time}.', '• Procurement contact: {name}, {tel}.', '• Next step: send {v:invoice} and book a demo.', '• {b:subscription-plan} discussed; budget {b:amount}.', '• Dialled {e164} (connected).', '• Their IT desk: {num}', '• {b:subscription-plan}', '• Regional office abroad: {abroad}'],
    }),
  },
  {
    name: 'calendly-booking-notice', split: 'holdout', lang: 'en', agents: 'h10-any', records: 400, make: note({
      count: [3, 5],
      head: ['New Event: {name} — 30 Minute Meeting\n{b:datetime}', 'Booking confirmed {v:order-id}'],
      lines: ['Invitee phone number: {mob}', 'Location: phone call, we will call {tel}', 'Questions: "Please use my office line {ext}"', 'Reschedule or cancel before {b:timestamp}', 'Host backup number {num}', 'Dial-in: {intl}', 'Invitee\'s other number: {abroad}'],
    }),
  },
  {
    name: 'docusign-envelope-notice', split: 'holdout', lang: 'en', agents: 'h10-us', records: 380, make: note({
      count: [3, 6],
      head: ['{name} sent you a document to review and sign.\n{v:order-id}', 'Envelope completed {v:order-id}\nAll parties have completed "Master Services Agreement".'],
      lines: ['Signer phone authentication: {mob}', 'Questions about this document? Call the sender at {tel}.', 'Fax the completed form to {fax}', 'Customer support {free}', 'Sender office: {ext}', '{b:subscription-plan}', 'Envelope ID in the footer; access code sent by SMS to {num}', 'Co-signer abroad: {abroad}'],
    }),
  },
  {
    name: 'trade-fair-lead-scan', split: 'holdout', lang: 'en', agents: 'h10-team', records: 400,
    make: rowsText('Scan time;First name;Last name;Company;Country;Phone;Mobile;Interest;Badge',
      '{b:datetime};{name};;{co};{country};{tel};{mob};{~Pricing|Demo|Partnership|Spare parts};{b:pallet-bin}', named, [2, 5]),
  },
  // ——— accounts payable, tenders, subscriptions ———
  {
    name: 'cheque-remittance-advice', split: 'holdout', lang: 'en', agents: 'h10-us', records: 400, make: note({
      count: [4, 7], ext: 0.1,
      head: ['REMITTANCE ADVICE\n{co}\n{v:invoice}', 'Payment notification — {v:customer-id}'],
      lines: ['{b:cheque-micr}', '{b:cheque-micr}', 'Accounts payable: {ext}', 'Remittance fax: {fax}', 'Vendor hotline {free}', 'Questions? {name}, {tel}', '{b:cheque-micr}', 'Treasury mobile {mob}'],
    }),
  },
  {
    name: 'tender-contact-points', split: 'holdout', lang: 'en', agents: 'h10-team', records: 400, make: note({
      rows: named, count: [4, 7],
      head: ['Contract notice — {country}\n{b:tender-ref}', 'Section I: Contracting authority\n{co}, {country}'],
      lines: ['Contact point: {name}', 'Telephone: {tel}', 'Tender fax: {fax}', '{b:tender-ref}', '{b:tender-ref}', 'Review body: {num}', 'Helpdesk for e-tendering {free}', 'Internet address: https://tenders.example.eu', 'Foreign bidders\' helpline: {abroad}'],
    }),
  },
  {
    name: 'saas-renewal-quote', split: 'holdout', lang: 'en', agents: 'h10-team', records: 380, make: note({
      rows: named, count: [4, 6], ext: 0.12,
      head: ['Renewal quote {v:invoice}\nCustomer: {co} ({country})', 'Your subscription is up for renewal — {co}, {country}'],
      lines: ['{b:subscription-plan}', '{b:subscription-plan}', 'Account executive: {name}, {tel}', 'Customer success: {mob}', 'Billing: {ext}', 'Facsimile No.: {fax}', 'Support {free}', 'Account {v:customer-id}'],
    }),
  },
  // ——— labs, visas, FX, warehouses, hotels ———
  {
    name: 'lab-result-callback', split: 'holdout', lang: 'en', agents: 'h10-us', records: 400, make: note({
      count: [4, 7],
      head: ['Lab result callback\nPatient: {name}\n{b:lab-sample}', 'RESULT NOTIFICATION {v:case-id}'],
      lines: ['{b:lab-sample}', '{b:lab-sample}', 'Patient callback number: {mob}', 'Ordering clinic: {tel}', 'Lab fax: {fax}', 'Nurse line {free}', 'Left voicemail at {num}', '{b:lab-sample}'],
    }),
  },
  {
    name: 'visa-application-status', split: 'holdout', lang: 'en', agents: 'h10-team', records: 380, make: note({
      rows: named, count: [3, 6],
      head: ['Application status update — {country}\n{v:customer-id}', 'Dear {name},\nyour application for {country} has progressed.'],
      lines: ['{b:visa-ref}', '{b:visa-ref}', 'Applicant mobile on file: {mob}', 'Consular section: {tel}', 'Visa information line {cost}', 'Your case officer {name} ({ext})', '{b:visa-ref}', 'Sponsor abroad: {abroad}', 'Applicant\'s personal number: {net}'],
    }),
  },
  {
    name: 'fx-desk-callback', split: 'holdout', lang: 'en', agents: 'h10-ops', records: 380, make: note({
      rows: named, count: [3, 6], joiner: ' | ',
      head: ['FX desk — {co}, {country}', 'Dealer note {b:datetime} ({country})'],
      lines: ['{b:fx-rate}', '{b:fx-rate}', 'client treasurer {name} cb {mob}', 'desk {tel}', 'confirmations {num}', '{b:fx-rate}', 'dealing room {e164}', 'counterparty desk {abroad}', 'after hours {net}'],
    }),
  },
  {
    name: 'warehouse-pick-exception', split: 'holdout', lang: 'en', agents: 'h10-ops', records: 380, make: note({
      rows: named, count: [4, 7],
      head: ['PICK EXCEPTION REPORT\nSite: {co}, {country}', 'Short pick — customer {co} ({country})'],
      lines: ['{b:pallet-bin}', '{b:pallet-bin}', 'Shift lead {name}: {mob}', 'Warehouse office {tel}', 'Carrier dispatch {num}', '{b:pallet-bin}', 'Customer receiving dock {ext}'],
    }),
  },
  {
    name: 'hotel-guest-folio', split: 'holdout', lang: 'en', agents: 'h10-team', records: 380, make: note({
      rows: named, count: [4, 7],
      head: ['GUEST FOLIO\n{co}\n{addr}\n{country}', 'Folio — {name}\nHotel: {co}, {country}'],
      lines: ['{b:guest-folio}', '{b:guest-folio}', 'Guest phone: {mob}', 'Reservations: {tel}', 'Fax (hotel): {fax}', 'Front desk {ext}', '{b:guest-folio}', 'Free from your room: {free}', 'Guest home number: {abroad}'],
    }),
  },
  // ——— Japanese ———
  {
    name: 'mitsumori-irai-ja', split: 'holdout', lang: 'ja', agents: 'h10-ja', records: 400, make: note({
      count: [4, 7], ext: 0.15,
      head: ['見積依頼書\n{co} 御中\n{v:order-id}', '【お見積りのお願い】{co} ご担当者様'],
      lines: ['ご担当：{name}（直通 {tel}）', '携帯：{mob}', 'ファックス番号：{fax}', '数量 {~10|50|120|300}個、納期 {b:date}', '{b:pallet-bin}', 'ご不明点は {ext} までご連絡ください。', 'お客様窓口 {free}', '{v:customer-id}'],
    }),
  },
  {
    name: 'tokusokujo-ja', split: 'holdout', lang: 'ja', agents: 'h10-ja', records: 380, make: note({
      count: [3, 6],
      head: ['督促状\n{name} 様\n{v:case-id}', 'お支払いのお願い（{v:invoice}）'],
      lines: ['ご請求金額 {b:amount}', '{b:cheque-micr}', 'お問い合わせ：{tel}', '担当：{name}（{ext}）', '受付センター {free}', '行き違いの場合はご容赦ください。ナビダイヤル {cost}', '{b:date}までにお振込みください。'],
    }),
  },
  {
    name: 'kensa-kekka-renraku-ja', split: 'holdout', lang: 'ja', agents: 'h10-ja', records: 380, make: note({
      count: [3, 6],
      head: ['検査結果のご連絡\n{name} 様\n{b:lab-sample}', '【再検査のお知らせ】{b:lab-sample}'],
      lines: ['{b:lab-sample}', '{b:lab-sample}', '予約センター {tel}', 'ご本人携帯 {mob}', '検査室直通 {ext}', '夜間・休日 {cost}', '{b:lab-sample}'],
    }),
  },
  // ——— business text of countries written their own ways ———
  {
    name: 'hatzaat-mechir-il', split: 'holdout', lang: 'en', agents: 'h10-il', records: 420, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['הצעת מחיר {v:order-id}\n{co}', 'Price quote {v:invoice} — {co}'],
      lines: ['טלפון משרד: {tel}', 'נייד: {mob}', 'מס׳ פקס: {fax}', 'Office: {num}', 'מוקד שירות {free}', '{b:fx-rate}', '{v:serial}', 'לחזרה: {nat}'],
    }),
  },
  {
    name: 'sales-tax-invoice-pk', split: 'holdout', lang: 'en', agents: 'h10-pk', records: 420, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['SALES TAX INVOICE {v:invoice}\n{co}', 'Bill of supply — {co}\n{v:customer-id}'],
      lines: ['Cell: {mob}', 'PTCL: {tel}', 'فیکس: {fax}', 'UAN {cost}', 'Contact {name} {mob}', 'رابطہ نمبر {num}', '{b:fx-rate}', 'Helpline {free}'],
    }),
  },
  {
    name: 'notice-lk', split: 'holdout', lang: 'en', agents: 'h10-lk', records: 420, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['NOTICE TO CUSTOMERS\n{co}', 'දැන්වීම — {v:case-id}'],
      lines: ['Hotline: {tel}', 'Mobile / WhatsApp: {mob}', 'Fax No: {fax}', 'දුරකථන {num}', 'Call us on {nat}', '{b:tender-ref}', 'Toll free {free}', '{v:invoice}'],
    }),
  },
  {
    name: 'baojiadan-cn', split: 'holdout', lang: 'en', agents: 'h10-cn', records: 420, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['报价单 {v:invoice}\n{co}', '尊敬的客户：\n{v:order-id}'],
      lines: ['电话：{tel}', '手机：{mob}', '传真号码：{fax}', '联系人：{name} {num}', '客服热线 {free}', '{b:fx-rate}', '{v:serial}', '座机 {nat}'],
    }),
  },
  {
    name: 'xenodocheio-folio-gr', split: 'holdout', lang: 'en', agents: 'h10-gr', records: 400, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['ΛΟΓΑΡΙΑΣΜΟΣ ΔΩΜΑΤΙΟΥ\n{co}', 'Guest folio — {co}\n{v:order-id}'],
      lines: ['{b:guest-folio}', '{b:guest-folio}', 'Τηλ. ξενοδοχείου: {tel}', 'Κιν. υπευθύνου: {mob}', 'Φαξ ξενοδοχείου: {fax}', 'Reservations {num}', 'Κρατήσεις {nat}', '{v:invoice}'],
    }),
  },
  // ——— a record card, one text per field ———
  {
    name: 'intercom-user-profile', split: 'holdout', lang: 'en', agents: 'h10-team', records: 110, make: card([
      'Name::{name}', 'Company::{co}', 'Location::{country}', 'Phone::{tel}', '?Mobile::{mob}', 'Plan::{b:subscription-plan}', '?Signed up::{b:date}', 'User ID::{v:customer-id}', '?Other phone::{num}', '?Last seen::{b:datetime}',
    ], named, 0.1),
  },
];
