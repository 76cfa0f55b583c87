// No surprise sign-outs (issue #11). Connect signs out agents it sees as idle; an agent typing in
// the CRM is busy, not idle. The simulator runs Connect's inactivity clock (its CCP speaks the
// SDK channel Streams' connect.sendActivity and SessionExpirationWarningManager use): an agent at
// work in a CRM tab stays signed in past the timeout; an idle one is warned in the side panel,
// can stay with one click, and otherwise is signed out cleanly, then signs in with one click and
// the phone comes back by itself.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { controlApi } from '../simulator/control-client.mjs';
import { signInThroughTheWindow, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
  await world.ext.configure({ loginUrl: `${world.sim.origin}/login` });
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });
beforeEach(() => {
  world.sim.instance.reset();
  world.sim.instance.setLoggedIn(true);
});

const control = async (route, body) => (await controlApi(world.sim.origin, route, body)).body;
const session = async () => (await control('state')).session;
const activitySent = () => world.sim.instance.requests().filter((r) => r.kind === 'activity').length;

test('an agent typing in the CRM stays signed in past the inactivity timeout', { timeout: 60_000 }, async () => {
  const panel = await world.openPhone();
  const crm = await world.openCrm('crm.html');
  // Warned after 14 s idle: activity goes out every 10-12 s (each page reports every 2 s at most).
  await control('session-timeout', { timeoutMs: 16_000, warningMs: 2_000 });
  await crm.bringToFront();
  await crm.click('#field-notes');
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    await crm.keyboard.type('.', { delay: 0 });
    await new Promise((r) => setTimeout(r, 1000));
  }
  const now = await session();
  assert.equal(now.expired, false, 'still signed in after 20 s, past the 16 s timeout');
  assert.equal(now.warning, false, 'never warned: the activity kept the clock back');
  assert.ok(activitySent() >= 2 && activitySent() <= 4, `activity reached Connect every ≈ 10 s, not on every key (${activitySent()})`);
  assert.equal(await panel.$('#sign-in'), null);
  assert.equal(await panel.$eval('[data-agent-state]', (el) => el.textContent), 'Available');
  await crm.close();
  await panel.close();
});

test('an idle agent is warned, stays with "Stay signed in", and the warning goes', { timeout: 40_000 }, async () => {
  const panel = await world.openPhone();
  await control('session-timeout', { timeoutMs: 9_000, warningMs: 6_000 });
  await waitInPage(panel, () => Boolean(document.querySelector('#session-warning')), undefined, 10_000);
  const expiresAt = (await session()).expiresAt;
  assert.match(await panel.$eval('#session-warning', (el) => el.textContent), /will sign you out for inactivity at/);
  await panel.bringToFront();
  await panel.click('#stay-signed-in');
  await waitInPage(panel, () => !document.querySelector('#session-warning'));
  assert.ok((await session()).expiresAt > expiresAt, 'Connect moved the sign-out');
  await control('session-timeout', { timeoutMs: 0 });
  assert.equal(await panel.$('#sign-in'), null);
  await panel.close();
});

test('an idle agent is signed out cleanly, says why, and one sign-in brings the phone back', { timeout: 60_000 }, async () => {
  const panel = await world.openPhone();
  await control('session-timeout', { timeoutMs: 6_000, warningMs: 3_000 });
  await waitInPage(panel, () => Boolean(document.querySelector('#session-warning')), undefined, 10_000);
  await waitInPage(panel, () => document.querySelector('#sign-in')?.dataset.reason === 'logged-out', undefined, 15_000);
  assert.match(await panel.$eval('#sign-in', (el) => el.textContent), /signed you out after a time without activity/);
  assert.equal(await panel.$('#session-warning'), null, 'no warning once signed out');
  assert.equal(await panel.$('[data-agent-state]'), null, 'no stale agent state');
  await control('session-timeout', { timeoutMs: 0 });

  // One click: our sign-in window; closing it brings the phone back by itself.
  const login = await signInThroughTheWindow(world, panel);
  await login.close();
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available' && !document.querySelector('#sign-in'), undefined, 20_000);
  await eventually(async () => (await session()).expired === false, { what: 'a live session' });
  await panel.close();
});
