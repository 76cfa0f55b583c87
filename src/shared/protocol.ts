/**
 * The one protocol between our contexts. Every message that crosses a context boundary is
 * one member of a discriminated union below, with a runtime schema. Receivers call
 * `parseMessage` on `unknown` input and drop whatever does not parse: never half-handle.
 *
 * Naming: requests are imperatives (`dial-number`), notifications past tense (`contact-changed`).
 */
import * as v from 'valibot';

type Schema = v.GenericSchema<unknown, unknown>;

const E164_PATTERN = /^\+[1-9]\d{6,14}$/;
const E164 = v.pipe(v.string(), v.regex(E164_PATTERN, 'an E.164 number such as +81312345678'));
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const ShortText = v.pipe(v.string(), v.maxLength(2000));

export const CHANNELS = ['voice', 'chat', 'task'] as const;
export const CONTACT_PHASES = [
  'incoming', // ringing at the agent (inbound), not yet accepted
  'connecting', // accepted, or an outbound call dialling the customer
  'connected',
  'on-hold',
  'missed',
  'rejected',
  'ended', // the customer or agent hung up; the agent is in after-contact work until cleared
  'destroyed', // cleared from the agent's snapshot
  'error',
] as const;

export const QueueSchema = v.object({ name: ShortText, arn: ShortText });

/**
 * One party on a voice contact other than the agent: the customer (the initial connection) or a
 * third party the agent added (quick connect, number). `state` is Streams' connection state
 * (`connecting`, `connected`, `hold`, `disconnected`, …).
 */
export const PartySnapshotSchema = v.object({
  connectionId: Id,
  role: v.picklist(['customer', 'third-party']),
  state: ShortText,
  /** The quick connect's name, for a party added from one. */
  name: v.nullable(ShortText),
  /** As Connect reports it: E.164, or `INTERNAL-TRANSFER` for an agent or queue. */
  phoneNumber: v.nullable(ShortText),
});
export type PartySnapshot = v.InferOutput<typeof PartySnapshotSchema>;

/** One contact as the agent sees it: plain, serialisable, no Streams objects. */
export const ContactSnapshotSchema = v.object({
  contactId: Id,
  channel: v.picklist(CHANNELS),
  direction: v.picklist(['inbound', 'outbound']),
  phase: v.picklist(CONTACT_PHASES),
  /** The customer's number as Connect reports it (E.164), or null for chat/task. */
  phoneNumber: v.nullable(ShortText),
  queue: v.nullable(QueueSchema),
  /** When the contact entered the queue (ms since epoch). */
  queueTimestamp: v.nullable(v.number()),
  /** When the contact entered its current phase (ms since epoch). */
  phaseSince: v.number(),
  attributes: v.record(v.string(), ShortText),
  /** Voice: everyone on the call but the agent, in Streams' order (customer first); absent otherwise. */
  parties: v.optional(v.array(PartySnapshotSchema)),
  /** Voice: the agent's own connection state (`connected`, `hold`, …). */
  agentLeg: v.optional(v.nullable(ShortText)),
  /** A task's name (Connect's `getName()`). */
  name: v.optional(v.nullable(ShortText)),
});
export type ContactSnapshot = v.InferOutput<typeof ContactSnapshotSchema>;
export type ContactPhase = ContactSnapshot['phase'];

/**
 * A change of one contact. `contactId + phase + phaseSince` identifies it, so a receiver can
 * drop a repeat (a reconnected panel re-reports what it sees) and keep order per contact
 * (`phaseSince` only grows).
 */
export const ContactEventSchema = v.object({
  /** When the phone emitted it (ms since epoch). */
  at: v.number(),
  contact: ContactSnapshotSchema,
});
export type ContactEvent = v.InferOutput<typeof ContactEventSchema>;

export const AgentStateSchema = v.object({
  name: ShortText,
  type: ShortText, // routable, not_routable, offline, system, error, after_call_work
  arn: v.nullable(ShortText),
});
export type AgentState = v.InferOutput<typeof AgentStateSchema>;

