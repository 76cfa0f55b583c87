/**
 * The phone: the only module that touches Streams (`connect.*`). It turns Streams callbacks into
 * our own plain, serialisable agent and contact snapshots, and our commands into Streams calls,
 * so everything else is testable without Streams.
 */
import 'amazon-connect-streams';
import type { AgentSnapshot, AgentState, CallCommand, ContactEvent, ContactPhase, ContactSnapshot, PartySnapshot, PhoneStatus, QuickConnect, SessionWarning } from '../shared/protocol';
import { logoutUrl } from '../shared/instance-url';
import { runCallCommand } from './call-commands';

export interface PhoneListener {
  status(status: PhoneStatus, detail?: string): void;
  agent(agent: AgentSnapshot): void;
  contact(event: ContactEvent): void;
  /** Connect's inactivity warning (when the session ends), or null once it is cleared. */
  sessionWarning(warning: SessionWarning): void;
}

export type CommandResult = { ok: true; contactId: string | null } | { ok: false; error: string };

export interface Phone {
  /** `queueArn`: the outbound queue (caller ID); absent: the routing profile's default. */
  dial(e164: string, queueArn?: string): Promise<CommandResult>;
  accept(contactId: string): Promise<CommandResult>;
  reject(contactId: string): Promise<CommandResult>;
  /** Hangs up a live contact, or clears one in after-contact work. */
  end(contactId: string): Promise<CommandResult>;
  setAgentState(name: string): Promise<CommandResult>;
  setMuted(muted: boolean): void;
  /** A call control on one voice contact (hold, keypad, transfer…): see CallCommandSchema. */
  control(contactId: string, command: CallCommand): Promise<CommandResult>;
  /** The quick connects of the agent's queues (`agent.getEndpoints`). */
  quickConnects(): Promise<{ ok: true; quickConnects: QuickConnect[] } | { ok: false; error: string }>;
  /** Tells Connect the agent is at work (Streams' activity API), so it does not sign them out as idle. */
  sendActivity(): void;
  /**
   * The agent signs out: Offline first, then Connect's logout, then Streams stops and the status
   * is `logged-out` / `agent-signed-out`. Refused while a contact is open (a call must not be cut).
   */
  signOut(): Promise<CommandResult>;
  contacts(): ContactSnapshot[];
  /** Tears the CCP down (Streams' terminate) so another instance URL can be started. */
  stop(): void;
}

// How long the CCP may take to answer the handshake before Streams retries the frame; the
// phone reports a failure after Streams gives up.
const CCP_LOAD_TIMEOUT_MS = 10_000;
const DIAL_TIMEOUT_MS = 15_000;
/** Each step of a sign-out (Offline, the logout page) gets this long before the next one goes ahead. */
const SIGN_OUT_STEP_MS = 5_000;

