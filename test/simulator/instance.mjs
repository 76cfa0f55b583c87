// The simulated Amazon Connect instance: one agent, its contacts, the session,
// and the log of every request the CCP pages relayed. All CCP pages share it,
// as all CCP tabs of a real agent share one agent in Connect.
//
// Every mutation emits 'agent' with a fresh agent data object. Streams fires
// its contact events by diffing consecutive snapshots, so each intermediate
// state (connecting → connected, ended → removed) is emitted as its own
// snapshot and never coalesced.

import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { defaultConfiguration, QUEUES, QUICK_CONNECTS, arn } from './default-agent.mjs';
import { ApiError } from './api-error.mjs';

const CHANNELS = ['voice', 'chat', 'task'];
/** How an inbound voice contact may have reached the agent (Streams' ContactInitiationMethod). */
const INBOUND_METHODS = ['inbound', 'transfer', 'queue_transfer'];
const ACTIVE = new Set(['incoming', 'pending', 'connecting', 'connected', 'paused']);
/** Streams' CONNECTION_ACTIVE_STATES (less the monitoring ones, which we do not model). */
const CONN_ACTIVE = new Set(['connecting', 'connected', 'hold']);
/** How long ago an inbound contact entered its queue (a flow ran first). */
const QUEUED_FOR_MS = 7000;
/** A missed contact stays in the snapshot this long with state 'missed'. */
const MISSED_LINGER_MS = 300;
/** A third party that left stays in the snapshot this long as 'disconnected'. */
const LEFT_LINGER_MS = 300;
/** Connect pages getEndpoints; Streams asks for 500 at a time. */
const ENDPOINTS_PAGE_MAX = 100;

/** The log keeps this many entries; older ones are dropped. */
const LOG_LIMIT = 2000;

export class Instance extends EventEmitter {
  constructor({ outboundAnswerMs = 800, thirdPartyAnswerMs = 800 } = {}) {
    super();
    this.outboundAnswerMs = outboundAnswerMs;
    // How long an added party takes to connect; null: only when the control
    // API says so (POST third-party {action: 'answer'}).
    this.thirdPartyAnswerMs = thirdPartyAnswerMs;
    this.defaults = { outboundAnswerMs, thirdPartyAnswerMs };
    this.timers = new Set();
    this.seq = 0;
    this.reset();
  }

  // ---------------------------------------------------------------- state