export const AgentSnapshotSchema = v.object({
  name: ShortText,
  state: AgentStateSchema,
  /** The states the agent may choose (from the routing profile's configuration). */
  states: v.array(AgentStateSchema),
  muted: v.boolean(),
  /** When the agent entered the current state (ms since epoch, corrected for Connect's clock skew). */
  stateSince: v.optional(v.number()),
  /** The routing profile's queues the agent may call out with (caller ID), and its default. */
  outboundQueues: v.optional(v.array(QueueSchema)),
  defaultOutboundQueue: v.optional(v.nullable(ShortText)),
});
export type AgentSnapshot = v.InferOutput<typeof AgentSnapshotSchema>;

/** `off`: an instance is configured but the phone document is not running (the agent has not opened the phone). */
export const PhoneStatusSchema = v.picklist(['unconfigured', 'off', 'loading', 'logged-out', 'ready', 'failed']);
export type PhoneStatus = v.InferOutput<typeof PhoneStatusSchema>;

const DialError = v.object({ ok: v.literal(false), error: ShortText });

/**
 * What the extension did in the CRM for a contact (a screen pop, an auto-filled field), shown on
 * the contact card so the agent sees what was filled, opened, or not and why.
 */
export const CrmActivitySchema = v.object({
  kind: v.picklist(['screen-pop', 'autofill']),
  /** The rule's name, or the mapping's selector/label. */
  name: ShortText,
  status: v.picklist(['opened', 'reused', 'focused', 'filled', 'kept', 'not-found', 'skipped', 'failed']),
  /** Why it was skipped or failed (`missing:attr.CustomerId`, `not-http`, …), or the URL opened. */
  detail: ShortText,
});
export type CrmActivity = v.InferOutput<typeof CrmActivitySchema>;

/**
 * Connect's warning that the agent's session ends for inactivity: when it ends (ms since epoch),
 * or null when there is none.
 */
export const SessionWarningSchema = v.nullable(v.object({ expiresAt: v.number() }));
export type SessionWarning = v.InferOutput<typeof SessionWarningSchema>;

/**
 * The extension origin's microphone permission, as the phone document reads it: the CCP frame gets
 * the microphone only once our origin has it, and an offscreen document cannot ask (a tab can:
 * mic-permission.html). `unknown` until the phone has said.
 */
export const MicrophoneSchema = v.picklist(['granted', 'prompt', 'denied', 'unknown']);
export type Microphone = v.InferOutput<typeof MicrophoneSchema>;

/** Everything a view shows of the phone, sent whole on every change (it is small). */
export const PhoneStateSchema = v.object({
  status: PhoneStatusSchema,
  /** Why it failed or is signed out (`access-denied`, `no-handshake`, `session-expired`, `no-microphone: …`). */
  detail: v.optional(ShortText),
  agent: v.nullable(AgentSnapshotSchema),
  contacts: v.array(ContactSnapshotSchema),
  sessionWarning: SessionWarningSchema,
  microphone: MicrophoneSchema,
});
export type PhoneState = v.InferOutput<typeof PhoneStateSchema>;

/**
 * What the agent does on a live voice contact (side panel → background → phone), each one Streams
 * call (phone/streams-phone.ts). `connectionId` picks a party (the customer when absent).
 * - `end`: hangs up on everyone (third parties first, then the agent's leg): the call is over.
 * - `leave`: the agent's leg only: with a third party on the line this hands the call over.
 * - `close`: after-contact work is done (contact.clear()).
 */
