// The simulator against the real, unmodified Streams (amazon-connect-streams
// 2.28.2) in headless Chromium: a plain host page (/test-host/) calls
// connect.core.initCCP on the simulated CCP and records every callback.
// Run: node --test test/simulator/

/* global connect -- the functions passed to page.evaluate run in the host page, beside Streams */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, waitFor, waitEvent, until } from './host-harness.mjs';

const NUMBER = '+81312345678';
const T = { timeout: 15000 };
let h;
let sim;
let browser;

before(async () => {
  h = await startHarness();
  ({ sim, browser } = h);
}, { timeout: 40000 });

after(() => h?.close());

const control = (...a) => h.control(...a);
const openHost = (...a) => h.openHost(...a);
const logged = (...a) => h.logged(...a);

const agentState = (page) => page.evaluate(() => new connect.Agent().getState().name);

// -------------------------------------------------------------------- tests

test('Streams receives the agent: name, state, configuration', T, async () => {
  const page = await openHost();
  try {
    const agent = await page.evaluate(() => {
      const a = new connect.Agent();
      const provider = connect.core.getAgentDataProvider();
      return {
        name: a.getName(),
        state: a.getState(),
        stateIsDate: a.getState().startTimestamp instanceof Date,
        states: a.getAgentStates().map((s) => `${s.name}:${s.type}`),
        profile: a.getRoutingProfile().name,
        outboundQueue: a.getRoutingProfile().defaultOutboundQueue.name,
        queues: a.getRoutingProfile().queues.map((q) => q.name),
        countries: a.getDialableCountries(),
        softphone: a.isSoftphoneEnabled(),
        voice: a.getChannelConcurrency('VOICE'),
        instanceId: provider.getInstanceId(),
        accountId: provider.getAWSAccountId(),
        username: a.getConfiguration().username,
        skew: typeof connect.core.getSkew(),
      };
    });
    assert.equal(agent.name, 'Agent Tanaka');
    assert.equal(agent.username, 'tanaka');
    assert.equal(agent.state.name, 'Available');
    assert.equal(agent.state.type, 'routable');
    assert.ok(agent.stateIsDate, 'startTimestamp is a Date');
    assert.deepEqual(agent.states, ['Available:routable', 'Offline:offline', 'Break:not_routable', 'Lunch:not_routable']);
    assert.equal(agent.profile, 'Basic Routing Profile');
    assert.equal(agent.outboundQueue, 'BasicQueue');
    assert.deepEqual(agent.queues.filter(Boolean), ['BasicQueue', 'SupportQueue-JP', 'Sales-JP']);
    for (const c of ['jp', 'us', 'gb']) assert.ok(agent.countries.includes(c));
    assert.equal(agent.softphone, true);
    assert.equal(agent.voice, 1);
    assert.match(agent.instanceId, /^[0-9a-f-]{36}$/);
    assert.equal(agent.accountId, '123456789012');
    assert.equal(agent.skew, 'number');
    // Start-up: Streams configures the CCP and calls no API method itself.
    await until(() => logged('outer_context_info').length);
    assert.ok(logged('configure').length, 'configure was sent');
    assert.deepEqual(sim.instance.requests().filter((r) => r.error), [], 'no failed requests at start-up');
  } finally {
    await page.close();
  }
});

