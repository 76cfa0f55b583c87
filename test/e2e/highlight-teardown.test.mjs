// When the extension is updated or removed, the content script already in a CRM page is orphaned
// (its runtime is gone): it must take its highlight, style and UI away, and after an update the
// new copy the background injects takes over, with no doubled highlight or shadow host (issue
// #3). chrome.runtime.reload() leaves an extension loaded over CDP blocked, so the update is
// played as what it is to the page: the old instance goes, a new one with the same ID comes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEV_DIST, eventually, waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';
import { highlighted, waitForHighlights } from './highlight-support.mjs';

const CRM_NUMBERS = ['03-1234-5678', '090-1234-5678', '+1 (415) 555-0132', '+44 20 7946 0958', '06-6123-4567', '＋８１ ３－９８７６－５４３２'];

let world;
before(async () => {
  world = await startWorld();
});
after(async () => world?.close());

test('an update: the orphan leaves at once when the new copy arrives, and the new copy takes over', { timeout: 40_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  // Mark the old copy's host so we can tell it from the new one's.
  await page.evaluate(() => { document.querySelector('ccps-root').dataset.generation = 'old'; });
  const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);

  const { browser, extensionId } = world.ext;
  await browser.uninstallExtension(extensionId);
  const started = Date.now();
  assert.equal(await browser.installExtension(DEV_DIST), extensionId);
  // A fresh install: the admin's settings come back the way the options page stores them; the
  // background registers the script and injects it into the open CRM tab.
  await world.ext.configure({ instanceUrl: world.sim.ccpUrl, crmSites: [world.crm.origin], defaultCountry: 'JP' });

  await waitInPage(page, () => [...document.querySelectorAll('ccps-root')].map((r) => r.dataset.generation ?? 'new').join() === 'new', undefined, 20_000);
  // Sooner than the orphan's own 5 s check: the new copy's arrival made it look.
  assert.ok(Date.now() - started < 4500, `the orphan left after ${Date.now() - started} ms`);
  const ranges = await waitForHighlights(page, CRM_NUMBERS);
  assert.ok(ranges.every((r) => r.connected && r.valid));
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), sheetsBefore, 'one highlight sheet, not two');
  await page.close();
});

test('a removal: the orphan finds out by itself and leaves the page as it found it', { timeout: 40_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  await world.ext.browser.uninstallExtension(world.ext.extensionId);
  await eventually(() => page.evaluate(() => !document.querySelector('ccps-root') && !CSS.highlights.has('ccps-phone') && document.adoptedStyleSheets.length === 0), { what: 'the orphan to leave', timeout: 10_000 });
  assert.deepEqual(await highlighted(page), []);
  await page.close();
});
