// Issue 12's call controls, driven by the real, unmodified Streams (2.28.2)
// in the host page against the simulator: quick connects, transfers,
// conference, hold per connection, swap, DTMF, caller-ID queue, several
// contacts, and an error (never silence) for what the simulator does not model.
// Each test checks what Streams reports and what the simulator logged.
// Run: node --test test/simulator/

/* global connect -- the functions passed to page.evaluate run in the host page, beside Streams */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitFor, waitEvent, until } from './host-harness.mjs';
import { API_METHODS, QUEUES } from './instance.mjs';

const NUMBER = '+81312345678';
const T = { timeout: 20000 };
let h;

before(async () => {
  h = await startHarness();
}, { timeout: 40000 });

after(() => h?.close());

// ------------------------------------------------------------------ helpers

/** A host page with two helpers of ours beside Streams (they only read Streams' API). */
async function openHost() {
  const page = await h.openHost();
  await page.evaluate(() => {
    // Callbacks for a Streams call, settling a promise with {ok, data} or {err}.
    window.cb = (resolve) => ({
      success: (data) => resolve({ ok: true, data: data === undefined ? null : JSON.parse(JSON.stringify(data)) }),
      failure: (err) => resolve({ err: typeof err === 'string' ? JSON.parse(err) : String(err) }),
    });
    window.contactById = (id) => new connect.Agent().getContacts().find((c) => c.getContactId() === id);
    // What a panel re-renders on: each contact's onRefresh, with its customer's state then.
    window.refreshes = [];
    connect.contact((c) => c.onRefresh((r) => {
      try {
        window.refreshes.push({ contactId: r.getContactId(), customer: r.getInitialConnection().getStatus().type });
      } catch {
        // a task's connections cannot be built here (see the task test)
      }
    }));
  });
  return page;
}

/** The contact's connections as Streams reports them. */
function connections(page, contactId) {
  return page.evaluate((id) => window.contactById(id).getConnections().map((x) => ({
    id: x.getConnectionId(),
    type: x.getType(),
    initial: x.isInitialConnection(),
    state: x.getStatus().type,
    quickConnectName: x.getQuickConnectName(),
    phoneNumber: x.getEndpoint().phoneNumber,
  })), contactId);
}

/** "customer:hold agent:connected third:connecting" from Streams' view. */
async function parties(page, contactId) {
  const list = await connections(page, contactId);
  return list.map((c) => `${c.initial ? 'customer' : c.type === 'agent' ? 'agent' : 'third'}:${c.state}`).join(' ');
}

function waitParties(page, contactId, want) {
  return waitFor(page, ([id, w]) => {
    const c = window.contactById(id);
    if (!c) return false;
    const got = c.getConnections().map((x) => `${x.isInitialConnection() ? 'customer' : x.getType() === 'agent' ? 'agent' : 'third'}:${x.getStatus().type}`).join(' ');
    return got === w;
  }, [contactId, want]);
}

/** A customer calls in and the agent accepts through Streams. */
async function connectedCall(page, details = {}) {
  const { body: { contactId } } = await h.control('inbound', { phoneNumber: NUMBER, ...details });
  await waitEvent(page, 'contact.connecting', { contactId });
  await page.evaluate((id) => window.hostContacts[id].accept(), contactId);
  await waitEvent(page, 'contact.connected', { contactId });
  return contactId;
}

/** The agent's quick connects as Streams returns them (all routing-profile queues). */
function quickConnects(page, pageInfo) {
  return page.evaluate((info) => new Promise((resolve) => {
    const agent = new connect.Agent();
    agent.getEndpoints(agent.getAllQueueARNs(), window.cb(resolve), info);
  }), pageInfo ?? null);
}

