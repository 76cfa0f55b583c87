// CRM sites match by origin, port included (issue 14). Chromium's host permissions ignore the
// port, so a CRM site granted on one loopback port used to bring our content script to every
// page of that host: the simulated instance's CCP page inside the side panel (another port) had its
// numbers highlighted. Now nothing of ours runs on another port of a granted host, neither the
// content script nor the page-world shadow-root announcer, and the granted origin still works.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../support/static-server.mjs';
import { buildFixtures } from '../fixtures/build-fixtures.mjs';
import { startWorld } from './setup.mjs';
import { waitForHighlights } from './highlight-support.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const SHADOW_ROOT_EVENT = 'ccps-shadow-root'; // content-scripts/crm/shadow-root-event.ts

let world;
let otherPort;
before(async () => {
  await buildFixtures();
  world = await startWorld();
  // The same pages on another port of the same host: not a granted CRM site.
  otherPort = await serveStatic(fixtures);
}, { timeout: 60_000 });
after(async () => {
  await world?.close();
  await otherPort?.close();
});

/** Everything of ours a frame could show: our UI host, our highlights, our sheet, the announcer's wrapper. */
function traces(frame) {
  return frame.evaluate(async (eventName) => {
    const host = document.createElement('div');
    document.body.append(host);
    let announced = false;
    host.addEventListener(eventName, () => { announced = true; });
    host.attachShadow({ mode: 'open' });
    await new Promise((r) => setTimeout(r, 50));
    host.remove();
    return {
      guestRoot: Boolean(document.querySelector('ccps-root')),
      highlights: CSS.highlights.has('ccps-phone'),
      sheet: document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(ccps-phone)'))),
      announced,
    };
  }, SHADOW_ROOT_EVENT);
}

const NONE = { guestRoot: false, highlights: false, sheet: false, announced: false };

test('a page on another port of a granted host gets nothing of ours', { timeout: 30_000 }, async () => {
  assert.notEqual(otherPort.origin, world.crm.origin);
  const page = await world.ext.browser.newPage();
  await page.goto(`${otherPort.origin}/crm.html`);
  await page.bringToFront();
  // Long enough for the registered script to have started and scanned on the granted port.
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(await page.evaluate(() => document.querySelector('#phone-tanaka')?.textContent), '03-1234-5678', 'the page loaded');
  assert.deepEqual(await traces(page.mainFrame()), NONE);
  await page.close();
});

test('injected there all the same, our scripts check the origin and do nothing', { timeout: 30_000 }, async () => {
  // As if registered too widely (an older version's registration, a bug): the start-up check in
  // each script is the second fence.
  const page = await world.ext.browser.newPage();
  await page.goto(`${otherPort.origin}/crm.html`);
  await page.bringToFront();
  const options = await world.ext.openExtensionPage('options.html');
  await options.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: `${url}*` });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['shadow-announcer.js'], world: 'MAIN' });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content-crm.js'] });
  }, `${otherPort.origin}/crm.html`);
  await options.close();
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(await traces(page.mainFrame()), NONE);
  await page.close();
});

test('the simulated CCP inside the phone document (another port) gets nothing of ours', { timeout: 60_000 }, async () => {
  const panel = await world.openPhone();
  const phone = await world.ext.phoneDocument();
  const ccp = phone.frames().find((f) => f.url().startsWith(world.sim.origin));
  assert.ok(ccp, 'the CCP frame is in the phone document');
  await new Promise((r) => setTimeout(r, 1000));
  assert.deepEqual(await traces(ccp), NONE);
  await panel.close();
});

test('the granted origin still gets highlighting, its UI and the announcer', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  await page.bringToFront();
  await waitForHighlights(page, ['03-1234-5678', '090-1234-5678', '+1 (415) 555-0132', '+44 20 7946 0958', '06-6123-4567', '＋８１ ３－９８７６－５４３２']);
  assert.deepEqual(await traces(page.mainFrame()), { guestRoot: true, highlights: true, sheet: true, announced: true });
  await page.close();
});
