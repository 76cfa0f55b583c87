// The customer on the card (issue 13): the admin's lookup (an HTTP GET answered with JSON, a field
// map of JSON pointers) shows the caller's CRM record on the contact card, as text; several
// matches offer a picker, none a "create" link; the record's id feeds a screen pop; and every bad
// answer (an error status, HTML, a huge body, too slow) shows its own message.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitInPage } from '../support/extension-browser.mjs';
import { startCrmApi } from '../crm-api/server.mjs';
import { card, startWorld } from './setup.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

let world;
let api;
let panel;
before(async () => {
  await mkdir(shots, { recursive: true });
  api = await startCrmApi({ slowMs: 7000 });
  world = await startWorld();
  await world.ext.configure({
    shownAttributes: [{ key: 'CustomerId', label: 'Customer ID' }],
    lookupUrl: `${api.origin}/customers?phone={phone.e164}`,
    lookupHeader: 'X-Api-Key: k-123',
    lookupListPointer: '/results',
    lookupFields: [{ label: 'Name', pointer: '/name' }, { label: 'E-mail', pointer: '/email' }, { label: 'Status', pointer: '/status' }, { label: 'Registered', pointer: '/registeredAt' }, { label: 'City', pointer: '/address/city' }],
    lookupCreateUrl: `${world.crm.origin}/crm.html?new={phone.e164}`,
  });
  panel = await world.openPhone();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => {
  await world?.close();
  await api?.close();
});
beforeEach(async () => {
  world.sim.instance.reset();
  api.reset();
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
});

async function ring(phoneNumber, attributes = {}) {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber, attributes });
  await panel.bringToFront();
  await waitInPage(panel, (sel) => document.querySelector(sel), card(contactId));
  return contactId;
}
const lookupState = (id, state) => waitInPage(panel, ([sel, s]) => document.querySelector(`${sel} .customer-record`)?.dataset.lookupState === s, [card(id), state], 12_000);
const fields = (id) => panel.$$eval(`${card(id)} .customer-record dd`, (dds) => Object.fromEntries(dds.map((dd) => [dd.dataset.field, dd.textContent])));

test('the caller\'s CRM record on the card, as text, with the admin\'s header; its id opens the record', { timeout: 40_000 }, async () => {
  await world.ext.configure({ screenPopRules: [{ id: 'rec', name: 'Customer record', enabled: true, condition: null, trigger: 'ringing', target: 'new-tab', urlTemplate: `${world.crm.origin}/crm.html?customer={lookup.id}` }] });
  api.setCustomers('+81312345678', [{ id: 'C-1001', name: '田中 太郎', email: 'tanaka@example.jp', status: '<b onmouseover="alert(1)">VIP</b>', registeredAt: '2019-04-01', address: { city: '東京都千代田区' } }]);
  const contactId = await ring('+81312345678', { CustomerId: 'C-1001' });
  await lookupState(contactId, 'found');
  assert.deepEqual(await fields(contactId), { Name: '田中 太郎', 'E-mail': 'tanaka@example.jp', Status: '<b onmouseover="alert(1)">VIP</b>', Registered: '2019-04-01', City: '東京都千代田区' });
  assert.equal(await panel.$(`${card(contactId)} .customer-record b`), null, 'nothing from the answer is HTML');
  assert.equal(api.lookups.length, 1, 'one lookup per call');
  assert.equal(api.lookups[0].phone, '+81312345678');
  assert.equal(api.lookups[0].headers['x-api-key'], 'k-123');
  // The screen pop waited for the lookup and opened the record by its id.
  const pop = await world.ext.browser.waitForTarget((t) => t.url() === `${world.crm.origin}/crm.html?customer=C-1001`, { timeout: 10_000 });
  await (await pop.page())?.close();
  await world.ext.configure({ screenPopRules: [] });
  const box = await (await panel.$(card(contactId))).boundingBox();
  await panel.bringToFront();
  await panel.screenshot({ path: path.join(shots, 'customer-card.png'), clip: { x: 0, y: Math.max(0, box.y - 8), width: 380, height: Math.min(box.height + 16, 700) } });
});

