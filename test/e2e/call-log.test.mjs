// After the call (issue 13): notes typed during the call and a required disposition in the wrap-up
// form go into one call record, posted signed to the admin's webhook through the outbox (two
// failures and a worker stopped mid-delivery later, exactly one record at the endpoint); the CRM's
// own log form is filled from the record.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { startCrmApi } from '../crm-api/server.mjs';
import { card, cardPhaseIn, clickNumber, readStorage, startWorld, stopServiceWorker } from './setup.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

let world;
let api;
let panel;
before(async () => {
  await mkdir(shots, { recursive: true });
  api = await startCrmApi();
  world = await startWorld();
  panel = await world.openPhone();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => {
  await world?.close();
  await api?.close();
});
beforeEach(() => {
  world.sim.instance.reset();
  api.reset();
});

const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);

/** An inbound call answered in the panel. */
async function answer(details) {
  const { contactId } = await world.sim.instance.deliverInbound(details);
  await panel.bringToFront();
  await cardPhase(contactId, 'incoming');
  await panel.click(`${card(contactId)} button.primary`);
  await cardPhase(contactId, 'connected');
  return contactId;
}

test('notes and a required disposition: one signed record delivered through two failures and a worker stop mid-delivery', { timeout: 60_000 }, async () => {
  await world.ext.configure({
    dispositions: ['Resolved', 'Call back', 'Complaint'],
    dispositionRequired: true,
    logAttributes: ['CustomerId'],
    logTargets: [{ id: 'hook', kind: 'webhook', site: '', url: `${api.origin}/calls`, secret: api.secret, fields: [], enabled: true }],
  });
  api.failNext('calls', 2, 500);
  // The third attempt is answered 3 s late: the worker is stopped while it waits.
  api.delayNext('calls', 0);
  api.delayNext('calls', 0);
  api.delayNext('calls', 3000);

  const contactId = await answer({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001', Internal: 'not logged' } });
  // Notes typed during the call.
  await panel.type(`${card(contactId)} textarea.notes`, 'Asked for a call back about order 2024031501.');
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(contactId, 'ended');

  // The wrap-up form: Close waits for the disposition.
  await waitInPage(panel, (sel) => document.querySelector(`${sel} .wrap-up select.disposition`), card(contactId));
  assert.equal(await panel.$eval(`${card(contactId)} button.close`, (b) => b.disabled), true, 'Close waits for a disposition');
  assert.equal(await panel.$eval(`${card(contactId)} textarea.notes`, (t) => t.value), 'Asked for a call back about order 2024031501.', 'the notes typed during the call are in the form');
  // Even a forced close (a view that ignores the button's state) is refused by the background.
  await panel.$eval(`${card(contactId)} button.close`, (b) => { b.disabled = false; b.click(); });
  await new Promise((r) => setTimeout(r, 800));
  assert.ok(await panel.$(card(contactId)), 'the contact stays open without a disposition');
  await panel.select(`${card(contactId)} select.disposition`, 'Call back');
  await waitInPage(panel, (sel) => document.querySelector(`${sel} button.close`)?.disabled === false, card(contactId));
  const box = await (await panel.$(card(contactId))).boundingBox();
  await panel.screenshot({ path: path.join(shots, 'wrap-up.png'), clip: { x: 0, y: Math.max(0, box.y - 8), width: 380, height: Math.min(box.height + 16, 640) } });
  await panel.click(`${card(contactId)} button.close`);
  await waitInPage(panel, (sel) => !document.querySelector(sel), card(contactId));

  // Two failures, then the third attempt hangs: stop the worker in the middle of it.
  await eventually(() => api.posts.length >= 3, { what: 'the third attempt', timeout: 20_000 });
  await stopServiceWorker(world);
  await eventually(() => api.stored.size === 1 && api.posts.at(-1).status === 200 && api.posts.length >= 4, { what: 'a delivery after the stop', timeout: 20_000 });
  await new Promise((r) => setTimeout(r, 1500));

  assert.equal(api.stored.size, 1, 'exactly one record at the endpoint');
  assert.ok(api.posts.every((p) => p.key === contactId && p.validSignature), 'every attempt carries the contact ID as key and a valid signature');
  assert.equal(new Set(api.posts.map((p) => p.body)).size, 1, 'every attempt sends the same bytes');
  assert.deepEqual(api.posts.map((p) => p.status).slice(0, 2), [500, 500]);
  const record = api.stored.get(contactId);
  assert.equal(record.contactId, contactId);
  assert.equal(record.direction, 'inbound');
  assert.equal(record.outcome, 'answered');
  assert.deepEqual(record.phone, { e164: '+81312345678', formatted: '+81 3-1234-5678' });
  assert.equal(record.queue, 'SupportQueue-JP');
  assert.ok(record.agent, 'the agent is named');
  assert.equal(record.notes, 'Asked for a call back about order 2024031501.');
  assert.equal(record.disposition, 'Call back');
  assert.deepEqual(record.attributes, { CustomerId: 'C-1001' }, 'only the attributes the admin chose');
  for (const key of ['talkSeconds', 'holdSeconds', 'acwSeconds', 'waitingSeconds']) assert.equal(typeof record[key], 'number', key);
  assert.ok(Date.parse(record.connectTime) >= Date.parse(record.startTime) && Date.parse(record.endTime) >= Date.parse(record.connectTime));

  // The panel's history shows the call delivered, with its disposition and notes.
  const options = await world.ext.openExtensionPage('options.html');
  const outbox = (await readStorage(options, 'local', 'callLogOutbox')).callLogOutbox;
  assert.deepEqual(outbox.map((i) => [i.contactId, i.state]), [[contactId, 'delivered']]);
  const history = (await readStorage(options, 'local', 'callHistory')).callHistory;
  assert.deepEqual([history[0].notes, history[0].disposition], ['Asked for a call back about order 2024031501.', 'Call back']);
  await options.close();
  await panel.click('#tab-history');
  await waitInPage(panel, (id) => document.querySelector(`.history-entry[data-contact-id="${id}"] .delivery[data-delivery="delivered"]`), contactId);
  assert.match(await panel.$eval(`.history-entry[data-contact-id="${contactId}"] .disposition`, (e) => e.textContent), /Call back/);
  await panel.click('#tab-phone');
});

test('the CRM\'s log-a-call form opens and is filled from the record; Copy summary puts it on the clipboard', { timeout: 40_000 }, async () => {
  await world.ext.configure({
    dispositions: ['Resolved', 'Call back'],
    dispositionRequired: false,
    logTargets: [
      {
        id: 'form', kind: 'crm-form', site: '', url: `${world.crm.origin}/log-call.html?contact={call.contactId}`, secret: '', enabled: true,
        fields: [
          { id: 'subject', selector: '#subject', label: '', template: 'Call {call.direction} {call.number}' },
          { id: 'notes', selector: '', label: 'Call notes', template: '{call.notes}' },
          { id: 'result', selector: '#result', label: '', template: '{call.disposition}' },
          { id: 'duration', selector: '#duration', label: '', template: '{call.talkSeconds}' },
        ],
      },
      { id: 'copy', kind: 'copy', site: '', url: '', secret: '', fields: [], enabled: true },
    ],
  });
  const contactId = await answer({ phoneNumber: '+819012345678' });
  await panel.type(`${card(contactId)} textarea.notes`, '住所変更の依頼');
  await new Promise((r) => setTimeout(r, 1200));
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(contactId, 'ended');
  await panel.select(`${card(contactId)} select.disposition`, 'Resolved');
  await panel.click(`${card(contactId)} button.close`);

  const target = await world.ext.browser.waitForTarget((t) => t.url() === `${world.crm.origin}/log-call.html?contact=${contactId}`, { timeout: 10_000 });
  const form = await target.page();
  await waitInPage(form, () => document.querySelector('#call-notes')?.value === '住所変更の依頼');
  const values = await form.evaluate(() => ({ subject: document.querySelector('#subject').value, result: document.querySelector('#result').value, duration: document.querySelector('#duration').value }));
  assert.equal(values.subject, 'Call inbound +81 90-1234-5678');
  assert.equal(values.result, 'Resolved');
  assert.ok(Number(values.duration) >= 1, `talk seconds filled (${values.duration})`);
  assert.equal(await form.evaluate(() => document.body.dataset.saved), undefined, 'the agent saves it, not us');
  await form.close();

  // Copy summary, from the history entry.
  await world.ext.browser.defaultBrowserContext().overridePermissions(world.ext.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await panel.bringToFront();
  await panel.click('#tab-history');
  const copy = `.history-entry[data-contact-id="${contactId}"] button.copy-summary`;
  await waitInPage(panel, (sel) => document.querySelector(sel), copy);
  await panel.click(copy);
  const text = await eventually(() => panel.evaluate(() => navigator.clipboard.readText()).then((t) => (t.includes('住所変更の依頼') ? t : null)), { what: 'the summary on the clipboard' });
  assert.match(text, /Disposition: Resolved/);
  assert.match(text, /\+81 90-1234-5678/);
  await panel.click('#tab-phone');
});

test('a click-to-dial keeps the CRM page it came from (URL and title from the browser, the record ID by the admin\'s pattern); missed and rejected calls are logged too', { timeout: 60_000 }, async () => {
  await world.ext.configure({
    dispositions: [], dispositionRequired: false, crmRecordPattern: '[?&]id=([\\w-]+)',
    logTargets: [{ id: 'hook', kind: 'webhook', site: world.crm.origin, url: `${api.origin}/calls`, secret: api.secret, fields: [], enabled: true }, { id: 'all', kind: 'webhook', site: '', url: `${api.origin}/calls?all`, secret: api.secret, fields: [], enabled: true }],
  });
  const crmPage = await world.openCrm('crm.html?id=ACC-42');
  await clickNumber(crmPage, '#phone-tanaka');
  await panel.bringToFront();
  const contactId = await eventually(() => panel.$eval('.contact-card[data-phase="connected"]', (c) => c.dataset.contactId).catch(() => null), { what: 'the dialled call connected' });
  world.sim.instance.customerHangUp(contactId);
  await cardPhase(contactId, 'ended');
  await panel.click(`${card(contactId)} button.close`);
  await eventually(() => api.posts.filter((p) => p.key === contactId && p.status === 200).length === 2, { what: 'the record at both targets' });
  const record = api.stored.get(contactId);
  assert.equal(record.direction, 'outbound');
  assert.deepEqual(record.crmPage, { url: `${world.crm.origin}/crm.html?id=ACC-42`, title: 'Acme CRM — Customers', recordId: 'ACC-42' });
  await crmPage.close();

  // A call the agent rejects, and one nobody answers: logged by the target for every call only
  // (neither was dialled from the CRM site).
  const rejected = (await world.sim.instance.deliverInbound({ phoneNumber: '+81612345678' })).contactId;
  await cardPhase(rejected, 'incoming');
  await panel.click(`${card(rejected)} button.reject`);
  await eventually(() => api.stored.get(rejected), { what: 'the rejected call\'s record' });
  assert.equal(api.stored.get(rejected).outcome, 'rejected');
  assert.equal(api.stored.get(rejected).crmPage, null);
  assert.deepEqual(api.posts.filter((p) => p.key === rejected).length, 1, 'only the target for every call');
});
