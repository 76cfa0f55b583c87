// Auto-fill: when a contact connects, the admin's mappings fill the CRM form as a user typing
// would, so a React form's own state sees every value; a field the agent typed in is kept unless
// the mapping says to overwrite; the contact card lists what was filled, kept, not found or skipped.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { readContactCard, startWorld } from './setup.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

let world;
let panel;
before(async () => {
  await esbuild.build({
    entryPoints: [path.join(fixtures, 'src/react-contact-form.tsx')],
    outfile: path.join(fixtures, 'generated/react-contact-form.js'),
    bundle: true, format: 'iife', jsx: 'automatic', jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'warning',
  });
  world = await startWorld();
  panel = await world.openPhone();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(async () => {
  world.sim.instance.reset();
  for (const page of await world.ext.browser.pages()) if (page.url().startsWith(world.crm.origin)) await page.close();
});

const mapping = (id, fields) => ({ id, selector: '', label: '', overwrite: false, ...fields });
const reactState = (page) => page.$eval('#state', (el) => JSON.parse(el.textContent));

async function connectCall(details) {
  const { contactId } = await world.sim.instance.deliverInbound(details);
  await panel.bringToFront();
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  return contactId;
}

test('a React form is filled as if typed: React\'s own state holds every value', { timeout: 30_000 }, async () => {
  await world.ext.configure({
    autofillMappings: [
      mapping('phone', { label: 'Phone number', template: '{phone.national}' }),
      mapping('customer', { label: 'Customer ID', template: '{attr.CustomerId}' }),
      mapping('account', { label: 'Account', template: '{attr.AccountId}' }),
      mapping('notes', { selector: '#notes', template: 'Called {phone.e164} via {queue.name}' }),
      mapping('priority', { selector: 'select#priority', template: '{attr.Tier}' }),
    ],
  });
  const form = await world.openCrm('react-contact-form.html');
  const contactId = await connectCall({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001', AccountId: 'A-9', Tier: 'gold' } });
  await eventually(async () => (await reactState(form)).customerId === 'C-1001', { what: 'React state to hold the customer id' });
  assert.deepEqual(await reactState(form), { name: '', phone: '03-1234-5678', customerId: 'C-1001', account: 'A-9', notes: 'Called +81312345678 via SupportQueue-JP', priority: 'gold' });
  assert.ok(Number(await form.$eval('#changes', (el) => el.textContent)) >= 5, 'React handled a change event per field');
  // The card reports each mapping.
  const activity = await eventually(async () => {
    const card = await readContactCard(panel, contactId);
    return card?.activity.length >= 5 ? card.activity : null;
  }, { what: 'the card to list the filled fields' });
  assert.deepEqual(activity.map((a) => [a.name, a.status]).sort(), [['#notes', 'filled'], ['Account', 'filled'], ['Customer ID', 'filled'], ['Phone number', 'filled'], ['select#priority', 'filled']]);
});

test('a field the agent typed in is kept unless its mapping overwrites; missing fields and values are reported', { timeout: 30_000 }, async () => {
  await world.ext.configure({
    autofillMappings: [
      mapping('name', { label: 'Customer name', template: '{attr.CustomerName}' }),
      mapping('notes', { label: 'Notes', template: 'Caller {phone.international}', overwrite: true }),
      mapping('ghost', { selector: '#no-such-field', template: '{contact.id}' }),
      mapping('missing', { label: 'Customer ID', template: '{attr.NotThere}' }),
    ],
  });
  const form = await world.openCrm('react-contact-form.html');
  await form.bringToFront();
  await form.type('#name', 'Tanaka (typed)');
  await form.type('#notes', 'typed note');
  const contactId = await connectCall({ phoneNumber: '+14155550132', attributes: { CustomerName: 'From Connect' } });
  await eventually(async () => (await reactState(form)).notes === 'Caller +1 415-555-0132', { what: 'the overwriting mapping to fill Notes' });
  const state = await reactState(form);
  assert.equal(state.name, 'Tanaka (typed)', 'what the agent typed stays');
  assert.equal(state.customerId, '', 'a missing attribute fills nothing');
  const activity = await eventually(async () => {
    const card = await readContactCard(panel, contactId);
    return card?.activity.length >= 4 ? card.activity : null;
  }, { what: 'the card to report every mapping' });
  const byName = Object.fromEntries(activity.map((a) => [a.name, a]));
  assert.equal(byName['Customer name'].status, 'kept');
  assert.equal(byName.Notes.status, 'filled');
  assert.equal(byName['#no-such-field'].status, 'not-found');
  assert.equal(byName['Customer ID'].status, 'skipped');
  assert.match(byName['Customer ID'].text, /NotThere is missing/);
});

test('a plain form fills the tab a screen pop just opened for the call', { timeout: 30_000 }, async () => {
  await world.ext.configure({
    screenPopRules: [{ id: 'pop', name: 'New contact form', enabled: true, condition: null, trigger: 'connected', target: 'new-tab', urlTemplate: `${world.crm.origin}/crm.html?new={contact.id}` }],
    autofillMappings: [mapping('phone', { label: 'Phone', template: '{phone.e164}' }), mapping('name', { selector: '#field-name', template: '{attr.CustomerName}' })],
  });
  const contactId = await connectCall({ phoneNumber: '+442079460958', attributes: { CustomerName: 'Emma Brown' } });
  const target = await world.ext.browser.waitForTarget((t) => t.url() === `${world.crm.origin}/crm.html?new=${contactId}`, { timeout: 10_000 });
  const page = await target.page();
  await waitInPage(page, () => document.querySelector('#field-phone')?.value === '+442079460958');
  assert.equal(await page.$eval('#field-name', (el) => el.value), 'Emma Brown');
  await world.ext.configure({ screenPopRules: [] });
});
