// The options page's editors: every field validated at the field, nothing saved while invalid,
// nothing already saved lost by a bad edit; import/export; a corrupt store never breaks the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

let ext;
let options;
before(async () => {
  ext = await launchWithExtension();
  options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#screen-pop-section')));
}, { timeout: 60_000 });
after(async () => ext?.close(), { timeout: 30_000 });

const stored = (key) => options.evaluate((k) => chrome.storage.local.get(k).then((s) => s[k]), key);
const setStored = (values) => options.evaluate((v) => chrome.storage.local.set(v), values);

async function fill(selector, text) {
  await options.bringToFront();
  await options.click(selector, { count: 3 });
  await options.keyboard.press('Backspace');
  if (text) await options.type(selector, text);
}
const errorText = (selector) => options.$eval(selector, (el) => el.textContent).catch(() => null);

test('a CRM site is checked, allowed by the browser and gets the content script', { timeout: 30_000 }, async () => {
  await fill('#crm-site', 'not a site');
  await options.click('#crm-site-add');
  await waitInPage(options, () => Boolean(document.querySelector('#crm-sites-section .field-error')));
  assert.equal(await stored('crmSites'), undefined);
  // The development build holds loopback hosts already, so the browser allows without a prompt.
  await fill('#crm-site', 'http://127.0.0.1:8123/app/home');
  await options.click('#crm-site-add');
  await options.waitForFunction(() => chrome.storage.local.get('crmSites').then((s) => s.crmSites?.[0] === 'http://127.0.0.1:8123'), { polling: 50 });
  await options.waitForFunction(() => chrome.scripting.getRegisteredContentScripts().then((scripts) => scripts.some((c) => c.matches.includes('http://127.0.0.1:8123/*'))), { polling: 50 });
  await setStored({ crmSites: [] });
});

test('a screen-pop rule is checked at each field and saved only when valid', { timeout: 30_000 }, async () => {
  await options.click('#screen-pop-add');
  await options.click('#screen-pop-save'); // empty: every required field says so
  await waitInPage(options, () => Boolean(document.querySelector('#screen-pop-error-name')));
  assert.match(await errorText('#screen-pop-error-name'), /required/);

  await fill('#screen-pop-field-name', 'Customer record');
  for (const [template, message] of [
    ['javascript:alert({phone.e164})', /Only https/],
    ['https://crm.example.com/?q={phone}', /Unknown placeholder/],
    ['https://{attr.Host}/x', /scheme and host must be written out/],
    ['https://crm.example.com/?q={phone.e164', /not closed/],
  ]) {
    await fill('#screen-pop-field-urlTemplate', template);
    await options.click('#screen-pop-save');
    assert.match(await errorText('#screen-pop-error-urlTemplate'), message, template);
    assert.equal(await options.$eval('#screen-pop-field-urlTemplate', (el) => el.getAttribute('aria-invalid')), 'true');
    assert.deepEqual(await stored('screenPopRules'), undefined, `${template} was not saved`);
  }
  await fill('#screen-pop-field-urlTemplate', 'https://crm.example.com/search?q={phone.e164}&id={attr.CustomerId}');
  await options.select('#screen-pop-field-trigger', 'accepted');
  await options.click('#screen-pop-field-hasCondition');
  await fill('#screen-pop-field-conditionField', 'colour');
  await options.click('#screen-pop-save');
  assert.match(await errorText('#screen-pop-error-conditionField'), /queue, or attr\./);
  await fill('#screen-pop-field-conditionField', 'queue');
  await fill('#screen-pop-field-conditionEquals', 'SupportQueue-JP');
  await options.click('#screen-pop-save');
  await waitInPage(options, () => document.querySelectorAll('#screen-pop-list li').length === 1);
  const [rule] = await stored('screenPopRules');
  assert.equal(typeof rule.id, 'string');
  assert.deepEqual({ ...rule, id: 'x' }, {
    id: 'x', name: 'Customer record', urlTemplate: 'https://crm.example.com/search?q={phone.e164}&id={attr.CustomerId}',
    trigger: 'accepted', target: 'new-tab', condition: { field: 'queue', equals: 'SupportQueue-JP' }, enabled: true,
  });

  // A bad edit of the saved rule loses nothing: the stored rule stays as it was.
  await options.click('#screen-pop-list li .edit');
  await fill('#screen-pop-field-urlTemplate', 'ftp://crm.example.com/');
  await options.click('#screen-pop-save');
  assert.match(await errorText('#screen-pop-error-urlTemplate'), /Only https/);
  assert.deepEqual(await stored('screenPopRules'), [rule]);
  await options.click('#screen-pop-cancel');
  assert.match(await options.$eval('#screen-pop-list', (el) => el.textContent), /crm\.example\.com\/search/);

  // A rule is switched off and on from the list, without opening it.
  await options.click('#screen-pop-list li .rule-enabled');
  await options.waitForFunction(() => chrome.storage.local.get('screenPopRules').then((s) => s.screenPopRules[0].enabled === false), { polling: 50 });
  await options.click('#screen-pop-list li .rule-enabled');
  await options.waitForFunction(() => chrome.storage.local.get('screenPopRules').then((s) => s.screenPopRules[0].enabled === true), { polling: 50 });
});