/** contact.addConnection(the quick connect named `name`). */
function addQuickConnect(page, contactId, name) {
  return page.evaluate(([id, n]) => new Promise((resolve) => {
    const agent = new connect.Agent();
    agent.getEndpoints(agent.getAllQueueARNs(), {
      success: ({ endpoints }) => window.contactById(id).addConnection(endpoints.find((e) => e.name === n), window.cb(resolve)),
      failure: (err) => resolve({ err }),
    });
  }), [contactId, name]);
}

/** Run `method` (hold, resume, destroy, sendDigits…) on the connection picked by `which`. */
function onConnection(page, contactId, which, method, ...args) {
  return page.evaluate(([id, w, m, a]) => new Promise((resolve) => {
    const c = window.contactById(id);
    const conn = w === 'customer' ? c.getInitialConnection() : w === 'agent' ? c.getAgentConnection() : c.getSingleActiveThirdPartyConnection();
    conn[m](...a, window.cb(resolve));
  }), [contactId, which, method, args]);
}

function onContact(page, contactId, method) {
  return page.evaluate(([id, m]) => new Promise((resolve) => window.contactById(id)[m](window.cb(resolve))), [contactId, method]);
}

const agentState = (page) => page.evaluate(() => new connect.Agent().getState().name);

// -------------------------------------------------------------------- tests