export function startPhone(container: HTMLElement, ccpUrl: string, listener: PhoneListener): Phone {
  const lastEmitted = new Map<string, string>();
  const lastSeen = new Map<string, ContactSnapshot>();
  const rejecting = new Set<string>();
  const live = new Map<string, connect.Contact>();
  let stopped = false;
  let agent: connect.Agent | null = null;
  let muted = false;
  /** The last quick connects listed, by ARN: addConnection needs Streams' endpoint object. */
  const endpoints = new Map<string, connect.Endpoint>();

  listener.status('loading');
  connect.core.initCCP(container, {
    ccpUrl,
    // We open the login window ourselves (the side panel shows a logged-out state with a button):
    // an offscreen document cannot open windows, and Streams' own popup would be blocked anyway.
    loginPopup: false,
    softphone: { allowFramedSoftphone: true },
    ccpLoadTimeout: CCP_LOAD_TIMEOUT_MS,
  });

  // While the agent signs out, Connect's own reactions to the logout (auth_fail, terminated) are
  // theirs to report: the sign-out says it once, as the agent's choice.
  let signingOut = false;
  connect.core.onAuthFail(() => !signingOut && listener.status('logged-out', warned ? 'session-expired' : undefined));
  connect.core.onAccessDenied(() => listener.status('logged-out', 'access-denied'));
  connect.core.onIframeRetriesExhausted(() => listener.status('failed', 'no-handshake'));
  // A session that ends (signed out elsewhere, or by Connect for inactivity) reaches Streams as the
  // CCP's `terminated`, which has no on… method; an inactivity sign-out may also come as auth_fail.
  let warned = false;
  connect.core.getEventBus().subscribe(connect.EventType.TERMINATED, () => {
    if (!stopped && !signingOut) listener.status('logged-out', warned ? 'session-expired' : 'signed-out');
  });
  watchSessionExpiry({
    ...listener,
    sessionWarning: (warning) => {
      warned = warning !== null;
      listener.sessionWarning(warning);
    },
  });

  const emitContact = (contact: connect.Contact, forcedPhase?: ContactPhase) => {
    if (stopped) return;
    let snapshot: ContactSnapshot;
    try {
      snapshot = contactSnapshot(contact, forcedPhase);
    } catch {
      // A contact already gone from the agent's snapshot (removed, rejected) cannot be read any
      // more; its last known picture, in the forced phase, still tells everyone it is gone.
      const last = lastSeen.get(contact.getContactId());
      if (!last || !forcedPhase) return;
      snapshot = { ...last, phase: forcedPhase, phaseSince: Math.max(Date.now(), last.phaseSince) };
    }
    lastSeen.set(snapshot.contactId, snapshot);
    // A party's change (a third party connecting, held, gone) leaves phase and phaseSince as they
    // were: it is part of the key, so the panel still hears of it.
    const key = `${snapshot.phase}|${snapshot.phaseSince}|${snapshot.agentLeg ?? ''}|${(snapshot.parties ?? []).map((p) => `${p.connectionId}:${p.state}`).join(',')}`;
    if (lastEmitted.get(snapshot.contactId) === key) return;
    lastEmitted.set(snapshot.contactId, key);
    listener.contact({ at: Date.now(), contact: snapshot });
  };

  connect.agent((ready) => {
    agent = ready;
    listener.status('ready');
    const emitAgent = () => !stopped && listener.agent(agentSnapshot(ready, muted));
    emitAgent();
    ready.onRefresh(() => {
      emitAgent();
      // Contact callbacks fire on transitions Streams knows about; a snapshot refresh also
      // catches changes between them (hold, resume), and `emitContact` drops repeats.
      for (const contact of ready.getContacts()) emitContact(contact);
    });
    ready.onMuteToggle((event) => {
      muted = Boolean(event.muted);
      emitAgent();
    });
  });

  connect.contact((contact) => {
    live.set(contact.getContactId(), contact);
    emitContact(contact);
    const refresh = () => emitContact(contact);
    contact.onConnecting(refresh);
    contact.onAccepted(refresh);
    contact.onConnected(refresh);
    contact.onEnded(refresh);
    contact.onMissed(() => emitContact(contact, 'missed'));
    contact.onDestroy(() => {
      if (rejecting.delete(contact.getContactId())) emitContact(contact, 'rejected');
      emitContact(contact, 'destroyed');
      live.delete(contact.getContactId());
      lastEmitted.delete(contact.getContactId());
      lastSeen.delete(contact.getContactId());
    });
  });

  const withContact = (contactId: string, act: (contact: connect.Contact, done: Callbacks) => void) =>
    new Promise<CommandResult>((resolve) => {
      const contact = live.get(contactId);
      if (!contact) return resolve({ ok: false, error: 'no-such-contact' });
      try {
        act(contact, callbacks(resolve, contactId));
      } catch (e) {
        resolve({ ok: false, error: errorText(e) });
      }
    });

  const listEndpoints = () =>
    new Promise<connect.Endpoint[]>((resolve, reject) => {
      if (stopped || !agent) return reject(new Error('phone-not-ready'));
      agent.getEndpoints(agent.getAllQueueARNs(), {
        success: (data) => {
          const list = (data?.endpoints ?? []) as connect.Endpoint[];
          endpoints.clear();
          for (const e of list) endpoints.set(e.endpointARN, e);
          resolve(list);
        },
        failure: (err) => reject(new Error(errorText(err))),
      });
    });

  return {
    control: (id, command) =>
      withContact(id, (c, done) => {
        if (command.kind === 'mute') {
          // Streams mutes the agent's microphone, not a contact; it answers with onMuteToggle.
          if (!agent) return done.failure('phone-not-ready');
          if (command.muted) agent.mute();
          else agent.unmute();
          return done.success();
        }
        if (command.kind === 'add' && !endpoints.has(command.endpointArn)) {
          // A phone started since the list was shown: fetch it again before adding.
          void listEndpoints().then(
            () => runCallCommand(c, command, endpoints, done),
            (e: unknown) => done.failure(e instanceof Error ? e.message : 'failed'),
          );
          return;
        }
        runCallCommand(c, command, endpoints, done);
      }),
    quickConnects: async () => {
      try {
        const list = await listEndpoints();
        return { ok: true, quickConnects: list.flatMap((e) => quickConnectOf(e)) };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : 'failed' };
      }
    },
    dial: (e164, queueArn) =>
      new Promise((resolve) => {
        if (stopped || !agent) return resolve({ ok: false, error: 'phone-not-ready' });
        agent.connect(connect.Endpoint.byPhoneNumber(e164), {
          ...(queueArn ? { queueARN: queueArn } : {}),
          timeout: DIAL_TIMEOUT_MS,
          success: (data?: unknown) => resolve({ ok: true, contactId: contactIdOf(data) }),
          failure: (err?: unknown) => resolve({ ok: false, error: errorText(err) }),
        } as connect.ConnectOptions);
      }),
    accept: (id) => withContact(id, (c, done) => c.accept(done)),
    reject: (id) =>
      withContact(id, (c, done) => {
        // Connect removes a rejected contact at once, which looks like a caller hanging up, and
        // the removal arrives before the API's answer: remember it was the agent's choice.
        rejecting.add(id);
        c.reject({
          success: () => {
            if (live.has(id)) emitContact(c, 'rejected');
            done.success();
          },
          failure: (err) => {
            rejecting.delete(id);
            done.failure(err);
          },
        });
      }),
    end: (id) =>
      withContact(id, (c, done) => {
        const state = c.getStatus().type;
        // Streams cannot build a task's agent connection without amazon-connect-taskjs (it
        // throws): a task is ended by clearing it, which Connect ends first.
        if (state === connect.ContactStateType.ENDED || state === connect.ContactStateType.MISSED || state === connect.ContactStateType.ERROR || c.getType() === connect.ContactType.TASK) {
          c.clear(done);
        } else {
          c.getAgentConnection().destroy(done);
        }
      }),
    setAgentState: (name) =>
      new Promise((resolve) => {
        if (stopped || !agent) return resolve({ ok: false, error: 'phone-not-ready' });
        const target = agent.getAgentStates().find((s) => s.name === name);
        if (!target) return resolve({ ok: false, error: 'no-such-state' });
        agent.setState(target, callbacks(resolve, null), { enqueueNextState: false });
      }),
    setMuted: (mute) => {
      if (stopped || !agent) return;
      if (mute) agent.mute();
      else agent.unmute();
    },
    sendActivity: () => {
      if (stopped) return;
      try {
        connect.sendActivity();
      } catch (e) {
        // Streams < 2.21 has no activity API; before the CCP is up there is no session to extend.
        console.warn('[ccp-sidecar] sendActivity failed', e);
      }
    },
    signOut: async () => {
      if (stopped || !agent) return { ok: false, error: 'phone-not-ready' };
      if (live.size > 0) return { ok: false, error: 'contacts-open' };
      signingOut = true;
      const offline = agent.getAgentStates().find((s) => s.type === connect.AgentStateType.OFFLINE);
      if (offline) {
        const ready = agent;
        await withTimeout(new Promise<CommandResult>((resolve) => ready.setState(offline, callbacks(resolve, null), { enqueueNextState: false })));
      }
      await withTimeout(visitLogout(container, logoutUrl(ccpUrl)));
      stop();
      listener.status('logged-out', 'agent-signed-out');
      return { ok: true, contactId: null };
    },
    contacts: () => [...live.values()].map((c) => contactSnapshot(c)),
    stop,
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    agent = null;
    connect.core.terminate();
    container.replaceChildren();
  }
}

