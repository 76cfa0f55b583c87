/**
 * The template families of seen7: the holdout built 2026-12-04 ~21:00 (seed
 * holdout-2026-12-04-2100), scored once untouched, then opened for tuning (split "seen7"). Text agents paste, see or type that no older
 * split has: Zoho CRM CSV exports with quoted commas, Freshdesk ticket conversations, ServiceNow
 * incident pages with work notes, Japanese 苦情対応記録 and 引継ぎメモ, 不在票 and 宅配 notices, SMS
 * opt-out and IVR callback logs, clinic referral letters, school 家庭調査票 and US emergency cards, B2B order
 * confirmations, municipal forms (ja) and council letters (en), Teams meeting chats, HTML e-mails
 * turned into text, SAP vendor master dumps, German dunning letters, and business text in Korean,
 * Chinese, Thai, Vietnamese, Indonesian, Arabic, Hebrew, Turkish and Polish. Numbers come from the
 * split's own pool (numbers-seen7.ts: 219 regions, every type), written its own ways too
 * (writing-seen7.ts), among its own bait (bait-seen7.ts).
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
import { SEEN7_REGIONS } from './numbers-seen7';
import type { Rng } from './prng';
import { writeInternational } from './writing';

export type Seen7AgentKind = 'h7-any' | 'h7-team' | 'h7-ja' | 'h7-ja-team' | 'h7-us' | 'h7-eu' | 'h7-de' | 'h7-th' | 'h7-vn' | 'h7-id' | 'h7-ar' | 'h7-he' | 'h7-tr' | 'h7-pl' | 'h7-ko' | 'h7-zh';
export const SEEN7_AGENT_KINDS: readonly string[] = ['h7-any', 'h7-team', 'h7-ja', 'h7-ja-team', 'h7-us', 'h7-eu', 'h7-de', 'h7-th', 'h7-vn', 'h7-id', 'h7-ar', 'h7-he', 'h7-tr', 'h7-pl', 'h7-ko', 'h7-zh'];

/** Teams whose lists mix countries (countries their records can name). */
const TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [
  ['GB', ['IE', 'FR', 'DE']], ['US', ['CA', 'MX']], ['DE', ['PL', 'CZ', 'AT']], ['TR', ['DE', 'AZ', 'GE']], ['AE', ['SA', 'QA', 'KW', 'OM']], ['SG', ['TH', 'VN', 'ID', 'MY']],
  ['TH', ['VN', 'SG', 'MY']], ['ID', ['SG', 'MY', 'AU']], ['PL', ['DE', 'CZ', 'LT', 'UA']], ['IL', ['US', 'GB', 'CY']], ['KR', ['JP', 'CN', 'VN']], ['HK', ['CN', 'TW', 'SG']],
  ['EG', ['SA', 'JO', 'AE']], ['FR', ['BE', 'CH', 'MA', 'TN']], ['AU', ['NZ', 'FJ', 'PG']], ['ZA', ['MZ', 'NA', 'ZW']], ['IN', ['AE', 'SG', 'GB']], ['BR', ['AR', 'PT', 'CL']],
];
const JA_TEAMS: ReadonlyArray<readonly [CountryCode, CountryCode[]]> = [['JP', ['TH', 'VN', 'ID']], ['JP', ['KR', 'TW', 'CN']], ['JP', ['US', 'GB', 'DE']], ['JP', ['SG', 'MY', 'PH']]];

