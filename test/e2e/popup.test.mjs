// The toolbar popup, opened as Chrome opens it (the extension action) over a CRM tab: agent name
// and state with the state menu, the current contact with a timer, the dial field, the per-site
// highlighting switch and recent calls with redial.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { nextDialledNumber, requestsOf, startWorld } from './setup.mjs';

let world;
let crmPage;
before(async () => {
  world = await startWorld();
  await world.openPhone('Available'); // the phone runs in the side panel (as a tab) throughout
  crmPage = await world.openCrm();
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });
beforeEach(() => world.sim.instance.reset());

/** Opens the real popup over `page` (the active tab) and returns it as a page. */
async function openPopup(page = crmPage) {
  await page.bringToFront();
  const extension = (await world.ext.browser.extensions()).get(world.ext.extensionId);
  await page.triggerExtensionAction(extension);
  const target = await world.ext.browser.waitForTarget((t) => t.url() === `${world.ext.origin}/popup.html`, { timeout: 10_000 });
  const popup = await target.asPage();
  await waitInPage(popup, () => Boolean(document.querySelector('#dial-input'))); // settings read
  return popup;
}

const lastDialled = (before) => nextDialledNumber(world.sim, before);

test('shows the agent and changes state from the menu of configured states', { timeout: 30_000 }, async () => {
  const popup = await openPopup();
  await waitInPage(popup, () => document.querySelector('#agent-state')?.textContent === 'Available');
  assert.match(await popup.$eval('#agent-name', (el) => el.textContent), /\S/);
  const states = await popup.$$eval('#agent-state-select option:not([disabled])', (els) => els.map((el) => el.value));
  assert.ok(states.includes('Available') && states.includes('Offline'), `states: ${states}`);
  await popup.select('#agent-state-select', 'Offline');
  await eventually(() => requestsOf(world.sim, 'putAgentState').length > 0, { what: 'putAgentState at the instance' });
  await waitInPage(popup, () => document.querySelector('#agent-state')?.textContent === 'Offline');
  await popup.select('#agent-state-select', 'Available');
  await waitInPage(popup, () => document.querySelector('#agent-state')?.textContent === 'Available');
  await popup.close();
});

test('the dial field reads a national number in the agent’s country and calls it; nonsense is refused at the field', { timeout: 30_000 }, async () => {
  const popup = await openPopup();
  await popup.type('#dial-input', 'call me');
  await popup.click('#dial-button');
  await waitInPage(popup, () => Boolean(document.querySelector('#dial-error')));
  assert.equal(await popup.$eval('#dial-input', (el) => el.getAttribute('aria-invalid')), 'true');

  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await popup.click('#dial-input', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.type('#dial-input', '03-1234-5678');
  await popup.click('#dial-button');
  assert.equal(await lastDialled(before), '+81312345678');
  await waitInPage(popup, () => Boolean(document.querySelector('#dial-sent')));

  // The outbound call is now the current contact, with a running timer.
  await waitInPage(popup, () => Boolean(document.querySelector('#current-contact')), undefined, 10_000);
  const first = await popup.$eval('#contact-timer', (el) => el.textContent);
  assert.match(first, /^\d+:\d\d$/);
  await waitInPage(popup, (t) => document.querySelector('#contact-timer')?.textContent !== t, first, 5_000);
  await popup.close();
});

test('the site switch turns highlighting off and on for this CRM site only', { timeout: 30_000 }, async () => {
  const popup = await openPopup();
  await waitInPage(popup, () => Boolean(document.querySelector('#site-highlight')));
  assert.equal(await popup.$eval('#site-highlight', (el) => el.checked), true);
  await popup.click('#site-highlight');
  const disabled = () => popup.evaluate(() => chrome.storage.local.get('disabledSites').then((s) => s.disabledSites ?? []));
  await eventually(async () => (await disabled()).includes(world.crm.origin), { what: 'the site in disabledSites' });
  await popup.click('#site-highlight');
  await eventually(async () => !(await disabled()).includes(world.crm.origin), { what: 'the site out of disabledSites' });
  // Highlighting off everywhere (in the options): the per-site switch says so instead of pretending.
  await popup.evaluate(() => chrome.storage.local.set({ highlightNumbers: false }));
  await waitInPage(popup, () => Boolean(document.querySelector('#highlight-off-everywhere')));
  assert.equal(await popup.$eval('#site-highlight', (el) => el.disabled && !el.checked), true);
  await popup.evaluate(() => chrome.storage.local.set({ highlightNumbers: true }));
  await popup.close();
});

test('the switch is locked when policy sets highlighting', { timeout: 30_000 }, async () => {
  await world.ext.configure({ __devManagedOverride: { highlightNumbers: true } });
  try {
    const popup = await openPopup();
    await waitInPage(popup, () => Boolean(document.querySelector('#site-highlight')));
    assert.equal(await popup.$eval('#site-highlight', (el) => el.disabled), true);
    assert.match(await popup.$eval('.site-switch', (el) => el.textContent), /Set by your organisation/);
    await popup.close();
  } finally {
    await world.ext.configure({ __devManagedOverride: {} });
  }
});

test('recent calls come from the call history, empty state first, and redial', { timeout: 30_000 }, async () => {
  await world.ext.configure({ callHistory: [] });
  let popup = await openPopup();
  await waitInPage(popup, () => Boolean(document.querySelector('#recent-empty')));
  await popup.close();

  const now = Date.now();
  await world.ext.configure({ callHistory: [
    { id: 'h2', contactId: 'c2', direction: 'inbound', number: '+14155550132', queue: 'BasicQueue', startedAt: now - 60_000, durationMs: 95_000, outcome: 'answered' },
    { id: 'h1', contactId: 'c1', direction: 'inbound', number: null, queue: null, startedAt: now - 120_000, durationMs: null, outcome: 'missed' },
  ] });
  popup = await openPopup();
  await waitInPage(popup, () => document.querySelectorAll('#recent-calls li').length === 2);
  const rows = await popup.$$eval('#recent-calls li', (els) => els.map((el) => el.textContent));
  assert.match(rows[0], /415.*555.*0132[\s\S]*Answered[\s\S]*1:35/);
  assert.match(rows[1], /Number not kept[\s\S]*Missed/);
  assert.equal(await popup.$$eval('#recent-calls li .redial', (els) => els.length), 1, 'no redial without a number');

  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await popup.click('#recent-calls li .redial');
  assert.equal(await lastDialled(before), '+14155550132');
  await popup.close();
});