test('auto-fill mappings and shown attributes are validated the same way', { timeout: 30_000 }, async () => {
  await options.click('#autofill-add');
  await fill('#autofill-field-template', '{phone.national');
  await options.click('#autofill-save');
  assert.match(await errorText('#autofill-error-selector'), /required/);
  assert.match(await errorText('#autofill-error-template'), /not closed/);
  await fill('#autofill-field-label', 'Phone');
  await fill('#autofill-field-template', '{phone.national}');
  await options.click('#autofill-save');
  await waitInPage(options, () => document.querySelectorAll('#autofill-list li').length === 1);
  assert.deepEqual((await stored('autofillMappings')).map(({ id: _id, ...m }) => m), [{ selector: '', label: 'Phone', template: '{phone.national}', overwrite: false }]);

  for (const [key, label] of [['CustomerId', 'Customer'], ['Tier', 'Tier']]) {
    await options.click('#attributes-add');
    await fill('#attributes-field-key', key);
    await fill('#attributes-field-label', label);
    await options.click('#attributes-save');
    await waitInPage(options, (k) => [...document.querySelectorAll('#attributes-list li')].some((li) => li.textContent.includes(k)), key);
  }
  await options.click('#attributes-add');
  await fill('#attributes-field-key', 'CustomerId');
  assert.match(await errorText('#attributes-error-key'), /already in the list/);
  await fill('#attributes-field-key', 'bad key');
  assert.match(await errorText('#attributes-error-key'), /letters, digits/);
  await options.click('#attributes-cancel');
  // Reorder: Tier first.
  await options.click('#attributes-list li[data-index="1"] .move-up');
  await waitInPage(options, () => document.querySelector('#attributes-list li[data-index="0"]')?.textContent.includes('Tier'));
  assert.deepEqual(await stored('shownAttributes'), [{ key: 'Tier', label: 'Tier' }, { key: 'CustomerId', label: 'Customer' }]);
});

test('sign-in URL, history limit, country and switches', { timeout: 30_000 }, async () => {
  await fill('#login-url', 'http://idp.example.com/saml');
  await options.click('#login-url-save');
  assert.match(await errorText('#login-url-error'), /Only https/);
  assert.equal(await stored('loginUrl'), undefined);
  await fill('#login-url', 'https://idp.example.com/saml?app=connect');
  await options.click('#login-url-save');
  await waitInPage(options, () => Boolean(document.querySelector('#login-url-saved')));
  assert.equal(await stored('loginUrl'), 'https://idp.example.com/saml?app=connect');

  await fill('#history-limit', '20000');
  await options.click('#history-limit-save');
  assert.match(await errorText('#history-limit-error'), /0 to 10000/);
  await fill('#history-limit', 'ten');
  await options.click('#history-limit-save');
  assert.match(await errorText('#history-limit-error'), /whole number/);
  assert.equal(await stored('historyLimit'), undefined);
  await fill('#history-limit', '50');
  await options.click('#history-limit-save');
  await options.waitForFunction(() => chrome.storage.local.get('historyLimit').then((s) => s.historyLimit === 50), { polling: 50 });

  await options.select('#default-country', 'GB');
  await options.click('#switch-highlightNumbers');
  await options.click('#switch-historyStoreNumbers');
  await options.waitForFunction(() => chrome.storage.local.get(['defaultCountry', 'highlightNumbers', 'historyStoreNumbers'])
    .then((s) => s.defaultCountry === 'GB' && s.highlightNumbers === false && s.historyStoreNumbers === false), { polling: 50 });
});

