/**
 * The template families of seen9 (the holdout built 2026-12-05 ~00:00, seed holdout-2026-12-05-0000;
 * scored once untouched at 23:43, then opened for tuning). Text agents paste, see or type that no older
 * split has: other CRMs' screens and exports (Salesforce list views, HubSpot call activities,
 * Zendesk side conversations, Dynamics 365 phone-call activities, Freshsales contact cards, Odoo
 * quotations, Google Contacts CSV with " ::: " between a cell's values, Google Sheets pastes, Eight
 * business cards, LINE WORKS talk exports, Slack thread replies), contact-centre artefacts (IVR
 * session logs, dialler campaign lists, abandoned-call reports, CDR exports, WFM on-call rosters,
 * escalation matrices, number-porting requests, DID inventories, fax cover sheets), safety data
 * sheets' emergency sections, ハローワーク求人票, and business text of countries no older family
 * writes: Czech, Hungarian, Romanian, Finnish, Dutch, Swiss, Portuguese, Korean (견적서), Ukrainian,
 * Argentine and Mexican quotations and invoices with their registry IDs and payment references,
 * Taglish texts (Philippines) and Nigerian business messages. Numbers come from the split's own pool
 * (numbers-seen9.ts: 233 regions, every type), written its own ways too (writing-seen9.ts),
 * among its own bait (bait-seen9.ts).
 *
 * Labels follow the other splits' rules (engine.ts, readings.ts), written with seen6's template
 * writer (families-seen6.ts put): a national number is labelled with its own E.164 where its
 * record names its country, else with every reading the agent's countries allow (the detector must
 * ask); a fax line is planted as "fax", its label in the same text.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import type { Agent, Ctx } from './engine';
import type { Family } from './families';
import { card, gridRow, named, note, own, rowsText, teamRow } from './families-seen6';
import { SEEN9_REGIONS } from './numbers-seen9';
import type { Rng } from './prng';

export type Seen9AgentKind = 'h9-any' | 'h9-team' | 'h9-ja' | 'h9-ja-team' | 'h9-us' | 'h9-ops' | 'h9-cz' | 'h9-hu' | 'h9-ro' | 'h9-fi' | 'h9-ch' | 'h9-nl' | 'h9-pt' | 'h9-ph' | 'h9-ng'
  | 'h9-mx' | 'h9-kr' | 'h9-ua' | 'h9-ar';
export const SEEN9_AGENT_KINDS: readonly string[] = ['h9-any', 'h9-team', 'h9-ja', 'h9-ja-team', 'h9-us', 'h9-ops', 'h9-cz', 'h9-hu', 'h9-ro', 'h9-fi', 'h9-ch', 'h9-nl', 'h9-pt', 'h9-ph', 'h9-ng',
  'h9-mx', 'h9-kr', 'h9-ua', 'h9-ar'];

type Team = readonly [CountryCode, CountryCode[]];
/** Teams whose lists mix countries (countries their records can name). */
const TEAMS: readonly Team[] = [
  ['PL', ['CZ', 'SK', 'HU']], ['AT', ['HU', 'SI', 'HR']], ['RO', ['MD', 'BG', 'HU']], ['FI', ['EE', 'SE', 'LV']], ['PT', ['ES', 'AO', 'MZ']], ['ZA', ['NA', 'ZW', 'MZ']], ['NG', ['GH', 'KE', 'ZA']],
  ['PH', ['US', 'AU', 'SG']], ['KR', ['JP', 'VN', 'US']], ['UA', ['PL', 'MD', 'RO']], ['AR', ['UY', 'CL', 'BR']], ['CH', ['DE', 'FR', 'IT', 'LI']], ['NL', ['BE', 'DE', 'GB']], ['US', ['CA', 'MX']],
  ['GB', ['IE', 'ZA', 'IN']], ['AU', ['NZ', 'PH', 'IN']], ['IN', ['PH', 'US', 'GB']], ['HU', ['AT', 'SK', 'RO']], ['MX', ['US', 'CO', 'PE']], ['JP', ['KR', 'PH', 'US']],
];
const JA_TEAMS: readonly Team[] = [['JP', ['KR', 'TW', 'PH']], ['JP', ['US', 'MX', 'BR']], ['JP', ['NL', 'CH', 'HU']], ['JP', ['VN', 'IN', 'AU']]];
/** Contact-centre operations: a site serving other countries (offshore and nearshore). */
const OPS: readonly Team[] = [['PH', ['US', 'AU', 'GB']], ['IN', ['GB', 'US', 'AU']], ['ZA', ['GB', 'AU', 'IE']], ['PT', ['FR', 'DE', 'ES']], ['MX', ['US', 'CA']], ['RO', ['DE', 'FR', 'GB']],
  ['JP', ['US', 'KR', 'TW']], ['GB', ['IE', 'NL', 'ZA']], ['US', ['CA', 'PR']]];

