// One phone per browser: with a side panel in each of two windows, only one runs the CCP
// (Streams); the other shows where the phone is, mirrors the calls, acts through it, and can take
// it over. No event is handled twice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { readStorage, relayLogOf, requestsOf, startWorld, stopServiceWorker } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());

/** Opens the side panel page in a second browser window and returns its page. */
async function openPanelInNewWindow(from) {
  const url = `${world.ext.origin}/side-panel.html`;
  const known = new Set((await world.ext.browser.pages()).filter((p) => p.url() === url));
  const windowId = await from.evaluate(async (u) => (await chrome.windows.create({ url: u, focused: true })).id, url);
  const target = await world.ext.browser.waitForTarget(async (t) => t.url() === url && !known.has(await t.page()), { timeout: 10_000 });
  return { page: await target.page(), windowId };
}

const runsStreams = (panel) => panel.evaluate(() => Boolean(document.querySelector('#ccp iframe')));
const isStandby = (panel) => waitInPage(panel, () => Boolean(document.querySelector('#standby')) && !document.querySelector('#ccp iframe'));
const cardPhase = (panel, id, phase) => waitInPage(panel, ([i, p]) => document.querySelector(`.contact-card[data-contact-id="${i}"]`)?.dataset.phase === p, [id, phase]);

test('the second window stands by, mirrors the call, acts through the phone, and can take it over', { timeout: 40_000 }, async () => {
  const crmPage = await world.openCrm('relay-log.html');
  const first = await world.openPhone();
  const firstWindow = await first.evaluate(async () => (await chrome.windows.getCurrent()).id);
  const { page: second, windowId: secondWindow } = await openPanelInNewWindow(first);
  await isStandby(second);
  assert.equal(await runsStreams(first), true);
  assert.match(await second.$eval('#standby', (el) => el.textContent), /another window/);
  assert.equal(await second.$eval('[data-agent-state]', (el) => el.textContent), 'Available', 'the standby shows the agent too');
  assert.deepEqual((await readStorage(first, 'session', 'phoneOwner')).phoneOwner.windowId, firstWindow);

  // A call rings in both panels, but is relayed once.
  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(first, call.contactId, 'incoming');
  await cardPhase(second, call.contactId, 'incoming');
  // Accepted from the standby window: carried out by the phone, once.
  await second.bringToFront();
  await second.click(`.contact-card[data-contact-id="${call.contactId}"] button.primary`);
  await cardPhase(second, call.contactId, 'connected');
  assert.equal(requestsOf(world.sim, 'acceptContact').length, 1);
  world.sim.instance.customerHangUp(call.contactId);
  await cardPhase(first, call.contactId, 'ended');
  await first.bringToFront();
  await first.click(`.contact-card[data-contact-id="${call.contactId}"] button.close`);
  await waitInPage(second, (id) => !document.querySelector(`.contact-card[data-contact-id="${id}"]`), call.contactId);
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase), ['incoming', 'connected']);

  // The second window takes the phone: it starts Streams, the first stops and stands by.
  await second.bringToFront();
  await second.click('#take-over');
  await waitInPage(second, () => Boolean(document.querySelector('#ccp iframe')) && !document.querySelector('#standby'));
  await isStandby(first);
  await waitInPage(second, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 20_000);
  assert.equal((await readStorage(second, 'session', 'phoneOwner')).phoneOwner.windowId, secondWindow);

  const next = await world.sim.instance.deliverInbound({ phoneNumber: '+14155550132' });
  await cardPhase(second, next.contactId, 'incoming');
  await cardPhase(first, next.contactId, 'incoming');
  await eventually(async () => (await relayLogOf(crmPage, next.contactId)).length > 0, { what: 'the notice in the CRM tab' });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual((await relayLogOf(crmPage, next.contactId)).map((e) => e.phase), ['incoming'], 'relayed once');
  world.sim.instance.customerHangUp(next.contactId);

  const history = (await readStorage(first, 'local', 'callHistory')).callHistory;
  assert.equal(history.filter((e) => e.contactId === call.contactId).length, 1, 'one history entry');

  // Closing the phone's window hands the phone to the panel that is left.
  await second.close();
  await waitInPage(first, () => Boolean(document.querySelector('#ccp iframe')) && !document.querySelector('#standby'), undefined, 20_000);
  await first.close();
  await crmPage.close();
});