test('inbound call: connecting with number, queue, attributes; accept; customer hangs up; clear', T, async () => {
  const page = await openHost();
  try {
    const { status, body } = await control('inbound', { phoneNumber: NUMBER, queue: 'SupportQueue-JP', attributes: { customerId: 'C-10042', note: '<b>hi</b>' } });
    assert.equal(status, 200);
    const { contactId } = body;
    const connecting = await waitEvent(page, 'contact.connecting', { contactId });
    assert.equal(connecting.phoneNumber, NUMBER);
    await waitEvent(page, 'contact', { contactId });
    const seen = await page.evaluate((id) => {
      const c = window.hostContacts[id];
      const qt = c.getQueueTimestamp();
      return {
        type: c.getType(),
        inbound: c.isInbound(),
        softphone: c.isSoftphoneCall(),
        queue: c.getQueue().name,
        attributes: c.getAttributes(),
        queueTsIsDate: qt instanceof Date,
        queuedFor: Date.now() - qt.getTime(),
        agentConn: c.getAgentConnection().getStatus().type,
        initialConn: c.getInitialConnection().getStatus().type,
        endpointType: c.getInitialConnection().getEndpoint().type,
        agentState: new connect.Agent().getState().name,
      };
    }, contactId);
    assert.equal(seen.type, 'voice');
    assert.equal(seen.inbound, true);
    assert.equal(seen.softphone, true);
    assert.equal(seen.queue, 'SupportQueue-JP');
    assert.deepEqual(seen.attributes, { customerId: { name: 'customerId', value: 'C-10042' }, note: { name: 'note', value: '<b>hi</b>' } });
    assert.ok(seen.queueTsIsDate);
    assert.ok(seen.queuedFor > 3000, 'queued some seconds ago');
    assert.equal(seen.agentConn, 'connecting');
    assert.equal(seen.initialConn, 'connected');
    assert.equal(seen.endpointType, 'phone_number');
    assert.equal(seen.agentState, 'PendingBusy');

    await page.evaluate((id) => window.hostContacts[id].accept(), contactId);
    await waitEvent(page, 'contact.accepted', { contactId });
    await waitEvent(page, 'contact.connected', { contactId });
    assert.deepEqual(logged('acceptContact').map((r) => r.params), [{ contactId }]);
    assert.equal(await agentState(page), 'Busy');

    assert.equal((await control('hangup', { contactId })).status, 200);
    await waitEvent(page, 'contact.ended', { contactId });
    await waitEvent(page, 'contact.acw', { contactId });
    await waitEvent(page, 'agent.acw');
    assert.equal(await agentState(page), 'AfterCallWork');

    await page.evaluate((id) => window.hostContacts[id].clear(), contactId);
    await waitEvent(page, 'contact.destroy', { contactId });
    assert.equal(logged('clearContact').length, 1);
    await waitFor(page, () => new connect.Agent().getState().name === 'Available');
    assert.equal(await page.evaluate(() => new connect.Agent().getState().type), 'routable');
    assert.equal(await page.evaluate(() => new connect.Agent().getContacts().length), 0);
  } finally {
    await page.close();
  }
});

test('outbound call: createOutboundContact, connected, mute, hold/resume, digits, agent hangs up, complete', T, async () => {
  const page = await openHost();
  try {
    await page.evaluate((n) => new connect.Agent().connect(connect.Endpoint.byPhoneNumber(n), {}), NUMBER);
    const contact = await waitEvent(page, 'contact');
    const [req] = await until(() => logged('createOutboundContact').length && logged('createOutboundContact'));
    assert.equal(req.params.endpoint.phoneNumber, NUMBER);
    assert.equal(req.params.endpoint.type, 'phone_number');
    assert.match(req.params.queueARN, /queue\/b0000000/);
    await waitEvent(page, 'contact.connecting', { contactId: contact.contactId });
    await waitFor(page, () => new connect.Agent().getState().name === 'CallingCustomer');
    await waitEvent(page, 'contact.connected', { contactId: contact.contactId });
    assert.equal(await agentState(page), 'Busy');
    assert.equal(await page.evaluate((id) => window.hostContacts[id].isInbound(), contact.contactId), false);

    await page.evaluate(() => new connect.Agent().mute());
    await waitEvent(page, 'agent.muteToggle', { muted: true });
    await page.evaluate(() => new connect.Agent().unmute());
    await waitEvent(page, 'agent.muteToggle', { muted: false });

    await page.evaluate((id) => window.hostContacts[id].getInitialConnection().hold(), contact.contactId);
    await waitFor(page, (id) => window.hostContacts[id].getInitialConnection().isOnHold(), contact.contactId);
    await page.evaluate((id) => window.hostContacts[id].getInitialConnection().resume(), contact.contactId);
    await waitFor(page, (id) => window.hostContacts[id].getInitialConnection().isConnected(), contact.contactId);
    assert.equal(logged('holdConnection').length, 1);
    assert.equal(logged('resumeConnection').length, 1);
    await page.evaluate((id) => new Promise((resolve, reject) => window.hostContacts[id].getInitialConnection().sendDigits('12#', { success: resolve, failure: reject })), contact.contactId);
    assert.equal(logged('sendDigits')[0].params.digits, '12#');

    await page.evaluate((id) => window.hostContacts[id].getAgentConnection().destroy(), contact.contactId);
    await waitEvent(page, 'contact.ended', { contactId: contact.contactId });
    await waitEvent(page, 'agent.acw');
    assert.equal(logged('destroyConnection').length, 1);

    await page.evaluate((id) => window.hostContacts[id].complete(), contact.contactId);
    await waitEvent(page, 'contact.destroy', { contactId: contact.contactId });
    assert.equal(logged('completeContact').length, 1);
    await waitFor(page, () => new connect.Agent().getState().type === 'routable');
  } finally {
    await page.close();
  }
});

