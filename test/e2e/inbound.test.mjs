// An inbound call delivered by the simulated instance shows in the side panel and reaches the
// content script of an open CRM tab, through the background relay.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, inContentScript, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { requestsOf, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
});
after(async () => world?.close());

test('an inbound call shows in the side panel and reaches the CRM tab', { timeout: 60_000 }, async () => {
  const crmPage = await world.openCrm();
  const panel = await world.openPhone();

  const { contactId } = await world.sim.instance.deliverInbound({
    phoneNumber: '+81312345678',
    queue: 'SupportQueue-JP',
    attributes: { CustomerId: 'C-1001' },
  });

  await waitInPage(panel, (id) => document.querySelector(`[data-contact-id="${id}"]`)?.getAttribute('data-phase') === 'incoming', contactId);
  const card = await panel.$eval(`[data-contact-id="${contactId}"]`, (el) => el.textContent);
  assert.match(card, /SupportQueue-JP/);

  await crmPage.bringToFront();
  await waitInGuest(crmPage, (id) => Boolean(globalThis.ccpsNotices?.get(id)?.isConnected), contactId);
  const notice = await inContentScript(crmPage, (id) => globalThis.ccpsNotices.get(id).textContent, contactId);
  assert.match(notice, /Incoming call from 03-1234-5678/);
  assert.match(notice, /SupportQueue-JP/);

  // The agent accepts in the side panel: the instance gets acceptContact and the CRM tab follows.
  await panel.bringToFront();
  await panel.click(`[data-contact-id="${contactId}"] button.primary`);
  await eventually(() => requestsOf(world.sim, 'acceptContact').length > 0, { what: 'acceptContact at the instance' });
  await crmPage.bringToFront();
  await waitInGuest(crmPage, (id) => globalThis.ccpsNotices.get(id)?.dataset.ccpsNotice === 'connected', contactId);

  // The customer hangs up: the notice goes away.
  world.sim.instance.customerHangUp(contactId);
  await waitInGuest(crmPage, (id) => !globalThis.ccpsNotices.get(id), contactId);
});

test('a page cannot forge a contact event into the CRM tab', { timeout: 30_000 }, async () => {
  const crmPage = await world.openCrm();
  // The page posts a message shaped like ours: the content script only listens to the extension.
  await crmPage.evaluate(() => {
    window.postMessage({ type: 'contact-changed', event: { at: 1, contact: { contactId: 'forged', phase: 'incoming' } } }, '*');
  });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await inContentScript(crmPage, () => globalThis.ccpsNotices.size), 0);
});