export function pickSeen9Agent(rng: Rng, kind: Seen9AgentKind): Agent {
  const team = (teams: readonly Team[]): Agent => {
    const [defaultCountry, others] = rng.pick(teams);
    return { defaultCountry, otherCountries: [...others] };
  };
  const alone = (country: CountryCode, p: number, teams: readonly Team[]): Agent => (rng.chance(p) ? { defaultCountry: country } : team(teams));
  switch (kind) {
    case 'h9-any':
      return { defaultCountry: rng.weighted<CountryCode>(SEEN9_REGIONS.map((c) => [c, c === 'JP' ? 24 : c === 'US' ? 14 : c === 'GB' ? 8 : ['KR', 'NL', 'HU', 'CZ', 'MX', 'PH', 'NG', 'UA', 'AR', 'PT', 'FI', 'CH', 'RO'].includes(c) ? 3 : 1] as const)) };
    case 'h9-team': return team(TEAMS);
    case 'h9-ja': return { defaultCountry: 'JP' };
    case 'h9-ja-team': return team(JA_TEAMS);
    case 'h9-us': return alone('US', 0.7, [['US', ['CA']], ['US', ['MX', 'PR']]]);
    case 'h9-ops': return team(OPS);
    case 'h9-cz': return alone(rng.chance(0.8) ? 'CZ' : 'SK', 0.7, [['CZ', ['SK', 'PL']], ['SK', ['CZ', 'HU']]]);
    case 'h9-hu': return alone('HU', 0.7, [['HU', ['AT', 'SK']], ['HU', ['RO', 'RS']]]);
    case 'h9-ro': return alone('RO', 0.7, [['RO', ['MD', 'BG']], ['RO', ['HU', 'RS']]]);
    case 'h9-fi': return alone('FI', 0.7, [['FI', ['EE', 'SE']], ['FI', ['NO', 'DK']]]);
    case 'h9-ch': return alone('CH', 0.6, [['CH', ['DE', 'LI']], ['CH', ['FR', 'IT']]]);
    case 'h9-nl': return alone('NL', 0.6, [['NL', ['BE', 'DE']], ['NL', ['SR', 'CW', 'AW']]]);
    case 'h9-pt': return alone('PT', 0.7, [['PT', ['ES', 'BR']], ['PT', ['AO', 'CV', 'MZ']]]);
    case 'h9-ph': return alone('PH', 0.7, [['PH', ['US', 'SG']], ['PH', ['AE', 'SA', 'HK']]]);
    case 'h9-ng': return alone('NG', 0.7, [['NG', ['GH', 'BJ']], ['NG', ['GB', 'ZA']]]);
    case 'h9-mx': return alone('MX', 0.7, [['MX', ['US', 'GT']], ['MX', ['CO', 'PE']]]);
    case 'h9-kr': return alone('KR', 0.7, [['KR', ['JP', 'CN']], ['KR', ['VN', 'US']]]);
    case 'h9-ua': return alone('UA', 0.7, [['UA', ['PL', 'MD']], ['UA', ['RO', 'SK']]]);
    case 'h9-ar': return alone('AR', 0.7, [['AR', ['UY', 'CL']], ['AR', ['PY', 'BR']]]);
  }
}

/** The agent's own country, or (in a team) a row of any of its countries that the text does not name: the labels ask. */
const maybeTeam = (ctx: Ctx) => (ctx.agent.otherCountries ? teamRow(ctx, false) : own(ctx));
const mixed = (ctx: Ctx) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx));

