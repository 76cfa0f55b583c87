// Quick connects and transfers from the side panel (issue 12), checked in the simulator's request
// log and state: the routing profile's quick connects, searchable; a warm transfer (add an agent,
// talk, conference, leave), a cold one (add a queue, leave at once), a consult with a typed number
// (swap, hold all, hang up on the third party), and "End call" with a third party on the line,
// which hangs up on everyone rather than handing the call over.
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
beforeEach(() => world.sim.instance.reset());

const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);
const control = (id, name) => `${card(id)} .call-controls > .actions [data-control="${name}"]`;
const shown = (selector) => waitInPage(panel, (s) => Boolean(document.querySelector(s)), selector);
/** The parties as the card lists them: "customer:hold third-party:connecting". */
const waitParties = (id, want) => waitInPage(panel, ([i, w]) => [...document.querySelectorAll(`.contact-card[data-contact-id="${i}"] .party`)].map((el) => `${el.dataset.role}:${el.dataset.state}`).join(' ') === w, [id, want]);
const instanceParties = (id) => world.sim.instance.contacts.get(id).connections.map((c) => `${c.initial ? 'customer' : c.type === 'agent' ? 'agent' : 'third'}:${c.state.type}`).join(' ');

async function acceptedCall() {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP' });
  await cardPhase(contactId, 'incoming');
  await panel.click(`${card(contactId)} button.primary`);
  await cardPhase(contactId, 'connected');
  return contactId;
}

async function openQuickConnects(contactId) {
  await panel.click(control(contactId, 'transfer'));
  await shown(`${card(contactId)} .quick-connect`);
}

test('warm transfer: the quick connects, searched; add an agent (customer on hold), conference, leave → after-contact work', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await openQuickConnects(contactId);
  const names = await panel.$$eval(`${card(contactId)} .quick-connect`, (els) => els.map((el) => `${el.dataset.type}:${el.dataset.quickConnect}`));
  assert.deepEqual(names.sort(), [
    'agent:Suzuki Ichiro', 'agent:佐藤 花子 (Sato Hanako)', 'phone_number:Escalation desk (US)', 'phone_number:大阪支店 (Osaka branch)',
    'queue:BasicQueue', 'queue:サポート窓口 (SupportQueue-JP)', 'queue:請求窓口 (Billing)',
  ]);
  assert.equal(requestsOf(world.sim, 'getEndpoints').length, 1);
  assert.equal(requestsOf(world.sim, 'getEndpoints')[0].params.queueARNs.length, 4, 'the routing profile\'s queues and the agent\'s own');
  await panel.type(`${card(contactId)} .quick-connect-search`, 'sato');
  await waitInPage(panel, (sel) => document.querySelectorAll(sel).length === 1, `${card(contactId)} .quick-connect`);

  await panel.click(`${card(contactId)} .quick-connect[data-quick-connect="佐藤 花子 (Sato Hanako)"]`);
  await eventually(() => requestsOf(world.sim, 'createAdditionalConnection').length === 1, { what: 'createAdditionalConnection at the instance' });
  const [added] = requestsOf(world.sim, 'createAdditionalConnection');
  assert.equal(added.params.contactId, contactId);
  assert.equal(added.params.endpoint.type, 'agent');
  assert.equal(added.params.endpoint.name, '佐藤 花子 (Sato Hanako)');
  await waitParties(contactId, 'customer:hold third-party:connecting');
  assert.equal(await panel.$(`${card(contactId)} .quick-connects`), null, 'the list closes once the party is added');
  assert.equal(await panel.$eval(`${card(contactId)} .party[data-role="third-party"] .who`, (el) => el.textContent), '佐藤 花子 (Sato Hanako)');
  await waitParties(contactId, 'customer:hold third-party:connected');

  await panel.click(control(contactId, 'conference'));
  await waitParties(contactId, 'customer:connected third-party:connected');
  assert.deepEqual(requestsOf(world.sim, 'conferenceConnections').map((r) => r.params), [{ contactId }]);
  assert.equal(instanceParties(contactId), 'customer:connected agent:connected third:connected');

  await panel.click(control(contactId, 'leave'));
  await cardPhase(contactId, 'ended');
  const [transfer] = world.sim.instance.transfers;
  assert.deepEqual(transfer.to, { type: 'agent', name: 'Sato Hanako', username: 'sato' });
  assert.equal(transfer.customerState, 'connected');
  await shown(`${card(contactId)} .acw-time`);
});

