/**
 * The call record: everything known about one contact once it is over, built by the background
 * from the contact events (src/background/call-log/track.ts) and handed to the log targets
 * (webhook, the CRM's form, the clipboard). Pure: the life of a contact is folded event by event
 * (`lifeStep`), the record made from it (`buildRecord`); both unit-tested.
 *
 * Times are ISO 8601 (UTC) and durations whole seconds in the record: what a Lambda, Power
 * Automate or Zapier flow reads without knowing our conventions.
 */
import type { ContactSnapshot } from './protocol';
import type { CallOutcome } from './call-history';

/** One contact's life so far, as the background folds its events (kept in storage.session). */
export interface CallLife {
  contactId: string;
  direction: 'inbound' | 'outbound';
  phoneNumber: string | null;
  queue: string | null;
  queueTimestamp: number | null;
  attributes: Record<string, string>;
  startedAt: number;
  connectedAt: number | null;
  endedAt: number | null;
  /** When the agent closed it (destroyed): the end of after-contact work. */
  closedAt: number | null;
  holdMs: number;
  holdSince: number | null;
  /** Set by the first missed, rejected or error phase. */
  unanswered: 'missed' | 'rejected' | 'error' | null;
}

/** Folds one snapshot into a contact's life. Idempotent for a repeated event. */
export function lifeStep(life: CallLife | undefined, c: ContactSnapshot): CallLife {
  const at = c.phaseSince;
  const next: CallLife = life
    ? { ...life }
    : {
        contactId: c.contactId, direction: c.direction, phoneNumber: null, queue: null, queueTimestamp: null, attributes: {},
        startedAt: at, connectedAt: null, endedAt: null, closedAt: null, holdMs: 0, holdSince: null, unanswered: null,
      };
  // What Connect says now wins (attributes may be set while the call goes on).
  next.phoneNumber = c.phoneNumber ?? next.phoneNumber;
  next.queue = c.queue?.name ?? next.queue;
  next.queueTimestamp = c.queueTimestamp ?? next.queueTimestamp;
  next.attributes = { ...next.attributes, ...c.attributes };
  const endHold = () => {
    if (next.holdSince !== null) next.holdMs += Math.max(0, at - next.holdSince);
    next.holdSince = null;
  };
  switch (c.phase) {
    case 'connected':
      next.connectedAt ??= at;
      endHold();
      break;
    case 'on-hold':
      next.connectedAt ??= at;
      next.holdSince ??= at;
      break;
    case 'missed':
    case 'rejected':
    case 'error':
      if (next.connectedAt === null) next.unanswered ??= c.phase;
      next.endedAt ??= at;
      break;
    case 'ended':
      endHold();
      next.endedAt ??= at;
      break;
    case 'destroyed':
      endHold();
      next.endedAt ??= at;
      next.closedAt ??= at;
      break;
    default:
      break;
  }
  return next;
}

/** The CRM page a click-to-dial came from, as the browser (never the page) reported it. */
export interface CrmPage {
  url: string;
  title: string;
  /** Captured from the URL by the admin's pattern, or null. */
  recordId: string | null;
}

export interface CallRecord {
  /** The record's format, for the receiving end. */
  version: 1;
  contactId: string;
  direction: 'inbound' | 'outbound';
  outcome: CallOutcome;
  phone: { e164: string | null; formatted: string | null };
  queue: string | null;
  agent: string | null;
  startTime: string;
  connectTime: string | null;
  endTime: string | null;
  /** Until the customer was answered (or gave up). */
  waitingSeconds: number | null;
  /** Connected time without hold. */
  talkSeconds: number | null;
  holdSeconds: number | null;
  /** After-contact work: from the end of the call until the agent closed the contact. */
  acwSeconds: number | null;
  /** The contact attributes the admin chose to log. */
  attributes: Record<string, string>;
  notes: string;
  disposition: string | null;
  crmPage: CrmPage | null;
}