/**
 * Loads the logout page in a hidden frame beside the CCP's: it is sent with the cookies the CCP's
 * frame has, which a fetch from our page would not be (and Streams' fallback, navigating the whole
 * page there, would end the phone document). Settles when the page (or its error page) loaded.
 */
function visitLogout(container: HTMLElement, url: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.title = 'logout';
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = url;
    container.append(frame);
  });
}

function withTimeout<T>(work: Promise<T>): Promise<T | undefined> {
  return Promise.race([work, new Promise<undefined>((resolve) => setTimeout(resolve, SIGN_OUT_STEP_MS))]);
}

/**
 * Connect's inactivity warning, through Streams' SessionExpirationWarningManager (it talks to the
 * CCP over its own channel, separate from the agent and contact events).
 */
function watchSessionExpiry(listener: PhoneListener): void {
  try {
    const manager = new connect.SessionExpirationWarningManager();
    manager.onExpirationWarning((info) => listener.sessionWarning({ expiresAt: expiryTime(info?.expiration) }));
    manager.onExpirationWarningCleared(() => listener.sessionWarning(null));
    manager.onSessionExtensionError((error) => console.warn('[ccp-sidecar] Connect could not extend the session', error));
  } catch (e) {
    console.warn('[ccp-sidecar] no session expiry warnings from this Streams', e);
  }
}

