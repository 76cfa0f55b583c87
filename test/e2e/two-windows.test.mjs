// One phone per browser, by design: the phone runs in the one offscreen document, and a side panel
// in any window is a view of it. A second window's panel shows the same phone, live, with nothing
// to take over; either panel answers and hangs up; each event is relayed once; closing the window
// that opened the phone, or every panel, leaves the call and the phone as they were.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { cardPhaseIn as cardPhase, readStorage, relayLogOf, requestsOf, startWorld, stopServiceWorker } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());

/** Opens the side panel page in a new browser window and returns its page and window. */
async function openPanelInNewWindow(from) {
  const url = `${world.ext.origin}/side-panel.html`;
  const known = new Set((await world.ext.browser.pages()).filter((p) => p.url() === url));
  const windowId = await from.evaluate(async (u) => (await chrome.windows.create({ url: u, focused: true })).id, url);
  const target = await world.ext.browser.waitForTarget(async (t) => t.url() === url && !known.has(await t.page()), { timeout: 10_000 });
  return { page: await target.page(), windowId };
}

const phoneDocuments = async () => (await world.ext.browser.targets()).filter((t) => t.url() === `${world.ext.origin}/phone.html`).length;
const agentShown = (panel) => waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 20_000);

test('a side panel in a second window is the same phone, live: either panel acts, each event is relayed once', { timeout: 40_000 }, async () => {
  const crmPage = await world.openCrm('relay-log.html');
  const first = await world.openPhone();
  const { page: second } = await openPanelInNewWindow(first);
  await agentShown(second);
  for (const panel of [first, second]) {
    assert.equal(await panel.$('#ccp iframe'), null, 'no panel hosts the CCP');
    assert.equal(await panel.$('#standby'), null, 'nothing to take over');
  }
  assert.equal(await phoneDocuments(), 1, 'one phone document');

  // A call rings in both panels, is accepted from the second, and relayed once.
  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(first, call.contactId, 'incoming');
  await cardPhase(second, call.contactId, 'incoming');
  await second.bringToFront();
  await second.click(`.contact-card[data-contact-id="${call.contactId}"] button.primary`);
  await cardPhase(first, call.contactId, 'connected');
  assert.equal(requestsOf(world.sim, 'acceptContact').length, 1);

  // Hung up by the customer; closed from the first panel.
  world.sim.instance.customerHangUp(call.contactId);
  await cardPhase(second, call.contactId, 'ended');
  await first.bringToFront();
  await first.click(`.contact-card[data-contact-id="${call.contactId}"] button.close`);
  await waitInPage(second, (id) => !document.querySelector(`.contact-card[data-contact-id="${id}"]`), call.contactId);
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase), ['incoming', 'connected']);
  const history = (await readStorage(first, 'local', 'callHistory')).callHistory;
  assert.equal(history.filter((e) => e.contactId === call.contactId).length, 1, 'one history entry');
  await second.close();
  await first.close();
  await crmPage.close();
});

test('closing every panel and the window that opened the phone leaves the call connected; a new panel shows it', { timeout: 40_000 }, async () => {
  world.sim.instance.reset();
  const crmPage = await world.openCrm('relay-log.html');
  const first = await world.openPhone();
  const { page: second, windowId: secondWindow } = await openPanelInNewWindow(first);
  await agentShown(second);
  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  await cardPhase(second, call.contactId, 'incoming');
  await second.bringToFront();
  await second.click(`.contact-card[data-contact-id="${call.contactId}"] button.primary`);
  await cardPhase(first, call.contactId, 'connected');
  const phone = await world.ext.phoneDocument();
  await phone.evaluate(() => { document.querySelector('#ccp iframe').dataset.mark = 'kept'; });

  // The window the call was answered in goes, then every panel.
  await first.evaluate((id) => chrome.windows.remove(id), secondWindow);
  await first.close();
  await new Promise((r) => setTimeout(r, 1500));
  const contact = world.sim.instance.snapshot().agent.snapshot.contacts.find((c) => c.contactId === call.contactId);
  assert.equal(contact?.state.type, 'connected', 'the call is still connected at the instance');
  assert.equal(await phone.$eval('#ccp iframe', (f) => f.dataset.mark), 'kept', 'Streams was never restarted');
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 0, 'nothing hung up');

  // A panel opened again shows the live call, and hangs it up.
  const again = await world.openPhone(null);
  await cardPhase(again, call.contactId, 'connected');
  await again.click(`.contact-card[data-contact-id="${call.contactId}"] button.danger`);
  await cardPhase(again, call.contactId, 'ended');
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 1);
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase).slice(0, 2), ['incoming', 'connected']);
  await again.close();
  await crmPage.close();
});

test('after a worker stop both panels reconnect to the same phone, and nothing is relayed twice', { timeout: 40_000 }, async () => {
  world.sim.instance.reset();
  const crmPage = await world.openCrm('relay-log.html');
  const first = await world.openPhone();
  const { page: second } = await openPanelInNewWindow(first);
  await agentShown(second);
  const phone = await world.ext.phoneDocument();
  await phone.evaluate(() => { document.querySelector('#ccp iframe').dataset.mark = 'kept'; });

  await stopServiceWorker(world);
  const call = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  await cardPhase(first, call.contactId, 'incoming');
  await cardPhase(second, call.contactId, 'incoming');
  await eventually(async () => (await relayLogOf(crmPage, call.contactId)).length > 0, { what: 'the notice in the CRM tab' });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual((await relayLogOf(crmPage, call.contactId)).map((e) => e.phase), ['incoming'], 'relayed once');
  assert.equal(await phone.$eval('#ccp iframe', (f) => f.dataset.mark), 'kept', 'Streams was not restarted');
  assert.equal(await phoneDocuments(), 1);
  world.sim.instance.customerHangUp(call.contactId);
  await second.close();
  await first.close();
  await crmPage.close();
});
