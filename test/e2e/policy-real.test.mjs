// Real enterprise policy, end to end: a Chromium policy file for our extension ID (as an admin's
// deployment writes it) reaches chrome.storage.managed through our managed_schema, wins over the
// agent's own values and locks the fields. Chromium reads it from /etc/chromium/policies/managed/,
// which only root may write and which every Chromium on the machine reads: the file lives only
// while this file's one browser runs (the e2e files run one at a time), and .ci/run removes a
// stale one. Where it cannot be written (not root, not Linux), the test says so and skips.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { canWritePolicy, POLICY_DIR, POLICY_FILE } from '../support/chromium-policy.mjs';
import { eventually, launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

const ID = 'jfnmdgfcdlnaebojhdhmioechdnkhncf';

const writable = await canWritePolicy();
let ext;
before(async () => {
  if (!writable) return;
  await writeFile(POLICY_FILE, JSON.stringify({
    '3rdparty': { extensions: { [ID]: { instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', highlightNumbers: false, historyLimit: 50 } } },
  }));
  ext = await launchWithExtension();
}, { timeout: 60_000 });
after(async () => {
  await ext?.close();
  await rm(POLICY_FILE, { force: true });
}, { timeout: 30_000 });

test('a Chromium policy file sets and locks our settings', { timeout: 30_000, skip: writable ? false : `cannot write ${POLICY_DIR} (needs root on Linux)` }, async () => {
  const options = await ext.openExtensionPage('options.html');
  // Chromium loads policy for an extension shortly after it starts (≈ 2 s here).
  const managed = await eventually(async () => {
    const values = await options.evaluate(() => chrome.storage.managed.get(null));
    return Object.keys(values).length ? values : null;
  }, { timeout: 20_000, what: 'the policy in storage.managed' });
  assert.deepEqual(managed, { instanceUrl: 'https://corp.my.connect.aws/ccp-v2/', highlightNumbers: false, historyLimit: 50 });

  // The agent's own value is there, but the policy wins and the field is locked.
  await options.evaluate(() => chrome.storage.local.set({ instanceUrl: 'https://mine.my.connect.aws/ccp-v2/' }));
  await options.reload();
  await waitInPage(options, () => Boolean(document.querySelector('#policy-banner')));
  assert.equal(await options.$eval('#instance-url', (el) => el.value), 'https://corp.my.connect.aws/ccp-v2/');
  assert.equal(await options.$eval('#instance-url', (el) => el.disabled), true);
  assert.ok((await options.$$eval('[data-locked-note]', (els) => els.length)) >= 3, 'each locked field says so');
  // Every context reads the merged value: opening the side panel starts the phone on the policy's instance.
  await ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  const phone = await ext.phoneDocument();
  await waitInPage(phone, () => Boolean(document.querySelector('#ccp iframe')), undefined, 20_000);
  assert.equal(await phone.$eval('#ccp iframe', (el) => el.src), 'https://corp.my.connect.aws/ccp-v2/');
});
