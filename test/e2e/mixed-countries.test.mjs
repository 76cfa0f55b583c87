// A country per number (issue #10): on a contact list of Japanese, British and American customers
// with a Country column, an agent who calls all three has each national number dialled as its
// row's country says, whichever is the default; a number no row evidence settles and that is
// valid in two of the agent's countries is asked about, and only the reading the agent picks is
// dialled.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickInGuest, inContentScript, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { waitForHighlights } from './highlight-support.mjs';
import { clickText, nextDialledNumber, readStorage, requestsOf, startWorld } from './setup.mjs';

const PAGE = 'mixed-countries.html';
const NUMBERS = ['07911 123456', '090-1234-5678', '(415) 555-0132', '020 7946 0958', '03-1234-5678', '0800 339 5092'];

let world;
let panel;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
});
after(async () => {
  await panel?.close().catch(() => undefined);
  await world?.close();
});
beforeEach(() => world.sim.instance.reset());

/** Clicks each number and returns what reached the instance, by element id. */
async function dialEach(crmPage, ids) {
  const dialled = {};
  for (const id of ids) {
    world.sim.instance.reset(); // the agent is free again, as after the previous call
    const before = requestsOf(world.sim, 'createOutboundContact').length;
    await clickText(crmPage, `#${id}`);
    dialled[id] = await nextDialledNumber(world.sim, before);
  }
  return dialled;
}

test('with the JP default and GB, US as other countries, each row\'s number is dialled in its row\'s country', { timeout: 90_000 }, async () => {
  await world.ext.configure({ defaultCountry: 'JP', otherCountries: ['GB', 'US'] });
  const crmPage = await world.openCrm(PAGE);
  await waitForHighlights(crmPage, NUMBERS);
  assert.deepEqual(await dialEach(crmPage, ['phone-uk', 'phone-jp', 'phone-us', 'phone-uk-office', 'phone-jp-office']), {
    'phone-uk': '+447911123456',
    'phone-jp': '+819012345678',
    'phone-us': '+14155550132',
    'phone-uk-office': '+442079460958',
    'phone-jp-office': '+81312345678',
  });
  await crmPage.close();
});

test('with the GB default, the Japanese rows are still dialled as Japanese numbers', { timeout: 90_000 }, async () => {
  await world.ext.configure({ defaultCountry: 'GB', otherCountries: ['JP', 'US'] });
  const crmPage = await world.openCrm(PAGE);
  await waitForHighlights(crmPage, NUMBERS);
  assert.deepEqual(await dialEach(crmPage, ['phone-jp', 'phone-jp-office', 'phone-uk', 'phone-us']), {
    'phone-jp': '+819012345678',
    'phone-jp-office': '+81312345678',
    'phone-uk': '+447911123456',
    'phone-us': '+14155550132',
  });
  // Rows far below were read in the extension's worker: the same rows' countries went with them
  // (a Japanese toll-free number is written as a British one: without its row, it would be asked about).
  await crmPage.evaluate(() => document.querySelector('#phone-jp-far').scrollIntoView({ block: 'center' }));
  await waitForHighlights(crmPage, ['0800 777 8888', '07400 654321']);
  assert.deepEqual(await dialEach(crmPage, ['phone-jp-far', 'phone-uk-far']), { 'phone-jp-far': '+818007778888', 'phone-uk-far': '+447400654321' });
  await crmPage.close();
});

test('a number no row evidence settles, valid in two of the agent\'s countries, is asked about: only the reading picked is dialled', { timeout: 90_000 }, async () => {
  await world.ext.configure({ defaultCountry: 'JP', otherCountries: ['GB', 'US'] });
  const crmPage = await world.openCrm(PAGE);
  await waitForHighlights(crmPage, NUMBERS);
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickText(crmPage, '#phone-unknown');
  const readings = await waitInGuest(crmPage, () => {
    const chooser = globalThis.ccpsGuest.root.querySelector('[data-ccps-chooser]');
    return chooser && !chooser.hidden ? [...chooser.querySelectorAll('button')].map((b) => b.firstChild.textContent) : null;
  });
  const digits = (text) => text.replace(/\D/g, '');
  assert.deepEqual(readings.map(digits).sort(), ['448003395092', '818003395092']);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(requestsOf(world.sim, 'createOutboundContact').length, before, 'nothing dialled before the agent chose');
  const british = readings.findIndex((text) => text.startsWith('+44'));
  await clickInGuest(crmPage, `[data-ccps-chooser] button:nth-of-type(${british + 1})`);
  assert.equal(await nextDialledNumber(world.sim, before), '+448003395092');
  assert.equal(await inContentScript(crmPage, () => globalThis.ccpsGuest.root.querySelector('[data-ccps-chooser]').hidden), true);
  await crmPage.close();
});

test('the agent lists the other countries in the options page; a policy sets and locks them', { timeout: 60_000 }, async () => {
  await world.ext.configure({ otherCountries: [] });
  const options = await world.ext.openExtensionPage('options.html');
  try {
    await waitInPage(options, () => Boolean(document.querySelector('#other-country-add')));
    assert.match(await options.$eval('#other-countries-section', (el) => el.textContent), /Other countries I call/);
    await options.select('#other-country-add', 'GB');
    await options.click('#other-country-add-button');
    await waitInPage(options, () => document.querySelector('#other-countries li[data-country="GB"]')?.textContent.includes('United Kingdom'));
    assert.deepEqual((await readStorage(options, 'local', ['otherCountries'])).otherCountries, ['GB']);
    // The default country (JP) and the ones already chosen are not offered again.
    const offered = await options.$$eval('#other-country-add option', (els) => els.map((el) => el.value));
    assert.equal(offered.includes('GB') || offered.includes('JP'), false);
    await options.click('#other-countries li[data-country="GB"] button');
    await waitInPage(options, () => Boolean(document.querySelector('#other-countries-empty')));
    assert.deepEqual((await readStorage(options, 'local', ['otherCountries'])).otherCountries, []);

    await options.evaluate(() => chrome.storage.local.set({ __devManagedOverride: { otherCountries: ['US', 'gb'] } }));
    await waitInPage(options, () => document.querySelector('#other-countries-section')?.dataset.locked === 'true');
    assert.deepEqual(await options.$$eval('#other-countries li', (els) => els.map((el) => el.dataset.country)), ['US', 'GB']);
    assert.equal(await options.$('#other-country-add'), null, 'no way to add one');
    assert.equal(await options.$('#other-countries li button'), null, 'no way to remove one');
  } finally {
    await options.evaluate(() => chrome.storage.local.remove('__devManagedOverride')).catch(() => undefined);
    await options.close();
  }
});