test('several matches: the agent picks one; none: "no record" and the create link', { timeout: 40_000 }, async () => {
  api.setCustomers('+819012345678', [{ id: 'A', name: '佐藤 花子', email: 'hanako@example.jp' }, { id: 'B', name: '佐藤 一郎', email: 'ichiro@example.jp' }]);
  const several = await ring('+819012345678');
  await lookupState(several, 'found');
  await waitInPage(panel, (sel) => document.querySelectorAll(`${sel} .lookup-pick`).length === 2, card(several));
  const picks = await panel.$$(`${card(several)} .lookup-pick`);
  await picks[1].click();
  await waitInPage(panel, (sel) => document.querySelector(`${sel} .customer-record dd[data-field="Name"]`)?.textContent === '佐藤 一郎', card(several));
  assert.equal((await fields(several))['E-mail'], 'ichiro@example.jp');

  world.sim.instance.reset();
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
  const none = await ring('+81667654321');
  await lookupState(none, 'none');
  assert.match(await panel.$eval(`${card(none)} .lookup-none`, (e) => e.textContent), /No record/);
  assert.equal(await panel.$eval(`${card(none)} a.lookup-create`, (a) => a.href), `${world.crm.origin}/crm.html?new=%2B81667654321`);
});

test('bad answers each show their message, and the call goes on', { timeout: 90_000 }, async () => {
  const cases = [
    { setup: () => api.failNext('customers', 1, 500), error: 'http-status', text: /HTTP 500/ },
    { setup: () => api.failNext('customers', 1, 403), error: 'http-status', text: /HTTP 403/ },
    { setup: () => api.setLookupMode('html'), error: 'not-json', text: /did not answer with data/ },
    { setup: () => api.setLookupMode('huge'), error: 'too-large', text: /too large/ },
    { setup: () => api.setLookupMode('slow'), error: 'timeout', text: /did not answer in time/ },
  ];
  for (const c of cases) {
    world.sim.instance.reset();
    api.reset();
    await waitInPage(panel, () => !document.querySelector('.contact-card'));
    c.setup();
    const contactId = await ring('+81312345678');
    await lookupState(contactId, 'error');
    const shown = await panel.$eval(`${card(contactId)} .lookup-error`, (e) => ({ error: e.dataset.error, text: e.textContent }));
    assert.equal(shown.error, c.error);
    assert.match(shown.text, c.text);
    // Nothing else stopped: the call can still be answered.
    await panel.click(`${card(contactId)} button.primary`);
    await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.phase === 'connected', card(contactId));
  }
});

test('the CRM\'s own session goes with the lookup only when the admin says so, to a granted CRM site\'s host', { timeout: 40_000 }, async () => {
  // The stand-in API runs on the CRM site's host (another port): a CRM's cookies belong to its host.
  await world.ext.browser.setCookie({ name: 'crm_session', value: 's-1', domain: '127.0.0.1', path: '/', sameSite: 'Lax' });
  api.setCustomers('+81312345678', [{ id: 'C-1', name: '田中 太郎' }]);
  const without = await ring('+81312345678');
  await lookupState(without, 'found');
  assert.equal(api.lookups[0].headers.cookie, undefined, 'no cookies unless the admin turns them on');

  world.sim.instance.reset();
  api.reset();
  api.setCustomers('+81312345678', [{ id: 'C-1', name: '田中 太郎' }]);
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
  await world.ext.configure({ lookupCookies: true });
  const withCookies = await ring('+81312345678');
  await lookupState(withCookies, 'found');
  assert.match(api.lookups[0].headers.cookie ?? '', /crm_session=s-1/);

  world.sim.instance.reset();
  api.reset();
  await waitInPage(panel, () => !document.querySelector('.contact-card'));
  await world.ext.configure({ lookupCookies: true, crmSites: [] }); // no longer a CRM site
  const notGranted = await ring('+81312345678');
  await lookupState(notGranted, 'none');
  assert.equal(api.lookups[0].headers.cookie, undefined, 'not to a host that is no CRM site');
  await world.ext.configure({ lookupCookies: false, crmSites: [world.crm.origin] });
});
