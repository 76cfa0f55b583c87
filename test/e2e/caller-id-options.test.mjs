// The admin's caller ID per CRM site, set in the options page (issue 12 point 5): the site chosen
// from the CRM sites, the queue by name or ARN, checked at the field (a malformed ARN refused, a
// queue the signed-in agent lacks pointed out), locked when policy sets it; and a click-to-dial on
// that site then goes out with that queue (the queueARN of the simulator's createOutboundContact).
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { QUEUES } from '../simulator/instance.mjs';
import { clickNumber, requestsOf, startWorld } from './setup.mjs';

let world;
let options;
before(async () => {
  world = await startWorld();
  // The agent signed in in this browser: the options page knows their outbound queues.
  const panel = await world.openPhone();
  await waitInPage(panel, () => Boolean(document.querySelector('.caller-id-select')));
  options = await world.ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#caller-id-section')));
}, { timeout: 60_000 });
after(async () => world?.close());
beforeEach(() => world.sim.instance.reset());

const stored = () => options.evaluate(() => chrome.storage.local.get('callerIdQueues').then((s) => s.callerIdQueues));
const textOf = (selector) => options.$eval(selector, (el) => el.textContent).catch(() => null);

async function fill(selector, text) {
  await options.bringToFront();
  await options.click(selector, { count: 3 });
  await options.keyboard.press('Backspace');
  if (text) await options.type(selector, text);
}

/** The queueARN of the next createOutboundContact after `before` of them. */
function nextDialQueue(before) {
  return eventually(() => {
    const calls = requestsOf(world.sim, 'createOutboundContact');
    return calls.length > before ? calls.at(-1).params.queueARN ?? null : null;
  }, { what: 'createOutboundContact at the instance' });
}

async function clickToDial() {
  const crm = await world.openCrm();
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickNumber(crm, '#phone-tanaka');
  const queueARN = await nextDialQueue(before);
  await crm.close();
  return queueARN;
}

test('a default is checked at each field, saved only when valid, and a click-to-dial on the site then goes out with its queue', { timeout: 30_000 }, async () => {
  await options.bringToFront();
  await options.click('#caller-id-add');
  assert.deepEqual(await options.$$eval('#caller-id-field-site option', (els) => els.map((el) => el.value)), [world.crm.origin], 'the CRM sites to choose from');
  assert.deepEqual(await options.$$eval('#caller-id-field-queue-suggestions option', (els) => els.map((el) => el.value)), ['BasicQueue', 'SupportQueue-JP', 'Sales-JP'],
    'the signed-in agent\'s outbound queues suggested');

  await options.click('#caller-id-save');
  assert.match(await textOf('#caller-id-error-queue'), /required/);
  await fill('#caller-id-field-queue', 'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d/queue');
  assert.match(await textOf('#caller-id-error-queue'), /not a queue ARN: it looks like arn:aws:connect:REGION/);
  assert.equal(await options.$eval('#caller-id-field-queue', (el) => el.getAttribute('aria-invalid')), 'true');
  await options.click('#caller-id-save');
  assert.equal(await stored(), undefined, 'nothing saved while invalid');

  // Names match exactly: a wrong case is allowed (another profile may have it) but pointed out.
  await fill('#caller-id-field-queue', 'sales-jp');
  await waitInPage(options, () => Boolean(document.querySelector('#caller-id-hint-queue')));
  assert.equal(await textOf('#caller-id-hint-queue'),
    'Not an outbound queue of the agent signed in here (BasicQueue, SupportQueue-JP, Sales-JP). Agents whose routing profile lacks it call out with the profile\'s default.');
  await fill('#caller-id-field-queue', 'Sales-JP');
  await waitInPage(options, () => !document.querySelector('#caller-id-hint-queue'));
  await options.click('#caller-id-save');
  await waitInPage(options, () => document.querySelectorAll('#caller-id-list li').length === 1);
  assert.deepEqual(await stored(), [{ site: world.crm.origin, queue: 'Sales-JP' }]);
  assert.equal(await textOf('#caller-id-list li .caller-id-queue'), 'Sales-JP');
  // A click-to-dial on that site goes out with it.
  assert.equal(await clickToDial(), QUEUES['Sales-JP'].queueARN);

  // One default per site: a second one for the same site is refused.
  await options.click('#caller-id-add');
  await fill('#caller-id-field-queue', 'BasicQueue');
  await options.click('#caller-id-save');
  assert.match(await textOf('#caller-id-error-site'), /already in the list/);
  await options.click('#caller-id-cancel');
  assert.deepEqual(await stored(), [{ site: world.crm.origin, queue: 'Sales-JP' }]);
});

