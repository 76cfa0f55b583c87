// Several contacts at once and the keyboard (issue 12): a call and a task side by side, each with
// its own card and controls acting on their own contact; the active one marked; the panel's keys
// (A accept, E hang up, M mute, H hold, digits) and the browser-wide answer / hang-up shortcuts,
// checked in the simulator's request log and state.
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
const activeCard = () => panel.$$eval('.contact-card[aria-current="true"]', (els) => els.map((el) => el.dataset.contactId));
const customer = (id) => world.sim.instance.contacts.get(id).connections.find((c) => c.initial);
const apiParams = (method) => requestsOf(world.sim, method).map((r) => r.params.contactId);

async function press(key) {
  await panel.bringToFront();
  await panel.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  await panel.keyboard.press(key);
}

test('a call and a task: each its own card; the active one marked; hold acts on the call, End on the task only', { timeout: 30_000 }, async () => {
  const { contactId: call } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(call, 'incoming');
  await panel.click(`${card(call)} button.primary`);
  await cardPhase(call, 'connected');

  const { contactId: task } = await world.sim.instance.deliverInbound({ channel: 'task', name: '折り返し: 見積もり', queue: 'BasicQueue' });
  await cardPhase(task, 'incoming');
  assert.equal(await panel.$eval(`${card(task)} .contact-name`, (el) => el.textContent), '折り返し: 見積もり');
  // The ringing task needs the agent first.
  await waitInPage(panel, (id) => document.querySelector('.contact-card[aria-current="true"]')?.dataset.contactId === id, task);
  await panel.click(`${card(task)} button.primary`);
  await cardPhase(task, 'connected');
  assert.deepEqual(apiParams('acceptContact'), [call, task]);
  // Now the call is the active one; its controls are its own, the task has none of them.
  await waitInPage(panel, (id) => document.querySelector('.contact-card[aria-current="true"]')?.dataset.contactId === id, call);
  assert.deepEqual(await activeCard(), [call]);
  assert.equal(await panel.$(`${card(task)} .call-controls`), null);

  await panel.click(`${card(call)} [data-control="hold"]`);
  await eventually(() => customer(call).state.type === 'hold', { what: 'the call\'s customer on hold' });
  assert.deepEqual(apiParams('holdConnection'), [call]);

  await panel.click(`${card(task)} button.danger`);
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(task));
  assert.deepEqual(apiParams('clearContact'), [task]);
  assert.equal(apiParams('destroyConnection').length, 0, 'the call was not touched');
  assert.equal(customer(call).state.type, 'hold');
  assert.equal(world.sim.instance.contacts.get(call).state.type, 'connected');
});

test('the panel\'s keys: A accepts, M mutes, H holds, digits send tones, E hangs up', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(contactId, 'incoming');
  await press('a');
  await cardPhase(contactId, 'connected');
  assert.deepEqual(apiParams('acceptContact'), [contactId]);

  await press('m');
  await eventually(() => world.sim.instance.muted === true, { what: 'muted' });
  await waitInPage(panel, (sel) => Boolean(document.querySelector(sel)), `${card(contactId)} [data-control="unmute"]`);
  await press('m');
  await eventually(() => world.sim.instance.muted === false, { what: 'unmuted' });

  await waitInPage(panel, (sel) => Boolean(document.querySelector(sel)), `${card(contactId)} .call-controls > .actions [data-control="hold"]`);
  await press('h');
  await eventually(() => customer(contactId).state.type === 'hold', { what: 'on hold' });
  await waitInPage(panel, (sel) => Boolean(document.querySelector(sel)), `${card(contactId)} .call-controls > .actions [data-control="resume"]`);
  await press('h');
  await eventually(() => customer(contactId).state.type === 'connected', { what: 'resumed' });

  await press('5');
  await press('#');
  await eventually(() => world.sim.instance.dtmf.length === 2, { what: 'two tones' });
  assert.deepEqual(world.sim.instance.dtmf.map((d) => d.digits), ['5', '#']);

  // Typing in a field is typing, not a command.
  await panel.click('#dial-input');
  await panel.keyboard.type('e5');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(world.sim.instance.dtmf.length, 2);
  assert.equal(world.sim.instance.contacts.get(contactId).state.type, 'connected');

  await press('e');
  await cardPhase(contactId, 'ended');
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 1);
});

test('browser-wide shortcuts: answer the ringing contact, hang up the call', { timeout: 30_000 }, async () => {
  const worker = await world.ext.workerTarget.worker();
  await eventually(() => worker.evaluate(() => typeof globalThis.ccpsTestCallCommand === 'function'), { what: 'the worker bundle' });
  const shortcut = (command) => worker.evaluate((c) => globalThis.ccpsTestCallCommand(c), command);

  // The last test's contact is gone from the panel (and so from what the background keeps).
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
  assert.equal(await shortcut('answer-contact'), 'no-contact');
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(contactId, 'incoming');
  assert.equal(await shortcut('answer-contact'), 'accepted');
  await cardPhase(contactId, 'connected');
  assert.deepEqual(apiParams('acceptContact'), [contactId]);
  assert.equal(await shortcut('answer-contact'), 'nothing-ringing');
  assert.equal(await shortcut('hang-up-contact'), 'ended');
  await cardPhase(contactId, 'ended');
  assert.equal(world.sim.instance.contacts.get(contactId).endedBy, 'agent');
});