export function pickSeen7Agent(rng: Rng, kind: Seen7AgentKind): Agent {
  const team = (teams: ReadonlyArray<readonly [CountryCode, CountryCode[]]>): Agent => {
    const [defaultCountry, others] = rng.pick(teams);
    return { defaultCountry, otherCountries: [...others] };
  };
  const alone = (country: CountryCode, p: number, teams: ReadonlyArray<readonly [CountryCode, CountryCode[]]>): Agent => (rng.chance(p) ? { defaultCountry: country } : team(teams));
  switch (kind) {
    case 'h7-any':
      return { defaultCountry: rng.weighted<CountryCode>(SEEN7_REGIONS.map((c) => [c, c === 'JP' ? 24 : c === 'US' ? 16 : c === 'GB' ? 8 : ['TH', 'VN', 'ID', 'TR', 'PL', 'IL', 'AE', 'SA', 'KR', 'IN', 'IR'].includes(c) ? 3 : 1.2] as const)) };
    case 'h7-team': return team(TEAMS);
    case 'h7-ja': return { defaultCountry: 'JP' };
    case 'h7-ja-team': return team(JA_TEAMS);
    case 'h7-us': return rng.chance(0.6) ? { defaultCountry: 'US' } : team([['US', ['CA']], ['US', ['PR', 'MX']], ['CA', ['US']]]);
    case 'h7-eu': return { defaultCountry: rng.pick<CountryCode>(['GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'SE', 'FI', 'PL', 'ES', 'IT', 'AT', 'CH', 'DK', 'NO', 'PT', 'CZ', 'AX', 'VA']) };
    case 'h7-de': return alone('DE', 0.6, [['DE', ['AT', 'CH']], ['AT', ['DE']], ['CH', ['DE', 'LI']]]);
    case 'h7-th': return alone('TH', 0.7, [['TH', ['MY', 'SG']], ['TH', ['VN', 'LA', 'KH']]]);
    case 'h7-vn': return alone('VN', 0.7, [['VN', ['KR', 'JP']], ['VN', ['TH', 'SG']]]);
    case 'h7-id': return alone('ID', 0.7, [['ID', ['SG', 'MY']], ['ID', ['AU', 'TL']]]);
    case 'h7-ar': return rng.chance(0.6) ? { defaultCountry: rng.weighted<CountryCode>([['AE', 4], ['SA', 4], ['EG', 3], ['JO', 1], ['KW', 1], ['QA', 1], ['BH', 1], ['OM', 1], ['IQ', 1], ['LB', 1], ['LY', 1], ['SD', 1], ['IR', 3]]) } : team([['AE', ['SA', 'EG', 'JO']], ['SA', ['AE', 'KW', 'BH']], ['QA', ['AE', 'OM']]]);
    case 'h7-he': return alone('IL', 0.7, [['IL', ['US', 'GB']], ['IL', ['CY', 'GR']]]);
    case 'h7-tr': return alone('TR', 0.7, [['TR', ['DE', 'NL']], ['TR', ['AZ', 'GE']]]);
    case 'h7-pl': return alone('PL', 0.7, [['PL', ['DE', 'CZ']], ['PL', ['UA', 'LT', 'SK']]]);
    case 'h7-ko': return alone('KR', 0.75, [['KR', ['JP', 'US']], ['KR', ['VN', 'CN']]]);
    case 'h7-zh': return rng.chance(0.6) ? { defaultCountry: rng.weighted<CountryCode>([['CN', 4], ['TW', 3], ['HK', 2], ['MO', 1], ['SG', 1]]) } : team([['TW', ['CN', 'HK']], ['HK', ['CN', 'MO']], ['CN', ['HK', 'TW']]]);
  }
}

const mixed = (ctx: Parameters<typeof own>[0]) => (ctx.rng.chance(0.5) ? named(ctx) : own(ctx));
/** The agent's own country, or (in a team) a row of any of its countries that the text does not name: the labels ask. */
const maybeTeam = (ctx: Parameters<typeof own>[0]) => (ctx.agent.otherCountries ? teamRow(ctx, false) : own(ctx));

/**
 * An e-mail signature of a London, Indian, US or Gulf office, its numbers written the ways those
 * offices' staff write them abroad ("+44 207 946 0958", "+91-98765 43210", "+1 415-555-0132",
 * "+٩٧١ ٤ ١٢٣ ٤٥٦٧"): international, so each is labelled with its own E.164.
 */
function officeSignature(ctx: Ctx): Piece[] {
  const r = ctx.rng;
  const doc = new Doc().add(`${r.pick(['Kind regards', 'Best regards', 'Thanks', 'Regards'])},\n${ctx.name()}\n${r.pick(['Key Account Manager', 'Regional Sales Lead', 'Customer Success', 'Procurement'])} | ${ctx.company()}\n`);
  const plans: Record<'GB' | 'IN' | 'US' | 'AE', ReadonlyArray<readonly [string, CountryCode, 'fixed' | 'mobile', string]>> = {
    GB: [['T', 'GB', 'fixed', 'gbLondonMisgrouped'], ['M', 'GB', 'mobile', 'zwspIntl']],
    IN: [['Mob', 'IN', 'mobile', 'inDashFives'], ['Off', 'IN', 'fixed', 'ccParenHyphens']],
    US: [['Office', 'US', 'fixed', 'nanpaPlusHyphen'], ['Cell', 'US', 'mobile', 'nanpaPlusHyphen']],
    AE: [['هاتف', 'AE', 'fixed', 'arabicDigitsIntl'], ['Mobile', 'AE', 'mobile', 'arabicDigitsIntl']],
  };
  const plan = plans[r.pick(['GB', 'IN', 'US', 'AE'] as const)];
  for (const [label, country, kind, style] of plan) {
    const list = ctx.pool.get(country)![kind];
    // London's and the other two-digit areas' lines: the misgrouping applies to them.
    const london = style === 'gbLondonMisgrouped' ? list.filter((n) => n.nsn.startsWith('2')) : list;
    const number = r.pick(london.length ? london : list);
    doc.add(`${label}: `).number(writeInternational(number, r, style, ctx.split), { e164: number.e164 }).add(r.pick([' | ', '\n']));
  }
  const b = ctx.bait(r.pick(['html-residue', 'trade-id', 'order-line']));
  doc.plant(`bait:${b.kind}`, b.text);
  return [{ doc, wholeCell: false }];
}

export const SEEN7_FAMILIES: Family[] = [
  { name: 'office-signature-intl', split: 'seen7', lang: 'en', agents: 'h7-any', records: 400, make: officeSignature },
  {
    name: 'zoho-csv-quoted', split: 'seen7', lang: 'en', agents: 'h7-team', records: 420,
    make: rowsText('"Contact Name","Title","Mailing Country","Phone","Mobile","Modified Time","Annual Revenue"',
      '"{name}","{~Head of IT, EMEA|Buyer, Spare Parts|VP, Sales|Owner, Founder|Manager, Accounts Payable}","{country}","{tel}","{mob}","{b:sheet-artefact}","{b:local-amount}"', named, [2, 4]),
  },
  {
    name: 'freshdesk-ticket', split: 'seen7', lang: 'en', agents: 'h7-any', records: 460, make: note({
      count: [4, 7], ext: 0.12,
      head: ['{v:case-id} · {~Open|Pending|Waiting on Customer}\nRequester: {name}', 'Ticket {v:case-id} created via {~Phone|Email|Portal}'],
      lines: ['Requester phone: {tel}', 'Alternate contact: {mob}', '{name} replied: please ring me on {mob} after {b:chat-meta}', 'Agent note: customer rang from {abroad}, verified by {v:customer-id}.', 'Called back {num}, no answer (left VM).',
        'Order {v:order-id} refund approved, {b:local-amount}.', 'Escalated to L2 ({ext}).', 'SLA breach in {b:chat-meta}', 'Serial {v:serial}', 'Support hotline quoted: {free}'],
    }),
  },
  {
    name: 'servicenow-incident', split: 'seen7', lang: 'en', agents: 'h7-team', records: 440, make: note({
      rows: mixed, count: [4, 7], ext: 0.1,
      head: ['{v:case-id}\nCaller: {name}\nLocation: {country}', 'Incident {v:case-id} | Priority {~2 - High|3 - Moderate|4 - Low}\nCompany: {co} ({country})'],
      lines: ['Contact number: {tel}', 'Business phone: {ext}', 'Mobile phone: {mob}', 'Configuration item: {v:serial}', 'Work notes: called user on {mob}, issue persists.', 'Additional comments: please call {nat} instead.',
        'Assignment group: Service Desk {~EMEA|APJ|AMER} ({free})', 'Caller ID: {v:customer-id}', 'Opened {b:calendar-date}', 'Related change {b:trade-id}'],
    }),
  },
  {
    name: 'kujou-kiroku-ja', split: 'seen7', lang: 'ja', agents: 'h7-ja', records: 420, make: note({
      count: [4, 7],
      head: ['【苦情対応記録】{b:complaint-ref}', '■お客様の声（苦情）{b:complaint-ref}\n受付者：{name}'],
      lines: ['申出人：{name}様（{co}）', '連絡先：{tel}', '携帯：{mob}（日中不可）', '{b:complaint-ref}', '内容：{v:order-id} の配送遅延について', '経過：{b:complaint-ref}、お客様へ {num} から折返し',
        '{b:complaint-ref}', '上長 {name}（内線経由 {ext}）へ報告済み', 'お客様相談室 {free} をご案内', 'お詫び状をFAX {fax} へ送付'],
    }),
  },
  {
    name: 'hikitsugi-memo-ja', split: 'seen7', lang: 'ja', agents: 'h7-ja-team', records: 420, make: note({
      rows: maybeTeam, count: [3, 6], ext: 0.1,
      head: ['【引継ぎ】{b:chat-meta} 早番→遅番', '◆引継ぎメモ（{name}→{name}）\n対象：海外拠点'],
      lines: ['{co}の{name}様から折返し依頼 → {nat}', '携帯 {mob} は夜間不可', '{v:case-id} 対応中、先方 {tel} に再度連絡', '現地窓口：{tel}', '保留中の件 {v:order-id}', '代表 {ext} に伝言済み',
        '{b:takuhai}', 'FAXは {fax} へ送付', '休日窓口：{free}'],
    }),
  },
  {
    name: 'fuzaihyo-takuhai-ja', split: 'seen7', lang: 'ja', agents: 'h7-ja', records: 440, make: note({
      count: [3, 6],
      head: ['【ご不在連絡票】{name}様\nお荷物をお届けに参りましたがご不在でした。', '宅配便のお知らせ（{co}）', '[SMS] お荷物のお届けにあがりましたが不在の為持ち帰りました。'],
      lines: ['{b:takuhai}', '{b:takuhai}', '再配達は {free}（自動受付・24時間）', 'ドライバー直通 {mob}', '担当営業所 {tel}', '{b:takuhai}', 'お問い合わせ：{tel}（8:00～21:00）', 'ご依頼主：{co}（{tel}）', '配達員：{name}'],
    }),
  },
  {
    name: 'sms-optout-log', split: 'seen7', lang: 'en', agents: 'h7-any', records: 440, make: note({
      count: [3, 7], repeats: true,
      head: ['timestamp,from,to,body,status', 'SMS log export — opt-outs and replies'],
      lines: ['{b:sms-meta} from {e164}: STOP', 'reply from {e164} "call me on {mob} instead" {b:sms-meta}', 'IVR callback requested by {e164} ({b:sms-meta})', 'opt-out {e164} {b:sms-meta}', 'sent to {e164}: {b:sms-meta}',
        'inbound {abroad} → short code, {b:sms-meta}', 'resubscribe {e164} {b:sms-meta}'],
    }),
  },
  {
    name: 'clinic-referral-letter', split: 'seen7', lang: 'en', agents: 'h7-eu', records: 420, make: note({
      count: [4, 7], ext: 0.1,
      head: ['Dear Colleague,\nRe: {name}, {b:provider-id}', 'REFERRAL — {~Cardiology|Endocrinology|Respiratory|Orthopaedics}\nPatient: {name}'],
      lines: ['{b:clinical}, {b:clinical}.', 'Current medication: {b:clinical}.', 'Patient mobile: {mob}', 'Next of kin: {name}, {mob}', 'Please contact the surgery on {tel}.', 'Referring GP: {name} ({b:provider-id}), direct line {ext}',
        'Secure fax for results: {fax}', 'Out of hours: {free}', '{b:clinical}', 'Yours sincerely,\n{name}\n{b:provider-id}'],
    }),
  },
  {
    name: 'katei-chousahyou-ja', split: 'seen7', lang: 'ja', agents: 'h7-ja', records: 400, make: card([
      '児童氏名::{name}', '学年・組::{b:school-ref}', '出席番号::{b:school-ref}', '保護者氏名::{name}', '自宅電話::{nat}', '保護者携帯::{mob}', '?勤務先::{co}', '?勤務先電話::{ext}', '?緊急連絡先（祖父母）::{tel}', '?学籍番号::{b:school-ref}',
    ], own, 0.1),
  },
  {
    name: 'school-contact-sheet-en', split: 'seen7', lang: 'en', agents: 'h7-us', records: 380, make: card([
      'Student::{name}', 'Grade / Homeroom::{b:school-ref}', '?Bus::{b:school-ref}', 'Parent/Guardian 1::{name}', 'Cell::{mob}', 'Home::{nat}', '?Work::{ext}', '?Parent/Guardian 2 cell::{mob}', 'Student ID::{b:school-ref}', '?Pickup authorised::{name}, {mob}',
    ], own, 0.1),
  },
  {
    name: 'b2b-order-confirmation', split: 'seen7', lang: 'en', agents: 'h7-team', records: 420, make: note({
      rows: named, count: [4, 7], ext: 0.1,
      head: ['ORDER CONFIRMATION {v:order-id}\nShip to: {co}, {country}', 'Order acknowledgement — {co} ({country})\nYour ref. {v:order-id}'],
      lines: ['{b:order-line}', '{b:order-line}', '{b:trade-id}', 'Buyer contact: {name}, {tel}', 'Receiving dock: {ext}', 'Logistics mobile: {mob}', 'Please fax signed copy to {fax}', '{b:trade-id}', 'Invoice {v:invoice} to follow',
        'Customer service: {free}'],
    }),
  },
  {
    name: 'municipal-form-ja', split: 'seen7', lang: 'ja', agents: 'h7-ja', records: 400, make: card([
      '申請者氏名::{name}', '?住民票コード::{v:muni-ref}', '受付番号::{b:muni-ref}', '日中の連絡先::{nat}', '?携帯電話::{mob}', '手数料::{b:muni-ref}', '?整理番号::{b:muni-ref}', '担当課::{~市民課|税務課|子育て支援課}（{ext}）', '?FAX {fax}',
    ], own, 0.3),
  },
  {
    name: 'council-letter-en', split: 'seen7', lang: 'en', agents: 'h7-eu', records: 360, make: note({
      count: [3, 6],
      head: ['{b:muni-ref}\nDear {name},', 'Your reference: {b:muni-ref}'],
      lines: ['If you have any questions please call us on {tel} (Mon–Fri).', 'Text relay: {num}', 'Payment line (24 h): {free}', '{b:muni-ref}', 'Amount due: {b:local-amount}', 'Our housing officer can be reached on {ext}.', 'Minicom / text phone: {net}'],
    }),
  },
  {
    name: 'teams-meeting-chat', split: 'seen7', lang: 'en', agents: 'h7-any', records: 440, make: note({
      count: [4, 8], repeats: true,
      lines: ['{b:chat-meta} {name}: can you dial me in? {mob}', '{b:chat-meta} {name}: customer is on {tel}, joining now', '{b:chat-meta}', '{b:chat-meta} {name}: bridge for the customer {free}', '{b:chat-meta} {name}: 👍',
        '{b:chat-meta} {name}: their main line {abroad}', '{b:chat-meta} {name}: ticket is {v:case-id}', '{b:chat-meta} {name}: dropped, call me back on {num}'],
    }),
  },
  {
    name: 'html-mail-to-text', split: 'seen7', lang: 'en', agents: 'h7-any', records: 440, make: note({
      count: [3, 6], ext: 0.1,
      head: ['{b:html-residue}\nHi {name},', 'Von: {name}\n{b:html-residue}'],
      lines: ['Tel:&nbsp;{tel}', 'Mob.&nbsp;{mob}', '{b:html-residue}', 'Call us: {free} {b:html-residue}', '{name} | {co} | {tel}', 'Direct: {ext}', '{b:html-residue} Support {num}', 'Fax:&nbsp;{fax}'],
    }),
  },
  {
    name: 'sap-vendor-master', split: 'seen7', lang: 'en', agents: 'h7-team', records: 400, make: note({
      rows: named, count: [4, 7],
      head: ['LFA1 vendor {v:customer-id}\nNAME1 {co}\nLAND1 {iso}', 'Vendor master (XK03) {v:customer-id} — {co}, {country}'],
      lines: ['TELF1 {tel}', 'TELF2 {mob}', 'TELFX {fax}', 'STCD1 {b:trade-id}', 'BANKN {b:bank-local}', 'ERDAT {b:sheet-artefact}', 'TELBX {num}', 'SMTP_ADDR {mail}'],
    }),
  },
  {
    name: 'mahnung-de', split: 'seen7', lang: 'de', agents: 'h7-de', records: 380, make: note({
      count: [3, 6], ext: 0.15,
      head: ['Zahlungserinnerung {v:invoice}\nSehr geehrte/r {name},', '2. Mahnung — Kundennr. {v:customer-id}'],
      lines: ['Offener Betrag: {b:local-amount}', 'Bei Fragen erreichen Sie unsere Buchhaltung unter {tel}.', 'Ihr Ansprechpartner: {name}, Telefon {ext}', 'Mobil: {mob}', 'Telefax: {fax}', 'Servicenummer: {cost}', '{b:bank-local}'],
    }),
  },
  {
    name: 'korean-business-mail', split: 'seen7', lang: 'en', agents: 'h7-ko', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['안녕하세요, {co} {~김민수|이지은|박서준} 과장입니다.', '[견적 요청] {v:order-id}'],
      lines: ['전화: {tel}', '휴대폰: {mob}', '팩스: {fax}', '담당자 연락처 {mob} 로 연락 부탁드립니다.', '{b:calendar-date}까지 회신 부탁드립니다.', '금액: {b:local-amount}', '고객센터 {free}', '{v:invoice}', '계좌: {b:bank-local}'],
    }),
  },
  {
    name: 'chinese-business-notice', split: 'seen7', lang: 'en', agents: 'h7-zh', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['{co} 采购通知', '您好，我是{~王经理|陈小姐|林先生}。'],
      lines: ['联系电话：{tel}', '手机：{mob}', '传真：{fax}', '订单 {v:order-id} 已发货。', '日期：{b:calendar-date}', '金额 {b:local-amount}', '客服热线 {free}', '如有问题请拨打 {num}', '{b:trade-id}'],
    }),
  },
  {
    name: 'thai-business-text', split: 'seen7', lang: 'en', agents: 'h7-th', records: 420, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['เรียน คุณ{~สมชาย|สุดา|วิชัย}', 'ใบเสนอราคา {v:invoice}'],
      lines: ['โทร. {tel}', 'มือถือ {mob}', 'แฟกซ์ {fax}', 'ติดต่อ Call Center {free}', 'วันที่ {b:calendar-date}', 'ยอดรวม {b:local-amount}', 'บัญชี {b:bank-local}', '{b:civil-id}', 'กรุณาโทรกลับที่ {num}'],
    }),
  },
  {
    name: 'vietnamese-business-text', split: 'seen7', lang: 'en', agents: 'h7-vn', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['Kính gửi anh/chị {~Nguyễn Văn An|Trần Thị Bình|Lê Minh}', '{v:order-id} — xác nhận đơn hàng'],
      lines: ['ĐT: {tel}', 'Di động: {mob}', 'Fax: {fax}', 'Hotline: {free}', 'Tổng tiền: {b:local-amount}', 'Tài khoản: {b:bank-local}', '{b:civil-id}', 'Vui lòng gọi lại số {num}', '{v:invoice}'],
    }),
  },
  {
    name: 'indonesian-business-text', split: 'seen7', lang: 'en', agents: 'h7-id', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['Yth. Bapak/Ibu {~Budi Santoso|Siti Rahayu|Agus}', 'Konfirmasi pesanan {v:order-id}'],
      lines: ['Telp. {tel}', 'HP/WA: {mob}', 'Fax {fax}', 'Layanan pelanggan {free}', 'Total: {b:local-amount}', 'Transfer ke {b:bank-local}', '{b:civil-id}', 'Mohon hubungi kami di {num}', '{v:invoice}'],
    }),
  },
  {
    name: 'arabic-business-text', split: 'seen7', lang: 'en', agents: 'h7-ar', records: 440, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['السادة {co} المحترمين', 'عرض سعر رقم {v:invoice}'],
      lines: ['هاتف: {tel}', 'جوال: {mob}', 'فاكس: {fax}', 'الرقم المجاني {free}', 'المبلغ {b:local-amount}', 'التاريخ {b:calendar-date}', '{b:civil-id}', 'يرجى الاتصال على {num}', 'واتساب {mob}'],
    }),
  },
  {
    name: 'hebrew-business-text', split: 'seen7', lang: 'en', agents: 'h7-he', records: 380, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['שלום {~יוסי|מיכל|דוד},', 'הצעת מחיר {v:invoice}'],
      lines: ['טלפון: \u200f{tel}\u200f', 'נייד: {mob}', 'פקס: {fax}', 'שירות לקוחות {free}', 'סכום {b:local-amount}', '{b:bank-local}', '{b:civil-id}', 'נא לחזור אליי למספר {num}'],
    }),
  },
  {
    name: 'turkish-business-text', split: 'seen7', lang: 'en', agents: 'h7-tr', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['Sayın {~Ahmet Yılmaz|Ayşe Demir|Mehmet Kaya},', 'Teklif {v:invoice}'],
      lines: ['Tel: {tel}', 'Cep: {mob}', 'Faks: {fax}', 'Çağrı merkezi {free}', 'Tutar: {b:local-amount}', '{b:bank-local}', '{b:civil-id}', 'Lütfen {num} numarasından arayın.', 'Sipariş {v:order-id}'],
    }),
  },
  {
    name: 'polish-business-text', split: 'seen7', lang: 'en', agents: 'h7-pl', records: 400, make: note({
      rows: maybeTeam, count: [3, 6],
      head: ['Szanowni Państwo,', '{v:invoice}\nDzień dobry {~Panie Tomaszu|Pani Anno},'],
      lines: ['tel. {tel}', 'kom. {mob}', 'faks {fax}', 'Infolinia {free}', 'Kwota: {b:local-amount}', '{b:bank-local}', '{b:civil-id}', 'Proszę o kontakt pod numerem {num}.', 'Data: {b:calendar-date}'],
    }),
  },
  {
    name: 'callback-grid-world', split: 'seen7', lang: 'en', agents: 'h7-team', records: 420,
    make: gridRow([['{name}', '{tel}', '{b:chat-meta}', '{~Callback|No answer|Busy}'], ['{mob}', '{name}', '{v:case-id}'], ['{co}', '{b:sms-meta}', '{num}', '{b:local-amount}']], unnamed),
  },
];
