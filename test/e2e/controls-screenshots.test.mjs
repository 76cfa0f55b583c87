// Screenshots of the side panel's call controls in English and Japanese (issue 12's closing
// note), taken by the test so they never go stale: a consult (the customer on hold, a quick
// connect on the line, conference / swap / hold all / leave) and the quick connect list. Each is
// taken once the state it shows is there, and the strings are checked to be the language's.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const PANEL = { width: 380, height: 760 };
const worlds = [];
after(async () => Promise.all(worlds.map((w) => w.close())));

async function save(page, name) {
  const file = path.join(shots, name);
  await page.bringToFront();
  await page.screenshot({ path: file, type: 'png' });
  const png = await readFile(file);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [PANEL.width, PANEL.height]);
}

const LANGS = {
  en: { hold: 'Hold', conference: 'Conference', leave: 'Leave', end: 'End call', busy: 'On a contact', search: 'Search quick connects' },
  ja: { hold: '保留', conference: '会議通話', leave: '退出', end: '通話終了', busy: '対応中', search: 'クイック接続を検索' },
};

for (const [lang, words] of Object.entries(LANGS)) {
  test(`call controls and quick connects in ${lang}`, { timeout: 90_000 }, async () => {
    await mkdir(shots, { recursive: true });
    const world = await startWorld({ lang });
    worlds.push(world);
    await world.ext.configure({
      shownAttributes: [{ key: 'CustomerId', label: lang === 'ja' ? '顧客番号' : 'Customer' }],
      // The seminar's card: the IVR flow and the caller's menu choices, named by the admin.
      ivrFlowAttribute: 'flowName',
      ivrPathAttribute: 'ivrPath',
      ivrStepNames: [{ path: '1', label: lang === 'ja' ? '商品について' : 'Products' }, { path: '1>3', label: lang === 'ja' ? '返品' : 'Returns' }],
    });
    await world.sim.instance.setSettings({ thirdPartyAnswerMs: null });
    const panel = await world.ext.openExtensionPage('side-panel.html', PANEL);
    await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 30_000);
    const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001', flowName: lang === 'ja' ? '商品問い合わせフロー' : 'Product inquiry', ivrPath: '1>3' } });
    const card = `.contact-card[data-contact-id="${contactId}"]`;
    await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.phase === 'incoming', card);
    await panel.click(`${card} button.primary`);
    await waitInPage(panel, (sel) => Boolean(document.querySelector(sel)), `${card} [data-control="hold"]`);
    await waitInPage(panel, (text) => document.querySelector('[data-agent-state]')?.textContent === text, words.busy);
    assert.equal(await panel.$eval(`${card} .call-controls > .actions [data-control="hold"]`, (el) => el.textContent), words.hold);
    assert.equal(await panel.$eval(`${card} [data-control="end"]`, (el) => el.textContent), words.end);
    assert.deepEqual(await panel.$$eval(`${card} .ivr-path li`, (items) => items.map((li) => li.textContent)), lang === 'ja' ? ['商品について', '返品'] : ['Products', 'Returns']);

    await panel.click(`${card} [data-control="transfer"]`);
    await waitInPage(panel, (sel) => document.querySelectorAll(sel).length === 7, `${card} .quick-connect`);
    assert.equal(await panel.$eval(`${card} .quick-connect-search`, (el) => el.placeholder), words.search);
    await save(panel, `quick-connects-${lang}.png`);

    await panel.click(`${card} .quick-connect[data-quick-connect="佐藤 花子 (Sato Hanako)"]`);
    await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.state === 'connecting', `${card} .party[data-role="third-party"]`);
    world.sim.instance.thirdParty({ contactId, action: 'answer' });
    await waitInPage(panel, (sel) => document.querySelector(sel)?.dataset.state === 'connected', `${card} .party[data-role="third-party"]`);
    assert.equal(await panel.$eval(`${card} [data-control="conference"]`, (el) => el.textContent), words.conference);
    assert.equal(await panel.$eval(`${card} [data-control="leave"]`, (el) => el.textContent), words.leave);
    await save(panel, `call-controls-${lang}.png`);
  });
}
