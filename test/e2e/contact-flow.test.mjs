// The contact flow / IVR on the contact card (issue 12 point 2, the seminar's "IVRフロー" column):
// the admin maps the attributes their flows set (the flow's name, the menu choices as a path) and
// names the choices in the options page; a call then shows the flow and the caller's way through
// the menus, named where the admin named them, as text (a hostile value stays text).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { card, cardPhaseIn, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });

async function fill(page, selector, text) {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
}

const stored = (page, key) => page.evaluate((k) => chrome.storage.local.get(k).then((s) => s[k]), key);

test('the admin maps the flow\'s attributes and names the choices; the card shows the caller\'s way through the IVR', { timeout: 60_000 }, async () => {
  const options = await world.ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#contact-flow-section')));
  await options.bringToFront();

  // A bad attribute name is refused at the field and nothing is saved.
  await fill(options, '#ivr-flow-attribute', 'flow name');
  await options.click('#contact-flow-save');
  await waitInPage(options, () => Boolean(document.querySelector('#ivr-flow-attribute-error')));
  assert.equal(await stored(options, 'ivrFlowAttribute'), undefined);

  await fill(options, '#ivr-flow-attribute', 'flowName');
  await fill(options, '#ivr-path-attribute', 'ivrPath');
  await options.click('#contact-flow-save');
  await options.waitForFunction(() => chrome.storage.local.get('ivrPathAttribute').then((s) => s.ivrPathAttribute === 'ivrPath'), { polling: 50 });
  assert.equal(await stored(options, 'ivrFlowAttribute'), 'flowName');

  for (const [path, label] of [['1', 'Products'], ['1>3', 'Returns']]) {
    await options.click('#ivr-steps-add');
    await options.type('#ivr-steps-field-path', path);
    await options.type('#ivr-steps-field-label', label);
    await options.click('#ivr-steps-save');
    await options.waitForFunction((p) => chrome.storage.local.get('ivrStepNames').then((s) => (s.ivrStepNames ?? []).some((n) => n.path === p)), { polling: 50 }, path);
  }
  // The same path twice is refused.
  await options.click('#ivr-steps-add');
  await options.type('#ivr-steps-field-path', '1>3');
  await options.type('#ivr-steps-field-label', 'Again');
  await options.click('#ivr-steps-save');
  await waitInPage(options, () => Boolean(document.querySelector('#ivr-steps-error-path')));
  assert.equal((await stored(options, 'ivrStepNames')).length, 2);
  await options.close();

  const panel = await world.openPhone();
  const { contactId } = await world.sim.instance.deliverInbound({
    phoneNumber: '+81312345678',
    attributes: { flowName: '<img src=x onerror="window.pwned=1">商品問い合わせフロー', ivrPath: '1 > 3 > 9' },
  });
  await cardPhaseIn(panel, contactId, 'incoming');
  const shown = await panel.$eval(card(contactId), (el) => ({
    flow: el.querySelector('.ivr-flow')?.textContent,
    steps: [...el.querySelectorAll('.ivr-path li')].map((li) => li.textContent),
    codes: [...el.querySelectorAll('.ivr-path li')].map((li) => li.dataset.code),
    images: el.querySelectorAll('img').length,
  }));
  assert.deepEqual(shown, {
    flow: '<img src=x onerror="window.pwned=1">商品問い合わせフロー',
    steps: ['Products', 'Returns', '9'],
    codes: ['1', '3', '9'],
    images: 0,
  });
  assert.equal(await panel.evaluate(() => window.pwned), undefined);
  world.sim.instance.customerHangUp(contactId);
});
