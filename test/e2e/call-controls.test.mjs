// The side panel's own call controls (issue 12), each a Streams call made by the phone document
// and checked in the simulator's request log and state: hold / resume, mute / unmute, keypad
// tones, end, after-contact work with its timer and "Close contact", and the agent's state in
// their words with the time in it and a state menu.
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
const agentPill = () => panel.$eval('[data-agent-state]', (el) => ({ raw: el.dataset.agentState, text: el.textContent }));

/** A call rings and the agent takes it in the panel. */
async function acceptedCall() {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP' });
  await cardPhase(contactId, 'incoming');
  await panel.click(`${card(contactId)} button.primary`);
  await cardPhase(contactId, 'connected');
  return contactId;
}

const customerOf = (contactId) => world.sim.instance.contacts.get(contactId).connections.find((c) => c.initial);

test('hold and resume the customer from the panel', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await shown(control(contactId, 'hold'));
  await panel.click(control(contactId, 'hold'));
  await eventually(() => requestsOf(world.sim, 'holdConnection').length === 1, { what: 'holdConnection at the instance' });
  assert.deepEqual(requestsOf(world.sim, 'holdConnection')[0].params, { contactId, connectionId: customerOf(contactId).connectionId });
  assert.equal(customerOf(contactId).state.type, 'hold');
  // Streams fires no contact event for a hold, only a refresh: the card follows anyway.
  await cardPhase(contactId, 'on-hold');
  await shown(control(contactId, 'resume'));

  await panel.click(control(contactId, 'resume'));
  await eventually(() => requestsOf(world.sim, 'resumeConnection').length === 1, { what: 'resumeConnection at the instance' });
  assert.equal(customerOf(contactId).state.type, 'connected');
  await cardPhase(contactId, 'connected');
  await shown(control(contactId, 'hold'));
});

test('mute and unmute: the agent\'s microphone, reported back by Streams', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await panel.click(control(contactId, 'mute'));
  await eventually(() => world.sim.instance.muted === true, { what: 'the instance to mute the agent' });
  // The button turns to Unmute only once Streams' onMuteToggle came back through the phone.
  await shown(`${control(contactId, 'unmute')}[aria-pressed="true"]`);
  assert.ok(await panel.$(`${card(contactId)} .muted-flag`));
  await panel.click(control(contactId, 'unmute'));
  await eventually(() => world.sim.instance.muted === false, { what: 'the instance to unmute the agent' });
  await shown(control(contactId, 'mute'));
  assert.equal(await panel.$(`${card(contactId)} .muted-flag`), null);
});

test('keypad: each key sends its tone, typed tones go on Send', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await panel.click(control(contactId, 'keypad'));
  await shown(`${card(contactId)} .keypad`);
  for (const digit of ['1', '2', '#']) await panel.click(`${card(contactId)} .keypad [data-digit="${digit}"]`);
  await eventually(() => world.sim.instance.dtmf.length === 3, { what: 'three tones at the instance' });
  await panel.type(`${card(contactId)} .keypad-input`, '34*,9');
  await panel.click(`${card(contactId)} .keypad button[type="submit"]`);
  await eventually(() => world.sim.instance.dtmf.length === 4, { what: 'the typed tones at the instance' });
  const agentLeg = world.sim.instance.contacts.get(contactId).connections.find((c) => c.type === 'agent').connectionId;
  assert.deepEqual(world.sim.instance.dtmf.map((d) => [d.contactId, d.connectionId, d.digits]), [
    [contactId, agentLeg, '1'], [contactId, agentLeg, '2'], [contactId, agentLeg, '#'], [contactId, agentLeg, '34*,9'],
  ]);
  // Not a tone: the Send button stays disabled, nothing is sent.
  await panel.type(`${card(contactId)} .keypad-input`, '12a');
  assert.equal(await panel.$eval(`${card(contactId)} .keypad button[type="submit"]`, (b) => b.disabled), true);
});

test('end the call, after-contact work with its timer, close the contact; the agent\'s state in words', { timeout: 30_000 }, async () => {
  const contactId = await acceptedCall();
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.dataset.agentState === 'Busy');
  assert.deepEqual(await agentPill(), { raw: 'Busy', text: 'On a contact' });

  await panel.click(control(contactId, 'end'));
  await cardPhase(contactId, 'ended');
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 1);
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.dataset.agentState === 'AfterCallWork');
  assert.deepEqual(await agentPill(), { raw: 'AfterCallWork', text: 'After-contact work' });
  // The ACW timer runs.
  const acw = () => panel.$eval(`${card(contactId)} .acw-time`, (el) => el.textContent);
  const first = await acw();
  await waitInPage(panel, ([sel, was]) => document.querySelector(sel)?.textContent !== was, [`${card(contactId)} .acw-time`, first], 3000);

  await panel.click(`${card(contactId)} button.close`);
  await eventually(() => requestsOf(world.sim, 'clearContact').length === 1, { what: 'clearContact at the instance' });
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(contactId));
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available');
});

test('the state menu changes the agent\'s state; time in state restarts', { timeout: 30_000 }, async () => {
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available');
  const options = await panel.$$eval('header.agent .state-menu option:not([disabled])', (els) => els.map((el) => el.value));
  assert.deepEqual(options, ['Available', 'Offline', 'Break', 'Lunch']);
  await panel.select('header.agent .state-menu', 'Break');
  await eventually(() => requestsOf(world.sim, 'putAgentState').length === 1, { what: 'putAgentState at the instance' });
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Break');
  const time = await panel.$eval('header.agent .state-time', (el) => el.textContent);
  assert.match(time, /^0:0[0-2]$/);
});
