// A second call during a transfer (issue 12 point 6): the agent is consulting a quick connect
// (customer on hold, third party connected) when another call rings. Both are shown, the active
// one is marked (the panel's keys act on it), and each card's controls act on their own call,
// checked in the simulator's request log and state. (Connect itself routes no second voice
// contact to an agent on a call; the simulator does not hold that back, so the panel must cope.)
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { card, cardPhaseIn, requestsOf, startWorld } from './setup.mjs';

let world;
let panel;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
}, { timeout: 60_000 });
after(async () => world?.close());
beforeEach(async () => {
  world.sim.instance.reset();
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
});

const sim = () => world.sim.instance;
const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);
const control = (id, name) => `${card(id)} .call-controls > .actions [data-control="${name}"]`;
const shown = (selector) => waitInPage(panel, (s) => Boolean(document.querySelector(s)), selector);
const waitParties = (id, want) => waitInPage(panel, ([i, w]) => [...document.querySelectorAll(`.contact-card[data-contact-id="${i}"] .party`)].map((el) => `${el.dataset.role}:${el.dataset.state}`).join(' ') === w, [id, want]);
const instanceParties = (id) => sim().contacts.get(id).connections.map((c) => `${c.initial ? 'customer' : c.type === 'agent' ? 'agent' : 'third'}:${c.state.type}`).join(' ');
const contactIds = (method) => requestsOf(world.sim, method).map((r) => r.params.contactId);
const agentLeg = (id) => sim().contacts.get(id).connections.find((c) => c.type === 'agent').connectionId;
const activeIs = (id) => waitInPage(panel, (i) => {
  const marked = [...document.querySelectorAll('.contact-card[aria-current="true"]')].map((el) => el.dataset.contactId);
  return marked.length === 1 && marked[0] === i;
}, id);

async function press(key) {
  await panel.bringToFront();
  await panel.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await panel.keyboard.press(key);
}

/** A call accepted, then a warm transfer begun: 佐藤 花子 added from the quick connects and connected. */
async function consulting() {
  const { contactId } = await sim().deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP' });
  await cardPhase(contactId, 'incoming');
  await panel.click(`${card(contactId)} button.primary`);
  await cardPhase(contactId, 'connected');
  await panel.click(control(contactId, 'transfer'));
  await shown(`${card(contactId)} .quick-connect`);
  await panel.click(`${card(contactId)} .quick-connect[data-quick-connect="佐藤 花子 (Sato Hanako)"]`);
  await waitParties(contactId, 'customer:hold third-party:connected');
  return contactId;
}

test('a second call rings during a warm transfer: both shown, the ringing one active; E rejects it, the consult goes on and the transfer completes', { timeout: 45_000 }, async () => {
  const first = await consulting();
  const { contactId: second } = await sim().deliverInbound({ phoneNumber: '+81665550199', queue: 'Sales-JP' });
  await cardPhase(second, 'incoming');
  assert.deepEqual(await panel.$$eval('.contact-card', (els) => els.map((el) => el.dataset.contactId).sort()), [first, second].sort());
  assert.equal(await panel.$eval(`${card(second)} .e164`, (el) => el.textContent), '+81665550199');
  await activeIs(second);
  // The first card keeps its consult controls; the ringing one has only accept and reject.
  await shown(control(first, 'conference'));
  assert.equal(await panel.$(`${card(second)} .call-controls`), null);

  // The panel's hang-up key acts on the active contact: the ringing call is rejected, nobody on the consult is hung up.
  await press('e');
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(second));
  assert.deepEqual(contactIds('rejectContact'), [second]);
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 0);
  assert.equal(instanceParties(first), 'customer:hold agent:connected third:connected');
  await waitParties(first, 'customer:hold third-party:connected');

  await panel.click(control(first, 'conference'));
  await waitParties(first, 'customer:connected third-party:connected');
  assert.deepEqual(contactIds('conferenceConnections'), [first]);
  await panel.click(control(first, 'leave'));
  await cardPhase(first, 'ended');
  assert.deepEqual(sim().transfers.map((t) => [t.contactId, t.to.name, t.customerState]), [[first, 'Sato Hanako', 'connected']]);
});

test('a second call answered during a warm transfer: it is the active one; its controls and the browser\'s hang-up act on it, Leave on the first hands the first over', { timeout: 45_000 }, async () => {
  const first = await consulting();
  const { contactId: second } = await sim().deliverInbound({ phoneNumber: '+81665550199', queue: 'Sales-JP' });
  await cardPhase(second, 'incoming');
  await panel.click(`${card(second)} button.primary`);
  await cardPhase(second, 'connected');
  assert.deepEqual(contactIds('acceptContact'), [first, second]);
  assert.equal(instanceParties(first), 'customer:hold agent:connected third:connected', 'the first call as it was');
  // The call the agent just answered is the one the keys act on, not the consult held beside it.
  await activeIs(second);

  // Hold on the second card holds the second caller.
  await shown(control(second, 'hold'));
  await panel.click(control(second, 'hold'));
  await eventually(() => instanceParties(second) === 'customer:hold agent:connected', { what: 'the second caller on hold' });
  assert.deepEqual(contactIds('holdConnection'), [second]);
  await shown(control(second, 'resume'));
  await panel.click(control(second, 'resume'));
  await eventually(() => instanceParties(second) === 'customer:connected agent:connected', { what: 'the second caller back' });

  // The browser-wide hang-up (the background's own choice of the active contact) ends the second call, not the consult.
  const worker = await world.ext.workerTarget.worker();
  await eventually(() => worker.evaluate(() => typeof globalThis.ccpsTestCallCommand === 'function'), { what: 'the worker bundle' });
  assert.equal(await worker.evaluate(() => globalThis.ccpsTestCallCommand('hang-up-contact')), 'ended');
  await cardPhase(second, 'ended');
  assert.deepEqual(contactIds('destroyConnection'), [second]);
  assert.equal(sim().contacts.get(second).endedBy, 'agent');
  assert.equal(instanceParties(first), 'customer:hold agent:connected third:connected', 'nobody on the consult hung up on');
  await activeIs(first);

  // The first card's Leave completes its transfer: the agent's own leg of the first call.
  const firstLeg = agentLeg(first);
  await panel.click(control(first, 'leave'));
  await cardPhase(first, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').at(-1).params, { contactId: first, connectionId: firstLeg });
  assert.deepEqual(sim().transfers.map((t) => [t.contactId, t.to.name]), [[first, 'Sato Hanako']]);

  // Each after-contact work closed on its own card.
  await panel.click(`${card(first)} button.close`);
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(first));
  assert.deepEqual(contactIds('clearContact'), [first]);
  assert.equal(sim().contacts.get(second).state.type, 'ended', 'the second call\'s wrap-up is still open');
  await panel.click(`${card(second)} button.close`);
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(second));
  assert.deepEqual(contactIds('clearContact'), [first, second]);
});
