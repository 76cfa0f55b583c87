// The contact card in the side panel: the caller's number formatted for the agent and as E.164,
// the queue, a live waiting time from the queue timestamp, the channel, and the attributes the
// admin chose, with their labels, all rendered as text.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { cardPhaseIn, readContactCard, startWorld } from './setup.mjs';

let world;
let panel;
before(async () => {
  world = await startWorld();
  await world.ext.configure({
    shownAttributes: [
      { key: 'CustomerId', label: 'Customer ID' },
      { key: 'Tier', label: 'Member tier' },
      { key: 'NotSet', label: 'Never shown' },
    ],
  });
  panel = await world.openPhone();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(() => world.sim.instance.reset());

const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);

test('a ringing call shows number, E.164, queue, a live waiting time, channel and the chosen attributes', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({
    phoneNumber: '+81312345678',
    queue: 'SupportQueue-JP',
    attributes: { CustomerId: 'C-1001', Tier: '<b>gold</b>', Internal: 'not for the card' },
  });
  await cardPhase(contactId, 'incoming');
  const card = await readContactCard(panel, contactId);
  assert.equal(card.number, '03-1234-5678', 'national format for a JP agent');
  assert.equal(card.e164, '+81312345678');
  assert.equal(card.queue, 'SupportQueue-JP');
  assert.match(card.channel, /Voice/);
  assert.equal(card.labels['Customer ID'], 'C-1001');
  // Contact data is text, never markup.
  assert.equal(card.labels['Member tier'], '<b>gold</b>');
  assert.equal(await panel.$$eval('.contact-card b', (els) => els.length), 0);
  assert.equal(card.labels['Never shown'], undefined, 'an attribute the contact lacks is left out');
  assert.ok(!Object.values(card.labels).includes('not for the card'), 'attributes the admin did not choose stay hidden');

  // The simulator queued the contact 7 s before it rang: the counter starts there and runs.
  const seconds = (text) => text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  const first = seconds(card.waiting);
  assert.ok(first >= 7 && first <= 10, `waiting ${card.waiting}`);
  await waitInPage(panel, ([id, s]) => {
    const text = document.querySelector(`.contact-card[data-contact-id="${id}"] .waiting`)?.textContent ?? '0:00';
    return text.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) >= s + 2;
  }, [contactId, first], 5000);

  // Accepted: the wait is over, so the counter stops.
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await cardPhase(contactId, 'connected');
  const frozen = (await readContactCard(panel, contactId)).waiting;
  await new Promise((r) => setTimeout(r, 1300));
  assert.equal((await readContactCard(panel, contactId)).waiting, frozen);
});

test('a foreign number is shown in international format, E.164 beside it', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+14155550132', queue: 'BasicQueue' });
  await cardPhase(contactId, 'incoming');
  const card = await readContactCard(panel, contactId);
  assert.equal(card.number, '+1 415-555-0132');
  assert.equal(card.e164, '+14155550132');
  assert.equal(card.queue, 'BasicQueue');
});

test('chat and task contacts show their channel instead of a number', { timeout: 30_000 }, async () => {
  const chat = await world.sim.instance.deliverInbound({ channel: 'chat', queue: 'BasicQueue', attributes: { CustomerId: 'C-7' } });
  await cardPhase(chat.contactId, 'incoming');
  const chatCard = await readContactCard(panel, chat.contactId);
  assert.equal(chatCard.number, 'Chat');
  assert.equal(chatCard.e164, null);
  assert.match(chatCard.channel, /Chat/);
  assert.equal(chatCard.labels['Customer ID'], 'C-7');

  const task = await world.sim.instance.deliverInbound({ channel: 'task', queue: 'BasicQueue' });
  await cardPhase(task.contactId, 'incoming');
  assert.match((await readContactCard(panel, task.contactId)).channel, /Task/);
});

test('labels follow the admin\'s settings without reloading the panel', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({ attributes: { CustomerId: 'C-42' } });
  await cardPhase(contactId, 'incoming');
  await world.ext.configure({ shownAttributes: [{ key: 'CustomerId', label: '顧客番号' }] });
  await waitInPage(panel, (id) => [...document.querySelectorAll(`.contact-card[data-contact-id="${id}"] dt`)].some((dt) => dt.textContent === '顧客番号'), contactId);
  assert.equal((await readContactCard(panel, contactId)).labels['顧客番号'], 'C-42');
});