export const DTMF_PATTERN = /^[0-9*#,]{1,64}$/;
export const CallCommandSchema = v.variant('kind', [
  v.object({ kind: v.picklist(['hold', 'resume', 'drop']), connectionId: v.optional(Id) }),
  v.object({ kind: v.picklist(['hold-all', 'conference', 'swap', 'leave', 'end', 'close']) }),
  v.object({ kind: v.literal('mute'), muted: v.boolean() }),
  v.object({ kind: v.literal('digits'), digits: v.pipe(v.string(), v.regex(DTMF_PATTERN, 'digits 0-9, * # or a comma pause')) }),
  /** Adds a party: a quick connect (by its ARN) or a number. */
  v.object({ kind: v.literal('add'), endpointArn: ShortText }),
  v.object({ kind: v.literal('add-number'), e164: E164 }),
]);
export type CallCommand = v.InferOutput<typeof CallCommandSchema>;

/** A quick connect (`agent.getEndpoints` for the agent's queues). */
export const QuickConnectSchema = v.object({
  arn: ShortText,
  type: v.picklist(['agent', 'queue', 'phone_number']),
  name: ShortText,
  phoneNumber: v.nullable(ShortText),
});
export type QuickConnect = v.InferOutput<typeof QuickConnectSchema>;

const CallControlResult = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: ShortText })]);
const QuickConnectsResult = v.variant('ok', [v.object({ ok: v.literal(true), quickConnects: v.array(QuickConnectSchema) }), v.object({ ok: v.literal(false), error: ShortText })]);

const DialResult = v.variant('ok', [v.object({ ok: v.literal(true), contactId: v.nullable(Id) }), DialError]);

// ---------------------------------------------------------------------------------------------
// Phone document (src/phone/, the offscreen document running Streams) <-> background, over the
// long-lived Port named PHONE_DOC_PORT. The phone document has only chrome.runtime among the
// extension APIs: the background tells it what to run.

export const PHONE_DOC_PORT = 'ccps-phone-doc';

export const PhoneToBackgroundSchema = v.variant('type', [
  /** Sent first on every (re)connect: a phone document with nothing running asks for its instance. */
  v.object({ type: v.literal('phone-document-attached'), running: v.nullable(ShortText) }),
  v.object({ type: v.literal('phone-status-changed'), status: PhoneStatusSchema, detail: v.optional(ShortText) }),
  v.object({ type: v.literal('agent-changed'), agent: AgentSnapshotSchema }),
  v.object({ type: v.literal('contact-changed'), event: ContactEventSchema }),
  v.object({ type: v.literal('session-warning-changed'), warning: SessionWarningSchema }),
  v.object({ type: v.literal('microphone-changed'), microphone: MicrophoneSchema }),
  v.object({ type: v.literal('dial-finished'), requestId: Id, result: DialResult }),
  /** Replies to `call-control` and `list-quick-connects`, by requestId. */
  v.object({ type: v.literal('call-control-finished'), requestId: Id, result: CallControlResult }),
  v.object({ type: v.literal('quick-connects-listed'), requestId: Id, result: QuickConnectsResult }),
  v.object({ type: v.literal('sign-out-finished'), requestId: Id, result: CallControlResult }),
]);
export type PhoneToBackground = v.InferOutput<typeof PhoneToBackgroundSchema>;

export const BackgroundToPhoneSchema = v.variant('type', [
  /** Run Streams against this CCP (restarting it when it runs another, or `restart` is set). */
  v.object({ type: v.literal('run-phone'), ccpUrl: ShortText, restart: v.optional(v.boolean()) }),
  /** `queueArn`: the outbound queue (caller ID) to call with; absent: the routing profile's default. */
  v.object({ type: v.literal('dial-number'), requestId: Id, e164: E164, queueArn: v.optional(ShortText) }),
  v.object({ type: v.literal('call-control'), requestId: Id, contactId: Id, command: CallCommandSchema }),
  v.object({ type: v.literal('list-quick-connects'), requestId: Id }),
  v.object({ type: v.literal('accept-contact'), contactId: Id }),
  v.object({ type: v.literal('reject-contact'), contactId: Id }),
  v.object({ type: v.literal('end-contact'), contactId: Id }),
  v.object({ type: v.literal('set-agent-state'), name: ShortText }),
  /** The agent signs out of Connect (Offline, then the logout page); answered with `sign-out-finished`. */
  v.object({ type: v.literal('sign-out'), requestId: Id }),
  /** The agent is at work (CRM tab, side panel, popup): Connect must not sign them out as idle. */
  v.object({ type: v.literal('send-activity') }),
  /** To a side panel offering to host the phone (the opt-in mode) when it may not: another runs, or the mode is off. */
  v.object({ type: v.literal('phone-refused') }),
]);
export type BackgroundToPhone = v.InferOutput<typeof BackgroundToPhoneSchema>;