test('ring-out: onMissed, agent in MissedCallAgent until it picks a state', T, async () => {
  const page = await openHost();
  try {
    const { body: { contactId } } = await control('inbound', { phoneNumber: NUMBER });
    await waitEvent(page, 'contact.connecting', { contactId });
    assert.equal((await control('ring-out', {})).status, 200);
    await waitEvent(page, 'contact.missed', { contactId });
    const err = await waitEvent(page, 'agent.error');
    assert.equal(err.state, 'MissedCallAgent');
    assert.equal(await page.evaluate(() => new connect.Agent().getState().type), 'error');
    await waitEvent(page, 'contact.destroy', { contactId });

    await page.evaluate(() => {
      const a = new connect.Agent();
      a.setState(a.getAgentStates().find((s) => s.name === 'Available'));
    });
    await waitFor(page, () => new connect.Agent().getState().name === 'Available');
    assert.equal(logged('putAgentState')[0].params.state.name, 'Available');
  } finally {
    await page.close();
  }
});

test('agent.setState → putAgentState; by name from the control API; enqueued next state; quick connects', T, async () => {
  const page = await openHost();
  try {
    await page.evaluate(() => {
      const a = new connect.Agent();
      a.setState(a.getAgentStates().find((s) => s.name === 'Break'));
    });
    await waitEvent(page, 'agent.notRoutable');
    await waitEvent(page, 'agent.stateChange', { newState: 'Break' });
    const [put] = logged('putAgentState');
    assert.equal(put.params.state.name, 'Break');
    assert.match(put.params.state.agentStateARN, /agent-state\//);
    assert.ok(!put.params.enqueueNextState); // Streams sends undefined without options

    assert.equal((await control('agent-state', { name: 'Offline' })).status, 200);
    await waitEvent(page, 'agent.offline');
    assert.equal((await control('agent-state', { name: 'Available' })).status, 200);
    await waitEvent(page, 'agent.stateChange', { oldState: 'Offline', newState: 'Available' });

    // On a contact, an enqueued state waits until the contact is cleared.
    const { body: { contactId } } = await control('inbound', { phoneNumber: NUMBER });
    await waitEvent(page, 'contact.connecting', { contactId });
    await page.evaluate((id) => window.hostContacts[id].accept(), contactId);
    await waitEvent(page, 'contact.connected', { contactId });
    await page.evaluate(() => {
      const a = new connect.Agent();
      a.setState(a.getAgentStates().find((s) => s.name === 'Lunch'), {}, { enqueueNextState: true });
    });
    await waitEvent(page, 'agent.enqueuedNextState');
    assert.equal(await page.evaluate(() => new connect.Agent().getNextState().name), 'Lunch');
    assert.equal(await agentState(page), 'Busy');
    await control('hangup', { contactId });
    await waitEvent(page, 'agent.acw');
    await page.evaluate((id) => window.hostContacts[id].clear(), contactId);
    await waitFor(page, () => new connect.Agent().getState().name === 'Lunch');
    assert.equal(await page.evaluate(() => new connect.Agent().getNextState()), null);

    // Quick connects, as the CCP's transfer list asks for them.
    const endpoints = await page.evaluate(() => new Promise((resolve, reject) => {
      const a = new connect.Agent();
      a.getEndpoints(a.getAllQueueARNs(), { success: (d) => resolve(d.endpoints.map((e) => e.name)), failure: reject });
    }));
    assert.deepEqual(endpoints, ['佐藤 花子 (Sato Hanako)', 'Suzuki Ichiro', 'サポート窓口 (SupportQueue-JP)', '請求窓口 (Billing)', '大阪支店 (Osaka branch)', 'Escalation desk (US)', 'BasicQueue']);
  } finally {
    await page.close();
  }
});

test('an unknown API method gets an error reply, and is logged', T, async () => {
  const page = await openHost();
  try {
    const err = await page.evaluate(() => new Promise((resolve) => {
      connect.core.getClient().call('frobnicate', { x: 1 }, { success: () => resolve(null), failure: (e) => resolve(e) });
    }));
    assert.equal(typeof err, 'string');
    const parsed = JSON.parse(err);
    assert.equal(parsed.type, 'UnsupportedOperation');
    assert.match(parsed.message, /frobnicate/);
    const [entry] = logged('frobnicate');
    assert.deepEqual(entry.params, { x: 1 });
    assert.equal(entry.error.type, 'UnsupportedOperation');
    // A known method in the wrong state fails too, with Connect-like types.
    const err2 = await page.evaluate(() => new Promise((resolve) => {
      connect.core.getClient().call('acceptContact', { contactId: 'nope' }, { success: () => resolve(null), failure: (e) => resolve(e) });
    }));
    assert.equal(JSON.parse(err2).type, 'ResourceNotFoundException');
  } finally {
    await page.close();
  }
});

test('two host pages share one agent', T, async () => {
  const a = await openHost();
  const b = await openHost({ reset: false });
  try {
    await a.evaluate(() => {
      const agent = new connect.Agent();
      agent.setState(agent.getAgentStates().find((s) => s.name === 'Lunch'));
    });
    await waitFor(b, () => new connect.Agent().getState().name === 'Lunch');
    await control('agent-state', { name: 'Available' });
    const { body: { contactId } } = await control('inbound', { phoneNumber: NUMBER });
    await waitEvent(a, 'contact.connecting', { contactId });
    await waitEvent(b, 'contact.connecting', { contactId });
    await b.evaluate((id) => window.hostContacts[id].accept(), contactId);
    await waitEvent(a, 'contact.connected', { contactId });
    await waitEvent(b, 'contact.connected', { contactId });
    // Both Streams heard accepted: the broadcast is echoed to every CCP.
    await waitEvent(a, 'contact.accepted', { contactId });
  } finally {
    await a.close();
    await b.close();
  }
});

test('chat and task contacts carry no phone number', T, async () => {
  const page = await openHost();
  try {
    const chat = (await control('inbound', { channel: 'chat', queue: 'BasicQueue', attributes: { topic: 'billing' } })).body.contactId;
    await waitEvent(page, 'contact.connecting', { contactId: chat });
    const seen = await page.evaluate((id) => {
      const c = window.hostContacts[id];
      const conn = c.getInitialConnection();
      return { type: c.getType(), connType: conn.getType(), phone: conn.getEndpoint().phoneNumber, media: conn.getMediaType() };
    }, chat);
    assert.deepEqual(seen, { type: 'chat', connType: 'inbound', phone: null, media: 'chat' });
    await control('hangup', { contactId: chat });
    await control('inbound', { channel: 'task' });
    await waitFor(page, () => new connect.Agent().getContacts('task').length === 1);
  } finally {
    await page.close();
  }
});

test('logged out: no acknowledge; signing in on /login restores the agent', { timeout: 20000 }, async () => {
  sim.instance.reset();
  sim.instance.setLoggedIn(false);
  const page = await browser.newPage();
  const login = await browser.newPage();
  try {
    await page.goto(`${sim.origin}/test-host/`);
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(await page.evaluate(() => window.hostEvents.length), 0, 'Streams got no acknowledge and no agent');
    assert.equal(await page.evaluate(() => connect.core.initialized), false);

    await login.goto(`${sim.origin}/login`);
    await login.bringToFront();
    await login.click('#sign-in');
    await waitFor(login, () => document.body.dataset.signedIn === 'true');
    assert.equal(sim.instance.loggedIn, true);
    await waitFor(page, () => window.hostEvents.some((e) => e.type === 'agent'));

    // Session expiry while connected: Streams hears auth_fail; API calls fail.
    sim.instance.setLoggedIn(false);
    const err = await page.evaluate(() => new Promise((resolve) => {
      setTimeout(() => connect.core.getClient().call('getAgentSnapshot', {}, { success: () => resolve(null), failure: (e) => resolve(e) }), 200);
    }));
    assert.equal(JSON.parse(err).type, 'UnauthorizedException');
  } finally {
    sim.instance.setLoggedIn(true);
    await login.close();
    await page.close();
  }
});

test('control API: validation, CORS, log paging, state, reset', T, async () => {
  sim.instance.reset();
  let r = await control('inbound', { channel: 'fax' });
  assert.equal(r.status, 400);
  assert.match(r.body.error.message, /channel/);
  r = await control('inbound', { phoneNumber: NUMBER, queue: 'NoSuchQueue' });
  assert.equal(r.status, 400);
  assert.match(r.body.error.message, /NoSuchQueue/);
  r = await control('inbound', '{not json');
  assert.equal(r.status, 400);
  assert.equal(r.body.error.type, 'InvalidJson');
  r = await control('inbound', { phoneNumber: NUMBER, attributes: { a: { nested: 1 } } });
  assert.equal(r.status, 400);
  r = await control('agent-state', { name: 'Sleeping' });
  assert.equal(r.status, 400);
  assert.match(r.body.error.message, /Available/);
  r = await control('session', { loggedIn: 'yes' });
  assert.equal(r.status, 400);
  r = await control('hangup', {});
  assert.equal(r.status, 409);
  r = await control('ring-out', { contactId: 'nope' });
  assert.equal(r.status, 404);
  r = await control('requests?since=x');
  assert.equal(r.status, 400);
  r = await control('nothing', {});
  assert.equal(r.status, 404);
  assert.equal(r.headers.get('access-control-allow-origin'), '*');
  const pre = await fetch(`${sim.origin}/control/api/inbound`, { method: 'OPTIONS', headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'POST' } });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');

  r = await control('inbound', { phoneNumber: NUMBER, attributes: { k: 'v' } });
  assert.equal(r.status, 200);
  const state = (await control('state')).body;
  assert.equal(state.loggedIn, true);
  assert.equal(state.agent.snapshot.contacts[0].connections.find((c) => c.initial).endpoint.phoneNumber, NUMBER);
  assert.equal(state.agent.snapshot.contacts[0].attributes.k.value, 'v');

  // The log pages by seq.
  const all = (await control('requests')).body.requests;
  const last = sim.instance.requests().at(-1)?.seq ?? 0;
  assert.deepEqual((await control(`requests?since=${last}`)).body.requests, []);
  assert.ok(Array.isArray(all));

  assert.equal((await control('reset', {})).status, 200);
  assert.equal((await control('state')).body.agent.snapshot.contacts.length, 0);

  // Every CCP path an instance may use serves the CCP page.
  for (const p of ['/ccp-v2/', '/ccp-v2', '/connect/ccp-v2/']) {
    const res = await fetch(sim.origin + p);
    assert.equal(res.status, 200, p);
    assert.match(await res.text(), /Simulated Amazon Connect CCP/);
  }
  const page = await fetch(sim.controlUrl);
  assert.equal(page.status, 200);
});
