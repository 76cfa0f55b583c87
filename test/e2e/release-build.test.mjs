// The release build (dist/chrome) loads as an unpacked extension and refuses a loopback
// instance URL: only the development build may point at the simulated instance.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/chrome');
let ext;
before(async () => {
  ext = await launchWithExtension({ dist });
});
after(async () => ext?.close());

test('the release build loads with the fixed ID and no host access by default', { timeout: 30_000 }, async () => {
  assert.equal(ext.extensionId, 'jfnmdgfcdlnaebojhdhmioechdnkhncf');
  const options = await ext.openExtensionPage('options.html');
  const manifest = await options.evaluate(() => chrome.runtime.getManifest());
  assert.deepEqual(manifest.host_permissions ?? [], []);
  assert.ok(!JSON.stringify(manifest).includes('<all_urls>'));
  const granted = await options.evaluate(() => chrome.permissions.getAll());
  assert.deepEqual(granted.origins, []);
  await options.close();
});

test('the release build refuses a loopback instance URL at the field', { timeout: 30_000 }, async () => {
  const options = await ext.openExtensionPage('options.html');
  // The form renders once the settings are read: on a loaded machine, after the page's load event.
  await options.waitForSelector('#instance-url');
  await options.type('#instance-url', 'http://127.0.0.1:4100/ccp-v2/');
  await options.click('#instance-url-save');
  await waitInPage(options, () => Boolean(document.querySelector('#instance-url-error')));
  assert.match(await options.$eval('#instance-url-error', (el) => el.textContent), /development build/);
  assert.equal(await options.evaluate(() => chrome.storage.local.get('instanceUrl').then((s) => s.instanceUrl ?? '')), '');
  await options.close();
});