// ---------------------------------------------------------------------------------------------
// Views (side panels, popup) <-> background, over the long-lived Port named VIEW_PORT: every UI
// is a view of the one phone.

export const VIEW_PORT = 'ccps-view';

export const ViewToBackgroundSchema = v.variant('type', [
  /** Sent first on every (re)connect. `windowId`: the window the view is in. */
  v.object({ type: v.literal('view-attached'), kind: v.picklist(['side-panel', 'popup']), windowId: v.nullable(v.number()), visible: v.boolean() }),
  /** Whether the agent can see the view (document.visibilityState), for desktop notifications. */
  v.object({ type: v.literal('view-visibility-changed'), visible: v.boolean() }),
  v.object({ type: v.literal('act-on-contact'), action: v.picklist(['accept', 'reject', 'end']), contactId: Id }),
  /** Start Streams afresh (the sign-in window closed, Retry): a signed-in session is picked up. */
  v.object({ type: v.literal('restart-phone') }),
  /** Input in the view (throttled by the view); also "Stay signed in". */
  v.object({ type: v.literal('agent-active') }),
]);
export type ViewToBackground = v.InferOutput<typeof ViewToBackgroundSchema>;

export const BackgroundToViewSchema = v.variant('type', [
  v.object({ type: v.literal('phone-state-changed'), state: PhoneStateSchema }),
  v.object({ type: v.literal('crm-activity-changed'), contactId: Id, activity: v.array(CrmActivitySchema) }),
]);
export type BackgroundToView = v.InferOutput<typeof BackgroundToViewSchema>;

// ---------------------------------------------------------------------------------------------
// Content script <-> background, over the long-lived Port named DETECT_PORT: the text of a whole
// page is read for numbers in the extension's worker, off the page's main thread
// (content-scripts/crm/remote-detection.ts).

export const DETECT_PORT = 'ccps-detect';
/** Texts in one batch, and the longest text: bounds on what one message may make the worker do. */
export const MAX_DETECT_TEXTS = 2000;
export const MAX_DETECT_TEXT_LENGTH = 20_000;
/** Other countries a batch may be read in (the settings keep at most ten). */
export const MAX_DETECT_OTHER_COUNTRIES = 10;
/** Readings of one number: the default country's and each other country's, at most. */
export const MAX_DETECT_READINGS = MAX_DETECT_OTHER_COUNTRIES + 1;

/**
 * An array whose items all pass `test`, checked in one pass. The detection messages carry
 * thousands of items a page, and a schema per item makes an object per item: checking the answers
 * item by item cost the page's main thread 12-34 ms of a 5,000-row scan.
 */
function arrayOf<T>(test: (item: unknown) => boolean, message: string) {
  return v.custom<T[]>((input) => Array.isArray(input) && input.every(test), message);
}
const isPageText = (text: unknown) => typeof text === 'string' && text.length <= MAX_DETECT_TEXT_LENGTH;
const isE164 = (text: unknown) => typeof text === 'string' && E164_PATTERN.test(text);
const isExtension = (text: unknown) => typeof text === 'string' && /^\d{0,8}$/.test(text);
const isCountryCode = (text: unknown) => typeof text === 'string' && /^[A-Z]{2}$/.test(text);
const CountryCodeSchema = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'a country code such as JP'));

