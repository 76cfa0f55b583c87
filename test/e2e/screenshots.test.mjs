// The README's screenshots, taken by the tests so they never go stale: every run of the e2e suite
// rewrites docs/screenshots/*.png from the development build, the simulated instance and the demo
// CRM page. Each is taken once the state it shows is there, and the test fails when it is not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { guestText, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { waitForHighlights } from './highlight-support.mjs';
import { readContactCard, startWorld } from './setup.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const PANEL = { width: 380, height: 640 };

let world;
let panel;
before(async () => {
  await mkdir(shots, { recursive: true });
  world = await startWorld();
  await world.ext.configure({ shownAttributes: [{ key: 'CustomerId', label: 'Customer' }, { key: 'Tier', label: 'Member tier' }] });
  panel = await world.ext.openExtensionPage('side-panel.html', PANEL);
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 30_000);
}, { timeout: 60_000 });
after(async () => world?.close());

/** Saves a PNG and checks it is one, of the size asked. */
async function save(page, name, clip) {
  const file = path.join(shots, name);
  await page.bringToFront();
  await page.screenshot({ path: file, type: 'png', ...(clip ? { clip } : {}) });
  const png = await readFile(file);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('side panel: the agent, available, and the (simulated) Contact Control Panel', { timeout: 30_000 }, async () => {
  assert.deepEqual(await save(panel, 'side-panel.png'), [PANEL.width, PANEL.height]);
});

test('CRM page and contact card: a call rings; numbers highlighted, one hovered, the caller shown in the page', { timeout: 30_000 }, async () => {
  const crm = await world.openCrm();
  await crm.setViewport({ width: 1000, height: 640 });
  await waitForHighlights(crm, ['03-1234-5678', '090-1234-5678', '+1 (415) 555-0132', '+44 20 7946 0958', '06-6123-4567', '＋８１ ３－９８７６－５４３２']);

  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001', Tier: 'Gold' } });
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
  const card = await readContactCard(panel, contactId);
  assert.equal(card.number, '03-1234-5678');
  assert.equal(card.labels.Customer, 'C-1001');
  assert.deepEqual(await save(panel, 'contact-card.png'), [PANEL.width, PANEL.height]);

  await crm.bringToFront();
  // Our in-page UI is in a closed shadow root: the development build keeps it where the content
  // script's isolated world (not the page) can read it.
  await waitInGuest(crm, (id) => Boolean(globalThis.ccpsNotices.get(id)), contactId);
  const box = await crm.evaluate(() => {
    const r = document.querySelector('#phone-smith').getBoundingClientRect();
    return { x: r.left + 20, y: r.top + r.height / 2 };
  });
  await crm.mouse.move(box.x, box.y);
  await waitInGuest(crm, () => globalThis.ccpsGuest.root.querySelector('[data-ccps-hover]')?.hidden === false);
  assert.equal(await guestText(crm, '[data-ccps-hover]'), 'Call +1 415-555-0132');
  assert.deepEqual(await save(crm, 'crm-page.png'), [1000, 640]);
  await crm.close();
});

test('options page: the instance, the approved origin and the CRM sites', { timeout: 30_000 }, async () => {
  // An instance alias as an admin types it, rather than the simulator's changing port.
  await world.ext.configure({ instanceUrl: 'my-centre' });
  const options = await world.ext.openExtensionPage('options.html', { width: 1000, height: 900 });
  await options.waitForSelector('#instance-url');
  await waitInPage(options, () => Boolean(document.querySelector('#extension-origin')?.textContent));
  assert.equal(await options.$eval('#extension-origin', (el) => el.textContent), world.ext.origin);
  assert.equal(await options.$eval('#instance-url', (el) => el.value), 'https://my-centre.my.connect.aws/ccp-v2/');
  assert.deepEqual(await save(options, 'options.png'), [1000, 900]);
  await options.close();
});
