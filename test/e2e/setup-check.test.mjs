// "Check my setup" in the options page: each check green or red with its fix, against the
// simulated instance: the handshake (probe or the running side panel), the approved origin, the
// microphone (granted in a tab), and the CRM sites.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSimulator } from '../simulator/server.mjs';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

let sim;
let ext;
before(async () => {
  sim = await startSimulator({ outboundAnswerMs: 300 });
  // A fake microphone; the permission prompt is answered below as the agent would, by granting it.
  ext = await launchWithExtension({ args: ['--use-fake-device-for-media-stream'] });
  await ext.configure({ instanceUrl: sim.ccpUrl, crmSites: ['http://127.0.0.1:9'] });
}, { timeout: 60_000 });
after(async () => {
  await ext?.close();
  await sim?.close();
}, { timeout: 30_000 });

const stateOf = (page, id) => page.$eval(`[data-check="${id}"]`, (el) => el.dataset.state);
const textOf = (page, id) => page.$eval(`[data-check="${id}"]`, (el) => el.textContent);

async function runCheck(page) {
  await page.bringToFront();
  await page.click('#run-setup-check');
  await waitInPage(page, () => ['ok', 'bad'].includes(document.querySelector('[data-check="handshake"]')?.dataset.state), undefined, 20_000);
}

test('a healthy setup: the CCP answers the probe, the origin is approved, the sites are granted', { timeout: 30_000 }, async () => {
  const options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#run-setup-check')));
  await runCheck(options);
  assert.equal(await stateOf(options, 'instance'), 'ok');
  assert.equal(await stateOf(options, 'handshake'), 'ok', await textOf(options, 'handshake'));
  assert.match(await textOf(options, 'handshake'), /answered in \d+ ms/);
  assert.equal(await stateOf(options, 'origin'), 'ok');
  assert.equal(await options.$eval('#check-origin', (el) => el.textContent), ext.origin);
  assert.equal(await stateOf(options, 'crm-sites'), 'ok');
  assert.equal(await options.$('#setup-probe'), null, 'the probe is torn down after the check');
  await options.close();
});

test('the microphone is red until granted in a tab, then turns green by itself', { timeout: 30_000 }, async () => {
  const options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('[data-check="microphone"]')));
  assert.equal(await stateOf(options, 'microphone'), 'bad');
  assert.match(await textOf(options, 'microphone'), /side panel cannot ask/);

  await options.click('#open-mic-permission');
  const target = await ext.browser.waitForTarget((t) => t.url() === `${ext.origin}/mic-permission.html`, { timeout: 10_000 });
  const tab = await target.asPage();
  await waitInPage(tab, () => Boolean(document.querySelector('#mic-allow')));
  // Headless Chromium shows no prompt to click: grant as "Allow" would, for our origin only.
  await ext.browser.defaultBrowserContext().overridePermissions(ext.origin, ['microphone']);
  await tab.bringToFront();
  await tab.click('#mic-allow');
  await waitInPage(tab, () => document.querySelector('#mic-result')?.dataset.state === 'granted');
  await tab.close();

  await options.bringToFront();
  await waitInPage(options, () => document.querySelector('[data-check="microphone"]')?.dataset.state === 'ok');
  await options.close();
});

test('a site added but not allowed by the browser is red, with an Allow button', { timeout: 30_000 }, async () => {
  await ext.configure({ crmSites: ['http://127.0.0.1:9', 'https://crm.example.com'] });
  const options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => document.querySelector('[data-site="https://crm.example.com"]')?.dataset.granted === 'false');
  assert.equal(await stateOf(options, 'crm-sites'), 'bad');
  assert.match(await options.$eval('[data-site="https://crm.example.com"]', (el) => el.textContent), /not allowed by the browser yet[\s\S]*Allow/);
  await ext.configure({ crmSites: ['http://127.0.0.1:9'] });
  await options.close();
});

test('with the phone already running, the check reads it instead of probing', { timeout: 30_000 }, async () => {
  const panel = await ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  await waitInPage(panel, () => Boolean(document.querySelector('[data-agent-state]')), undefined, 20_000);
  const options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#run-setup-check')));
  await runCheck(options);
  assert.equal(await stateOf(options, 'handshake'), 'ok');
  assert.match(await textOf(options, 'handshake'), /The phone is connected/);
  await options.close();
  await panel.close();
});

test('an instance that does not approve our origin: red, with the exact origin to add and the other likely causes', { timeout: 40_000 }, async () => {
  const strict = await startSimulator({ frameAncestors: ['https://agents.example.com'] });
  try {
    await ext.configure({ instanceUrl: strict.ccpUrl });
    const options = await ext.openExtensionPage('options.html');
    await waitInPage(options, () => Boolean(document.querySelector('#run-setup-check')));
    const started = Date.now();
    await runCheck(options);
    assert.equal(await stateOf(options, 'handshake'), 'bad');
    assert.ok(Date.now() - started < 15_000, 'the probe gives up in time');
    const causes = await options.$eval('#handshake-causes', (el) => el.textContent);
    assert.ok(causes.includes(`Add ${ext.origin}`), causes);
    assert.match(causes, /not signed in[\s\S]*Sign in[\s\S]*instance URL is wrong/);
    assert.equal(await stateOf(options, 'origin'), 'bad');
    await options.close();
  } finally {
    await ext.configure({ instanceUrl: sim.ccpUrl });
    await strict.close();
  }
});