export const DetectRequestSchema = v.pipe(
  v.object({
    type: v.literal('detect-numbers'),
    batchId: v.number(),
    /** The agent's country, for numbers written nationally. */
    country: CountryCodeSchema,
    texts: v.pipe(arrayOf<string>(isPageText, `texts of at most ${MAX_DETECT_TEXT_LENGTH} characters`), v.maxLength(MAX_DETECT_TEXTS)),
    /** Per text: is it a whole cell (see FindOptions.wholeCell)? */
    wholeCells: arrayOf<boolean>((flag) => typeof flag === 'boolean', 'true or false per text'),
    /**
     * The other countries the agent calls (FindOptions.otherCountries); absent when none, and then
     * so is `recordCountries`: a batch is read exactly as before.
     */
    otherCountries: v.optional(v.pipe(arrayOf<string>(isCountryCode, 'country codes such as GB'), v.maxLength(MAX_DETECT_OTHER_COUNTRIES))),
    /** Per text: the country its record names (FindOptions.recordCountry), or ''. */
    recordCountries: v.optional(arrayOf<string>((code) => code === '' || isCountryCode(code), "a country code or '' per text")),
  }),
  v.check((m) => m.texts.length === m.wholeCells.length, 'one wholeCells flag per text'),
  v.check((m) => m.recordCountries === undefined || m.recordCountries.length === m.texts.length, 'one record country per text'),
);
export type DetectRequest = v.InferOutput<typeof DetectRequestSchema>;

export const DetectReplySchema = v.pipe(
  v.object({
    type: v.literal('numbers-detected'),
    batchId: v.number(),
    /**
     * Per number found, three numbers: which text (an index into the request's texts), and the
     * number's start and end in it. Flat arrays: checking an object per number cost the page more
     * than anything else in an answer.
     */
    spans: arrayOf<number>(Number.isInteger, 'integers'), // in range: checked against each text when applied
    e164: arrayOf<string>(isE164, 'E.164 numbers such as +81312345678'),
    /** Per number found: its extension, or ''. */
    extensions: arrayOf<string>(isExtension, 'extensions of up to 8 digits, or empty'),
    /**
     * The numbers that have more than one plausible reading (PhoneMatch.readings), sparse: per such
     * number, two integers, its index among the numbers and how many readings it has; the
     * readings themselves follow one another in `readings`. Absent when no number has any.
     */
    readingsOf: v.optional(arrayOf<number>(Number.isInteger, 'integers')),
    readings: v.optional(arrayOf<string>(isE164, 'E.164 numbers such as +81312345678')),
    /** The worker's time on the batch, for the dev build's figures. */
    tookMs: v.number(),
  }),
  v.check((m) => m.spans.length === 3 * m.e164.length && m.extensions.length === m.e164.length, 'three offsets and one extension per number'),
  v.check((m) => readingsFit(m.readingsOf ?? [], m.readings?.length ?? 0, m.e164.length), 'readings: numbers in order, 2 to MAX_DETECT_READINGS each, all of them listed'),
);

/**
 * Does a reply's sparse readings list fit: each number named once, in increasing order, among
 * those found, with 2 to MAX_DETECT_READINGS readings, which add up to the readings sent?
 */
function readingsFit(readingsOf: readonly number[], readings: number, numbers: number): boolean {
  if (readingsOf.length % 2 !== 0) return false;
  let total = 0;
  let last = -1;
  for (let i = 0; i < readingsOf.length; i += 2) {
    const index = readingsOf[i]!;
    const count = readingsOf[i + 1]!;
    if (index <= last || index >= numbers || count < 2 || count > MAX_DETECT_READINGS) return false;
    last = index;
    total += count;
  }
  return total === readings;
}
export type DetectReply = v.InferOutput<typeof DetectReplySchema>;

// ---------------------------------------------------------------------------------------------
// Content script / popup -> background, over runtime.sendMessage, with typed replies.

export const DIAL_SOURCES = ['page-click', 'tel-link', 'input-button', 'context-menu', 'shortcut', 'popup', 'history', 'side-panel'] as const;

