// The options page for issue 13: a webhook or lookup origin is asked of the browser in the click
// that adds it (least privilege: optional host permissions), and nothing is saved when the browser
// says no; "Test the lookup" and "Send a test record" are setup checks that show each bad answer's
// message.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';
import { startCrmApi } from '../crm-api/server.mjs';

let ext;
let api;
let options;
before(async () => {
  api = await startCrmApi({ slowMs: 7000 });
  ext = await launchWithExtension();
  options = await ext.openExtensionPage('options.html', { width: 1000, height: 1600 });
  await waitInPage(options, () => Boolean(document.querySelector('#log-targets-section')));
}, { timeout: 60_000 });
after(async () => {
  await ext?.close();
  await api?.close();
}, { timeout: 30_000 });
beforeEach(() => api.reset());

const stored = (key) => options.evaluate((k) => chrome.storage.local.get(k).then((s) => s[k]), key);
async function fill(selector, text) {
  await options.bringToFront();
  await options.click(selector, { count: 3 });
  await options.keyboard.press('Backspace');
  if (text) await options.type(selector, text);
}
/** Replaces chrome.permissions.request in the page: records what is asked and answers `grant`. */
const stubPermissionRequest = (grant) => options.evaluate((g) => {
  globalThis.permissionRequests = [];
  chrome.permissions.request = (request) => {
    globalThis.permissionRequests.push({ origins: request.origins, activation: navigator.userActivation.isActive });
    return Promise.resolve(g);
  };
}, grant);

test('a webhook\'s origin is asked for in the click that adds it; refused, nothing is saved', { timeout: 30_000 }, async () => {
  await stubPermissionRequest(false);
  await options.click('#log-targets-add');
  await options.select('#log-targets-field-kind', 'webhook');
  await fill('#log-targets-field-url', 'http://hooks.example.com/calls');
  await fill('#log-targets-field-secret', 'webhook-secret');
  await options.click('#log-targets-save');
  await waitInPage(options, () => document.querySelector('#log-targets-error-url')?.textContent.includes('https'));
  await fill('#log-targets-field-url', 'https://hooks.example.com/calls');
  await options.click('#log-targets-save');
  await waitInPage(options, () => Boolean(document.querySelector('#log-targets-denied')));
  assert.equal(await stored('logTargets'), undefined, 'not saved without the permission');
  assert.deepEqual(await options.evaluate(() => globalThis.permissionRequests), [{ origins: ['https://hooks.example.com/*'], activation: true }]);

  await stubPermissionRequest(true);
  await options.click('#log-targets-add');
  await options.select('#log-targets-field-kind', 'webhook');
  await fill('#log-targets-field-url', 'https://hooks.example.com/calls');
  await fill('#log-targets-field-secret', 'webhook-secret');
  await options.click('#log-targets-save');
  await options.waitForFunction(() => chrome.storage.local.get('logTargets').then((s) => s.logTargets?.length === 1), { polling: 50 });
  const [target] = await stored('logTargets');
  assert.deepEqual({ kind: target.kind, url: target.url, secret: target.secret, site: target.site, enabled: target.enabled }, { kind: 'webhook', url: 'https://hooks.example.com/calls', secret: 'webhook-secret', site: '', enabled: true });
  assert.deepEqual(await options.evaluate(() => globalThis.permissionRequests.map((r) => r.origins)), [['https://hooks.example.com/*']]);
  // The secret is not shown in the list.
  assert.doesNotMatch(await options.$eval('#log-targets-list', (el) => el.textContent), /webhook-secret/);
  await options.evaluate(() => chrome.storage.local.remove('logTargets'));
});

test('the lookup\'s origin is asked for when it is saved; "Test the lookup" shows the customer or what went wrong', { timeout: 60_000 }, async () => {
  await options.reload();
  await waitInPage(options, () => Boolean(document.querySelector('#lookup-form')));
  await stubPermissionRequest(true);
  await fill('#lookup-url', `${api.origin}/customers?phone={phone.e164}`);
  await fill('#lookup-list', '/results');
  await fill('#lookup-fields', 'Name = /name | E-mail = /email');
  await options.click('#lookup-save');
  await options.waitForFunction(() => chrome.storage.local.get('lookupUrl').then((s) => Boolean(s.lookupUrl)), { polling: 50 });
  assert.deepEqual(await options.evaluate(() => globalThis.permissionRequests.map((r) => [r.origins, r.activation])), [[['http://127.0.0.1/*'], true]]);
  assert.deepEqual(await stored('lookupFields'), [{ label: 'Name', pointer: '/name' }, { label: 'E-mail', pointer: '/email' }]);

  api.setCustomers('+81312345678', [{ id: 'C-1', name: '田中 太郎', email: 'tanaka@example.jp' }]);
  await waitInPage(options, () => Boolean(document.querySelector('#lookup-test-run')));
  await fill('#lookup-test-number', '+81 3 1234 5678');
  const run = async () => {
    await options.click('#lookup-test-run');
    await waitInPage(options, () => ['found', 'none', 'error'].includes(document.querySelector('#lookup-test-result')?.dataset.state), undefined, 12_000);
    return options.$eval('#lookup-test-result', (el) => ({ state: el.dataset.state, error: el.querySelector('[data-error]')?.dataset.error ?? null, text: el.textContent }));
  };
  const found = await run();
  assert.equal(found.state, 'found');
  assert.match(found.text, /田中 太郎/);
  for (const [setup, error, text] of [
    [() => api.failNext('customers', 1, 502), 'http-status', /HTTP 502/],
    [() => api.setLookupMode('html'), 'not-json', /did not answer with data/],
    [() => api.setLookupMode('huge'), 'too-large', /too large/],
    [() => api.setLookupMode('slow'), 'timeout', /did not answer in time/],
  ]) {
    api.reset();
    setup();
    const result = await run();
    assert.equal(result.error, error);
    assert.match(result.text, text);
  }
});

test('"Send a test record" posts a signed record and says whether the endpoint took it', { timeout: 30_000 }, async () => {
  await options.evaluate((url, secret) => chrome.storage.local.set({ logTargets: [{ id: 'hook', kind: 'webhook', site: '', url, secret, fields: [], enabled: true }] }), `${api.origin}/calls`, api.secret);
  await waitInPage(options, () => Boolean(document.querySelector('.test-webhook')));
  api.failNext('calls', 1, 503);
  await options.click('.test-webhook');
  await waitInPage(options, () => /did not accept it: http-503/.test(document.querySelector('.webhook-test-result')?.textContent ?? ''));
  await options.click('.test-webhook');
  await waitInPage(options, () => /accepted it \(HTTP 200\)/.test(document.querySelector('.webhook-test-result')?.textContent ?? ''));
  assert.equal(api.posts.length, 2);
  assert.ok(api.posts.every((p) => p.validSignature), 'signed with the secret');
  await options.evaluate(() => chrome.storage.local.remove('logTargets'));
});
