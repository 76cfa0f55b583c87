// Outbound caller ID (issue 12): every dial goes out with the queue the agent picked in the side
// panel, or else the admin's default for the CRM site the click came from, or else Connect's
// (the routing profile's default outbound queue): checked in the queueARN of the simulator's
// createOutboundContact and the contact's queue on the card.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { QUEUES } from '../simulator/instance.mjs';
import { clickNumber, requestsOf, startWorld } from './setup.mjs';

let world;
let panel;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
}, { timeout: 60_000 });
after(async () => world?.close());
beforeEach(async () => {
  world.sim.instance.reset();
  await world.ext.configure({ callerIdQueues: [] });
  await pick('');
});

/** The caller-ID picker's choice, by option value ('' = automatic). */
async function pick(value) {
  await waitInPage(panel, () => Boolean(document.querySelector('.caller-id-select')));
  await panel.select('.caller-id-select', value);
}

/** The queueARN of the next createOutboundContact. */
async function nextDialQueue(before) {
  return eventually(() => {
    const calls = requestsOf(world.sim, 'createOutboundContact');
    return calls.length > before ? { queueARN: calls.at(-1).params.queueARN ?? null, number: calls.at(-1).params.endpoint.phoneNumber } : null;
  }, { what: 'createOutboundContact at the instance' });
}

async function dialFromPanel(text) {
  await panel.bringToFront();
  await panel.$eval('#dial-input', (el) => { el.value = ''; });
  await panel.type('#dial-input', text);
  await panel.click('#dial-button');
}

test('the picker lists the routing profile\'s queues; the agent\'s pick is the caller ID of a dial from the panel', { timeout: 30_000 }, async () => {
  const options = await panel.$$eval('.caller-id-select option', (els) => els.map((el) => [el.value, el.textContent]));
  assert.deepEqual(options, [
    ['', 'Automatic (default: BasicQueue)'],
    [QUEUES.BasicQueue.queueARN, 'BasicQueue'],
    [QUEUES['SupportQueue-JP'].queueARN, 'SupportQueue-JP'],
    [QUEUES['Sales-JP'].queueARN, 'Sales-JP'],
  ]);
  await pick(QUEUES['Sales-JP'].queueARN);
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await dialFromPanel('03-1234-5678');
  assert.deepEqual(await nextDialQueue(before), { queueARN: QUEUES['Sales-JP'].queueARN, number: '+81312345678' });
  const [contact] = world.sim.instance.contacts.values();
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"] .queue`)?.textContent === 'Sales-JP', contact.contactId);
});

test('click-to-dial in the CRM: the agent\'s pick wins over the site\'s default, which wins over Connect\'s', { timeout: 60_000 }, async () => {
  await world.ext.configure({ callerIdQueues: [{ site: world.crm.origin, queue: 'SupportQueue-JP' }] });
  const crm = await world.openCrm();

  // Automatic: the admin's default for this CRM site.
  let before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickNumber(crm, '#phone-tanaka');
  assert.deepEqual(await nextDialQueue(before), { queueARN: QUEUES['SupportQueue-JP'].queueARN, number: '+81312345678' });

  // The agent picks a queue: every click-to-dial uses it.
  world.sim.instance.reset();
  await pick(QUEUES['Sales-JP'].queueARN);
  before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickNumber(crm, '#phone-tanaka');
  assert.equal((await nextDialQueue(before)).queueARN, QUEUES['Sales-JP'].queueARN);

  // Neither: we send no queue, and Streams fills in the routing profile's default outbound queue.
  world.sim.instance.reset();
  await pick('');
  await world.ext.configure({ callerIdQueues: [] });
  before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickNumber(crm, '#phone-tanaka');
  assert.equal((await nextDialQueue(before)).queueARN, QUEUES.BasicQueue.queueARN);
  await crm.close();
});