export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('dial-number'), e164: E164, source: v.picklist(DIAL_SOURCES) }),
  /**
   * The agent cancels a dial that waits for the phone (the page's toast, the popup, the side
   * panel); `expired`: the page saw the wait run out without an answer (a worker stopped in
   * between hears of it only at its next alarm), so the dial is dropped now as timed out.
   */
  v.object({ type: v.literal('cancel-dial'), requestId: Id, expired: v.optional(v.boolean()) }),
  v.object({ type: v.literal('get-phone-status') }),
  v.object({ type: v.literal('set-agent-state'), name: ShortText }),
  /** A view opened (popup): start the phone if it is not running. */
  v.object({ type: v.literal('open-phone') }),
  /** The agent is at work in a CRM tab (throttled by the page): Connect must not sign them out as idle. */
  v.object({ type: v.literal('agent-active') }),
  /** A call control from our panel (hold, mute, keypad, transfer…): handed to the phone, its result returned. */
  v.object({ type: v.literal('call-control'), contactId: Id, command: CallCommandSchema }),
  v.object({ type: v.literal('list-quick-connects') }),
  /** The agent signs out (the agent menu): refused with `contacts-open` while a contact is not closed. */
  v.object({ type: v.literal('sign-out') }),
]);
export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/**
 * `waiting`: the phone was not ready, so the dial waits (at most `DIAL_WAIT_MS`) and the agent is
 * shown it with a Cancel. Errors: `invalid-number` (not a valid number in libphonenumber's full
 * metadata), `site-not-granted`, `invalid-request`.
 */
export const DialReplySchema = v.variant('ok', [v.object({ ok: v.literal(true), requestId: Id, waiting: v.boolean() }), DialError]);

/**
 * The agent's input is reported as activity at most this often per page (CRM tab, side panel,
 * popup); the background passes it on to Connect at most every ACTIVITY_FORWARD_MS, or at once
 * while Connect warns of a sign-out (background/activity.ts).
 */
export const ACTIVITY_EVERY_MS = 2_000;
export const ACTIVITY_FORWARD_MS = 10_000;

/**
 * How long a dial may wait for the phone to be ready: a dial placed later is not one the agent is
 * still expecting. See background/dials.ts for why this figure.
 */
export const DIAL_WAIT_MS = 8_000;

export const CancelDialReplySchema = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: v.literal('not-found') })]);
const AgentActiveReplySchema = v.object({ ok: v.literal(true) });
const SetAgentStateReplySchema = v.variant('ok', [v.object({ ok: v.literal(true) }), v.object({ ok: v.literal(false), error: v.literal('phone-not-ready') })]);

/**
 * The reply each request gets, as a schema: the asker validates every reply (shared/messaging.ts),
 * and a handler table typed over `Replies` must cover every request.
 * - cancel-dial, not-found: it was already placed, dropped or cancelled.
 * - set-agent-state, ok: handed to the ready phone (the change itself shows in the next agent snapshot).
 * - open-phone: the phone document runs (or starts) for the configured instance; false when none is configured.
 */
export const ReplySchemas = {
  'dial-number': DialReplySchema,
  'cancel-dial': CancelDialReplySchema,
  'get-phone-status': PhoneStateSchema,
  'set-agent-state': SetAgentStateReplySchema,
  'open-phone': v.object({ started: v.boolean() }),
  'agent-active': AgentActiveReplySchema,
  'call-control': CallControlResult,
  'list-quick-connects': QuickConnectsResult,
  'sign-out': CallControlResult,
} satisfies { [T in RequestType]: Schema };
export type Replies = { [T in RequestType]: v.InferOutput<(typeof ReplySchemas)[T]> };

/** The replies a content script can get: it may send only these (background/sender-table.ts). */
export const ContentScriptReplySchemas = {
  'dial-number': DialReplySchema,
  'cancel-dial': CancelDialReplySchema,
  'agent-active': AgentActiveReplySchema,
} satisfies { [T in RequestType]?: (typeof ReplySchemas)[T] };
export type ContentScriptRequestType = keyof typeof ContentScriptReplySchemas;
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

