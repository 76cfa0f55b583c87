// Enterprise policy: values from storage.managed win, show as locked ("Set by your organisation")
// and cannot be changed from the options page.
//
// A real policy file is tried in policy-real.test.mjs (it needs root). This file drives the many
// cases of the locked UI (policy appears, changes, goes away; imports meet locked keys) through the
// development build's stand-in for storage.managed (`__devManagedOverride` in storage.local, read
// only when IS_DEV_BUILD), which can change while the browser runs; the merge itself is a pure
// function, unit-tested in src/shared/settings-policy.test.ts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

const rule = { id: 'corp-1', name: 'Corporate CRM', urlTemplate: 'https://crm.corp.example/find?q={phone.e164}', trigger: 'ringing', target: 'reuse-crm-tab', condition: null, enabled: true };

let ext;
let options;
before(async () => {
  ext = await launchWithExtension();
  options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#instance-url')));
}, { timeout: 60_000 });
after(async () => ext?.close(), { timeout: 30_000 });

test('Chromium accepts the managed-storage schema', { timeout: 30_000 }, async () => {
  const manifest = await options.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.storage.managed_schema, 'managed-schema.json');
  assert.deepEqual(await options.evaluate(() => chrome.storage.managed.get()), {}, 'no policy on this machine: empty, not an error');
});

test('policy values win, are locked in the options page and survive a local write', { timeout: 30_000 }, async () => {
  await options.evaluate(() => chrome.storage.local.set({ instanceUrl: 'https://mine.my.connect.aws/ccp-v2/', historyLimit: 40 }));
  await options.evaluate((r) => chrome.storage.local.set({
    __devManagedOverride: { instanceUrl: 'corp', highlightNumbers: false, screenPopRules: [r], historyLimit: -5 },
  }), rule);
  await waitInPage(options, () => Boolean(document.querySelector('#policy-banner')));

  assert.equal(await options.$eval('#instance-url', (el) => el.value), 'https://corp.my.connect.aws/ccp-v2/');
  assert.equal(await options.$eval('#instance-url', (el) => el.disabled), true);
  assert.equal(await options.$eval('#instance-url-save', (el) => el.disabled), true);
  assert.match(await options.$eval('#instance-url-section', (el) => el.textContent), /Set by your organisation/);
  assert.equal(await options.$eval('#switch-highlightNumbers', (el) => el.disabled && !el.checked), true);
  assert.equal(await options.$('#screen-pop-add'), null, 'no way to add a rule');
  assert.equal(await options.$('#screen-pop-list .edit'), null, 'no way to edit one');
  assert.match(await options.$eval('#screen-pop-list', (el) => el.textContent), /Corporate CRM/);
  assert.equal(await options.$eval('#screen-pop-section', (el) => el.dataset.locked), 'true');

  // A policy value that does not fit is ignored (and said so), not locked.
  assert.match(await options.$eval('#policy-invalid', (el) => el.textContent), /historyLimit/);
  assert.equal(await options.$eval('#history-limit', (el) => el.disabled), false);
  assert.equal(await options.$eval('#history-limit', (el) => el.value), '40');
  // Settings without a policy value stay the agent's.
  assert.equal(await options.$eval('#login-url', (el) => el.disabled), false);

  // Whatever is written locally, the policy value is what every context reads.
  await options.evaluate(() => chrome.storage.local.set({ instanceUrl: 'https://other.my.connect.aws/ccp-v2/' }));
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await options.$eval('#instance-url', (el) => el.value), 'https://corp.my.connect.aws/ccp-v2/');
});

test('an import skips keys set by policy and says so', { timeout: 30_000 }, async () => {
  const file = path.join(tmpdir(), `ccps-policy-import-${process.pid}.json`);
  await writeFile(file, JSON.stringify({ instanceUrl: 'https://elsewhere.my.connect.aws/ccp-v2/', handleTelLinks: false }));
  await (await options.$('#import-file')).uploadFile(file);
  await waitInPage(options, () => document.querySelector('#import-report')?.dataset.ok === 'true');
  assert.match(await options.$eval('#import-locked', (el) => el.textContent), /Set by your organisation \(not imported\): instanceUrl/);
  assert.equal(await options.evaluate(() => chrome.storage.local.get('handleTelLinks').then((s) => s.handleTelLinks)), false);
  assert.equal(await options.evaluate(() => chrome.storage.local.get('instanceUrl').then((s) => s.instanceUrl)), 'https://other.my.connect.aws/ccp-v2/');
  await rm(file, { force: true });
});

test('when the policy goes, the agent’s own values come back and nothing is locked', { timeout: 30_000 }, async () => {
  await options.evaluate(() => chrome.storage.local.remove('__devManagedOverride'));
  await waitInPage(options, () => !document.querySelector('#policy-banner'));
  assert.equal(await options.$eval('#instance-url', (el) => el.disabled), false);
  assert.equal(await options.$eval('#instance-url', (el) => el.value), 'https://other.my.connect.aws/ccp-v2/');
  assert.equal(await options.$$eval('[data-locked-note]', (els) => els.length), 0);
});
