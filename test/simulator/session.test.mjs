// The inactivity sign-out against the real, unmodified Streams 2.28.2 in
// headless Chromium: connect.sendActivity() and
// connect.SessionExpirationWarningManager over Streams' own SDK channel
// (StreamsSiteProxy ⇄ public/ccp-sdk-channel.js), with timeouts of seconds.
// Run: node --test test/simulator/session.test.mjs

/* global connect -- the functions passed to page.evaluate run in the host page, beside Streams */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { controlApi } from './control-client.mjs';
import { startSimulator } from './server.mjs';

const T = { timeout: 30000 };
let sim;
let browser;

before(async () => {
  sim = await startSimulator({ testHost: true });
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    protocolTimeout: 30000,
  });
}, { timeout: 40000 });

after(async () => {
  try {
    await browser?.close();
  } finally {
    await sim?.close();
  }
});

const control = (route, body) => controlApi(sim.origin, route, body);

/**
 * A fresh instance with the given inactivity timeout, and a host page whose
 * Streams has the agent and whose SDK channel is acknowledged (Streams has
 * subscribed to the warnings).
 */
async function openHost(timeout) {
  sim.instance.reset();
  const set = await control('session-timeout', timeout);
  assert.equal(set.status, 200, JSON.stringify(set.body));
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('host page error:', e.message));
  await page.goto(`${sim.origin}/test-host/`);
  await waitFor(page, () => window.hostEvents.some((e) => e.type === 'agent'));
  await until(() => sdkLog('subscribe').length >= 3);
  return page;
}

function waitFor(page, fn, arg, timeout = 8000) {
  return page.waitForFunction(fn, { polling: 50, timeout }, arg);
}

function waitEvent(page, type, timeout = 8000) {
  return waitFor(page, (t) => window.hostEvents.find((e) => e.type === t), type, timeout).then((h) => h.jsonValue());
}

const hostEvents = (page) => page.evaluate(() => window.hostEvents.map((e) => e.type));
const sdkLog = (method) => sim.instance.requests().filter((r) => r.kind === 'sdk' && r.method === method);
const activityLog = () => sim.instance.requests().filter((r) => r.kind === 'activity');
const sessionState = async () => (await control('state')).body.session;