// ---------------------------------------------------------------------------------------------
// Background -> content scripts, over tabs.sendMessage.

export const TabNotificationSchema = v.variant('type', [
  v.object({ type: v.literal('contact-changed'), event: ContactEventSchema }),
  v.object({ type: v.literal('dial-finished'), requestId: Id, e164: E164, result: v.variant('ok', [v.object({ ok: v.literal(true) }), DialError]) }),
  /** A dial that waited for the phone was handed to it now. */
  v.object({ type: v.literal('dial-sent'), requestId: Id, e164: E164 }),
  /** The keyboard shortcut was pressed but no frame of the tab had text selected. */
  v.object({ type: v.literal('dial-refused'), reason: v.picklist(['no-selection']) }),
]);
export type TabNotification = v.InferOutput<typeof TabNotificationSchema>;

export const AutofillReplySchema = v.object({
  results: v.array(v.object({ id: Id, status: v.picklist(['filled', 'kept', 'not-found']) })),
});
export type AutofillReply = v.InferOutput<typeof AutofillReplySchema>;

/**
 * Background -> content scripts, requests with a reply. `dial-selection`: dial the frame's
 * selected text (`text` when the context menu already gave it); a frame with nothing selected
 * does not answer, so a reply means some frame took it.
 */
export const TAB_REQUEST_TYPES = ['dial-selection', 'fill-fields'] as const;
export const TabRequestSchema = v.variant('type', [
  v.object({ type: v.literal('dial-selection'), source: v.picklist(['context-menu', 'shortcut']), text: v.optional(ShortText) }),
  /** Fill these CRM fields (values already rendered from the admin's mappings) as a user typing would. */
  v.object({ type: v.literal('fill-fields'), contactId: Id, fields: v.array(v.object({ id: Id, selector: ShortText, label: ShortText, value: ShortText, overwrite: v.boolean() })) }),
]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;
export type FillFields = Extract<TabRequest, { type: 'fill-fields' }>;
export type TabRequestType = TabRequest['type'];
export const TabReplySchemas = {
  'dial-selection': v.object({ handled: v.literal(true) }),
  'fill-fields': AutofillReplySchema,
} satisfies { [T in TabRequestType]: Schema };
export type TabReplies = { [T in TabRequestType]: v.InferOutput<(typeof TabReplySchemas)[T]> };

// ---------------------------------------------------------------------------------------------

/** Parses `unknown` input against a schema; returns null (and says why, once) when it does not fit. */
export function parseMessage<S extends Schema>(schema: S, input: unknown, from: string): v.InferOutput<S> | null {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  console.warn(`[ccp-sidecar] dropped an invalid message from ${from}: ${where ? where + ': ' : ''}${issue?.message ?? 'invalid'}`);
  return null;
}

// ---------------------------------------------------------------------------------------------
// The long-lived channels: a Port name with what the connecting side sends (`up`) and what the
// background answers (`down`). shared/messaging.ts opens them, background/port-hub.ts accepts them;
// who may open which is in background/sender-table.ts.

export interface Channel<Up, Down> {
  name: string;
  up: v.GenericSchema<unknown, Up>;
  down: v.GenericSchema<unknown, Down>;
}

export const PHONE_CHANNEL: Channel<PhoneToBackground, BackgroundToPhone> = { name: PHONE_DOC_PORT, up: PhoneToBackgroundSchema, down: BackgroundToPhoneSchema };
export const VIEW_CHANNEL: Channel<ViewToBackground, BackgroundToView> = { name: VIEW_PORT, up: ViewToBackgroundSchema, down: BackgroundToViewSchema };
export const DETECT_CHANNEL: Channel<DetectRequest, DetectReply> = { name: DETECT_PORT, up: DetectRequestSchema, down: DetectReplySchema };