/** Streams gives the expiry as a timestamp; anything else is read as "soon". */
function expiryTime(expiration: unknown): number {
  const at = typeof expiration === 'number' ? expiration : expiration instanceof Date ? expiration.getTime() : typeof expiration === 'string' ? Date.parse(expiration) : NaN;
  return Number.isFinite(at) ? at : Date.now() + 60_000;
}

interface Callbacks {
  success: (data?: unknown) => void;
  failure: (err?: unknown) => void;
}

function callbacks(resolve: (r: CommandResult) => void, contactId: string | null): Callbacks {
  return {
    success: () => resolve({ ok: true, contactId }),
    failure: (err) => resolve({ ok: false, error: errorText(err) }),
  };
}

function errorText(err: unknown): string {
  if (typeof err === 'string') {
    try {
      const parsed = JSON.parse(err) as { message?: unknown; errorMessage?: unknown; type?: unknown };
      return String(parsed.message ?? parsed.errorMessage ?? parsed.type ?? err).slice(0, 500);
    } catch {
      return err.slice(0, 500);
    }
  }
  if (err instanceof Error) return err.message;
  return 'failed';
}

function contactIdOf(data: unknown): string | null {
  const id = (data as { contactId?: unknown } | undefined)?.contactId;
  return typeof id === 'string' && id ? id : null;
}

function agentSnapshot(agent: connect.Agent, muted: boolean): AgentSnapshot {
  const toState = (s: { name: string; type: string; agentStateARN?: string | null }): AgentState => ({
    name: s.name,
    type: s.type,
    arn: s.agentStateARN ?? null,
  });
  return {
    name: agent.getName(),
    // getStatus() is what the agent sees (AfterCallWork, MissedCallAgent, Busy), not only the
    // state they chose.
    state: toState(agent.getStatus()),
    states: agent.getAgentStates().map(toState),
    muted,
    // Whole seconds: Streams' duration is read at each refresh, and a start that moved by a few
    // milliseconds each time would make the shown time in state jump.
    stateSince: Math.round((Date.now() - safely(() => agent.getStateDuration(), 0)) / 1000) * 1000,
    ...outboundQueues(agent),
  };
}

/** The routing profile's queues (caller IDs for outbound calls) and its default outbound queue. */
function outboundQueues(agent: connect.Agent): Pick<AgentSnapshot, 'outboundQueues' | 'defaultOutboundQueue'> {
  const profile = safely(() => agent.getRoutingProfile(), null);
  if (!profile) return {};
  // The agent's own queue is in the list too, without a name: it is no caller ID.
  const queues = (profile.queues ?? []).filter((q) => q?.name && q.queueARN).map((q) => ({ name: q.name, arn: q.queueARN }));
  return { outboundQueues: queues, defaultOutboundQueue: profile.defaultOutboundQueue?.queueARN ?? null };
}

function quickConnectOf(e: connect.Endpoint): QuickConnect[] {
  const type = String(e.type);
  if (!e.endpointARN || !e.name || (type !== 'agent' && type !== 'queue' && type !== 'phone_number')) return [];
  return [{ arn: e.endpointARN, type, name: e.name, phoneNumber: e.phoneNumber ? cleanNumber(e.phoneNumber) : null }];
}

