// The webhook outbox survives a browser restart (issue 13): a record the endpoint has not taken
// when the agent quits the browser is sent after the next start (storage.local keeps it; the
// worker's start delivers what is due), once, with no window opened for it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { startCrmApi } from '../crm-api/server.mjs';
import { startWorld } from './setup.mjs';

let world;
let api;
before(async () => {
  api = await startCrmApi();
  world = await startWorld({ restartable: true });
}, { timeout: 60_000 });
after(async () => {
  await world?.close();
  await api?.close();
}, { timeout: 30_000 });

test('a record not yet delivered when the browser quits is delivered after it starts again, once', { timeout: 90_000 }, async () => {
  await world.ext.configure({ logTargets: [{ id: 'hook', kind: 'webhook', site: '', url: `${api.origin}/calls`, secret: api.secret, fields: [], enabled: true }] });
  api.failNext('calls', 1000, 503); // down until further notice
  const panel = await world.openPhone();
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  const card = `.contact-card[data-contact-id="${contactId}"]`;
  await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.phase === 'incoming', card);
  await panel.click(`${card} button.primary`);
  await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.phase === 'connected', card);
  world.sim.instance.customerHangUp(contactId);
  await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.phase === 'ended', card);
  await panel.click(`${card} button.close`);
  await eventually(() => api.posts.length >= 2, { what: 'two failed attempts', timeout: 20_000 });
  assert.equal(api.stored.size, 0);

  await world.ext.restart();
  api.reset(); // the endpoint is back
  await eventually(() => api.stored.size === 1, { what: 'the record after the restart', timeout: 40_000 });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(api.stored.size, 1);
  assert.ok(api.stored.has(contactId));
  assert.equal(api.posts.filter((p) => p.status === 200).length, 1, 'sent once after the restart');
  const options = await world.ext.openExtensionPage('options.html');
  const outbox = await options.evaluate(() => chrome.storage.local.get('callLogOutbox').then((s) => s.callLogOutbox));
  assert.deepEqual(outbox.map((i) => [i.contactId, i.state]), [[contactId, 'delivered']]);
  await options.close();
});