export interface RecordExtras {
  agent: string | null;
  notes: string;
  disposition: string | null;
  crmPage: CrmPage | null;
  /** The attribute names the admin chose (others are left out). */
  attributeKeys: readonly string[];
  /** The number as people read it (libphonenumber's international format). */
  format: (e164: string) => string;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const seconds = (ms: number | null) => (ms === null ? null : Math.max(0, Math.round(ms / 1000)));

export function outcomeOf(life: CallLife): CallOutcome {
  if (life.connectedAt !== null) return 'answered';
  if (life.unanswered === 'rejected') return 'rejected';
  return life.direction === 'inbound' ? 'missed' : 'failed';
}

export function buildRecord(life: CallLife, extras: RecordExtras): CallRecord {
  const answered = life.connectedAt !== null;
  const waitFrom = life.direction === 'inbound' ? (life.queueTimestamp ?? life.startedAt) : life.startedAt;
  const waitTo = life.connectedAt ?? life.endedAt;
  const talk = answered && life.endedAt !== null ? life.endedAt - life.connectedAt! - life.holdMs : null;
  const attributes: Record<string, string> = {};
  for (const key of extras.attributeKeys) if (life.attributes[key] !== undefined) attributes[key] = life.attributes[key];
  return {
    version: 1,
    contactId: life.contactId,
    direction: life.direction,
    outcome: outcomeOf(life),
    phone: { e164: life.phoneNumber, formatted: life.phoneNumber ? extras.format(life.phoneNumber) : null },
    queue: life.queue,
    agent: extras.agent,
    startTime: iso(life.startedAt)!,
    connectTime: iso(life.connectedAt),
    endTime: iso(life.endedAt),
    waitingSeconds: waitTo === null ? null : seconds(waitTo - waitFrom),
    talkSeconds: seconds(talk),
    holdSeconds: answered ? seconds(life.holdMs) : null,
    acwSeconds: answered && life.endedAt !== null && life.closedAt !== null ? seconds(life.closedAt - life.endedAt) : null,
    attributes,
    notes: extras.notes,
    disposition: extras.disposition,
    crmPage: extras.crmPage,
  };
}

/**
 * The record ID in a CRM page's URL by the admin's pattern (a regular expression; its first group,
 * else the whole match), or null. A bad pattern captures nothing rather than failing the record.
 */
export function recordIdFrom(url: string, pattern: string): string | null {
  if (!pattern) return null;
  try {
    const match = new RegExp(pattern).exec(url);
    if (!match) return null;
    return (match[1] ?? match[0]).slice(0, 200) || null;
  } catch {
    return null;
  }
}

/** The values `{call.…}` templates can use (the CRM's log form, the clipboard summary). */
export function callFields(record: CallRecord): Record<string, string> {
  const text = (v: string | number | null) => (v === null ? '' : String(v));
  const fields: Record<string, string> = {
    'call.contactId': record.contactId,
    'call.direction': record.direction,
    'call.outcome': record.outcome,
    'call.e164': text(record.phone.e164),
    'call.number': text(record.phone.formatted),
    'call.queue': text(record.queue),
    'call.agent': text(record.agent),
    'call.startTime': record.startTime,
    'call.connectTime': text(record.connectTime),
    'call.endTime': text(record.endTime),
    'call.waitingSeconds': text(record.waitingSeconds),
    'call.talkSeconds': text(record.talkSeconds),
    'call.holdSeconds': text(record.holdSeconds),
    'call.acwSeconds': text(record.acwSeconds),
    'call.notes': record.notes,
    'call.disposition': text(record.disposition),
    'call.crmUrl': text(record.crmPage?.url ?? null),
    'call.crmTitle': text(record.crmPage?.title ?? null),
    'call.recordId': text(record.crmPage?.recordId ?? null),
  };
  for (const [key, value] of Object.entries(record.attributes)) fields[`call.attr.${key}`] = value;
  return fields;
}

/** The fixed `{call.…}` names, for the options page and template validation. */
export const CALL_FIELD_NAMES = [
  'call.contactId', 'call.direction', 'call.outcome', 'call.e164', 'call.number', 'call.queue', 'call.agent', 'call.startTime',
  'call.connectTime', 'call.endTime', 'call.waitingSeconds', 'call.talkSeconds', 'call.holdSeconds', 'call.acwSeconds',
  'call.notes', 'call.disposition', 'call.crmUrl', 'call.crmTitle', 'call.recordId',
] as const;

/** Fills `{call.…}` placeholders; an unknown one is left empty (the editor refuses them before). */
export function renderCallTemplate(template: string, record: CallRecord): string {
  const fields = callFields(record);
  return template.replace(/\{([^{}]*)\}/g, (_w, name: string) => fields[name.trim()] ?? '');
}

/** A plain-text summary for the clipboard (labels in the agent's language, given by the caller). */
export function summaryText(record: CallRecord, label: (key: 'number' | 'direction' | 'outcome' | 'queue' | 'start' | 'talk' | 'disposition' | 'notes' | 'contactId') => string): string {
  const lines = [
    `${label('number')}: ${record.phone.formatted ?? '—'}`,
    `${label('direction')}: ${record.direction}`,
    `${label('outcome')}: ${record.outcome}`,
    `${label('queue')}: ${record.queue ?? '—'}`,
    `${label('start')}: ${record.startTime}`,
    `${label('talk')}: ${record.talkSeconds ?? 0}s`,
    `${label('disposition')}: ${record.disposition ?? '—'}`,
    `${label('notes')}: ${record.notes}`,
    `${label('contactId')}: ${record.contactId}`,
  ];
  return lines.join('\n');
}