async function until(fn, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('Streams opens the SDK channel and subscribes to the three activity topics', T, async () => {
  const page = await openHost({ timeoutMs: 0 });
  try {
    const topics = sdkLog('subscribe').map((r) => `${r.params.namespace}/${r.params.key}`).sort();
    assert.deepEqual(topics, [
      'aws.connect.activity/expiration-warning',
      'aws.connect.activity/expiration-warning-cleared',
      'aws.connect.activity/session-extension-error',
    ]);
    // sendActivity is one request on that channel, answered; it is debounced
    // 1 s (leading edge), so a burst of calls is one request.
    await page.evaluate(() => { connect.sendActivity(); connect.sendActivity(); connect.sendActivity(); });
    await until(() => activityLog().length === 1);
    await sleep(300);
    assert.equal(activityLog().length, 1);
    assert.equal(activityLog()[0].method, 'sendActivity');
    assert.equal(activityLog()[0].params.origin.origin, sim.origin, 'the request carries the host page origin');
    assert.equal(activityLog()[0].params.origin._type, 'streams-site');
    const logged = (await control('requests')).body.requests.filter((r) => r.kind === 'activity');
    assert.equal(logged.length, 1, 'the control API shows it');
    // The debounce has no maxWait: calls less than 1 s apart keep pushing it
    // back, so steady calls send one request, then nothing until a pause.
    await sleep(1100);
    await page.evaluate(() => new Promise((resolve) => {
      let n = 0;
      const t = setInterval(() => { connect.sendActivity(); if (++n === 8) { clearInterval(t); resolve(); } }, 400);
    }));
    await sleep(300);
    assert.equal(activityLog().length, 2, 'calls every 400 ms for 3 s: one request');
    await sleep(800);
    await page.evaluate(() => connect.sendActivity());
    await until(() => activityLog().length === 3);
  } finally {
    await page.close();
  }
});

test('an agent whose page calls connect.sendActivity() stays signed in past the timeout', T, async () => {
  const page = await openHost({ timeoutMs: 3000, warningMs: 1000 });
  try {
    // Every 1.2 s: more often than once a second would be swallowed by the debounce.
    await page.evaluate(() => { window.activityTimer = setInterval(() => connect.sendActivity(), 1200); });
    await sleep(7000);
    const state = await sessionState();
    assert.equal((await control('state')).body.loggedIn, true);
    assert.equal(state.warning, false);
    assert.ok(Date.parse(state.expiresAt) > Date.now() + 1000, `expires at ${state.expiresAt}`);
    assert.ok(Date.parse(state.lastActivityAt) > Date.now() - 1500, `last activity ${state.lastActivityAt}`);
    assert.ok(activityLog().length >= 5, `${activityLog().length} activity requests in 7 s`);
    const events = await hostEvents(page);
    for (const t of ['session.expirationWarning', 'terminated', 'authFail']) assert.ok(!events.includes(t), `no ${t}: ${events}`);
    assert.equal(await page.evaluate(() => new connect.Agent().getState().name), 'Available');
  } finally {
    await page.evaluate(() => clearInterval(window.activityTimer)).catch(() => {});
    await page.close();
  }
});

test('an idle agent gets onExpirationWarning with the expiration, then is signed out: Streams sees terminated', T, async () => {
  const page = await openHost({ timeoutMs: 3000, warningMs: 1500 });
  try {
    const { expiresAt } = await sessionState();
    const warning = await waitEvent(page, 'session.expirationWarning');
    assert.equal(warning.expiration, Date.parse(expiresAt), 'expiration is the session end, epoch ms');
    const early = warning.expiration - warning.at;
    assert.ok(early > 1200 && early <= 1600, `warned ${early} ms before the end`);
    assert.equal((await sessionState()).warning, true);

    const terminated = await waitEvent(page, 'terminated');
    assert.ok(terminated.at >= warning.expiration - 50, 'not before the end');
    assert.equal((await control('state')).body.loggedIn, false);
    const state = await sessionState();
    assert.equal(state.expired, true);
    assert.equal(state.expiresAt, null);
    const log = sim.instance.requests().filter((r) => r.kind === 'session').map((r) => r.method);
    assert.deepEqual(log, ['expiration-warning', 'signed-out-inactive']);
    // Signed out: the API fails, and Streams goes on to re-authenticate:
    // 3 s after terminated (ccpAckTimeout), with loginPopup false, it replaces
    // the CCP frame every 5 s (ccpLoadTimeout) until one acknowledges.
    const err = await page.evaluate(() => new Promise((resolve) => {
      new connect.Agent().setState(new connect.Agent().getAgentStates()[1], { success: () => resolve(null), failure: (e) => resolve(JSON.parse(e).type) });
    }));
    assert.equal(err, 'UnauthorizedException');
    await waitFor(page, () => connect.core.iframeRefreshAttempt >= 1, undefined, 12000);
    const events = await hostEvents(page);
    if (process.env.SHOW_EVENTS) console.log(events.join(' '));
    assert.ok(!events.includes('authFail'), 'terminated, not auth_fail');
    assert.ok(!events.includes('session.expirationWarningCleared'));

    // Signing in again brings the agent back, and the SDK channel with it.
    const subscribed = sdkLog('subscribe').length;
    await control('session', { loggedIn: true });
    await until(() => sdkLog('subscribe').length >= subscribed + 3, 12000);
    assert.equal((await sessionState()).expired, false);
  } finally {
    await page.close();
  }
});

test('signOut auth_fail: the idle agent is signed out with auth_fail → onAuthFail', T, async () => {
  const page = await openHost({ timeoutMs: 2000, warningMs: 500, signOut: 'auth_fail' });
  try {
    await waitEvent(page, 'session.expirationWarning');
    await waitEvent(page, 'authFail');
    assert.equal((await control('state')).body.loggedIn, false);
    assert.ok(!(await hostEvents(page)).includes('terminated'));
  } finally {
    await page.close();
  }
});

test('the logout page signs the agent out: Offline, the session ends, Streams sees terminated, the browser goes on to /login', T, async () => {
  const page = await openHost({ timeoutMs: 0 });
  const logout = await browser.newPage();
  try {
    await logout.goto(`${sim.origin}/connect/logout`);
    assert.equal(new URL(logout.url()).pathname, '/login');
    await waitEvent(page, 'terminated');
    const state = (await control('state')).body;
    assert.equal(state.loggedIn, false);
    assert.equal(state.agent.snapshot.state.name, 'Offline');
    assert.deepEqual(sim.instance.requests().filter((r) => r.kind === 'session').map((r) => r.method), ['logout']);
    // A second visit (already signed out) is logged and changes nothing.
    await logout.goto(`${sim.origin}/logout`);
    assert.equal(sim.instance.requests().filter((r) => r.method === 'logout').length, 2);
  } finally {
    await logout.close();
    await page.close();
  }
});

test('activity during the warning clears it (onExpirationWarningCleared) and restarts the clock', T, async () => {
  const page = await openHost({ timeoutMs: 3000, warningMs: 1500 });
  try {
    const warning = await waitEvent(page, 'session.expirationWarning');
    await page.evaluate(() => connect.sendActivity());
    const cleared = await waitEvent(page, 'session.expirationWarningCleared');
    assert.ok(cleared.at < warning.expiration, 'cleared before the end');
    const state = await sessionState();
    assert.equal(state.warning, false);
    assert.ok(Date.parse(state.expiresAt) >= warning.expiration + 1000, `the end moved: ${state.expiresAt}`);
    // Past the first expiration and still signed in.
    await sleep(Math.max(0, warning.expiration - Date.now()) + 500);
    assert.equal((await control('state')).body.loggedIn, true);
    assert.ok(!(await hostEvents(page)).includes('terminated'));
    // Idle again: a second warning comes, for the new end.
    const events = () => page.evaluate(() => window.hostEvents.filter((e) => e.type === 'session.expirationWarning').map((e) => e.expiration));
    await waitFor(page, () => window.hostEvents.filter((e) => e.type === 'session.expirationWarning').length === 2);
    assert.equal((await events())[1], Date.parse(state.expiresAt));
  } finally {
    await page.close();
  }
});

test('a failed extension reaches onSessionExtensionError', T, async () => {
  const page = await openHost({ timeoutMs: 4000, warningMs: 2000, extensionError: true });
  try {
    await waitEvent(page, 'session.expirationWarning');
    await page.evaluate(() => connect.sendActivity());
    const error = await waitEvent(page, 'session.extensionError');
    assert.equal(error.isWarningActive, true);
    assert.equal((await sessionState()).warning, true, 'still warned');
    assert.equal(activityLog()[0].error.type, 'SessionExtensionError');
  } finally {
    await page.close();
  }
});

test('session-timeout validates its input', T, async () => {
  for (const body of [{ timeoutMs: -1 }, { timeoutMs: 1.5 }, { timeoutMs: 1000, warningMs: 1000 }, { signOut: 'logout' }, { extensionError: 'yes' }]) {
    const res = await control('session-timeout', body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.equal(res.body.error.type, 'InvalidParameter');
  }
  sim.instance.reset();
  assert.equal((await sessionState()).timeoutMs, 0, 'reset restores the defaults');
});
