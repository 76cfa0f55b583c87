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
const ACTIVE = new Set(['incoming', 'pending', 'connecting', 'connected', 'paused']);
/** How long ago an inbound contact entered its queue (a flow ran first). */
const QUEUED_FOR_MS = 7000;
/** A missed contact stays in the snapshot this long with state 'missed'. */
const MISSED_LINGER_MS = 300;

/** The log keeps this many entries; older ones are dropped. */
const LOG_LIMIT = 2000;

export class Instance extends EventEmitter {
  constructor({ outboundAnswerMs = 800 } = {}) {
    super();
    this.outboundAnswerMs = outboundAnswerMs;
    this.timers = new Set();
    this.seq = 0;
    this.reset();
  }

  // ---------------------------------------------------------------- state

  /** Back to a fresh, logged-in agent in Available with no contacts. */
  reset() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
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
      connections: c.connections.map((conn) => ({
        ...structuredClone(conn),
        address: structuredClone(conn.endpoint),
      })),
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
    };
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
  deliverInbound({ phoneNumber = '+81312345678', queue = 'BasicQueue', attributes = {}, channel = 'voice', name, description } = {}) {
    if (!this.loggedIn) throw new ApiError('AgentNotLoggedIn', 'The agent is logged out; Connect would not route a contact.', 409);
    if (!CHANNELS.includes(channel)) throw new ApiError('InvalidParameter', `channel must be one of ${CHANNELS.join(', ')}`, 400);
    if (channel === 'voice' && (typeof phoneNumber !== 'string' || !phoneNumber.trim())) {
      throw new ApiError('InvalidParameter', 'phoneNumber is required for a voice contact', 400);
    }
    if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
      throw new ApiError('InvalidParameter', 'attributes must be an object of string values', 400);
    }
    const queueData = this.queueByName(queue);
    const now = new Date();
    const contactId = randomUUID();
    const customer = channel === 'voice'
      ? { type: 'phone_number', phoneNumber: phoneNumber.trim(), agentLogin: null, name: null, queue: null }
      : { type: null, phoneNumber: null, agentLogin: null, name: channel === 'chat' ? 'Customer' : (name || 'Task'), queue: null };
    const contact = {
      contactId,
      initialContactId: contactId,
      type: channel,
      initiationMethod: channel === 'task' ? 'api' : 'inbound',
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
    this.endContact(contact, 'customer');
    return { contactId: contact.contactId };
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
    const phoneNumber = endpoint.phoneNumber;
    if (!phoneNumber || typeof phoneNumber !== 'string') {
      throw new ApiError('InvalidParameterException', 'endpoint.phoneNumber is required.', 400);
    }
    if ([...this.contacts.values()].some((c) => c.type === 'voice' && ACTIVE.has(c.state.type))) {
      throw new ApiError('InvalidStateException', 'The agent already has an active voice contact.', 409);
    }
    const queueARN = params.queueARN || this.configuration.routingProfile.defaultOutboundQueue.queueARN;
    const queueData = this.configuration.routingProfile.queues.find((q) => q.queueARN === queueARN);
    if (!queueData) throw new ApiError('InvalidParameterException', `Unknown queue ${queueARN}.`, 400);
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
  getEndpoints() {
    return { endpoints: structuredClone(QUICK_CONNECTS), nextToken: null };
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
    const conn = c.connections.find((x) => x.connectionId === params.connectionId);
    if (!conn) throw new ApiError('ResourceNotFoundException', `Connection ${params.connectionId} does not exist.`, 404);
    if (conn.type === 'agent' || c.connections.filter((x) => x.type !== 'agent' && x.state.type !== 'disconnected').length <= 1) {
      if (c.state.type === 'connecting') {
        // Hanging up a ringing call rejects it; cancelling an unanswered
        // outbound call leaves no after-contact work in Connect.
        this.removeContact(c);
      } else {
        this.endContact(c, 'agent');
      }
    } else {
      conn.state = { type: 'disconnected', timestamp: new Date() };
      this.changed();
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
    return setConnectionState.call(this, params, 'connected', 'hold');
  },
  resumeConnection(params) {
    return setConnectionState.call(this, params, 'hold', 'connected');
  },
  toggleActiveConnections(params) {
    const c = this.contactFor(params);
    const now = new Date();
    for (const conn of c.connections) {
      if (conn.type === 'agent') continue;
      if (conn.state.type === 'hold') conn.state = { type: 'connected', timestamp: now };
      else if (conn.state.type === 'connected') conn.state = { type: 'hold', timestamp: now };
    }
    this.changed();
    return {};
  },
  sendDigits(params) {
    const c = this.contactFor(params);
    if (typeof params.digits !== 'string' || !/^[0-9*#,]+$/.test(params.digits)) {
      throw new ApiError('InvalidParameterException', 'digits must be 0-9, *, # or ,', 400);
    }
    if (c.state.type !== 'connected') throw new ApiError('InvalidStateException', `Contact is ${c.state.type}.`, 409);
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

function setConnectionState(params, from, to) {
  const c = this.contactFor(params);
  const conn = c.connections.find((x) => x.connectionId === params.connectionId);
  if (!conn) throw new ApiError('ResourceNotFoundException', `Connection ${params.connectionId} does not exist.`, 404);
  if (conn.state.type !== from) throw new ApiError('InvalidStateException', `Connection is ${conn.state.type}, not ${from}.`, 409);
  conn.state = { type: to, timestamp: new Date() };
  this.changed();
  return {};
}

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

export { arn, QUEUES };
