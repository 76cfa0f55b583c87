// The browser's language decides the UI's: launched in Japanese, the options page, its field
// errors, the setup check and the popup speak Japanese.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

let ext;
before(async () => {
  ext = await launchWithExtension({ lang: 'ja' });
}, { timeout: 60_000 });
after(async () => ext?.close(), { timeout: 30_000 });

test('the options page is in Japanese, field errors included', { timeout: 30_000 }, async () => {
  const options = await ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('h1')));
  assert.equal(await options.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await options.$eval('h1', (el) => el.textContent), 'CCP Sidecar 設定');
  assert.equal(await options.title(), 'CCP Sidecar 設定');
  assert.equal(await options.$eval('#setup-check h2', (el) => el.textContent), '設定を確認');
  assert.equal(await options.$eval('#screen-pop-section h2', (el) => el.textContent), 'スクリーンポップ');
  assert.match(await options.$eval('#default-country', (el) => el.options[el.selectedIndex].textContent), /ブラウザの言語/);
  assert.match(await options.$eval('#default-country option[value="JP"]', (el) => el.textContent), /日本/);

  await options.bringToFront();
  await options.click('#screen-pop-add');
  await options.type('#screen-pop-field-urlTemplate', 'javascript:alert(1)');
  await options.click('#screen-pop-save');
  await waitInPage(options, () => Boolean(document.querySelector('#screen-pop-error-urlTemplate')));
  assert.equal(await options.$eval('#screen-pop-error-urlTemplate', (el) => el.textContent), 'ここで使えるのは https:// のアドレスだけです。');
  assert.equal(await options.$eval('#screen-pop-error-name', (el) => el.textContent), '入力してください。');

  // No English sentence left anywhere on the page (URLs, placeholders and names aside).
  const text = await options.evaluate(() => document.body.innerText);
  const english = text.split('\n').filter((line) => /\b(the|and|your|this|is|to)\b/i.test(line) && !/https?:\/\/|\{/.test(line));
  assert.deepEqual(english, []);
  await options.close();
});

test('the popup and the microphone page are in Japanese too', { timeout: 30_000 }, async () => {
  const popup = await ext.openExtensionPage('popup.html');
  await waitInPage(popup, () => Boolean(document.querySelector('#open-panel')));
  assert.equal(await popup.$eval('#open-panel', (el) => el.textContent), '電話を開く');
  assert.equal(await popup.$eval('label[for="dial-input"]', (el) => el.textContent), '番号を入力して発信');
  const mic = await ext.openExtensionPage('mic-permission.html');
  await waitInPage(mic, () => Boolean(document.querySelector('#mic-allow')));
  assert.equal(await mic.$eval('#mic-allow', (el) => el.textContent), 'マイクを許可');
  await popup.close();
  await mic.close();
});