test('cold transfer to a queue: add it and leave at once', { timeout: 30_000 }, async () => {
  await world.sim.instance.setSettings({ thirdPartyAnswerMs: null });
  const contactId = await acceptedCall();
  await openQuickConnects(contactId);
  await panel.click(`${card(contactId)} .quick-connect[data-quick-connect="請求窓口 (Billing)"]`);
  await waitParties(contactId, 'customer:hold third-party:connecting');
  await panel.click(control(contactId, 'leave'));
  await cardPhase(contactId, 'ended');
  const [transfer] = world.sim.instance.transfers;
  assert.equal(transfer.to.type, 'queue');
  assert.equal(transfer.to.name, 'Billing-JP');
  assert.equal(transfer.state, 'connecting');
});

test('consult with a typed number: swap, hold all, hang up on the third party, resume the customer', { timeout: 30_000 }, async () => {
  await world.sim.instance.setSettings({ thirdPartyAnswerMs: null });
  const contactId = await acceptedCall();
  await openQuickConnects(contactId);
  await panel.type(`${card(contactId)} .quick-connect-number`, '06-6555-0123');
  await panel.click(`${card(contactId)} .quick-connect-call`);
  await eventually(() => requestsOf(world.sim, 'createAdditionalConnection').length === 1, { what: 'createAdditionalConnection at the instance' });
  assert.equal(requestsOf(world.sim, 'createAdditionalConnection')[0].params.endpoint.phoneNumber, '+81665550123');
  await waitParties(contactId, 'customer:hold third-party:connecting');
  assert.equal(await panel.$eval(`${card(contactId)} .party[data-role="third-party"] .who`, (el) => el.textContent), '06-6555-0123');
  world.sim.instance.thirdParty({ contactId, action: 'answer' });
  await waitParties(contactId, 'customer:hold third-party:connected');

  await panel.click(control(contactId, 'swap'));
  await waitParties(contactId, 'customer:connected third-party:hold');
  assert.equal(requestsOf(world.sim, 'toggleActiveConnections').length, 1);

  await panel.click(control(contactId, 'hold-all'));
  await waitParties(contactId, 'customer:hold third-party:hold');
  assert.equal(instanceParties(contactId), 'customer:hold agent:connected third:hold');

  await panel.click(`${card(contactId)} .party[data-role="third-party"] [data-control="drop"]`);
  await waitParties(contactId, '');
  assert.equal(instanceParties(contactId).startsWith('customer:hold agent:connected'), true);
  // Back to a two-party call: the customer's own Resume.
  await shown(control(contactId, 'resume'));
  await panel.click(control(contactId, 'resume'));
  await eventually(() => instanceParties(contactId) === 'customer:connected agent:connected', { what: 'the customer resumed' });
  assert.equal(world.sim.instance.transfers.length, 0);
});

test('End call with a third party on the line hangs up on everyone: no transfer', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await openQuickConnects(contactId);
  await panel.click(`${card(contactId)} .quick-connect[data-quick-connect="Suzuki Ichiro"]`);
  await waitParties(contactId, 'customer:hold third-party:connected');
  const third = world.sim.instance.contacts.get(contactId).connections.find((c) => !c.initial && c.type !== 'agent').connectionId;
  const agentLeg = world.sim.instance.contacts.get(contactId).connections.find((c) => c.type === 'agent').connectionId;
  await panel.click(control(contactId, 'end'));
  await cardPhase(contactId, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').map((r) => r.params.connectionId), [third, agentLeg]);
  assert.equal(world.sim.instance.transfers.length, 0, 'the call was not handed over');
  assert.equal(world.sim.instance.contacts.get(contactId).endedBy, 'agent');
});