test('after a worker stop both panels reconnect, and the same one is still the phone', { timeout: 40_000 }, async () => {
  world.sim.instance.reset();
  const crmPage = await world.openCrm('relay-log.html');
  const phone = await world.openPhone();
  const { page: standby } = await openPanelInNewWindow(phone);
  const standbySince = Date.now();
  await isStandby(standby);
  await phone.evaluate(() => { document.querySelector('#ccp iframe').dataset.mark = 'kept'; });

  await stopServiceWorker(world);
  await new Promise((r) => setTimeout(r, 2000)); // past the grace a missing phone is given to come back
  assert.equal(await phone.$eval('#ccp iframe', (f) => f.dataset.mark), 'kept', 'Streams was not restarted');
  await isStandby(standby);

  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  await cardPhase(standby, call.contactId, 'incoming');
  await eventually(async () => (await relayLogOf(crmPage, call.contactId)).length > 0, { what: 'the notice in the CRM tab' });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase), ['incoming'], 'relayed once');
  // A standby runs no CCP, so it never shows "the CCP did not answer" (shown after 6 s of loading).
  await new Promise((r) => setTimeout(r, Math.max(0, 6500 - (Date.now() - standbySince))));
  assert.equal(await standby.$('#sign-in'), null);
  await standby.close();
  await phone.close();
  await crmPage.close();
});

test('taken over in the middle of a call: the call stays on both cards and is not relayed again', { timeout: 40_000 }, async () => {
  world.sim.instance.reset();
  const crmPage = await world.openCrm('relay-log.html');
  const phone = await world.openPhone();
  const { page: other } = await openPanelInNewWindow(phone);
  await isStandby(other);
  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(phone, call.contactId, 'incoming');
  await phone.bringToFront();
  await phone.click(`.contact-card[data-contact-id="${call.contactId}"] button.primary`);
  await cardPhase(other, call.contactId, 'connected');

  await other.bringToFront();
  await other.click('#take-over');
  await waitInPage(other, () => Boolean(document.querySelector('#ccp iframe')) && !document.querySelector('#standby'));
  await isStandby(phone);
  // The new phone's Streams finds the live call; the old one mirrors it again.
  await cardPhase(other, call.contactId, 'connected');
  await cardPhase(phone, call.contactId, 'connected');
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase), ['incoming', 'connected'], 'nothing relayed twice');

  // The call is hung up from the new phone's card.
  await other.click(`.contact-card[data-contact-id="${call.contactId}"] button.danger`);
  await cardPhase(phone, call.contactId, 'ended');
  const history = (await readStorage(other, 'local', 'callHistory')).callHistory.filter((e) => e.contactId === call.contactId);
  assert.equal(history.length, 1);
  assert.equal(history[0].outcome, 'answered');
  await other.close();
  await phone.close();
  await crmPage.close();
});

test('the phone panel restarting its phone (after signing in again) keeps the phone', { timeout: 40_000 }, async () => {
  world.sim.instance.reset();
  const phone = await world.openPhone();
  const { page: other } = await openPanelInNewWindow(phone);
  await isStandby(other);
  world.sim.instance.setLoggedIn(false);
  await waitInPage(phone, () => document.querySelector('#sign-in')?.dataset.reason === 'logged-out');
  world.sim.instance.setLoggedIn(true);
  await phone.bringToFront();
  await phone.click('#retry-button'); // remounts the panel: its Port closes and reopens
  await waitInPage(phone, () => document.querySelector('[data-agent-state]')?.textContent === 'Available' && Boolean(document.querySelector('#ccp iframe')) && !document.querySelector('#standby'), undefined, 20_000);
  await isStandby(other);
  const owner = (await readStorage(phone, 'session', 'phoneOwner')).phoneOwner;
  assert.equal(owner.windowId, await phone.evaluate(async () => (await chrome.windows.getCurrent()).id));
  await other.close();
  await phone.close();
});
