// Call history: every contact is kept in storage.local (`callHistory`, newest first, the shape
// the popup reads) with direction, number, queue, start, duration and outcome; the side panel
// lists it with a redial button; the cap drops the oldest; a setting keeps numbers out.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { cardPhaseIn, readStorage, requestsOf, startWorld } from './setup.mjs';

let world;
let panel;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(async () => {
  world.sim.instance.reset();
  // The previous test's last contact is gone (and its history written) before history is cleared.
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
  await new Promise((r) => setTimeout(r, 200));
  await panel.evaluate(() => chrome.storage.local.set({ callHistory: [], historyLimit: 200, historyStoreNumbers: true }));
  await panel.bringToFront();
});

const history = async () => (await readStorage(panel, 'local', 'callHistory')).callHistory ?? [];
const entryOf = (contactId, outcome) => eventually(async () => (await history()).find((e) => e.contactId === contactId && (!outcome || e.outcome === outcome)), { what: `a ${outcome ?? ''} history entry` });
const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);
const cardGone = (id) => waitInPage(panel, (i) => !document.querySelector(`.contact-card[data-contact-id="${i}"]`), id);

async function answeredCall(phoneNumber, talkMs = 0) {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber, queue: 'SupportQueue-JP' });
  await cardPhase(contactId, 'incoming');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await cardPhase(contactId, 'connected');
  await new Promise((r) => setTimeout(r, talkMs));
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(contactId, 'ended');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.close`); // after-contact work done
  await cardGone(contactId);
  return contactId;
}

test('answered, missed and rejected calls are kept with their outcome, number, queue, start and duration', { timeout: 30_000 }, async () => {
  const started = Date.now();
  const answered = await answeredCall('+81312345678', 1200);
  const entry = await eventually(async () => (await history()).find((e) => e.contactId === answered && e.durationMs !== null), { what: 'the entry with its talk time' });
  assert.equal(entry.outcome, 'answered');
  assert.equal(entry.direction, 'inbound');
  assert.equal(entry.number, '+81312345678');
  assert.equal(entry.queue, 'SupportQueue-JP');
  assert.ok(entry.startedAt >= started - 1000 && entry.startedAt <= Date.now(), 'started when it rang');
  assert.ok(entry.durationMs >= 1100 && entry.durationMs < 5000, `talk time ${entry.durationMs} ms (after-contact work not counted)`);
  assert.equal(entry.id, answered);

  const missed = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  await cardPhase(missed.contactId, 'incoming');
  world.sim.instance.ringOut(missed.contactId);
  assert.equal((await entryOf(missed.contactId, 'missed')).durationMs, null);
  await cardGone(missed.contactId);
  world.sim.instance.setAgentState('Available');

  const rejected = await world.sim.instance.deliverInbound({ phoneNumber: '+14155550132' });
  await cardPhase(rejected.contactId, 'incoming');
  await panel.click(`.contact-card[data-contact-id="${rejected.contactId}"] button.reject`);
  await entryOf(rejected.contactId, 'rejected');

  const list = await history();
  assert.deepEqual(list.map((e) => e.outcome), ['rejected', 'missed', 'answered'], 'newest first');
  assert.equal(list.length, 3, 'one entry per contact, never doubled');
  for (const e of list) assert.deepEqual(Object.keys(e).sort(), ['contactId', 'direction', 'durationMs', 'id', 'number', 'outcome', 'queue', 'startedAt']);
});

test('the side panel lists history, and redial calls the number again as an outbound call', { timeout: 30_000 }, async () => {
  const answered = await answeredCall('+442079460958');
  await eventually(async () => (await history()).find((e) => e.contactId === answered && e.durationMs !== null), { what: 'the entry with its talk time' });
  await panel.click('#tab-history');
  await waitInPage(panel, (id) => Boolean(document.querySelector(`.history-entry[data-contact-id="${id}"]`)), answered);
  const row = await panel.$eval(`.history-entry[data-contact-id="${answered}"]`, (el) => el.textContent);
  assert.match(row, /\+44 20 7946 0958/);
  assert.match(row, /Inbound · Answered · 0:0\d · SupportQueue-JP/);

  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await panel.click(`.history-entry[data-contact-id="${answered}"] button.redial`);
  const dialled = await eventually(() => requestsOf(world.sim, 'createOutboundContact').slice(before)[0], { what: 'the redial at the instance' });
  assert.equal(dialled.params.endpoint.phoneNumber, '+442079460958');

  // The outbound call is answered, then hung up: it enters history as an answered outbound call.
  const outbound = await eventually(() => panel.$eval('.contacts .contact-card', (el) => el.dataset.phase === 'connected' && el.dataset.contactId).catch(() => null), { what: 'the outbound call to connect' });
  world.sim.instance.customerHangUp(outbound);
  const entry = await entryOf(outbound, 'answered');
  assert.equal(entry.direction, 'outbound');
  assert.equal(entry.number, '+442079460958');
  await waitInPage(panel, (id) => document.querySelector('#call-history .history-entry')?.dataset.contactId === id, outbound);
  await panel.click('#tab-phone');
});

test('the cap keeps the newest entries; with numbers kept out, no number is stored and there is no redial', { timeout: 30_000 }, async () => {
  await panel.evaluate(() => chrome.storage.local.set({ historyLimit: 2 }));
  const first = await answeredCall('+81312340001');
  await entryOf(first);
  const second = await answeredCall('+81312340002');
  await entryOf(second);
  const third = await answeredCall('+81312340003');
  await entryOf(third);
  assert.deepEqual((await history()).map((e) => e.contactId), [third, second], 'the oldest dropped first');

  await panel.evaluate(() => chrome.storage.local.set({ historyStoreNumbers: false }));
  const privateCall = await answeredCall('+81312340004');
  const entry = await entryOf(privateCall);
  assert.equal(entry.number, null);
  await panel.click('#tab-history');
  await waitInPage(panel, (id) => Boolean(document.querySelector(`.history-entry[data-contact-id="${id}"]`)), privateCall);
  const row = await panel.$eval(`.history-entry[data-contact-id="${privateCall}"]`, (el) => ({ text: el.textContent, redial: Boolean(el.querySelector('button.redial')) }));
  assert.match(row.text, /Number not kept/);
  assert.equal(row.redial, false);
  await panel.click('#tab-phone');
});

test('a call Connect refuses is kept as failed', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(contactId, 'incoming');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await cardPhase(contactId, 'connected');
  // On a live call, a second outbound call is refused by the instance.
  const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'dial-number', e164: '+819012345678', source: 'side-panel' }));
  assert.equal(reply.ok, true, 'queued and handed to the phone');
  const entry = await eventually(async () => (await history()).find((e) => e.outcome === 'failed'), { what: 'the failed entry' });
  assert.equal(entry.direction, 'outbound');
  assert.equal(entry.number, '+819012345678');
  assert.equal(entry.durationMs, null);
  world.sim.instance.customerHangUp(contactId);
});