function contactSnapshot(contact: connect.Contact, forcedPhase?: ContactPhase): ContactSnapshot {
  const status = contact.getStatus();
  const channel = contact.getType() === connect.ContactType.CHAT ? 'chat' : contact.getType() === connect.ContactType.TASK ? 'task' : 'voice';
  // Streams cannot build a task's connections without the separate TaskJS library (they throw):
  // a task is always routed to the agent, and only voice needs the customer's connection.
  const inbound = channel === 'task' ? true : safely(() => contact.isInbound(), true);
  const queue = contact.getQueue();
  const queueTimestamp = contact.getQueueTimestamp();
  const attributes: Record<string, string> = {};
  for (const [key, attr] of Object.entries(contact.getAttributes() ?? {})) {
    if (attr && typeof attr.value === 'string') attributes[key] = attr.value;
  }
  const initial = channel === 'voice' ? safely(() => contact.getInitialConnection(), null) : null;
  const endpoint = initial ? initial.getEndpoint() : null;
  return {
    contactId: contact.getContactId(),
    channel,
    direction: inbound ? 'inbound' : 'outbound',
    phase: forcedPhase ?? phaseOf(contact, inbound),
    phoneNumber: endpoint?.phoneNumber ? cleanNumber(endpoint.phoneNumber) : null,
    queue: queue?.name ? { name: queue.name, arn: queue.queueARN ?? '' } : null,
    queueTimestamp: queueTimestamp instanceof Date && !isNaN(queueTimestamp.getTime()) ? queueTimestamp.getTime() : null,
    phaseSince: forcedPhase ? Date.now() : phaseStart(contact, status.timestamp),
    attributes,
    ...(channel === 'voice' ? voiceParties(contact) : {}),
    ...(channel === 'task' ? { name: safely(() => contact.getName() || null, null) } : {}),
  };
}

/** Who is on a voice call besides the agent, and the agent's own leg. */
function voiceParties(contact: connect.Contact): Pick<ContactSnapshot, 'parties' | 'agentLeg'> {
  const parties: PartySnapshot[] = [];
  let agentLeg: string | null = null;
  for (const c of safely(() => contact.getConnections(), [] as connect.BaseConnection[])) {
    const state = safely(() => c.getStatus().type as string, 'unknown');
    if (c.getType() === connect.ConnectionType.AGENT) {
      agentLeg = state;
      continue;
    }
    const number = safely(() => c.getEndpoint()?.phoneNumber ?? null, null);
    parties.push({
      connectionId: c.getConnectionId(),
      role: c.isInitialConnection() ? 'customer' : 'third-party',
      state,
      name: safely(() => (c as connect.VoiceConnection).getQuickConnectName() || null, null),
      phoneNumber: number ? cleanNumber(number) : null,
    });
  }
  return { parties, agentLeg };
}

function phaseOf(contact: connect.Contact, inbound: boolean): ContactPhase {
  const S = connect.ContactStateType;
  switch (contact.getStatus().type) {
    case S.INIT:
    case S.INCOMING:
    case S.PENDING:
      return 'incoming';
    case S.CONNECTING:
      return inbound ? 'incoming' : 'connecting';
    case S.CONNECTED:
      return holdingConnection(contact) ? 'on-hold' : 'connected';
    case S.MISSED:
      return 'missed';
    case S.REJECTED:
      return 'rejected';
    case S.ENDED:
      return 'ended';
    case S.ERROR:
      return 'error';
    default:
      return 'connected';
  }
}

/**
 * The connection whose hold puts the contact on hold: Streams holds the customer's leg
 * (`connection.hold()`), and a held agent leg means the same to the agent.
 */
function holdingConnection(contact: connect.Contact): connect.BaseConnection | null {
  return connectionLegs(contact).find((leg) => safely(() => leg.isOnHold(), false)) ?? null;
}

/**
 * When the current phase began. Hold and resume change a connection, not the contact's state,
 * so for a connected contact the later of the two timestamps marks the phase: each hold and
 * resume then has its own `phaseSince`, which keeps them ordered and deduplicated downstream.
 */
function phaseStart(contact: connect.Contact, contactTimestamp: unknown): number {
  const since = timeOf(contactTimestamp);
  if (contact.getStatus().type !== connect.ContactStateType.CONNECTED) return since;
  let latest = since;
  for (const leg of connectionLegs(contact)) {
    const ts = (safely(() => leg.getStatus(), undefined) as { timestamp?: unknown } | undefined)?.timestamp;
    if (ts instanceof Date && !isNaN(ts.getTime())) latest = Math.max(latest, ts.getTime());
  }
  return latest;
}

/** The agent's and the customer's legs, where Streams can give them. */
function connectionLegs(contact: connect.Contact): connect.BaseConnection[] {
  if (contact.getType() === connect.ContactType.TASK) return [];
  return [safely(() => contact.getAgentConnection(), null), safely(() => contact.getInitialConnection(), null)].filter((leg): leg is connect.BaseConnection => Boolean(leg));
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function timeOf(value: unknown): number {
  if (value instanceof Date && !isNaN(value.getTime())) return value.getTime();
  return Date.now();
}

/** Connect reports some endpoints as SIP URIs (`sip:+8131234@host`); we want the number. */
function cleanNumber(raw: string): string {
  return raw.replace(/^(sip|tel):/i, '').replace(/@.*$/, '');
}
