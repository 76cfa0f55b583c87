// Nothing lost when the worker sleeps: Chrome may stop the service worker at any moment. Stopped
// in the middle of a call (as its idle timer does, see shared/NOTES.md), the next events still
// reach the CRM tab, a pending dial survives, no history entry is lost or doubled, and a screen
// pop that already fired does not fire again.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInGuest } from '../support/extension-browser.mjs';
import { cardPhaseIn as cardPhase, closePhoneDocument, readStorage, relayLogOf, requestsOf, startWorld, stopServiceWorker } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(() => world.sim.instance.reset());

const crmPhases = async (crmPage, id) => (await relayLogOf(crmPage, id)).map((e) => e.phase);

test('stopped twice in the middle of a call: every later event reaches the CRM tab, history and pops stay exact', { timeout: 40_000 }, async () => {
  const popUrl = (id) => `${world.crm.origin}/crm.html?pop=${id}`;
  await world.ext.configure({ screenPopRules: [{ id: 'ring', name: 'Ring pop', enabled: true, condition: null, trigger: 'ringing', target: 'new-tab', urlTemplate: `${world.crm.origin}/crm.html?pop={contact.id}` }] });
  const crmPage = await world.openCrm('relay-log.html');
  const panel = await world.openPhone();
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await eventually(async () => (await crmPhases(crmPage, contactId)).includes('incoming'), { what: 'the incoming notice' });
  await world.ext.browser.waitForTarget((t) => t.url() === popUrl(contactId), { timeout: 10_000 });

  // Streams keeps running across the stops in the phone document: the same CCP frame, never reloaded.
  const phone = await world.ext.phoneDocument();
  await phone.evaluate(() => { document.querySelector('#ccp iframe').dataset.mark = 'before the stops'; });
  await stopServiceWorker(world); // while it rings
  await panel.bringToFront();
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await cardPhase(panel, contactId, 'connected');
  await eventually(async () => (await crmPhases(crmPage, contactId)).includes('connected'), { what: 'connected to reach the CRM tab after the stop' });

  await stopServiceWorker(world); // on the call
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(panel, contactId, 'ended');
  // Ended removes the notice: the CRM tab's card for the call is gone.
  await waitInGuest(crmPage, (id) => !globalThis.ccpsNotices.get(id), contactId);

  const entries = await eventually(async () => {
    const list = (await readStorage(panel, 'local', 'callHistory')).callHistory ?? [];
    return list.some((e) => e.contactId === contactId && e.durationMs !== null) ? list : null;
  }, { what: 'the completed history entry' });
  assert.equal(entries.filter((e) => e.contactId === contactId).length, 1, 'one entry, not doubled by the replays');
  assert.equal(entries.find((e) => e.contactId === contactId).outcome, 'answered');
  assert.deepEqual(await crmPhases(crmPage, contactId), ['incoming', 'connected'], 'each notice once, in order');
  assert.equal((await world.ext.browser.pages()).filter((p) => p.url() === popUrl(contactId)).length, 1, 'the pop fired once');
  assert.equal(await phone.$eval('#ccp iframe', (f) => f.dataset.mark), 'before the stops');
  await world.ext.configure({ screenPopRules: [] });
  await panel.close();
  await crmPage.close();
});

test('a dial while no phone runs starts the phone, survives a worker stop while it starts, and is dialled once', { timeout: 40_000 }, async () => {
  await closePhoneDocument(world);
  const page = await world.ext.openExtensionPage('options.html');
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'dial-number', e164: '+819012345678', source: 'popup' }));
  assert.equal(reply.ok, true);
  // Stopped at once: while the phone starts, or (on a fast run) just after the dial was handed to
  // it; either way it is placed once, never again by the restarted worker.
  await stopServiceWorker(world);

  // No side panel: the dial itself started the phone document.
  const dial = await eventually(() => requestsOf(world.sim, 'createOutboundContact')[before], { what: 'the queued dial at the instance' });
  assert.equal(dial.params.endpoint.phoneNumber, '+819012345678');
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(requestsOf(world.sim, 'createOutboundContact').length, before + 1, 'dialled exactly once');
  await eventually(async () => (await readStorage(page, 'session', 'pendingDials')).pendingDials.length === 0, { what: 'the queue to empty' });
  await page.close();
});
