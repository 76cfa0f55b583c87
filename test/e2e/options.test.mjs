// The instance URL in the options page: validated at the field, normalised on save, and the
// side panel follows a change without a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ configure: false });
});
after(async () => world?.close());

async function typeUrl(page, text) {
  await page.bringToFront();
  // The page renders once settings and policy are read (storage.managed's first read takes ≈ 25 ms).
  await page.waitForSelector('#instance-url');
  await page.click('#instance-url', { count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type('#instance-url', text);
  await page.click('#instance-url-save');
}

const stored = (page) => page.evaluate(() => chrome.storage.local.get('instanceUrl').then((s) => s.instanceUrl ?? ''));

test('a wrong instance URL gets a clear message at the field and nothing is saved', { timeout: 30_000 }, async () => {
  const options = await world.ext.openExtensionPage('options.html');
  for (const [input, message] of [
    ['https://example.com/ccp-v2/', /not an Amazon Connect address/],
    ['http://acme.my.connect.aws/ccp-v2/', /only reached over https/],
    ['bad_alias!', /letters, digits and inner hyphens|not a web address/],
    ['https://acme.my.connect.aws/some/page', /not the CCP/],
  ]) {
    await typeUrl(options, input);
    await waitInPage(options, () => Boolean(document.querySelector('#instance-url-error')));
    assert.match(await options.$eval('#instance-url-error', (el) => el.textContent), message, input);
    assert.equal(await options.$eval('#instance-url', (el) => el.getAttribute('aria-invalid')), 'true');
    assert.equal(await stored(options), '', `${input} was not saved`);
  }
  await options.close();
});

test('an alias and an old awsapps.com URL are normalised on save', { timeout: 30_000 }, async () => {
  const options = await world.ext.openExtensionPage('options.html');
  await typeUrl(options, 'my-centre');
  await waitInPage(options, () => Boolean(document.querySelector('#instance-url-saved')));
  assert.equal(await stored(options), 'https://my-centre.my.connect.aws/ccp-v2/');
  await typeUrl(options, 'https://acme.awsapps.com/connect/ccp-v2');
  await waitInPage(options, () => document.querySelector('#instance-url')?.value === 'https://acme.awsapps.com/connect/ccp-v2/');
  assert.equal(await stored(options), 'https://acme.awsapps.com/connect/ccp-v2/');
  // A bad edit after a good save loses nothing.
  await typeUrl(options, 'https://example.com');
  assert.equal(await stored(options), 'https://acme.awsapps.com/connect/ccp-v2/');
  await options.close();
});

test('the options page shows the exact origin to approve, with a copy button', { timeout: 30_000 }, async () => {
  const options = await world.ext.openExtensionPage('options.html');
  await options.waitForSelector('#extension-origin');
  assert.equal(await options.$eval('#extension-origin', (el) => el.textContent), world.ext.origin);
  assert.equal(world.ext.extensionId, 'jfnmdgfcdlnaebojhdhmioechdnkhncf', 'the manifest key fixes the ID');
  await options.close();
});

test('the side panel says when nothing is configured, then follows a new URL without a reload', { timeout: 60_000 }, async () => {
  const setup = await world.ext.openExtensionPage('options.html');
  await setup.evaluate(() => chrome.storage.local.set({ instanceUrl: '' }));
  const panel = await world.ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  await waitInPage(panel, () => Boolean(document.querySelector('#not-configured')));
  await panel.evaluate(() => (window.ccpsSamePage = true));

  await typeUrl(setup, world.sim.ccpUrl);
  await waitInPage(setup, () => Boolean(document.querySelector('#instance-url-saved')));

  await panel.bringToFront();
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 30_000);
  assert.equal(await panel.evaluate(() => window.ccpsSamePage), true, 'the panel was not reloaded');
  assert.equal(await panel.$('#not-configured'), null);
  await panel.close();
  await setup.close();
});