test('edited to an ARN, the dial goes out with that queue; removed, with the routing profile\'s', { timeout: 60_000 }, async () => {
  await options.evaluate((origin) => chrome.storage.local.set({ callerIdQueues: [{ site: origin, queue: 'Sales-JP' }] }), world.crm.origin);
  await waitInPage(options, () => document.querySelector('#caller-id-list .caller-id-queue')?.textContent === 'Sales-JP');
  // The ARN typed in the page: the page names its queue.
  await options.bringToFront();
  await options.click('#caller-id-list li .edit');
  await fill('#caller-id-field-queue', QUEUES['SupportQueue-JP'].queueARN);
  await waitInPage(options, () => Boolean(document.querySelector('#caller-id-hint-queue')));
  assert.equal(await textOf('#caller-id-hint-queue'), 'The queue SupportQueue-JP of the agent signed in here.');
  await options.click('#caller-id-save');
  await waitInPage(options, () => !document.querySelector('#caller-id-form'));
  assert.deepEqual(await stored(), [{ site: world.crm.origin, queue: QUEUES['SupportQueue-JP'].queueARN }]);
  assert.equal(await clickToDial(), QUEUES['SupportQueue-JP'].queueARN);

  // Removed: Streams fills in the routing profile's default outbound queue.
  world.sim.instance.reset();
  await options.bringToFront();
  await options.click('#caller-id-list li .remove');
  await waitInPage(options, () => Boolean(document.querySelector('#caller-id-empty')));
  assert.deepEqual(await stored(), []);
  assert.equal(await clickToDial(), QUEUES.BasicQueue.queueARN);
});

test('a default for a site no longer among the CRM sites is marked, and its edit asks for one of them', { timeout: 30_000 }, async () => {
  await options.evaluate(() => chrome.storage.local.set({ callerIdQueues: [{ site: 'https://old-crm.example.com', queue: 'Sales-JP' }] }));
  await waitInPage(options, () => Boolean(document.querySelector('#caller-id-list .caller-id-not-crm')));
  assert.equal(await textOf('#caller-id-list .caller-id-not-crm'), 'no longer a CRM site');
  await options.bringToFront();
  await options.click('#caller-id-list li .edit');
  await options.click('#caller-id-save');
  assert.equal(await textOf('#caller-id-error-site'), 'This is no longer one of the CRM sites: choose one of them, or remove this default.');
  assert.deepEqual(await stored(), [{ site: 'https://old-crm.example.com', queue: 'Sales-JP' }]);
  await options.select('#caller-id-field-site', world.crm.origin);
  await options.click('#caller-id-save');
  await waitInPage(options, () => !document.querySelector('#caller-id-form'));
  assert.deepEqual(await stored(), [{ site: world.crm.origin, queue: 'Sales-JP' }]);
  assert.equal(await options.$('#caller-id-list .caller-id-not-crm'), null);
});

test('set by policy: shown, locked, and what dials use', { timeout: 60_000 }, async () => {
  await options.evaluate((origin) => chrome.storage.local.set({ __devManagedOverride: { callerIdQueues: [{ site: origin, queue: 'SupportQueue-JP' }] } }), world.crm.origin);
  try {
    await waitInPage(options, () => document.querySelector('#caller-id-section')?.dataset.locked === 'true');
    assert.ok(await options.$('#caller-id-section [data-locked-note]'), 'the lock note');
    assert.equal(await options.$('#caller-id-add'), null, 'no way to add one');
    assert.equal(await options.$('#caller-id-list .edit'), null, 'no way to edit one');
    assert.equal(await textOf('#caller-id-list .caller-id-queue'), 'SupportQueue-JP');
    assert.equal(await clickToDial(), QUEUES['SupportQueue-JP'].queueARN);
  } finally {
    await options.evaluate(() => chrome.storage.local.remove('__devManagedOverride'));
  }
});
