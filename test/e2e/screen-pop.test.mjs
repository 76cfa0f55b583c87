// Screen pop: the admin's rules open the caller's CRM record when a contact rings, is accepted
// or connects: in a new tab, in the CRM tab already open, or by bringing forward a tab already
// on that record. Values are URL-encoded; a rule whose attribute is missing does not fire and
// the contact card says why.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually } from '../support/extension-browser.mjs';
import { cardPhaseIn, readContactCard, startWorld } from './setup.mjs';

let world;
let panel;
let rule;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
  rule = (fields) => ({ id: fields.name, enabled: true, condition: null, trigger: 'ringing', target: 'new-tab', urlTemplate: `${world.crm.origin}/crm.html?q={phone.e164}`, ...fields });
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());
beforeEach(async () => {
  world.sim.instance.reset();
  for (const page of await world.ext.browser.pages()) if (page.url().startsWith(world.crm.origin)) await page.close();
});

const pagesAt = async (url) => (await world.ext.browser.pages()).filter((p) => p.url() === url);
const activeTabUrl = () => panel.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);
const activityOf = async (contactId, name) => (await readContactCard(panel, contactId))?.activity.find((a) => a.name === name);
const waitActivity = (contactId, name) => eventually(() => activityOf(contactId, name), { what: `the card to report ${name}` });
const cardPhase = (id, phase) => cardPhaseIn(panel, id, phase);

test('a ringing call opens the record in a new tab, with the values URL-encoded', { timeout: 30_000 }, async () => {
  await world.ext.configure({ screenPopRules: [rule({ name: 'Customer record', urlTemplate: `${world.crm.origin}/crm.html?q={phone.e164}&id={attr.CustomerId}&queue={queue.name}` })] });
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C 10/01&x' } });
  const expected = `${world.crm.origin}/crm.html?q=%2B81312345678&id=C%2010%2F01%26x&queue=SupportQueue-JP`;
  const target = await world.ext.browser.waitForTarget((t) => t.url() === expected, { timeout: 10_000 });
  assert.ok(target);
  const activity = await waitActivity(contactId, 'Customer record');
  assert.equal(activity.status, 'opened');
  // Handled once per contact: later phases of the same call open nothing more.
  await panel.bringToFront();
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await cardPhase(contactId, 'connected');
  await new Promise((r) => setTimeout(r, 500));
  assert.equal((await pagesAt(expected)).length, 1);
});

test('a missing attribute leaves the rule unfired, and the card says which', { timeout: 30_000 }, async () => {
  await world.ext.configure({ screenPopRules: [rule({ name: 'Account', urlTemplate: `${world.crm.origin}/crm.html?account={attr.AccountId}` })] });
  const before = (await world.ext.browser.pages()).length;
  const { contactId } = await world.sim.instance.deliverInbound({ attributes: { CustomerId: 'C-1' } });
  const activity = await waitActivity(contactId, 'Account');
  assert.equal(activity.status, 'skipped');
  assert.match(activity.text, /AccountId is missing/);
  assert.equal((await world.ext.browser.pages()).length, before, 'no tab opened');
});

test('"reuse a CRM tab" opens the record in the CRM tab already open when the call is accepted', { timeout: 30_000 }, async () => {
  await world.ext.configure({ screenPopRules: [rule({ name: 'Reuse', trigger: 'accepted', target: 'reuse-crm-tab', urlTemplate: `${world.crm.origin}/crm.html?caller={phone.national}` })] });
  const crmPage = await world.openCrm();
  const before = (await world.ext.browser.pages()).length;
  await panel.bringToFront();
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+819012345678' });
  await cardPhase(contactId, 'incoming');
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(crmPage.url(), `${world.crm.origin}/crm.html`, 'nothing happens while it rings');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  const expected = `${world.crm.origin}/crm.html?caller=090-1234-5678`;
  await eventually(() => crmPage.url() === expected, { what: 'the CRM tab to navigate' });
  assert.equal((await world.ext.browser.pages()).length, before, 'no new tab');
  assert.equal(await activeTabUrl(), expected, 'and it is brought to the front');
  assert.equal((await waitActivity(contactId, 'Reuse')).status, 'reused');
});

test('"focus a matching tab" brings forward the tab already on that record when the call connects', { timeout: 30_000 }, async () => {
  await world.ext.configure({ screenPopRules: [rule({ name: 'Focus', trigger: 'connected', target: 'focus-matching', urlTemplate: `${world.crm.origin}/crm.html?id={attr.CustomerId}` })] });
  const recordUrl = `${world.crm.origin}/crm.html?id=C-77`;
  const record = await world.ext.browser.newPage();
  await record.goto(recordUrl);
  const other = await world.openCrm();
  await other.bringToFront();
  const before = (await world.ext.browser.pages()).length;
  const { contactId } = await world.sim.instance.deliverInbound({ attributes: { CustomerId: 'C-77' } });
  await panel.bringToFront();
  await cardPhase(contactId, 'incoming');
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await eventually(async () => (await activeTabUrl()) === recordUrl, { what: 'the record tab to come forward' });
  assert.equal((await world.ext.browser.pages()).length, before, 'no new tab');
  assert.equal((await waitActivity(contactId, 'Focus')).status, 'focused');
});

test('a condition on the queue or an attribute decides whether a rule fires', { timeout: 30_000 }, async () => {
  await world.ext.configure({
    screenPopRules: [
      rule({ name: 'Japan desk', condition: { field: 'queue', equals: 'SupportQueue-JP' }, urlTemplate: `${world.crm.origin}/crm.html?desk=jp&n={phone.digits}` }),
      rule({ name: 'Gold', condition: { field: 'attr.Tier', equals: 'gold' }, urlTemplate: `${world.crm.origin}/crm.html?vip={contact.id}` }),
    ],
  });
  const basic = await world.sim.instance.deliverInbound({ queue: 'BasicQueue', attributes: { Tier: 'silver' } });
  await cardPhase(basic.contactId, 'incoming');
  world.sim.instance.customerHangUp(basic.contactId);
  const jp = await world.sim.instance.deliverInbound({ queue: 'SupportQueue-JP', phoneNumber: '+81312345678', attributes: { Tier: 'gold' } });
  await world.ext.browser.waitForTarget((t) => t.url() === `${world.crm.origin}/crm.html?desk=jp&n=81312345678`, { timeout: 10_000 });
  await world.ext.browser.waitForTarget((t) => t.url() === `${world.crm.origin}/crm.html?vip=${jp.contactId}`, { timeout: 10_000 });
  assert.equal((await world.ext.browser.pages()).filter((p) => p.url().includes(basic.contactId)).length, 0);
  assert.equal((await pagesAt(`${world.crm.origin}/crm.html?desk=jp&n=81312345678`)).length, 1);
});
