// Chats and tasks in the panel (issue 12 points 2 and 6): each on its own card with accept, reject
// and end, acting on that contact only, also beside a live call; checked in the simulator's
// request log (which method, which contactId and connection) and state.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { card, cardPhaseIn, readContactCard, requestsOf, startWorld } from './setup.mjs';

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
const gone = (id) => waitInPage(panel, (sel) => !document.querySelector(sel), card(id));
const contactIds = (method) => requestsOf(world.sim, method).map((r) => r.params.contactId);
const agentLeg = (id) => sim().contacts.get(id).connections.find((c) => c.type === 'agent').connectionId;
const activeCard = () => waitInPage(panel, () => document.querySelectorAll('.contact-card[aria-current="true"]').length === 1)
  .then(() => panel.$eval('.contact-card[aria-current="true"]', (el) => el.dataset.contactId));
async function clickIn(id, selector) {
  await panel.bringToFront();
  await panel.click(`${card(id)} ${selector}`);
}

test('a chat: its own card; accepted, ended and closed through the panel', { timeout: 30_000 }, async () => {
  const { contactId: chat } = await sim().deliverInbound({ channel: 'chat', queue: 'SupportQueue-JP' });
  await cardPhase(chat, 'incoming');
  const shown = await readContactCard(panel, chat);
  assert.equal(shown.number, 'Chat');
  assert.equal(shown.queue, 'SupportQueue-JP');
  assert.equal(shown.channel, 'Chat · Inbound');
  assert.equal(await panel.$eval(card(chat), (el) => el.dataset.channel), 'chat');

  await clickIn(chat, 'button.primary');
  await cardPhase(chat, 'connected');
  assert.deepEqual(contactIds('acceptContact'), [chat]);
  assert.equal(sim().contacts.get(chat).state.type, 'connected');
  assert.equal(await panel.$(`${card(chat)} .call-controls`), null, 'no call controls on a chat');

  // A chat is ended, not hung up.
  assert.equal(await panel.$eval(`${card(chat)} button.danger`, (el) => el.textContent), 'End chat');
  const leg = agentLeg(chat);
  await clickIn(chat, 'button.danger');
  await cardPhase(chat, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').map((r) => r.params), [{ contactId: chat, connectionId: leg }]);
  assert.equal(sim().contacts.get(chat).endedBy, 'agent');

  await clickIn(chat, 'button.close');
  await gone(chat);
  assert.deepEqual(contactIds('clearContact'), [chat]);
  assert.equal(sim().contacts.size, 0);
});

test('a chat and a task rejected from their cards: each its own reject', { timeout: 30_000 }, async () => {
  const { contactId: chat } = await sim().deliverInbound({ channel: 'chat' });
  const { contactId: task } = await sim().deliverInbound({ channel: 'task', name: 'Callback: quote', queue: 'Sales-JP' });
  await cardPhase(chat, 'incoming');
  await cardPhase(task, 'incoming');
  assert.equal(await panel.$eval(`${card(task)} .contact-name`, (el) => el.textContent), 'Callback: quote');

  await clickIn(task, 'button.reject');
  await gone(task);
  assert.deepEqual(contactIds('rejectContact'), [task]);
  assert.equal(sim().contacts.has(task), false);
  assert.equal(sim().contacts.get(chat).state.type, 'connecting', 'the chat still rings');

  await clickIn(chat, 'button.reject');
  await gone(chat);
  assert.deepEqual(contactIds('rejectContact'), [task, chat]);
  assert.equal(sim().contacts.size, 0);
  assert.equal(requestsOf(world.sim, 'acceptContact').length, 0);
});

test('a call, a chat and a task at once: the ringing ones first, each control on its own contact, the call untouched', { timeout: 45_000 }, async () => {
  const { contactId: call } = await sim().deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(call, 'incoming');
  await clickIn(call, 'button.primary');
  await cardPhase(call, 'connected');

  const { contactId: chat } = await sim().deliverInbound({ channel: 'chat' });
  await cardPhase(chat, 'incoming');
  const { contactId: task } = await sim().deliverInbound({ channel: 'task', name: '折り返し: 見積もり' });
  await cardPhase(task, 'incoming');
  assert.equal(await panel.$$eval('.contact-card', (els) => els.length), 3);
  // Both ring: the one that waited longest is the one the keys act on.
  assert.equal(await activeCard(), chat);

  // The task's own Accept, though the chat is the active one.
  await clickIn(task, 'button.primary');
  await cardPhase(task, 'connected');
  assert.deepEqual(contactIds('acceptContact'), [call, task]);
  assert.equal(sim().contacts.get(chat).state.type, 'connecting');

  await clickIn(chat, 'button.primary');
  await cardPhase(chat, 'connected');
  assert.deepEqual(contactIds('acceptContact'), [call, task, chat]);
  // Nothing rings: the call is the active one.
  await waitInPage(panel, (id) => document.querySelector('.contact-card[aria-current="true"]')?.dataset.contactId === id, call);

  // End the chat: only the chat's agent leg.
  const chatLeg = agentLeg(chat);
  await clickIn(chat, 'button.danger');
  await cardPhase(chat, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').map((r) => r.params), [{ contactId: chat, connectionId: chatLeg }]);

  // End the task: cleared.
  assert.equal(await panel.$eval(`${card(task)} button.danger`, (el) => el.textContent), 'End task');
  await clickIn(task, 'button.danger');
  await gone(task);
  assert.deepEqual(contactIds('clearContact'), [task]);

  assert.equal(sim().contacts.get(call).state.type, 'connected', 'the call goes on');
  assert.equal(sim().contacts.get(chat).state.type, 'ended');
  // The chat's wrap-up is closed on its own card; the call still goes on.
  await clickIn(chat, 'button.close');
  await gone(chat);
  assert.deepEqual(contactIds('clearContact'), [task, chat]);
  assert.equal(sim().contacts.get(call).state.type, 'connected');
  assert.equal(await panel.$$eval('.contact-card', (els) => els.length), 1);

  await panel.click(`${card(call)} .call-controls [data-control="end"]`);
  await cardPhase(call, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').map((r) => r.params.contactId), [chat, call]);
});

test('cards keep their places: each new contact comes after the ones shown, none moves under the agent\'s pointer', { timeout: 45_000 }, async () => {
  const { contactId: call } = await sim().deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(call, 'incoming');
  await clickIn(call, 'button.primary');
  await cardPhase(call, 'connected');
  const delivered = [call];
  const shownOrder = () => panel.$$eval('.contact-card', (els) => els.map((el) => el.dataset.contactId));
  for (let i = 0; i < 5; i++) {
    const { contactId } = await sim().deliverInbound({ channel: i % 2 ? 'task' : 'chat', name: `Task ${i}` });
    delivered.push(contactId);
    await cardPhase(contactId, 'incoming');
    assert.deepEqual(await shownOrder(), delivered, `after contact ${i + 2}`);
  }
  // Accepting one (a new phase) moves nothing either.
  await clickIn(delivered[3], 'button.primary');
  await cardPhase(delivered[3], 'connected');
  assert.deepEqual(await shownOrder(), delivered);
});

test('the panel\'s keys on chats and tasks: A accepts the longest-ringing, E rejects the next, then ends the chat; a customer who leaves a chat leaves its card in after-contact work', { timeout: 45_000 }, async () => {
  const press = async (key) => {
    await panel.bringToFront();
    await panel.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await panel.keyboard.press(key);
  };
  const { contactId: chat } = await sim().deliverInbound({ channel: 'chat' });
  await cardPhase(chat, 'incoming');
  const { contactId: task } = await sim().deliverInbound({ channel: 'task', name: 'Callback' });
  await cardPhase(task, 'incoming');
  assert.equal(await activeCard(), chat);
  await press('a');
  await cardPhase(chat, 'connected');
  assert.deepEqual(contactIds('acceptContact'), [chat]);

  // The task rings: it is the active one now, and E rejects it, not the chat.
  await waitInPage(panel, (id) => document.querySelector('.contact-card[aria-current="true"]')?.dataset.contactId === id, task);
  await press('e');
  await gone(task);
  assert.deepEqual(contactIds('rejectContact'), [task]);
  assert.equal(sim().contacts.get(chat).state.type, 'connected');

  // The chat alone: E ends it (its own agent leg).
  const leg = agentLeg(chat);
  await press('e');
  await cardPhase(chat, 'ended');
  assert.deepEqual(requestsOf(world.sim, 'destroyConnection').map((r) => r.params), [{ contactId: chat, connectionId: leg }]);
  await clickIn(chat, 'button.close');
  await gone(chat);

  // The customer leaves a chat: after-contact work on its card, closed there.
  const { contactId: left } = await sim().deliverInbound({ channel: 'chat' });
  await cardPhase(left, 'incoming');
  await clickIn(left, 'button.primary');
  await cardPhase(left, 'connected');
  sim().customerHangUp(left);
  await cardPhase(left, 'ended');
  assert.equal(sim().contacts.get(left).endedBy, 'customer');
  await clickIn(left, 'button.close');
  await gone(left);
  assert.deepEqual(contactIds('clearContact'), [chat, left]);
});