  /** Back to a fresh, logged-in agent in Available with no contacts. */
  reset() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    Object.assign(this, this.defaults);
    this.configuration = defaultConfiguration();
    this.loggedIn = true;
    const available = this.configuration.agentStates.find((s) => s.type === 'routable');
    this.selected = { ...available, startTimestamp: new Date() };
    this.nextState = null;
    this.errorState = null; // e.g. MissedCallAgent until the agent picks a state
    this.effective = null; // { name, since } for stable startTimestamps
    this.contacts = new Map();
    this.muted = false;
    this.log = [];
    this.dtmf = []; // every sendDigits that went through, with its connection
    this.transfers = []; // calls the agent left to a third party
    this.changed();
    this.emit('session', this.loggedIn);
    this.emit('reset');
  }

  /** The agent data a CCP page posts as `agent::update`. */
  agentData() {
    return { configuration: structuredClone(this.configuration), snapshot: this.agentSnapshot() };
  }

  agentSnapshot() {
    const state = this.effectiveState();
    const contacts = [...this.contacts.values()]
      .map((c) => this.serializeContact(c))
      // The real CCP's worker sorts contacts by state timestamp.
      .sort((a, b) => a.state.timestamp - b.state.timestamp);
    return {
      state,
      agentAvailabilityState: {
        state: state.name,
        timeStamp: state.startTimestamp,
        type: state.type,
        agentStateARN: state.agentStateARN,
        startTimestamp: state.startTimestamp,
      },
      nextState: this.nextState ? { ...this.nextState } : null,
      contacts,
      snapshotTimestamp: new Date(),
    };
  }

  /**
   * The state Connect reports: an error or system state while contacts exist,
   * otherwise the state the agent chose.
   */
  effectiveState() {
    const { name, type, agentStateARN } = this.computeState();
    if (!this.effective || this.effective.name !== name) this.effective = { name, since: new Date() };
    const startTimestamp = agentStateARN ? this.selected.startTimestamp : this.effective.since;
    return { agentStateARN, name, type, startTimestamp };
  }

  computeState() {
    if (this.errorState) return { name: this.errorState, type: 'error', agentStateARN: null };
    const states = [...this.contacts.values()].map((c) => c);
    const system = (name) => ({ name, type: 'system', agentStateARN: null });
    if (states.some((c) => c.state.type === 'connected')) return system('Busy');
    if (states.some((c) => c.state.type === 'connecting' && c.initiationMethod === 'outbound')) return system('CallingCustomer');
    if (states.some((c) => ACTIVE.has(c.state.type))) return system('PendingBusy');
    if (states.some((c) => c.state.type === 'ended')) return system('AfterCallWork');
    const { agentStateARN, name, type } = this.selected;
    return { agentStateARN, name, type };
  }

  serializeContact(c) {
    const now = Date.now();
    return {
      contactId: c.contactId,
      initialContactId: c.initialContactId,
      type: c.type,
      state: { ...c.state },
      status: { ...c.state },
      queue: { ...c.queue },
      queueTimestamp: c.queueTimestamp,
      attributes: structuredClone(c.attributes),
      connections: c.connections.map(serializeConnection),
      contactDuration: Math.max(0, now - c.createdAt.getTime()),
      initiationMethod: c.initiationMethod,
      name: c.name ?? null,
      description: c.description ?? null,
      references: c.references ?? {},
      contactFeatures: { attachmentsEnabled: false, messagingMarkdownEnabled: false, multiPartyConferenceEnabled: false, multiPartyChatConferenceEnabled: false, screenRecordingConfig: null },
      segmentAttributes: { 'connect:Subtype': { ValueString: `connect:${c.type === 'voice' ? 'Telephony' : c.type === 'chat' ? 'Chat' : 'Task'}` } },
      relatedContactId: null,
      contactAssociationId: null,
      customerEndpoint: null,
      channelContext: null,
      agentContactHandlingConfig: null,
    };
  }

  /** A JSON-friendly view for the control API and page. */
  snapshot() {
    return {
      loggedIn: this.loggedIn,
      muted: this.muted,
      agent: this.agentData(),
      dtmf: structuredClone(this.dtmf),
      transfers: structuredClone(this.transfers),
      settings: this.settings(),
    };
  }

  settings() {
    return { outboundAnswerMs: this.outboundAnswerMs, thirdPartyAnswerMs: this.thirdPartyAnswerMs };
  }

  /** Timings a test may change (POST settings). */
  setSettings({ outboundAnswerMs, thirdPartyAnswerMs }) {
    if (outboundAnswerMs !== undefined) {
      if (!Number.isInteger(outboundAnswerMs) || outboundAnswerMs < 0) throw new ApiError('InvalidParameter', 'outboundAnswerMs must be a non-negative integer', 400);
      this.outboundAnswerMs = outboundAnswerMs;
    }
    if (thirdPartyAnswerMs !== undefined) {
      if (thirdPartyAnswerMs !== null && (!Number.isInteger(thirdPartyAnswerMs) || thirdPartyAnswerMs < 0)) {
        throw new ApiError('InvalidParameter', 'thirdPartyAnswerMs must be a non-negative integer or null', 400);
      }
      this.thirdPartyAnswerMs = thirdPartyAnswerMs;
    }
    this.changed();
    return this.settings();
  }

  // ------------------------------------------------------------- plumbing

  changed() {
    this.emit('agent', this.agentData());
  }

  later(ms, fn) {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  close() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  /**
   * agent.mute()/unmute() arrive as a broadcast {event:'mute', data:{mute}}.
   * In the real CCP the softphone manager applies it to the live call's
   * microphone and broadcasts agent::mute_toggle {muted}; with no live
   * softphone call it does nothing. Returns the new muted flag, or null.
   */
  applyMute(data) {
    const live = [...this.contacts.values()].some((c) => c.type === 'voice'
      && (c.state.type === 'connected' || c.state.type === 'connecting')
      && c.connections.some((x) => x.type === 'agent' && (x.state.type === 'connected' || x.state.type === 'hold')));
    if (!live) return null;
    if (data && typeof data.mute === 'boolean') this.muted = data.mute;
    return this.muted;
  }

  record(entry) {
    const full = { seq: ++this.seq, time: new Date().toISOString(), ...entry };
    this.log.push(full);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    this.emit('request', full);
    return full;
  }

  /** The log, optionally only entries with seq > since. */
  requests(since = 0) {
    return this.log.filter((e) => e.seq > since).map((e) => structuredClone(e));
  }

  // ------------------------------------------------------- control actions

  /** A customer calls in (or starts a chat, or a task is routed): the agent's phone rings. */
  deliverInbound({ phoneNumber = '+81312345678', queue = 'BasicQueue', attributes = {}, channel = 'voice', name, description, initiationMethod } = {}) {
    if (!this.loggedIn) throw new ApiError('AgentNotLoggedIn', 'The agent is logged out; Connect would not route a contact.', 409);
    if (!CHANNELS.includes(channel)) throw new ApiError('InvalidParameter', `channel must be one of ${CHANNELS.join(', ')}`, 400);
    if (channel === 'voice' && (typeof phoneNumber !== 'string' || !phoneNumber.trim())) {
      throw new ApiError('InvalidParameter', 'phoneNumber is required for a voice contact', 400);
    }
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      throw new ApiError('InvalidParameter', 'attributes must be an object of string values', 400);
    }
    if (initiationMethod !== undefined && (channel !== 'voice' || !INBOUND_METHODS.includes(initiationMethod))) {
      throw new ApiError('InvalidParameter', `initiationMethod is for voice: one of ${INBOUND_METHODS.join(', ')}`, 400);
    }
    // A call another agent transferred here is a new contact of the same
    // call: its initialContactId is the first contact's.
    const transferred = initiationMethod === 'transfer' || initiationMethod === 'queue_transfer';
    const queueData = this.queueByName(queue);
    const now = new Date();
    const contactId = randomUUID();
    const customer = channel === 'voice'
      ? { type: 'phone_number', phoneNumber: phoneNumber.trim(), agentLogin: null, name: null, queue: null }
      : { type: null, phoneNumber: null, agentLogin: null, name: channel === 'chat' ? 'Customer' : (name || 'Task'), queue: null };
    const contact = {
      contactId,
      initialContactId: transferred ? randomUUID() : contactId,
      type: channel,
      initiationMethod: channel === 'task' ? 'api' : (initiationMethod ?? 'inbound'),
      state: { type: 'connecting', timestamp: now },
      queue: queueData,
      queueTimestamp: new Date(now.getTime() - QUEUED_FOR_MS),
      createdAt: now,
      attributes: toAttributeDictionary(attributes),
      name: channel === 'task' ? (name || 'Simulated task') : null,
      description: channel === 'task' ? (description || null) : null,
      connections: [
        connection('inbound', true, customer, 'connected', now),
        this.agentConnection(channel, 'connecting', now),
      ],
    };
    this.contacts.set(contactId, contact);
    this.changed();
    return { contactId };
  }

  /** The customer hangs up: the contact ends and the agent enters after-contact work. */
  customerHangUp(contactId) {
    const contact = this.pickContact(contactId, (c) => ACTIVE.has(c.state.type));
    if (contact.state.type === 'connecting' && !isOutbound(contact)) {
      // A caller who abandons before the agent answers never reaches the agent.
      this.contacts.delete(contact.contactId);
      this.changed();
      return { contactId: contact.contactId, removed: true };
    }
    const initial = contact.connections.find((x) => x.initial);
    if (contact.state.type === 'connected' && initial && CONN_ACTIVE.has(initial.state.type) && activeThirdParties(contact).length) {
      // In a three-party call the agent and the third party stay connected.
      this.partyLeaves(contact, initial, 'customer');
      return { contactId: contact.contactId, connectionId: initial.connectionId };
    }
    this.endContact(contact, 'customer');
    return { contactId: contact.contactId };
  }

  /**
   * The added party answers, does not answer, or hangs up (POST third-party).
   * Default: the newest contact with a third party in a state that allows it.
   */
  thirdParty({ contactId, action } = {}) {
    const states = { answer: ['connecting'], 'no-answer': ['connecting'], hangup: ['connecting', 'connected', 'hold'] }[action];
    if (!states) throw new ApiError('InvalidParameter', 'action must be answer, no-answer or hangup', 400);
    // A call the agent already left to the third party goes on without the
    // agent: only its record (GET state → transfers) changes.
    const moved = this.transfers.filter((t) => (!contactId || t.contactId === contactId) && states.includes(t.state)).at(-1);
    const has = (c) => thirdParties(c).some((x) => states.includes(x.state.type));
    if (moved && !(contactId ? (this.contacts.has(contactId) && has(this.contacts.get(contactId))) : [...this.contacts.values()].some(has))) {
      moved.state = action === 'answer' ? 'connected' : 'disconnected';
      this.changed();
      return { contactId: moved.contactId, connectionId: moved.connectionId, state: moved.state, transferred: true };
    }
    const contact = this.pickContact(contactId, has);
    const conn = thirdParties(contact).filter((x) => states.includes(x.state.type)).at(-1);
    if (action === 'answer') this.thirdPartyConnects(contact, conn);
    else this.partyLeaves(contact, conn, 'third-party');
    return { contactId: contact.contactId, connectionId: conn.connectionId, state: conn.state.type };
  }

  /** Nobody answers: the contact is missed and the agent goes to MissedCallAgent. */
  ringOut(contactId) {
    const contact = this.pickContact(contactId, (c) => c.state.type === 'connecting' && !isOutbound(c));
    const now = new Date();
    contact.state = { type: 'missed', timestamp: now };
    for (const conn of contact.connections) conn.state = { type: 'disconnected', timestamp: now };
    this.errorState = 'MissedCallAgent';
    this.changed();
    this.later(MISSED_LINGER_MS, () => {
      if (this.contacts.delete(contact.contactId)) this.changed();
    });
    return { contactId: contact.contactId };
  }

  /** The agent picks a state (from the control API); same rules as putAgentState. */
  setAgentState(name) {
    const def = this.configuration.agentStates.find((s) => s.name === name);
    if (!def) throw new ApiError('InvalidParameter', `unknown agent state "${name}"; known: ${this.configuration.agentStates.map((s) => s.name).join(', ')}`, 400);
    this.putState(def, false);
    return { state: name };
  }

  /**
   * The agent's browser loaded Connect's logout page: as with CCPv2, the agent goes Offline and
   * the session ends. Logged, so a test sees which page signed out and when.
   */
  logout() {
    this.record({ kind: 'session', method: 'logout', params: null, pageId: null });
    if (!this.loggedIn) return;
    const offline = this.configuration.agentStates.find((s) => s.type === 'offline');
    if (offline) this.putState(offline, false);
    this.setLoggedIn(false);
  }

  setLoggedIn(loggedIn) {
    if (typeof loggedIn !== 'boolean') throw new ApiError('InvalidParameter', 'loggedIn must be true or false', 400);
    if (loggedIn === this.loggedIn) return { loggedIn };
    this.loggedIn = loggedIn;
    this.emit('session', loggedIn);
    if (loggedIn) this.changed();
    return { loggedIn };
  }

  // --------------------------------------------------------------- helpers

  queueByName(name) {
    const q = this.configuration.routingProfile.queues.find((x) => x.name === name);
    if (!q) {
      const known = this.configuration.routingProfile.queues.filter((x) => x.name).map((x) => x.name);
      throw new ApiError('InvalidParameter', `unknown queue "${name}"; known: ${known.join(', ')}`, 400);
    }
    return { ...q };
  }

  agentConnection(channel, stateType, now) {
    const endpoint = { type: 'agent', phoneNumber: null, agentLogin: this.configuration.username, name: this.configuration.name, queue: null };
    const conn = connection('agent', false, endpoint, stateType, now);
    if (channel === 'voice' && this.configuration.softphoneEnabled) {
      // With softphone on, the real agent connection carries media info; it
      // makes contact.isSoftphoneCall() true. Streams' SoftphoneMediaController
      // only echoes it back, so no WebRTC is attempted in the host page.
      conn.softphoneMediaInfo = { callType: 'audio_only', autoAccept: false, mediaLegContactId: null, callConfigJson: null };
    }
    return conn;
  }

  pickContact(contactId, filter) {
    if (contactId) {
      const c = this.contacts.get(contactId);
      if (!c) throw new ApiError('ResourceNotFound', `no contact ${contactId}`, 404);
      if (!filter(c)) throw new ApiError('InvalidState', `contact ${contactId} is ${c.state.type}`, 409);
      return c;
    }
    const candidates = [...this.contacts.values()].filter(filter);
    if (!candidates.length) throw new ApiError('InvalidState', 'no contact in a suitable state', 409);
    return candidates[candidates.length - 1];
  }

  contactFor(params) {
    const c = this.contacts.get(params?.contactId);
    if (!c) throw new ApiError('ResourceNotFoundException', `Contact ${params?.contactId} does not exist.`, 404);
    return c;
  }

  /** Call controls exist for voice only; Connect answers a chat or task with InvalidContactTypeException. */
  voiceContactFor(params) {
    const c = this.contactFor(params);
    if (c.type !== 'voice') throw new ApiError('InvalidContactTypeException', `Contact ${c.contactId} is a ${c.type} contact, not voice.`, 400);
    return c;
  }

  connectionFor(contact, params) {
    const conn = contact.connections.find((x) => x.connectionId === params?.connectionId);
    if (!conn) throw new ApiError('ResourceNotFoundException', `Connection ${params?.connectionId} does not exist.`, 404);
    return conn;
  }

  /** Quick connects attached to any of these queues, each once, in our order. */
  quickConnectsFor(queueARNs) {
    return QUICK_CONNECTS.filter((qc) => qc.queues.some((q) => queueARNs.includes(q)));
  }

  /**
   * What an addConnection endpoint reaches. A phone number is dialled as
   * given; an agent or queue endpoint must be one of the agent's quick
   * connects (Connect resolves its transfer-destination ARN; a home-made
   * agent endpoint fails with InvalidStateException, streams issue #161).
   */
  resolveTarget(endpoint) {
    if (!endpoint || typeof endpoint !== 'object' || !endpoint.type) {
      throw new ApiError('InvalidParameterException', 'endpoint (with a type) is required.', 400);
    }
    const mine = this.quickConnectsFor(this.configuration.routingProfile.queues.map((q) => q.queueARN));
    const qc = endpoint.endpointARN ? mine.find((x) => x.endpoint.endpointARN === endpoint.endpointARN) : null;
    if (endpoint.type === 'phone_number') {
      const phoneNumber = qc ? qc.target.phoneNumber : endpoint.phoneNumber;
      if (typeof phoneNumber !== 'string' || !/^\+[1-9]\d{6,14}$/.test(phoneNumber)) {
        throw new ApiError('BadEndpointException', `"${phoneNumber}" is not a phone number in E.164 form.`, 400);
      }
      return { type: 'phone_number', phoneNumber, quickConnectName: qc ? qc.endpoint.name : null };
    }
    if (endpoint.type !== 'agent' && endpoint.type !== 'queue') {
      throw new ApiError('BadEndpointException', `Unknown endpoint type "${endpoint.type}".`, 400);
    }
    if (!qc || qc.endpoint.type !== endpoint.type) {
      throw new ApiError('InvalidStateException', `No ${endpoint.type} quick connect ${endpoint.endpointARN ?? '(no endpointARN)'} for this agent's queues.`, 409);
    }
    return { ...qc.target, quickConnectName: qc.endpoint.name };
  }

  /** The added party is connected (answered, or the transfer flow put the call in its queue). */
  thirdPartyConnects(contact, conn) {
    const moved = this.transfers.find((t) => t.connectionId === conn.connectionId);
    if (moved && moved.state === 'connecting') {
      moved.state = 'connected';
      this.changed();
    }
    if (conn.state.type !== 'connecting' || this.contacts.get(contact.contactId) !== contact || contact.state.type !== 'connected') return;
    conn.state = { type: 'connected', timestamp: new Date() };
    this.changed();
  }

  /**
   * A customer or third party leaves the call (hangs up, does not answer,
   * or the agent hangs up on them). The others stay as they are: a customer
   * the agent put on hold for a consult stays on hold. When nobody is left
   * with the agent, the contact ends.
   */
  partyLeaves(contact, conn, by) {
    conn.state = { type: 'disconnected', timestamp: new Date() };
    if (this.contacts.get(contact.contactId) !== contact || contact.state.type !== 'connected') return;
    const others = contact.connections.filter((x) => x.type !== 'agent' && CONN_ACTIVE.has(x.state.type));
    if (others.length < 2) contact.conferenced = false;
    if (!others.length) {
      this.endContact(contact, by);
      return;
    }
    this.changed();
    if (!conn.initial) {
      // Connect drops a third party that left from the contact's connections.
      this.later(LEFT_LINGER_MS, () => {
        const i = contact.connections.indexOf(conn);
        if (i >= 0 && conn.state.type === 'disconnected' && this.contacts.get(contact.contactId) === contact) {
          contact.connections.splice(i, 1);
          this.changed();
        }
      });
    }
  }

  /**
   * The agent hangs up while a third party is on the call: the call goes on
   * without the agent (a cold or warm transfer completes). For the agent the
   * contact ends and after-contact work starts, as in Connect.
   */
  agentLeaves(contact) {
    const third = activeThirdParties(contact).at(-1);
    const initial = contact.connections.find((x) => x.initial);
    this.transfers.push({
      contactId: contact.contactId,
      connectionId: third.connectionId,
      to: structuredClone(third.sim.target),
      quickConnectName: third.quickConnectName,
      state: third.state.type,
      customer: initial?.endpoint?.phoneNumber ?? null,
      customerState: initial?.state.type ?? null,
      at: new Date().toISOString(),
    });
    this.endContact(contact, 'agent');
  }

  /**
   * A contact ends. Voice (and chat) go to 'ended', which Streams reports as
   * onEnded + onACW and the agent enters AfterCallWork; a task is simply done.
   */
  endContact(contact, by) {
    const now = new Date();
    contact.state = { type: 'ended', timestamp: now };
    contact.endedBy = by;
    if (contact.type === 'voice') this.muted = false; // the next call starts unmuted
    for (const conn of contact.connections) conn.state = { type: 'disconnected', timestamp: now };
    if (contact.type === 'task') {
      this.changed();
      this.contacts.delete(contact.contactId);
      this.afterContactsChange();
      return;
    }
    this.changed();
  }

  /** Remove a finished contact; with none left, apply an enqueued next state. */
  removeContact(contact) {
    this.contacts.delete(contact.contactId);
    if (contact.type === 'voice') this.muted = false;
    this.afterContactsChange();
  }

  afterContactsChange() {
    if (this.contacts.size === 0 && this.nextState) {
      const def = this.configuration.agentStates.find((s) => s.agentStateARN === this.nextState.agentStateARN) || this.nextState;
      this.selected = { ...def, startTimestamp: new Date() };
      this.nextState = null;
    }
    this.changed();
  }

  putState(def, enqueue) {
    const busy = [...this.contacts.values()].some((c) => ACTIVE.has(c.state.type));
    this.errorState = null;
    if (enqueue && this.contacts.size > 0) {
      // Connect keeps the agent where it is and applies this state once every
      // contact is cleared (Streams fires onEnqueuedNextState).
      this.nextState = { agentStateARN: def.agentStateARN, name: def.name, type: def.type, startTimestamp: new Date() };
      this.changed();
      return;
    }
    this.nextState = null;
    this.selected = { ...def, startTimestamp: new Date() };
    if (!busy) {
      // Choosing a state during after-contact work ends the work, as Connect does.
      for (const c of [...this.contacts.values()]) if (c.state.type === 'ended') this.contacts.delete(c.contactId);
    }
    this.changed();
  }

  // --------------------------------------------------- Streams API methods

  /**
   * Run one Streams API method (`api_request`). Returns the reply's data or
   * throws ApiError, whose JSON becomes the reply's `err`.
   */
  api(method, params = {}) {
    const handler = API[method];
    if (!handler) {
      throw new ApiError('UnsupportedOperation', `The simulated CCP does not implement "${method}". Add it to test/simulator/instance.mjs if Streams needs it.`, 400);
    }
    if (!this.loggedIn) throw new ApiError('UnauthorizedException', 'The session has expired; sign in again.', 401);
    return handler.call(this, params || {});
  }

  startOutbound(params) {
    const endpoint = params.endpoint || {};
    if (endpoint.type && endpoint.type !== 'phone_number') {
      // Connect's answer to an agent or queue endpoint (streams issue #230).
      throw new ApiError('BadEndpointException', 'Only phone number addresses are supported.', 400);
    }
    const phoneNumber = endpoint.phoneNumber;
    if (!phoneNumber || typeof phoneNumber !== 'string') {
      throw new ApiError('InvalidParameterException', 'endpoint.phoneNumber is required.', 400);
    }
    if ([...this.contacts.values()].some((c) => c.type === 'voice' && ACTIVE.has(c.state.type))) {
      throw new ApiError('InvalidStateException', 'The agent already has an active voice contact.', 409);
    }
    const queueARN = params.queueARN || this.configuration.routingProfile.defaultOutboundQueue.queueARN;
    // The caller-ID queue must be a standard queue of the agent's routing
    // profile (the agent's own queue has no outbound caller ID).
    const queueData = this.configuration.routingProfile.queues.find((q) => q.queueARN === queueARN && q.name);
    if (!queueData) throw new ApiError('InvalidParameterException', `Queue ${queueARN} is not a queue of the agent's routing profile.`, 400);
    const now = new Date();
    const contactId = randomUUID();
    const customer = { type: 'phone_number', phoneNumber, agentLogin: null, name: endpoint.name || null, queue: null };
    const agentConn = this.agentConnection('voice', 'connecting', now);
    const contact = {
      contactId,
      initialContactId: contactId,
      type: 'voice',
      initiationMethod: 'outbound',
      state: { type: 'connecting', timestamp: now },
      queue: { ...queueData },
      queueTimestamp: now,
      createdAt: now,
      attributes: {},
      connections: [agentConn, connection('outbound', true, customer, 'connecting', now)],
    };
    this.contacts.set(contactId, contact);
    this.errorState = null;
    this.changed();
    // The agent's softphone leg comes up almost at once; the customer answers later.
    this.later(Math.min(100, this.outboundAnswerMs / 2), () => {
      if (contact.state.type !== 'connecting') return;
      agentConn.state = { type: 'connected', timestamp: new Date() };
      this.changed();
    });
    this.later(this.outboundAnswerMs, () => {
      if (contact.state.type !== 'connecting' || !this.contacts.has(contactId)) return;
      const t = new Date();
      agentConn.state = { type: 'connected', timestamp: t };
      contact.connections[1].state = { type: 'connected', timestamp: t };
      contact.state = { type: 'connected', timestamp: t };
      this.changed();
    });
    return {};
  }
}