test('quick connects: getEndpoints gives the routing profile\'s quick connects, paged as Connect pages them', T, async () => {
  const page = await openHost();
  try {
    const all = await quickConnects(page, { maxResults: 3 });
    assert.ok(all.ok, JSON.stringify(all.err));
    assert.deepEqual(all.data.endpoints.map((e) => `${e.type}:${e.name}`), [
      'agent:佐藤 花子 (Sato Hanako)', 'agent:Suzuki Ichiro', 'queue:サポート窓口 (SupportQueue-JP)', 'queue:請求窓口 (Billing)',
      'phone_number:大阪支店 (Osaka branch)', 'phone_number:Escalation desk (US)', 'queue:BasicQueue',
    ]);
    const osaka = all.data.endpoints.find((e) => e.type === 'phone_number');
    assert.equal(osaka.phoneNumber, '+81665550123');
    assert.match(osaka.endpointARN, /\/transfer-destination\//);
    assert.equal(osaka.endpointId, osaka.endpointARN);
    // Streams followed nextToken itself: 7 quick connects in pages of 3.
    const pages = h.logged('getEndpoints');
    assert.deepEqual(pages.map((r) => r.params.nextToken), [null, 'page-3', 'page-6']);
    assert.equal(pages[0].params.maxResults, 3);
    assert.equal(pages[0].params.queueARNs.length, 4, 'three queues and the agent\'s own');

    // One queue's quick connects only, as for "the current contact's queue".
    const sales = await page.evaluate((q) => new Promise((resolve) => new connect.Agent().getEndpoints(q, window.cb(resolve))), QUEUES['Sales-JP'].queueARN);
    assert.deepEqual(sales.data.endpoints.map((e) => e.name), ['サポート窓口 (SupportQueue-JP)', 'BasicQueue']);
    // A queue outside the routing profile fails, as in Connect.
    const stray = await page.evaluate((q) => new Promise((resolve) => new connect.Agent().getEndpoints([q], window.cb(resolve))), QUEUES['Billing-JP'].queueARN);
    assert.equal(stray.err.type, 'InvalidStateException');
  } finally {
    await page.close();
  }
});

test('warm transfer to an agent quick connect: add (customer on hold), third party connects, conference, agent leaves → ACW', T, async () => {
  const page = await openHost();
  try {
    const contactId = await connectedCall(page);
    const added = await addQuickConnect(page, contactId, '佐藤 花子 (Sato Hanako)');
    assert.ok(added.ok, JSON.stringify(added.err));
    const [req] = h.logged('createAdditionalConnection');
    assert.equal(req.params.contactId, contactId);
    assert.equal(req.params.endpoint.type, 'agent');
    assert.match(req.params.endpoint.endpointARN, /\/transfer-destination\//);
    assert.ok(!('endpointId' in req.params.endpoint), 'Streams strips endpointId');

    await waitParties(page, contactId, 'customer:hold agent:connected third:connecting');
    const third = (await connections(page, contactId)).find((c) => !c.initial && c.type !== 'agent');
    assert.equal(third.type, 'outbound');
    assert.equal(third.quickConnectName, '佐藤 花子 (Sato Hanako)');
    assert.equal(third.phoneNumber, 'INTERNAL-TRANSFER');
    assert.equal(await agentState(page), 'Busy');

    // The transfer flow puts the call in Sato's queue: the party is connected.
    await waitParties(page, contactId, 'customer:hold agent:connected third:connected');
    const conference = await onContact(page, contactId, 'conferenceConnections');
    assert.ok(conference.ok, JSON.stringify(conference.err));
    await waitParties(page, contactId, 'customer:connected agent:connected third:connected');
    assert.deepEqual(h.logged('conferenceConnections').map((r) => r.params), [{ contactId }]);

    // The agent leaves: the call goes on without it; for the agent, ACW.
    const left = await onConnection(page, contactId, 'agent', 'destroy');
    assert.ok(left.ok, JSON.stringify(left.err));
    await waitEvent(page, 'contact.ended', { contactId });
    await waitEvent(page, 'contact.acw', { contactId });
    await waitEvent(page, 'agent.acw');
    assert.equal(await agentState(page), 'AfterCallWork');
    const { body: state } = await h.control('state');
    assert.equal(state.transfers.length, 1);
    assert.deepEqual(state.transfers[0].to, { type: 'agent', name: 'Sato Hanako', username: 'sato' });
    assert.equal(state.transfers[0].state, 'connected');
    assert.equal(state.transfers[0].customerState, 'connected');

    await onContact(page, contactId, 'clear');
    await waitEvent(page, 'contact.destroy', { contactId });
    await waitFor(page, () => new connect.Agent().getState().name === 'Available');
  } finally {
    await page.close();
  }
});

test('cold transfer to a queue: add, leave at once; the transfer flow then queues the call', T, async () => {
  const page = await openHost();
  try {
    const contactId = await connectedCall(page, { queue: 'SupportQueue-JP' });
    assert.ok((await addQuickConnect(page, contactId, '請求窓口 (Billing)')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected third:connecting');
    assert.ok((await onConnection(page, contactId, 'agent', 'destroy')).ok);
    await waitEvent(page, 'contact.acw', { contactId });
    assert.equal(await agentState(page), 'AfterCallWork');
    assert.equal(await page.evaluate((id) => window.contactById(id).getState().type, contactId), 'ended');
    const [moved] = (await h.control('state')).body.transfers;
    assert.deepEqual(moved.to, { type: 'queue', queueARN: QUEUES['Billing-JP'].queueARN, name: 'Billing-JP' });
    assert.equal(moved.state, 'connecting', 'left before the flow queued it');
    await until(() => h.sim.instance.transfers[0].state === 'connected', 3000);
  } finally {
    await page.close();
  }
});

test('hold and resume the customer\'s connection; the agent\'s own only in a three-party call', T, async () => {
  const page = await openHost();
  try {
    const contactId = await connectedCall(page);
    const ids = Object.fromEntries((await connections(page, contactId)).map((c) => [c.initial ? 'customer' : c.type, c.id]));
    assert.ok((await onConnection(page, contactId, 'customer', 'hold')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected');
    assert.deepEqual(h.logged('holdConnection').map((r) => r.params), [{ contactId, connectionId: ids.customer }]);
    // Hold changes a connection, not the contact: Streams fires no contact
    // state event, only onRefresh, in which the customer is on hold.
    await waitFor(page, (id) => window.refreshes.some((r) => r.contactId === id && r.customer === 'hold'), contactId);
    assert.equal(await page.evaluate((id) => window.contactById(id).getState().type, contactId), 'connected');
    assert.equal(await page.evaluate((id) => window.hostEvents.filter((e) => e.type === 'contact.connected' && e.contactId === id).length, contactId), 1);
    const again = await onConnection(page, contactId, 'customer', 'hold');
    assert.equal(again.err.type, 'InvalidStateException');
    assert.ok((await onConnection(page, contactId, 'customer', 'resume')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected');
    assert.deepEqual(h.logged('resumeConnection').map((r) => r.params), [{ contactId, connectionId: ids.customer }]);
    const agentHold = await onConnection(page, contactId, 'agent', 'hold');
    assert.equal(agentHold.err.type, 'InvalidStateException');
    assert.equal(await agentState(page), 'Busy');
  } finally {
    await page.close();
  }
});

test('consult: swap, hold all, one party resumed at a time, conference, the third party hangs up', T, async () => {
  const page = await openHost();
  try {
    await h.control('settings', { thirdPartyAnswerMs: null });
    const contactId = await connectedCall(page);
    assert.ok((await addQuickConnect(page, contactId, '大阪支店 (Osaka branch)')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected third:connecting');
    assert.equal((await connections(page, contactId)).at(-1).phoneNumber, '+81665550123');
    // Not answered yet: nobody to conference with.
    assert.equal((await onContact(page, contactId, 'conferenceConnections')).err.type, 'InvalidStateException');
    assert.equal((await h.control('third-party', { contactId, action: 'answer' })).status, 200);
    await waitParties(page, contactId, 'customer:hold agent:connected third:connected');

    // Swap: Streams names the held connection (the customer's).
    const customerId = (await connections(page, contactId)).find((c) => c.initial).id;
    assert.ok((await onContact(page, contactId, 'toggleActiveConnections')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected third:hold');
    assert.deepEqual(h.logged('toggleActiveConnections').map((r) => r.params), [{ contactId, connectionId: customerId }]);

    // Hold all: the one party still connected goes on hold too.
    assert.ok((await onConnection(page, contactId, 'customer', 'hold')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected third:hold');
    // Resume one: fine; the other while the first talks: Connect refuses.
    assert.ok((await onConnection(page, contactId, 'third', 'resume')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected third:connected');
    const second = await onConnection(page, contactId, 'customer', 'resume');
    assert.deepEqual([second.err.type, second.err.message], ['InternalServiceError', 'Cannot resume connection from hold']);
    assert.ok((await onContact(page, contactId, 'conferenceConnections')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected third:connected');
    // In the conference a party held alone may rejoin with resume.
    assert.ok((await onConnection(page, contactId, 'customer', 'hold')).ok);
    await waitParties(page, contactId, 'customer:hold agent:connected third:connected');
    assert.ok((await onConnection(page, contactId, 'customer', 'resume')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected third:connected');
    // The agent may step out of the conference (hold its own connection) and back.
    assert.ok((await onConnection(page, contactId, 'agent', 'hold')).ok);
    await waitParties(page, contactId, 'customer:connected agent:hold third:connected');
    assert.ok((await onConnection(page, contactId, 'agent', 'resume')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected third:connected');

    // The third party hangs up: the call goes on with the customer; the
    // third party's connection leaves the contact.
    assert.equal((await h.control('third-party', { contactId, action: 'hangup' })).status, 200);
    await waitParties(page, contactId, 'customer:connected agent:connected');
    assert.equal(await page.evaluate((id) => window.contactById(id).getState().type, contactId), 'connected');
    assert.equal(await agentState(page), 'Busy');
  } finally {
    await page.close();
  }
});

test('a number typed in (no quick connect) that does not answer: the customer stays on hold until resumed', T, async () => {
  const page = await openHost();
  try {
    await h.control('settings', { thirdPartyAnswerMs: null });
    const contactId = await connectedCall(page);
    const added = await page.evaluate((id) => new Promise((resolve) => window.contactById(id).addConnection(connect.Endpoint.byPhoneNumber('+81335550199'), window.cb(resolve))), contactId);
    assert.ok(added.ok, JSON.stringify(added.err));
    assert.deepEqual(h.logged('createAdditionalConnection')[0].params.endpoint, { endpointARN: null, type: 'phone_number', name: null, phoneNumber: '+81335550199', agentLogin: null, queue: null });
    const third = (await connections(page, contactId)).at(-1);
    assert.deepEqual([third.type, third.quickConnectName, third.phoneNumber], ['outbound', null, '+81335550199']);
    // A second party at once is refused (no multiparty calls).
    assert.equal((await addQuickConnect(page, contactId, 'Suzuki Ichiro')).err.type, 'InvalidStateException');
    assert.equal((await h.control('third-party', { action: 'no-answer' })).status, 200);
    await waitParties(page, contactId, 'customer:hold agent:connected');
    assert.ok((await onConnection(page, contactId, 'customer', 'resume')).ok);
    await waitParties(page, contactId, 'customer:connected agent:connected');
    // A bad number and a home-made agent endpoint fail as in Connect.
    const bad = await page.evaluate((id) => new Promise((resolve) => window.contactById(id).addConnection(connect.Endpoint.byPhoneNumber('03-5555-0199'), window.cb(resolve))), contactId);
    assert.equal(bad.err.type, 'BadEndpointException');
    const forged = await page.evaluate((id) => new Promise((resolve) => window.contactById(id).addConnection({ type: 'agent', agentLogin: 'sato', endpointARN: 'arn:nope' }, window.cb(resolve))), contactId);
    assert.equal(forged.err.type, 'InvalidStateException');
    // The customer hangs up during a consult: agent and third party go on.
    assert.ok((await addQuickConnect(page, contactId, '大阪支店 (Osaka branch)')).ok);
    await h.control('third-party', { action: 'answer' });
    await waitParties(page, contactId, 'customer:hold agent:connected third:connected');
    await h.control('hangup', { contactId });
    await waitParties(page, contactId, 'customer:disconnected agent:connected third:connected');
    assert.equal(await agentState(page), 'Busy');
    assert.ok((await onConnection(page, contactId, 'third', 'destroy')).ok);
    await waitEvent(page, 'contact.acw', { contactId });
  } finally {
    await page.close();
  }
});

test('keypad: sendDigits is logged with its connection, in GET requests and GET state', T, async () => {
  const page = await openHost();
  try {
    const contactId = await connectedCall(page);
    const agentConnId = (await connections(page, contactId)).find((c) => c.type === 'agent').id;
    assert.ok((await onConnection(page, contactId, 'agent', 'sendDigits', '1234#')).ok);
    assert.ok((await onConnection(page, contactId, 'agent', 'sendDigits', '*9')).ok);
    const { body: { requests } } = await h.control('requests');
    assert.deepEqual(requests.filter((r) => r.method === 'sendDigits').map((r) => r.params), [
      { contactId, connectionId: agentConnId, digits: '1234#' },
      { contactId, connectionId: agentConnId, digits: '*9' },
    ]);
    const { body: state } = await h.control('state');
    assert.deepEqual(state.dtmf.map((d) => [d.contactId, d.connectionId, d.connectionType, d.digits]), [
      [contactId, agentConnId, 'agent', '1234#'], [contactId, agentConnId, 'agent', '*9'],
    ]);
    assert.equal((await onConnection(page, contactId, 'agent', 'sendDigits', '12a')).err.type, 'InvalidParameterException');
    // Digits on a customer on hold are refused, and nothing is kept.
    await onConnection(page, contactId, 'customer', 'hold');
    await waitParties(page, contactId, 'customer:hold agent:connected');
    assert.equal((await onConnection(page, contactId, 'customer', 'sendDigits', '5')).err.type, 'InvalidStateException');
    assert.equal(h.sim.instance.dtmf.length, 2);
  } finally {
    await page.close();
  }
});

test('outbound with a caller-ID queue: createOutboundContact {endpoint, queueARN}; a queue outside the profile is refused', T, async () => {
  const page = await openHost();
  try {
    const stray = await page.evaluate((q) => new Promise((resolve) => {
      const cb = window.cb(resolve);
      new connect.Agent().connect(connect.Endpoint.byPhoneNumber('+81312345678'), { queueARN: q, success: cb.success, failure: cb.failure });
    }), QUEUES['Billing-JP'].queueARN);
    assert.equal(stray.err.type, 'InvalidParameterException');
    assert.equal(await page.evaluate(() => new connect.Agent().getContacts().length), 0);

    const sales = QUEUES['Sales-JP'].queueARN;
    const ok = await page.evaluate((q) => new Promise((resolve) => {
      const cb = window.cb(resolve);
      new connect.Agent().connect(connect.Endpoint.byPhoneNumber('+81312345678'), { queueARN: q, success: cb.success, failure: cb.failure });
    }), sales);
    assert.ok(ok.ok, JSON.stringify(ok.err));
    const calls = h.logged('createOutboundContact');
    assert.equal(calls.length, 2);
    assert.equal(calls[1].params.queueARN, sales);
    assert.equal(calls[1].params.endpoint.phoneNumber, '+81312345678');
    const contact = await waitEvent(page, 'contact');
    await waitEvent(page, 'contact.connected', { contactId: contact.contactId });
    assert.deepEqual(await page.evaluate((id) => window.contactById(id).getQueue(), contact.contactId), { ...QUEUES['Sales-JP'] });
    // An agent or queue endpoint cannot be dialled out (Connect: BadEndpointException).
    const qc = await page.evaluate(() => new Promise((resolve) => {
      const agent = new connect.Agent();
      agent.getEndpoints(agent.getAllQueueARNs(), { success: ({ endpoints }) => {
        const cb = window.cb(resolve);
        agent.connect(endpoints.find((e) => e.type === 'agent'), { success: cb.success, failure: cb.failure });
      } });
    }));
    assert.equal(qc.err.type, 'BadEndpointException');
  } finally {
    await page.close();
  }
});

test('a call and a task at once: each reported, controls act on their own contact', T, async () => {
  const page = await openHost();
  try {
    // The call is one another agent transferred here.
    const call = await connectedCall(page, { initiationMethod: 'transfer' });
    const how = await page.evaluate((id) => {
      const c = window.contactById(id);
      return { method: c.getInitiationMethod(), initial: c.getInitialContactId(), inbound: c.isInbound() };
    }, call);
    assert.equal(how.method, 'transfer');
    assert.notEqual(how.initial, call);
    assert.equal(how.inbound, true);
    const { body: { contactId: task } } = await h.control('inbound', { channel: 'task', name: '折り返し: 見積もり', description: 'Call back about quote Q-1042' });
    const { body: { contactId: chat } } = await h.control('inbound', { channel: 'chat' });
    await waitEvent(page, 'contact.connecting', { contactId: task });
    await waitEvent(page, 'contact.connecting', { contactId: chat });
    assert.deepEqual(await page.evaluate(() => new connect.Agent().getContacts().map((c) => `${c.getType()}:${c.getState().type}`)), ['voice:connected', 'task:connecting', 'chat:connecting']);
    await page.evaluate((id) => window.hostContacts[id].accept(), task);
    await waitEvent(page, 'contact.connected', { contactId: task });
    assert.equal(await page.evaluate((id) => window.contactById(id).getName(), task), '折り返し: 見積もり');

    // Streams builds an active task's connection with a task media session,
    // which needs amazon-connect-taskjs (connect.TaskSession) in the page: without
    // it, getAgentConnection() throws. The same holds against a real instance.
    assert.match(await page.evaluate((id) => {
      try {
        window.contactById(id).getAgentConnection();
        return 'no error';
      } catch (e) {
        return String(e);
      }
    }, task), /TypeError/);
    // So the task's requests go straight through Streams' client here, as
    // connection.hold() / sendDigits() / destroy() would send them.
    const taskAgent = h.sim.instance.contacts.get(task).connections.find((c) => c.type === 'agent').connectionId;
    const raw = (method, params) => page.evaluate(([m, p]) => new Promise((resolve) => connect.core.getClient().call(m, p, window.cb(resolve))), [method, params]);

    // Hold on the call leaves the task alone; call controls on the task fail.
    assert.ok((await onConnection(page, call, 'customer', 'hold')).ok);
    await waitParties(page, call, 'customer:hold agent:connected');
    assert.equal((await raw('holdConnection', { contactId: task, connectionId: taskAgent })).err.type, 'InvalidContactTypeException');
    assert.equal((await raw('sendDigits', { contactId: task, connectionId: taskAgent, digits: '1' })).err.type, 'InvalidContactTypeException');
    // Ending the task leaves the call and the ringing chat as they are.
    assert.ok((await raw('destroyConnection', { contactId: task, connectionId: taskAgent })).ok);
    await waitEvent(page, 'contact.destroy', { contactId: task });
    assert.deepEqual(await page.evaluate(() => new connect.Agent().getContacts().map((c) => `${c.getType()}:${c.getState().type}`)), ['voice:connected', 'chat:connecting']);
    assert.equal(await agentState(page), 'Busy');
    // The chat is answered on its own; the call's hold is untouched.
    await page.evaluate((id) => window.hostContacts[id].accept(), chat);
    await waitEvent(page, 'contact.connected', { contactId: chat });
    assert.equal(await parties(page, call), 'customer:hold agent:connected');
    assert.deepEqual(h.logged('acceptContact').map((r) => r.params.contactId), [call, task, chat]);
  } finally {
    await page.close();
  }
});

test('every API method Streams defines is answered; what we do not model answers an error', { timeout: 30000 }, async () => {
  const page = await openHost();
  try {
    const results = await page.evaluate(() => {
      const names = [...new Set([
        ...Object.values(connect.ClientMethods),
        ...Object.values(connect.AgentAppClientMethods),
        ...Object.values(connect.TaskTemplatesClientMethods),
        ...Object.values(connect.ApiProxyClientMethods),
      ])];
      return Promise.all(names.map((name) => new Promise((resolve) => {
        const timer = setTimeout(() => resolve([name, 'no answer']), 5000);
        connect.core.getClient().call(name, {}, {
          success: () => { clearTimeout(timer); resolve([name, 'ok']); },
          failure: (err) => { clearTimeout(timer); resolve([name, JSON.parse(err).type]); },
        });
      })));
    });
    assert.ok(results.length >= 50, `${results.length} method names`);
    assert.deepEqual(results.filter(([, r]) => r === 'no answer'), []);
    for (const [name, result] of results) {
      if (API_METHODS.includes(name)) assert.notEqual(result, 'UnsupportedOperation', name);
      else assert.equal(result, 'UnsupportedOperation', name);
    }
    // Through Streams' own API: contact.transfer and addParticipant are not modelled.
    const contactId = await connectedCall(page);
    const transfer = await page.evaluate((id) => new Promise((resolve) => window.contactById(id).transfer(connect.Endpoint.byPhoneNumber('+81665550123'), window.cb(resolve))), contactId);
    assert.equal(transfer.err.type, 'UnsupportedOperation');
    assert.match(transfer.err.message, /transferContact/);
    const participant = await page.evaluate((id) => new Promise((resolve) => window.contactById(id).addParticipant(connect.Endpoint.byPhoneNumber('+81665550123'), window.cb(resolve))), contactId);
    assert.equal(participant.err.type, 'UnsupportedOperation');
    assert.equal(h.logged('transferContact')[0].error.type, 'UnsupportedOperation');
  } finally {
    await page.close();
  }
});
