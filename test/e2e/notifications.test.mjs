// Notifications: an incoming contact raises a desktop notification with Accept and Reject when
// the agent cannot see the phone; the toolbar badge shows the agent's state by colour and marks
// a ringing or live contact.
//
// Headless Chromium creates real notifications (chrome.notifications.getAll lists them) but has
// no notification centre to click in. The development build exposes the worker's own
// `onButtonClicked` handler as `ccpsTest.pressNotificationButton`, and the tests press the
// buttons through it: everything after Chrome's click event is the production path.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { controlApi } from '../simulator/control-client.mjs';
import { cardPhaseIn, requestsOf, startWorld } from './setup.mjs';

let world;
let panel;
let crmPage;
let worker;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
  crmPage = await world.openCrm();
  worker = await world.ext.workerTarget.worker();
  await eventually(() => worker.evaluate(() => Boolean(globalThis.ccpsTest)), { what: 'the worker bundle' });
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(() => world.sim.instance.reset());

const notifications = () => panel.evaluate(() => chrome.notifications.getAll());
const badge = () => panel.evaluate(async () => ({
  text: await chrome.action.getBadgeText({}),
  color: (await chrome.action.getBadgeBackgroundColor({})).slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join(''),
  title: await chrome.action.getTitle({}),
}));
const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);

test('with the side panel hidden, an incoming call raises a notification whose Accept answers it', { timeout: 30_000 }, async () => {
  await crmPage.bringToFront(); // the panel's tab is hidden now, as a closed panel would be
  await waitInPage(panel, () => document.visibilityState === 'hidden');
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP' });
  const id = `ccps-contact:${contactId}`;
  const shown = await eventually(async () => (await notifications())[id], { what: 'the notification' });
  assert.ok(shown);
  const sent = await worker.evaluate((n) => globalThis.ccpsTest.pressNotificationButton(n, 0), id);
  assert.equal(sent, true);
  await eventually(() => requestsOf(world.sim, 'acceptContact').some((r) => r.params.contactId === contactId), { what: 'acceptContact at the instance' });
  await cardPhase(contactId, 'connected');
  await eventually(async () => !(await notifications())[id], { what: 'the notification to close' });
});

test('Reject on the notification rejects the call, and history says so', { timeout: 30_000 }, async () => {
  await crmPage.bringToFront();
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  const id = `ccps-contact:${contactId}`;
  await eventually(async () => (await notifications())[id], { what: 'the notification' });
  await worker.evaluate((n) => globalThis.ccpsTest.pressNotificationButton(n, 1), id);
  await eventually(() => requestsOf(world.sim, 'rejectContact').some((r) => r.params.contactId === contactId), { what: 'rejectContact at the instance' });
  const entry = await eventually(async () => (await panel.evaluate(() => chrome.storage.local.get('callHistory'))).callHistory?.find((e) => e.contactId === contactId), { what: 'the history entry' });
  assert.equal(entry.outcome, 'rejected');
  await eventually(async () => !(await notifications())[id], { what: 'the notification to close' });
});

test('a call that stops ringing takes its notification away', { timeout: 30_000 }, async () => {
  await crmPage.bringToFront();
  const { contactId } = await world.sim.instance.deliverInbound();
  const id = `ccps-contact:${contactId}`;
  await eventually(async () => (await notifications())[id], { what: 'the notification' });
  world.sim.instance.customerHangUp(contactId); // the caller gave up
  await eventually(async () => !(await notifications())[id], { what: 'the notification to close' });
});

test('with the side panel in sight, no notification: the card rings there', { timeout: 30_000 }, async () => {
  await panel.bringToFront();
  await waitInPage(panel, () => document.visibilityState === 'visible');
  const focused = await panel.evaluate(async () => (await chrome.windows.getCurrent()).focused);
  const { contactId } = await world.sim.instance.deliverInbound();
  await cardPhase(contactId, 'incoming');
  await new Promise((r) => setTimeout(r, 400));
  const shown = Boolean((await notifications())[`ccps-contact:${contactId}`]);
  // A notification appears only if the window is not focused; headless reports focus as it is.
  assert.equal(shown, !focused);
});

test('the badge shows the agent\'s state by colour, and RING / CALL for a ringing or live contact', { timeout: 30_000 }, async () => {
  await eventually(async () => (await badge()).color === '1a7f37', { what: 'green for Available' });
  await eventually(async () => /Available/.test((await badge()).title), { what: 'the state in the title' });
  const { contactId } = await world.sim.instance.deliverInbound();
  await eventually(async () => {
    const b = await badge();
    return b.text === 'RING' && b.color === 'd97706';
  }, { what: 'an orange RING while it rings' });
  await panel.bringToFront();
  await cardPhase(contactId, 'incoming');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await eventually(async () => {
    const b = await badge();
    return b.text === 'CALL' && b.color === '0b6bcb'; // Busy
  }, { what: 'a blue CALL on the call' });
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(contactId, 'ended');
  await eventually(async () => (await badge()).text.trim() === '', { what: 'no marker after the call' });
  world.sim.instance.setAgentState('Break');
  await eventually(async () => {
    const b = await badge();
    return b.color === '6e7781' && /Break/.test(b.title);
  }, { what: 'grey for Break' });
});

test('with the side panel hidden, Connect\'s sign-out warning is a notification whose "Stay signed in" keeps the agent', { timeout: 30_000 }, async () => {
  await crmPage.bringToFront();
  await waitInPage(panel, () => document.visibilityState === 'hidden');
  await controlApi(world.sim.origin, 'session-timeout', { timeoutMs: 8_000, warningMs: 5_000 });
  const shown = await eventually(async () => (await notifications())['ccps-session-warning'], { timeout: 10_000, what: 'the warning notification' });
  assert.ok(shown);
  await worker.evaluate(() => globalThis.ccpsTest.pressNotificationButton('ccps-session-warning', 0));
  await eventually(async () => !(await notifications())['ccps-session-warning'], { what: 'the notification to close' });
  await eventually(async () => (await controlApi(world.sim.origin, 'state')).body.session.warning === false, { what: 'Connect to clear its warning' });
  await new Promise((r) => setTimeout(r, 4_000)); // past the first sign-out time
  assert.equal((await controlApi(world.sim.origin, 'state')).body.session.expired, false, 'still signed in');
  await controlApi(world.sim.origin, 'session-timeout', { timeoutMs: 0 });
});
