// Screenshots for issue 12's closing note, in English and Japanese, taken by the test so they
// never go stale: the side panel with several contacts (a call, a chat, a task ringing: each on
// its own card, the ringing one marked), and the options page's caller ID per CRM site with a
// default being edited. Each is taken once the state it shows is there; the strings are checked
// to be the language's.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitInPage } from '../support/extension-browser.mjs';
import { card, cardPhaseIn, startWorld } from './setup.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');
const PANEL = { width: 380, height: 1000 };
const worlds = [];
after(async () => Promise.all(worlds.map((w) => w.close())));

async function checkPng(file) {
  const png = await readFile(file);
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const LANGS = {
  en: { endChat: 'End chat', accept: 'Accept', section: 'Caller ID per CRM site', hint: /^Not an outbound queue of the agent signed in here/ },
  ja: { endChat: 'チャットを終了', accept: '応答', section: 'CRM サイトごとの発信者番号', hint: /^このブラウザでサインイン中のエージェントのアウトバウンドキュー/ },
};

for (const [lang, words] of Object.entries(LANGS)) {
  test(`several contacts and the caller ID per site in ${lang}`, { timeout: 90_000 }, async () => {
    await mkdir(shots, { recursive: true });
    const world = await startWorld({ lang, microphone: 'granted' });
    worlds.push(world);
    const sim = world.sim.instance;
    const panel = await world.ext.openExtensionPage('side-panel.html', PANEL);
    await waitInPage(panel, () => Boolean(document.querySelector('.caller-id-select')), undefined, 30_000);

    const { contactId: call } = await sim.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP' });
    await cardPhaseIn(panel, call, 'incoming');
    await panel.click(`${card(call)} button.primary`);
    await cardPhaseIn(panel, call, 'connected');
    const { contactId: chat } = await sim.deliverInbound({ channel: 'chat', queue: 'Sales-JP' });
    await cardPhaseIn(panel, chat, 'incoming');
    await panel.click(`${card(chat)} button.primary`);
    await cardPhaseIn(panel, chat, 'connected');
    const { contactId: task } = await sim.deliverInbound({ channel: 'task', name: lang === 'ja' ? '折り返し: 見積もり' : 'Callback: quote' });
    await cardPhaseIn(panel, task, 'incoming');
    await waitInPage(panel, (sel) => document.querySelector(sel)?.getAttribute('aria-current') === 'true', card(task));
    assert.equal(await panel.$eval(`${card(chat)} button.danger`, (el) => el.textContent), words.endChat);
    assert.equal(await panel.$eval(`${card(task)} button.primary`, (el) => el.textContent), words.accept);
    const panelFile = path.join(shots, `several-contacts-${lang}.png`);
    await panel.bringToFront();
    await panel.screenshot({ path: panelFile, type: 'png' });
    assert.deepEqual(await checkPng(panelFile), [PANEL.width, PANEL.height]);

    await world.ext.configure({ callerIdQueues: [{ site: world.crm.origin, queue: 'SupportQueue-JP' }] });
    const options = await world.ext.openExtensionPage('options.html', { width: 1000, height: 900 });
    await waitInPage(options, () => Boolean(document.querySelector('#caller-id-list .edit')));
    assert.equal(await options.$eval('#caller-id-section h2', (el) => el.textContent), words.section);
    await options.click('#caller-id-list .edit');
    await options.click('#caller-id-field-queue', { count: 3 });
    await options.type('#caller-id-field-queue', 'sales-jp');
    await waitInPage(options, () => Boolean(document.querySelector('#caller-id-hint-queue')));
    assert.match(await options.$eval('#caller-id-hint-queue', (el) => el.textContent), words.hint);
    const optionsFile = path.join(shots, `caller-id-options-${lang}.png`);
    await (await options.$('#caller-id-section')).screenshot({ path: optionsFile, type: 'png' });
    await checkPng(optionsFile);
  });
}
