// The contact card, history, badge and a screen pop's reason in Japanese, for an agent whose
// browser speaks Japanese: every string comes from _locales/ja.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { readContactCard, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ lang: 'ja' });
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());

test('the card, a skipped screen pop, the badge and history read in Japanese', { timeout: 40_000 }, async () => {
  await world.ext.configure({
    shownAttributes: [{ key: 'CustomerId', label: '顧客番号' }],
    screenPopRules: [{ id: 'acct', name: '顧客画面', enabled: true, condition: null, trigger: 'ringing', target: 'new-tab', urlTemplate: `${world.crm.origin}/crm.html?a={attr.AccountId}` }],
  });
  const panel = await world.openPhone('Available');
  assert.equal(await panel.$eval('#tab-history', (el) => el.textContent), '通話履歴');
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001' } });
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
  const card = await eventually(async () => {
    const c = await readContactCard(panel, contactId);
    return c?.activity.length ? c : null;
  }, { what: 'the card with its screen-pop line' });
  assert.equal(card.number, '03-1234-5678');
  assert.equal(card.labels['状態'], '着信中');
  assert.equal(card.labels['キュー'], 'SupportQueue-JP');
  assert.match(card.labels['待ち時間'], /^0:\d\d$/);
  assert.equal(card.labels['チャネル'], '音声 · 着信');
  assert.equal(card.labels['顧客番号'], 'C-1001');
  assert.equal(card.activity[0].text, 'スクリーンポップ「顧客画面」: 未実行: AccountId がありません');
  assert.equal(await panel.$eval(`.contact-card[data-contact-id="${contactId}"] button.primary`, (el) => el.textContent), '応答');
  assert.equal(await panel.evaluate(() => chrome.action.getBadgeText({})), '着信');

  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'connected', contactId);
  world.sim.instance.customerHangUp(contactId);
  await panel.click('#tab-history');
  await waitInPage(panel, (id) => Boolean(document.querySelector(`.history-entry[data-contact-id="${id}"]`)), contactId);
  const row = await panel.$eval(`.history-entry[data-contact-id="${contactId}"]`, (el) => el.textContent);
  assert.match(row, /03-1234-5678/);
  assert.match(row, /着信 · 応答/);
  assert.match(row, /\d+\/\d+ \d\d:\d\d/, 'a Japanese date and time');
  assert.match(row, /発信$/);
});