test('export, then an import with errors lists them and imports nothing; unknown keys are reported', { timeout: 30_000 }, async () => {
  const dir = tmpdir();
  const bad = path.join(dir, `ccps-bad-${process.pid}.json`);
  await writeFile(bad, JSON.stringify({ instanceUrl: 'https://example.com', historyLimit: -1, colour: 'red',
    screenPopRules: [{ id: 'a', name: 'x', urlTemplate: 'javascript:x', trigger: 'ringing', target: 'new-tab', condition: null, enabled: true }] }));
  const before = await options.evaluate(() => chrome.storage.local.get(null));
  const input = await options.$('#import-file');
  await input.uploadFile(bad);
  await waitInPage(options, () => document.querySelector('#import-report')?.dataset.ok === 'false');
  const report = await options.$eval('#import-report', (el) => el.textContent);
  assert.match(report, /Nothing was imported/);
  assert.match(report, /instanceUrl: not an Amazon Connect instance URL/);
  assert.match(report, /historyLimit: out of range/);
  assert.match(report, /screenPopRules\[0\]\.urlTemplate: not an https/);
  assert.match(report, /colour/);
  assert.deepEqual(await options.evaluate(() => chrome.storage.local.get(null)), before);

  const good = path.join(dir, `ccps-good-${process.pid}.json`);
  await writeFile(good, JSON.stringify({ format: 'ccp-sidecar-settings', settingsVersion: 1, settings: { instanceUrl: 'corp', historyLimit: 30, theme: 'dark' } }));
  await (await options.$('#import-file')).uploadFile(good);
  await waitInPage(options, () => document.querySelector('#import-report')?.dataset.ok === 'true');
  assert.match(await options.$eval('#import-report', (el) => el.textContent), /Imported 2 settings[\s\S]*theme/);
  assert.equal(await stored('instanceUrl'), 'https://corp.my.connect.aws/ccp-v2/');
  assert.equal(await stored('historyLimit'), 30);
  await waitInPage(options, () => document.querySelector('#instance-url')?.value === 'https://corp.my.connect.aws/ccp-v2/');
  await Promise.all([rm(bad, { force: true }), rm(good, { force: true })]);
});

test('a corrupt store never breaks the page: each bad value falls back alone', { timeout: 30_000 }, async () => {
  await setStored({ crmSites: 'https://crm.example.com', screenPopRules: 5, historyLimit: 'abc', shownAttributes: [{ key: 'Tier', label: 'Tier' }, { key: 'bad key' }, 'Plain'], highlightNumbers: 'yes', loginUrl: 'https://idp.example.com/ok' });
  const page = await ext.openExtensionPage('options.html');
  await waitInPage(page, () => Boolean(document.querySelector('#screen-pop-empty')));
  assert.equal(await page.$eval('#history-limit', (el) => el.value), '200');
  assert.equal(await page.$eval('#login-url', (el) => el.value), 'https://idp.example.com/ok');
  // The store is at version 1 already (the background migrated it at install), so a bare name is
  // not migrated again: it is a corrupt item, dropped alone.
  assert.deepEqual(await page.$$eval('#attributes-list li', (els) => els.map((el) => el.querySelector('.summary').textContent.trim())), ['Tier Tier']);
  assert.equal(await page.evaluate(() => chrome.storage.local.get('settingsVersion').then((s) => s.settingsVersion)), 1);
  assert.equal(await page.$eval('#switch-highlightNumbers', (el) => el.checked), true);
  await page.close();
});

test('export writes every setting, with its version, to a JSON file that imports back', { timeout: 30_000 }, async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ccps-export-'));
  try {
    const cdp = await options.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    await options.bringToFront();
    await options.click('#export-settings');
    const file = await (async () => {
      for (let i = 0; i < 100; i++) {
        const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
        if (names.length) return path.join(dir, names[0]);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('no download');
    })();
    assert.equal(path.basename(file), 'ccp-sidecar-settings.json');
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(exported.format, 'ccp-sidecar-settings');
    assert.equal(exported.settingsVersion, 1);
    assert.deepEqual(Object.keys(exported.settings).sort(), ['amazonPanel', 'autofillMappings', 'callerIdQueues', 'crmRecordPattern', 'crmSites', 'defaultCountry',
      'disabledSites', 'dispositionRequired', 'dispositions', 'handleTelLinks', 'highlightNumbers', 'historyLimit', 'historyStoreNumbers', 'instanceUrl',
      'ivrFlowAttribute', 'ivrPathAttribute', 'ivrPathSeparator', 'ivrStepNames', 'logAttributes', 'logTargets', 'loginUrl', 'lookupCookies', 'lookupCreateUrl', 'lookupFields', 'lookupHeader', 'lookupListPointer', 'lookupUrl',
      'otherCountries', 'screenPopRules', 'shownAttributes']);
    assert.equal(exported.settings.loginUrl, 'https://idp.example.com/ok');
    await cdp.detach();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('an older, unversioned store is read migrated (the background rewrites it at the next start)', { timeout: 30_000 }, async () => {
  await options.evaluate(() => chrome.storage.local.remove('settingsVersion'));
  await setStored({ instanceUrl: 'my-centre', shownAttributes: ['CustomerId'], historyLimit: '25', crmSites: ['https://crm.example.com/app/home'] });
  const page = await ext.openExtensionPage('options.html');
  await waitInPage(page, () => Boolean(document.querySelector('#attributes-list')));
  assert.equal(await page.$eval('#instance-url', (el) => el.value), 'https://my-centre.my.connect.aws/ccp-v2/');
  assert.equal(await page.$eval('#attributes-list .summary', (el) => el.textContent.trim()), 'CustomerId CustomerId');
  assert.equal(await page.$eval('#history-limit', (el) => el.value), '25');
  assert.match(await page.$eval('#crm-sites', (el) => el.textContent), /^https:\/\/crm\.example\.com/);
  await page.close();
});