export const SEEN9_FAMILIES: Family[] = [
  // ——— other CRMs' screens and exports ———
  {
    name: 'sf-list-view', split: 'seen9', lang: 'en', agents: 'h9-team', records: 460,
    make: rowsText('Contacts\nAll Contacts ▾\n25+ items • Sorted by Name • Filtered by All contacts • Updated a few seconds ago\nName\tAccount Name\tMailing Country\tPhone\tMobile\tContact Owner Alias',
      '{name}\t{co}\t{country}\t{tel}\t{mob}\t{~jsmit|ktana|amart|lmull}', named, [2, 5]),
  },
  {
    name: 'hubspot-call-activity', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 460, make: note({
      rows: named, count: [3, 5],
      head: ['Call activity\nLogged call with {name} ({country})\n{b:datetime}', 'Call from {name} · {co}, {country}'],
      lines: ['Called {tel}', 'Phone number: {num}', 'Outcome: {~Connected|Left live message|No answer|Busy|Wrong number}', 'Duration {b:duration}', 'Call back on {mob}', 'Associated deal {v:order-id}', 'Recording {b:duration}', '{b:cdr-field}', 'Record {v:customer-id}'],
      tail: ['Pin · Edit · Delete', 'Show more'],
    }),
  },
  {
    name: 'zendesk-side-conversation', split: 'seen9', lang: 'en', agents: 'h9-team', records: 440, make: note({
      rows: named, count: [3, 5], ext: 0.12,
      head: ['Side conversation {v:case-id}\nTo: {~Field Ops|Billing|Carrier desk|Logistics} · Subject: {co}, {country}', 'Side conversations (1)\n{v:case-id} — {name}, {country}'],
      lines: ['Customer can be reached on {tel} until {b:time}.', 'Please call the site contact {name} at {mob}.', 'Their switchboard is {ext}.', 'Ticket requester phone: {num}', '{b:sla-matrix}', 'Replied via email · {b:datetime}', 'Fax the signed form to {fax}.'],
    }),
  },
  {
    name: 'dynamics-phone-call', split: 'seen9', lang: 'en', agents: 'h9-us', records: 280, make: card([
      'Subject::{~Follow-up on renewal|Callback requested|Billing question|Site survey}', 'Call From::{name}', 'Call To::{co}', 'Phone Number::{tel}', 'Direction::{~Outgoing|Incoming}', '?Duration::{b:duration}',
      '?Regarding::{v:case-id}', '?Mobile Phone::{mob}', 'Due::{b:datetime}', '?Description::Left a message, try {num} after {b:time}.',
    ], maybeTeam, 0.1),
  },
  {
    name: 'freshsales-contact-card', split: 'seen9', lang: 'en', agents: 'h9-team', records: 280, make: card([
      'Contact::{name}', 'Account::{co}', 'Country::{country}', 'Work::{tel}', '?Mobile::{mob}', 'Lead score::{~12|48|77|93}', '?Owner::{name}', 'Record::{v:customer-id}', '?Last contacted::{b:datetime}', '?Other phone::{num}',
    ], named, 0.1),
  },
  {
    name: 'odoo-quotation', split: 'seen9', lang: 'en', agents: 'h9-team', records: 410, make: note({
      rows: named, count: [4, 7],
      head: ['Quotation {v:order-id}\nCustomer: {co}\n{addr}\n{country}', 'Sales Order {v:order-id} — {co} ({country})'],
      lines: ['Phone: {tel}', 'Mobile: {mob}', 'Customer reference {v:customer-id}', 'Payment terms: 30 days · {b:payment-ref}', 'Salesperson {name}, {ext}', 'Untaxed amount {~1,240.00|18,900.50|356.80} EUR', '{b:registry-id}', 'Delivery contact {num}'],
    }),
  },
  {
    name: 'google-contacts-csv', split: 'seen9', lang: 'en', agents: 'h9-team', records: 460,
    make: rowsText('Name,Given Name,Family Name,Organization 1 - Name,Group Membership,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Country',
      '{name},,,{co},* myContacts ::: {~Customers|Suppliers|VIP},Mobile,{mob},Work ::: Other,{tel} ::: {num},{country}', named, [2, 4]),
  },
  {
    name: 'gsheets-contact-paste', split: 'seen9', lang: 'en', agents: 'h9-team', records: 410,
    make: rowsText('Company\tContact\tCountry\tPhone\tNotes', '{co}\t{name}\t{country}\t{num}\t{~call back|sent quote|no answer x2|prefers WhatsApp} {b:date}', named, [3, 6]),
  },
  {
    name: 'eight-card-ja', split: 'seen9', lang: 'ja', agents: 'h9-ja-team', records: 280, make: card([
      '会社名::{co}', '部署::{~営業部|海外営業課|カスタマーサクセス部}', '氏名::{name}', '国・地域::{country}', '電話番号::{tel}', '?携帯番号::{mob}', '?FAX::{fax}', '名刺交換日::{b:date}', '?Eight::{v:customer-id}', '?住所::{addr}',
    ], named, 0.1),
  },
  {
    name: 'lineworks-talk-ja', split: 'seen9', lang: 'ja', agents: 'h9-ja', records: 430, make: note({
      count: [3, 6], repeats: true,
      head: ['[LINE WORKS] トーク履歴 {b:chat-permalink}', '営業チーム（{~8|12|15}人）'],
      lines: ['{b:chat-permalink} {name}: {co}の担当者さん、{tel}に折り返しお願いします', '{b:chat-permalink} {name}: 携帯は {mob} だそうです', '{b:chat-permalink} {name}: 了解です', '{b:chat-permalink} {name}: 代表 {ext} で取り次いでもらいました',
        '{b:chat-permalink} {name}: フリーダイヤル {free} は土日つながりません', '{b:chat-permalink} {name}: {b:rail-ticket} で向かいます'],
    }),
  },
  {
    name: 'slack-thread-reply', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 430, make: note({
      rows: mixed, count: [3, 5], repeats: true,
      head: ['Thread in #escalations — {country}\n{b:chat-permalink}', 'replied to a thread: "customer in {country} can\'t get through"'],
      lines: ['{name}  {b:chat-permalink}\nCustomer says call {tel}', '{name}  {b:chat-permalink}\ntried {num} twice, voicemail', '{name}  {b:chat-permalink}\ntheir mobile {mob} works', '{name}  {b:chat-permalink}\nQueue {b:sip-uri} is down again',
        '{name}  {b:chat-permalink}\n:white_check_mark: resolved, {b:sla-matrix}'],
    }),
  },
  // ——— contact-centre artefacts ———
  {
    name: 'ivr-session-log', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 430, make: note({
      count: [4, 7], repeats: true,
      head: ['IVR session {b:cdr-field}\nANI {e164} DNIS {e164}', 'session start {b:datetime} caller {e164}'],
      lines: ['{b:time} prompt main_menu played', '{b:time} DTMF collected', '{b:time} transfer to {b:sip-uri}', '{b:time} callback number entered {e164}', '{b:time} caller ID withheld, asked for number: {nat}', '{b:time} {b:cdr-field}',
        '{b:time} queue position {~1|3|7|12}'],
    }),
  },
  {
    name: 'dialler-campaign-list', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 440,
    make: rowsText('lead_id,first_name,country,phone_number,alt_phone,status,attempts,last_local_time', '{v:dialler-meta},{name},{country},{num},{mob},{~NEW|CALLBK|NA|B},{b:dialler-meta},{b:time}', named, [3, 6]),
  },
  {
    name: 'abandoned-call-report', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 410, make: note({
      count: [3, 6], repeats: true,
      head: ['Abandoned calls — {b:date}\nqueue\tcaller\twaited\tcallback', 'ABANDONED CALL REPORT {b:date} (interval 15 min)'],
      lines: ['{b:sip-uri}\t{abroad}\t{b:duration}\t{~yes|no|pending}', '{b:sip-uri}\t{e164}\t{b:duration}\t{~yes|no}', '{b:wfm-shift}', '{b:dialler-meta}'],
    }),
  },
  {
    name: 'cdr-export-csv', split: 'seen9', lang: 'en', agents: 'h9-any', records: 430, make: note({
      count: [3, 6], repeats: true,
      head: ['calldate,src,dst,duration,billsec,disposition,uniqueid', '"start","caller","callee","dur","cause"'],
      lines: ['{b:datetime},{e164},{e164},{b:cdr-field},{b:cdr-field},ANSWERED,{b:cdr-field}', '{b:datetime},{abroad},{b:sip-uri},{b:cdr-field},0,NO ANSWER,{b:cdr-field}', '"{b:datetime}","{e164}","{b:sip-uri}","{b:cdr-field}","{b:cdr-field}"'],
    }),
  },
  {
    name: 'wfm-oncall-roster', split: 'seen9', lang: 'en', agents: 'h9-ops', records: 390, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['On-call roster — week of {b:date}', 'WFM schedule export ({~Team Red|Team Blue|Night shift})'],
      lines: ['{name}\t{b:wfm-shift}\t{mob}', '{name}\t{b:wfm-shift}\tdesk {ext}', 'Supervisor on duty: {name}, {mob}', '{b:wfm-shift}', 'Backup: {name} {num}', 'Site emergency line {tel}'],
    }),
  },
  {
    name: 'escalation-matrix', split: 'seen9', lang: 'en', agents: 'h9-team', records: 400,
    make: gridRow([['{~L1|L2|L3} — {name}', '{country}', '{tel}', '{b:sla-matrix}'], ['{name}', '{mob}', '{country}', '{b:sla-matrix}'], ['{country}', '{~Duty manager|NOC|Carrier desk}', '{num}', '{b:sla-matrix}']], named),
  },
  {
    name: 'number-porting-request', split: 'seen9', lang: 'en', agents: 'h9-team', records: 390, make: note({
      rows: named, count: [3, 6],
      head: ['Port-in request — {co}, {country}\n{b:porting-ref}', 'LOA — numbers to port ({country})\n{b:porting-ref}'],
      lines: ['Number to port: {tel}', 'Number to port: {nat}', 'Main number (billing): {tel}', 'Authorised contact {name}, {mob}', '{b:porting-ref}', '{b:porting-ref}', 'Service address: {addr}', 'Fax-back to {fax}'],
    }),
  },
  {
    name: 'did-inventory', split: 'seen9', lang: 'en', agents: 'h9-any', records: 390, make: note({
      count: [3, 6], repeats: true,
      head: ['Claimed phone numbers', 'DID inventory (export)\nnumber\ttype\tflow\tcountry'],
      lines: ['{abroad}\t{~DID|Toll free}\t{~Sales|Support|Billing} {b:sip-uri}', '{e164}\tDID\t{b:sip-uri}', '{abroad} — {b:porting-ref}', '{e164}\tToll free\t{b:dialler-meta}'],
    }),
  },
  {
    name: 'fax-cover-sheet', split: 'seen9', lang: 'en', agents: 'h9-us', records: 410, make: note({
      rows: maybeTeam, count: [4, 6],
      head: ['FAX COVER SHEET\nDate: {b:date}\nPages (including cover): {~2|3|5|8}', 'FACSIMILE TRANSMITTAL\n{b:date}'],
      lines: ['To: {name}, {co}', 'Recipient fax: {fax}', 'Recipient phone: {tel}', 'From: {name}', 'Sender fax: {fax}', 'Sender phone: {ext}', 'Re: {v:case-id}', 'If you did not receive all pages, call {num}.'],
    }),
  },
  // ——— safety data sheets and ハローワーク ———
  {
    name: 'sds-emergency-section', split: 'seen9', lang: 'en', agents: 'h9-any', records: 390, make: note({
      count: [4, 7], repeats: true,
      head: ['SECTION 1: Identification of the substance/mixture and of the company/undertaking\n1.1 Product identifier: {~Solvent blend SB-|Cleaner CX-|Resin R}{~10|40|220}\n{b:sds-code}', 'SAFETY DATA SHEET\n{b:sds-code}\n1.4 Emergency telephone number'],
      lines: ['{b:sds-code}', 'Emergency telephone (24 h): {abroad}', 'National poison centre: {abroad}', 'Supplier: {co}, tel. {num}', 'CHEMTREC (international) {abroad}', '{b:sds-code}'],
    }),
  },
  {
    name: 'kyujinhyo-ja', split: 'seen9', lang: 'ja', agents: 'h9-ja', records: 390, make: note({
      count: [4, 7],
      head: ['求人票\n{b:job-ref}\n{co}', 'ハローワーク求人情報 {b:job-ref}'],
      lines: ['{b:job-ref}', '{b:job-ref}', '{b:licence-no}', '電話番号 {tel}', 'ファクシミリ番号：{fax}', '担当者 {name}（{ext}）', '応募前に {mob} までご連絡ください', 'フリーダイヤル {free}', '{b:rail-ticket}'],
    }),
  },
  // ——— business text of more countries ———
  {
    name: 'danovy-doklad-cz', split: 'seen9', lang: 'en', agents: 'h9-cz', records: 380, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['FAKTURA – DAŇOVÝ DOKLAD {v:invoice}\nDodavatel: {co}', 'Faktura {v:invoice}\nOdběratel: {co}'],
      lines: ['{b:registry-id}', '{b:registry-id}', 'Tel.: {tel}', 'Mobil: {mob}', 'Fax č.: {fax}', 'Zákaznická linka {free}', 'Variabilní symbol {v:payment-ref}', 'Objednávka {v:order-id}', 'Volejte {num}'],
    }),
  },
  {
    name: 'szamla-hu', split: 'seen9', lang: 'en', agents: 'h9-hu', records: 380, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['SZÁMLA {v:invoice}\nEladó: {co}', 'Tisztelt {name}!\nMellékelten küldjük a {v:invoice} számlát.'],
      lines: ['{b:registry-id}', 'Telefon: {tel}', 'Mobil: {mob}', 'Faxszám: {fax}', 'Ügyfélszolgálat {free}', 'Hívjon minket: {num}', '{b:payment-ref}', 'Rendelés {v:order-id}'],
    }),
  },
  {
    name: 'factura-ro', split: 'seen9', lang: 'en', agents: 'h9-ro', records: 360, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['FACTURĂ FISCALĂ {v:invoice}\nFurnizor: {co}', 'Stimate domnule {name},'],
      lines: ['{b:registry-id}', '{b:registry-id}', 'Tel.: {tel}', 'Mobil: {mob}', 'Fax: {fax}', 'Linie gratuită {free}', 'Vă rugăm să sunați la {num}', 'Comanda {v:order-id}', 'IBAN {b:iban}'],
    }),
  },
  {
    name: 'lasku-fi', split: 'seen9', lang: 'en', agents: 'h9-fi', records: 360, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['LASKU {v:invoice}\n{co}', 'Hei {name},\nohessa laskumme {v:invoice}.'],
      lines: ['{b:registry-id}', '{b:payment-ref}', 'Puh. {tel}', 'Matkapuhelin {mob}', 'Faksi: {fax}', 'Asiakaspalvelu {free}', 'Soita meille {num}', 'Tilaus {v:order-id}'],
    }),
  },
  {
    name: 'qr-rechnung-ch', split: 'seen9', lang: 'de', agents: 'h9-ch', records: 380, make: note({
      rows: mixed, count: [4, 7], ext: 0.15,
      head: ['Rechnung {v:invoice}\n{co}\n{addr}\n{country}', 'Zahlteil — QR-Rechnung\nKonto / Zahlbar an: {co}, {country}'],
      lines: ['{b:payment-ref}', '{b:payment-ref}', 'Tel. {tel}', 'Natel {mob}', 'Fax direkt: {fax}', 'Kundendienst {ext}', 'Gratisnummer {free}', 'Kundenkonto {v:customer-id}', '{b:registry-id}'],
    }),
  },
  {
    name: 'factuur-nl', split: 'seen9', lang: 'en', agents: 'h9-nl', records: 380, make: note({
      rows: mixed, count: [4, 7],
      head: ['FACTUUR {v:invoice}\n{co}\n{addr}\n{country}', 'Beste {name},\nHierbij factuur {v:invoice} ({country}).'],
      lines: ['{b:registry-id}', '{b:payment-ref}', 'Tel. {tel}', 'Mobiel {mob}', 'Fax-nummer: {fax}', 'Klantenservice {free}', 'Bel ons op {num}', 'Bestelling {v:order-id}', 'Klantnummer {v:customer-id}'],
    }),
  },
  {
    name: 'fatura-pt', split: 'seen9', lang: 'en', agents: 'h9-pt', records: 360, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['FATURA {v:invoice}\n{co}', 'Exmo. Sr. {name},'],
      lines: ['{b:registry-id}', '{b:payment-ref}', 'Telf. {tel}', 'Telm. {mob}', 'Fax n.º {fax}', 'Linha de apoio {free}', 'Contacte-nos pelo {num}', 'Encomenda {v:order-id}'],
    }),
  },
  {
    name: 'gyeonjeokseo-kr', split: 'seen9', lang: 'en', agents: 'h9-kr', records: 390, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['견 적 서\n{v:invoice}\n{co} 귀하', '견적서 송부의 건\n{name} 님께'],
      lines: ['{b:registry-id}', 'TEL {tel}', '팩스번호: {fax}', 'H.P {mob}', '담당자 {name} {num}', '고객센터 {free}', '합계 금액 ₩{~1,250,000|380,000|12,400,000}', '유효기간 {~30|14|7}일'],
    }),
  },
  {
    name: 'rakhunok-ua', split: 'seen9', lang: 'en', agents: 'h9-ua', records: 360, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['Рахунок-фактура {v:invoice}\nПостачальник: {co}', 'Шановний {~Олександре|Іване|Мирославо}!'],
      lines: ['{b:registry-id}', 'тел. {tel}', 'моб. {mob}', 'Гаряча лінія {free}', 'Телефонуйте за номером {num}', 'IBAN {b:iban}', 'Замовлення {v:order-id}'],
    }),
  },
  {
    name: 'presupuesto-ar', split: 'seen9', lang: 'en', agents: 'h9-ar', records: 360, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['PRESUPUESTO {v:invoice}\n{co}', 'Estimado {name}:'],
      lines: ['{b:registry-id}', 'Tel.: {tel}', 'Cel.: {mob}', 'WhatsApp {mob}', 'Atención al cliente {free}', 'Comuníquese al {num}', 'Pedido {v:order-id}', 'Total $ {~125.400,00|38.900,50|1.240.000,00}'],
    }),
  },
  {
    name: 'cotizacion-mx', split: 'seen9', lang: 'en', agents: 'h9-mx', records: 380, make: note({
      rows: maybeTeam, count: [4, 7],
      head: ['COTIZACIÓN {v:invoice}\n{co}', 'Estimado(a) {name}:'],
      lines: ['Tel. {tel}', 'Cel. {mob}', 'Lada sin costo {free}', 'Oficina {ext}', 'Llámenos al {num}', 'Pedido {v:order-id}', 'Total MXN ${~12,450.00|3,980.50|148,200.00}', '{b:voucher}'],
    }),
  },
  {
    name: 'taglish-sms-ph', split: 'seen9', lang: 'en', agents: 'h9-ph', records: 390, make: note({
      rows: maybeTeam, count: [2, 4], joiner: ' ',
      lines: ['Hi po, pa-call back naman sa {mob}.', 'Yung landline namin {tel} po.', 'Salamat po! Pwede rin sa {num}.', 'Hotline nila {free} pero laging busy.', 'Ref no. {v:case-id} po.', 'Load {b:voucher} na po.'],
    }),
  },
  {
    name: 'naija-business-text', split: 'seen9', lang: 'en', agents: 'h9-ng', records: 380, make: note({
      rows: maybeTeam, count: [2, 5], joiner: ' ',
      lines: ['Good afternoon sir, kindly call me on {mob}.', 'Our office line is {tel}.', 'You can also reach my colleague on {num}.', 'For international: {abroad}.', 'Invoice {v:invoice} attached.', 'Please send to {b:iban}.', 'Customer care {free}.'],
    }),
  },
];