const API = {
  getAgentSnapshot() {
    return { snapshot: this.agentSnapshot(), nextToken: null };
  },
  getAgentConfiguration() {
    return { configuration: structuredClone(this.configuration) };
  },
  getAgentStates() {
    return { states: structuredClone(this.configuration.agentStates), nextToken: null };
  },
  getRoutingProfileQueues() {
    return { queues: structuredClone(this.configuration.routingProfile.queues), nextToken: null };
  },
  getDialableCountryCodes() {
    return { countryCodes: [...this.configuration.dialableCountries], nextToken: null };
  },
  getAgentPermissions() {
    return { permissions: [...this.configuration.permissions], nextToken: null };
  },
  getEndpoints(params) {
    const queueARNs = params.queueARNs;
    if (!Array.isArray(queueARNs) || !queueARNs.length) throw new ApiError('InvalidParameterException', 'queueARNs (a list) is required.', 400);
    const mine = new Set(this.configuration.routingProfile.queues.map((q) => q.queueARN));
    const stray = queueARNs.find((q) => !mine.has(q));
    // As Connect answered for a queue no longer in the agent's profile (streams issue #251).
    if (stray) throw new ApiError('InvalidStateException', `Exception thrown while retrieving end-points for AgentId ${this.configuration.agentARN.split('/').pop()}: Invalid contact state. (${stray} is not in the routing profile)`, 409);
    const all = this.quickConnectsFor(queueARNs).map((qc) => structuredClone(qc.endpoint));
    const max = Math.min(Number.isInteger(params.maxResults) && params.maxResults > 0 ? params.maxResults : ENDPOINTS_PAGE_MAX, ENDPOINTS_PAGE_MAX);
    const start = params.nextToken ? Number(/^page-(\d+)$/.exec(params.nextToken)?.[1] ?? NaN) : 0;
    if (!Number.isInteger(start)) throw new ApiError('InvalidParameterException', 'Invalid nextToken.', 400);
    const endpoints = all.slice(start, start + max);
    return { endpoints, nextToken: start + max < all.length ? `page-${start + max}` : null };
  },
  updateAgentConfiguration(params) {
    const cfg = params.configuration;
    if (!cfg || typeof cfg !== 'object') throw new ApiError('InvalidParameterException', 'configuration is required.', 400);
    // Only the fields an agent may change in Connect.
    for (const key of ['softphoneEnabled', 'extension', 'softphoneAutoAccept', 'agentPreferences']) {
      if (key in cfg) this.configuration[key] = structuredClone(cfg[key]);
    }
    this.changed();
    return {};
  },
  putAgentState(params) {
    const want = params.state;
    const def = want && this.configuration.agentStates.find((s) => (want.agentStateARN && s.agentStateARN === want.agentStateARN) || (!want.agentStateARN && s.name === want.name));
    if (!def) throw new ApiError('InvalidParameterException', 'Unknown agent state.', 400);
    this.putState(def, !!params.enqueueNextState);
    return {};
  },
  createOutboundContact(params) {
    return this.startOutbound(params);
  },
  acceptContact(params) {
    const c = this.contactFor(params);
    if (c.state.type !== 'connecting') throw new ApiError('InvalidStateException', `Contact is ${c.state.type}, not connecting.`, 409);
    const now = new Date();
    agentConn(c).state = { type: 'connected', timestamp: now };
    c.state = { type: 'connected', timestamp: now };
    this.changed();
    return {};
  },
  rejectContact(params) {
    const c = this.contactFor(params);
    if (c.state.type !== 'connecting') throw new ApiError('InvalidStateException', `Contact is ${c.state.type}, not connecting.`, 409);
    // Connect routes the caller elsewhere; the agent keeps its state.
    this.removeContact(c);
    return {};
  },
  destroyConnection(params) {
    const c = this.contactFor(params);
    const conn = this.connectionFor(c, params);
    if (!CONN_ACTIVE.has(conn.state.type)) throw new ApiError('InvalidStateException', `Connection is ${conn.state.type}.`, 409);
    if (c.state.type === 'connecting') {
      // Hanging up a ringing call rejects it; cancelling an unanswered
      // outbound call leaves no after-contact work in Connect.
      this.removeContact(c);
    } else if (conn.type === 'agent' && c.state.type === 'connected' && activeThirdParties(c).length
      && c.connections.some((x) => x.initial && CONN_ACTIVE.has(x.state.type))) {
      this.agentLeaves(c);
    } else if (conn.type === 'agent') {
      this.endContact(c, 'agent');
    } else {
      this.partyLeaves(c, conn, 'agent');
    }
    return {};
  },
  clearContact(params) {
    const c = this.contactFor(params);
    if (ACTIVE.has(c.state.type)) {
      // Clearing an active contact ends it first, as Connect does.
      this.endContact(c, 'agent');
    }
    this.removeContact(c);
    return {};
  },
  completeContact(params) {
    return API.clearContact.call(this, params);
  },
  destroyContact(params) {
    return API.clearContact.call(this, params);
  },
  holdConnection(params) {
    const c = this.voiceContactFor(params);
    const conn = this.connectionFor(c, params);
    if (conn.state.type !== 'connected') throw new ApiError('InvalidStateException', `Connection is ${conn.state.type}, not connected.`, 409);
    if (conn.type === 'agent' && talking(c).length < 2) {
      // Streams' documentation: hold the agent only in calls of three or more.
      throw new ApiError('InvalidStateException', 'The agent can be put on hold only while two other parties are connected.', 409);
    }
    conn.state = { type: 'hold', timestamp: new Date() };
    this.changed();
    return {};
  },
  resumeConnection(params) {
    const c = this.voiceContactFor(params);
    const conn = this.connectionFor(c, params);
    if (conn.state.type !== 'hold') throw new ApiError('InvalidStateException', `Connection is ${conn.state.type}, not hold.`, 409);
    if (conn.type !== 'agent' && !c.conferenced && talking(c).some((x) => x !== conn)) {
      // Outside a conference the agent speaks with one party at a time;
      // Connect answered so (streams issue #307). conferenceConnections joins all.
      throw new ApiError('InternalServiceError', 'Cannot resume connection from hold', 500);
    }
    conn.state = { type: 'connected', timestamp: new Date() };
    this.changed();
    return {};
  },
  toggleActiveConnections(params) {
    const c = this.voiceContactFor(params);
    this.connectionFor(c, params);
    const parties = c.connections.filter((x) => x.type !== 'agent' && CONN_ACTIVE.has(x.state.type));
    const on = parties.filter((x) => x.state.type === 'connected');
    const held = parties.filter((x) => x.state.type === 'hold');
    if (on.length !== 1 || held.length !== 1) {
      throw new ApiError('InvalidStateException', `Swap needs one party connected and one on hold (connected ${on.length}, on hold ${held.length}).`, 409);
    }
    const now = new Date();
    on[0].state = { type: 'hold', timestamp: now };
    held[0].state = { type: 'connected', timestamp: now };
    c.conferenced = false;
    this.changed();
    return {};
  },
  conferenceConnections(params) {
    const c = this.voiceContactFor(params);
    const initial = c.connections.find((x) => x.initial);
    const third = activeThirdParties(c).filter((x) => x.state.type !== 'connecting');
    if (c.state.type !== 'connected' || !initial || !CONN_ACTIVE.has(initial.state.type) || !third.length) {
      throw new ApiError('InvalidStateException', 'Conference needs the customer and a connected third party on the call.', 409);
    }
    const now = new Date();
    for (const conn of c.connections) {
      if (conn.state.type === 'hold') conn.state = { type: 'connected', timestamp: now };
    }
    // Until someone leaves or the agent swaps, a held party may rejoin with resume.
    c.conferenced = true;
    this.changed();
    return {};
  },
  createAdditionalConnection(params) {
    const c = this.voiceContactFor(params);
    const agent = agentConn(c);
    if (c.state.type !== 'connected' || !agent || agent.state.type !== 'connected') {
      throw new ApiError('InvalidStateException', `A party can be added only to a connected call (contact ${c.state.type}).`, 409);
    }
    if (activeThirdParties(c).length) {
      // Without multiparty calls, a call holds at most three parties.
      throw new ApiError('InvalidStateException', 'The contact already has a third-party connection.', 409);
    }
    const target = this.resolveTarget(params.endpoint);
    const now = new Date();
    // As in Connect, the customer waits on hold while the agent reaches the third party.
    for (const conn of c.connections) {
      if (conn.type !== 'agent' && conn.state.type === 'connected') conn.state = { type: 'hold', timestamp: now };
    }
    // Connect shows a quick connect to an agent or a queue as an internal
    // number, the quick connect's name apart (streams issue #876).
    const endpoint = { type: 'phone_number', phoneNumber: target.type === 'phone_number' ? target.phoneNumber : 'INTERNAL-TRANSFER', name: null, agentLogin: null, queue: null };
    const conn = connection('outbound', false, endpoint, 'connecting', now);
    conn.quickConnectName = target.quickConnectName;
    const { quickConnectName: _name, ...reached } = target;
    conn.sim = { target: reached };
    c.connections.push(conn);
    c.conferenced = false;
    this.changed();
    if (this.thirdPartyAnswerMs !== null) this.later(this.thirdPartyAnswerMs, () => this.thirdPartyConnects(c, conn));
    return {};
  },
  sendDigits(params) {
    const c = this.voiceContactFor(params);
    const conn = this.connectionFor(c, params);
    if (typeof params.digits !== 'string' || !/^[0-9*#,]+$/.test(params.digits)) {
      throw new ApiError('InvalidParameterException', 'digits must be 0-9, *, # or ,', 400);
    }
    if (c.state.type !== 'connected' || conn.state.type !== 'connected') {
      throw new ApiError('InvalidStateException', `Contact is ${c.state.type}, connection ${conn.state.type}.`, 409);
    }
    this.dtmf.push({ contactId: c.contactId, connectionId: conn.connectionId, connectionType: conn.type, initial: conn.initial, digits: params.digits, at: new Date().toISOString() });
    this.changed();
    return {};
  },
  muteParticipant(params) {
    return setMute.call(this, params, true);
  },
  unmuteParticipant(params) {
    return setMute.call(this, params, false);
  },
  updateContactAttributes(params) {
    const c = this.contactFor(params);
    Object.assign(c.attributes, toAttributeDictionary(params.attributes || {}));
    this.changed();
    return {};
  },
  notifyContactIssue() {
    return {};
  },
  createTaskContact(params) {
    const { contactId } = this.deliverInbound({ channel: 'task', name: params.name, description: params.description, queue: 'BasicQueue' });
    return { contactId };
  },
  // Fire-and-forget telemetry the CCP forwards to Connect.
  sendClientLogs() {
    return {};
  },
  sendSoftphoneCallReport() {
    return {};
  },
  sendSoftphoneCallMetrics() {
    return {};
  },
};

function setMute(params, mute) {
  const c = this.contactFor(params);
  const conn = c.connections.find((x) => x.connectionId === params.connectionId);
  if (!conn) throw new ApiError('ResourceNotFoundException', `Connection ${params.connectionId} does not exist.`, 404);
  conn.mute = mute;
  this.changed();
  return {};
}

function connection(type, initial, endpoint, stateType, now) {
  return {
    connectionId: randomUUID(),
    type,
    initial,
    endpoint,
    state: { type: stateType, timestamp: now },
    mute: false,
    forcedMute: false,
    monitoringInfo: null,
    monitorCapabilities: [],
    monitorStatus: null,
    quickConnectName: null,
  };
}

function agentConn(contact) {
  return contact.connections.find((c) => c.type === 'agent');
}

/** Parties added to the call (Streams' getThirdPartyConnections). */
function thirdParties(contact) {
  return contact.connections.filter((c) => !c.initial && c.type !== 'agent' && c.type !== 'monitoring');
}

function activeThirdParties(contact) {
  return thirdParties(contact).filter((c) => CONN_ACTIVE.has(c.state.type));
}

/** The customer and third parties connected with the agent (not on hold, not still ringing). */
function talking(contact) {
  return contact.connections.filter((c) => c.type !== 'agent' && c.state.type === 'connected');
}

/** A connection as the snapshot carries it: our own bookkeeping (sim) left out. */
function serializeConnection(conn) {
  const { sim: _ours, ...data } = conn;
  return { ...structuredClone(data), address: structuredClone(data.endpoint) };
}

function isOutbound(contact) {
  return contact.initiationMethod === 'outbound';
}

/** {k: 'v'} → Streams' {k: {name: k, value: 'v'}}. */
function toAttributeDictionary(attributes) {
  const out = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && typeof value === 'object') throw new ApiError('InvalidParameter', `attribute "${name}" must be a string`, 400);
    out[name] = { name, value: String(value) };
  }
  return out;
}

/** The Streams API methods the simulator models; any other answers UnsupportedOperation. */
export const API_METHODS = Object.keys(API);

export { arn, QUEUES };
