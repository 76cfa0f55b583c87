// Every way to dial (issue #3), each ending at the simulated instance as createOutboundContact
// with the right E.164: a highlighted number, a tel: link (and the setting that leaves tel: links
// to the operating system), the button beside a phone field, the context menu on selected text,
// the keyboard shortcut, the popup's dial field. A number that cannot be read gets a message and
// no call. Chrome shows no context menu and routes no shortcut in a headless browser: those two
// tests call the background's own handlers (exposed by the development build only) with the event
// Chrome would pass; everything after that is the real path.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickInGuest, eventually, lastToast, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { nextDialledNumber, requestsOf, startWorld, textCentre } from './setup.mjs';

let world;
let panel;
let crm;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
  crm = await world.openCrm();
});
after(async () => {
  await panel?.close();
  await world?.close();
});
beforeEach(() => world.sim.instance.reset());

const calls = () => requestsOf(world.sim, 'createOutboundContact');

const nextDial = (before) => nextDialledNumber(world.sim, before);

async function noDial(before) {
  await new Promise((r) => setTimeout(r, 600));
  assert.equal(calls().length, before, 'nothing was dialled');
}

async function select(page, selector) {
  await page.bringToFront();
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
  }, selector);
}

/** The background's handlers in the dev build, called as Chrome calls them, with the CRM tab. */
async function worker() {
  const w = await world.ext.workerTarget.worker();
  await eventually(() => w.evaluate(() => typeof globalThis.ccpsTestCommand === 'function'), { what: 'the worker bundle' });
  return w;
}

async function clickContextMenu(selectionText) {
  await (await worker()).evaluate(async (url, text) => {
    const [tab] = await chrome.tabs.query({ url: `${url}/*` });
    globalThis.ccpsTestContextMenu({ menuItemId: 'ccps-call-selection', selectionText: text, frameId: 0, editable: false, pageUrl: tab.url }, tab);
  }, world.crm.origin, selectionText);
}

async function pressShortcut() {
  await (await worker()).evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: `${url}/*` });
    globalThis.ccpsTestCommand('dial-selection', tab);
  }, world.crm.origin);
}


test('a click on a highlighted number in a note', { timeout: 30_000 }, async () => {
  const before = calls().length;
  await crm.bringToFront();
  await waitInPage(crm, () => CSS.highlights.get('ccps-phone')?.size >= 6);
  const note = await crm.evaluate(() => {
    const text = document.querySelector('#note').firstChild;
    const start = text.data.indexOf('＋');
    const range = document.createRange();
    range.setStart(text, start + 3);
    range.setEnd(text, start + 4);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await crm.mouse.click(note.x, note.y);
  assert.equal(await nextDial(before), '+81398765432');
});

test('a tel: link, and with the setting off the link is left to the operating system', { timeout: 30_000 }, async () => {
  let before = calls().length;
  const link = await textCentre(crm, '#tel-suzuki');
  await crm.bringToFront();
  await crm.mouse.click(link.x, link.y);
  assert.equal(await nextDial(before), '+81661234567');

  await world.ext.configure({ handleTelLinks: false });
  await new Promise((r) => setTimeout(r, 200));
  before = calls().length;
  const prevented = await crm.evaluate(() => new Promise((resolve) => {
    const a = document.querySelector('#tel-suzuki');
    // Observe the page's view of the click after our capture listener ran; stop the OS handler.
    a.addEventListener('click', (e) => { resolve(e.defaultPrevented); e.preventDefault(); }, { once: true });
    a.click();
  }));
  assert.equal(prevented, false, 'we did not take the click');
  await noDial(before);
  await world.ext.configure({ handleTelLinks: true });
});

test('the Call button beside a focused phone field, and a field value that is no number', { timeout: 30_000 }, async () => {
  await crm.bringToFront();
  await crm.click('#field-phone');
  await crm.type('#field-phone', '(03) 5555-0199');
  await waitInGuest(crm, () => {
    const b = globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]');
    return b && !b.hidden && b.textContent.includes('03-5555-0199');
  });
  let before = calls().length;
  await clickInGuest(crm, '[data-ccps-input-dial]');
  assert.equal(await nextDial(before), '+81355550199');
  assert.equal(await crm.evaluate(() => document.activeElement.id), 'field-phone', 'the field kept the focus');

  await crm.evaluate(() => { document.querySelector('#field-phone').value = ''; });
  await crm.type('#field-phone', '12-34');
  await waitInGuest(crm, () => globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]').textContent === 'Call this number');
  before = calls().length;
  await clickInGuest(crm, '[data-ccps-input-dial]');
  await eventually(async () => (await lastToast(crm)).includes('Could not call 12-34'), { what: 'the unreadable message' });
  await noDial(before);

  // Leaving the field hides the button.
  await crm.click('#field-name');
  await waitInGuest(crm, () => globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]').hidden);
});

test('a number in a notes field gets the button too', { timeout: 30_000 }, async () => {
  await crm.bringToFront();
  await crm.click('#field-notes');
  await crm.type('#field-notes', 'Customer asked for a call back on 020 7946 0958 tomorrow');
  // Until the button has read the typed note it may still offer what it saw before (on a busy
  // machine it did, and the click dialled nothing): wait for the number on it.
  await waitInGuest(crm, () => {
    const b = globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]');
    return b && !b.hidden && b.textContent.includes('7946');
  });
  const before = calls().length;
  await clickInGuest(crm, '[data-ccps-input-dial]');
  // Read with the agent's country (JP here): "020 7946 0958" is also a valid Japanese 020 number.
  assert.match(await nextDial(before), /^\+(81|44)20/);
});

test('the context menu "Call “<selection>”"', { timeout: 30_000 }, async () => {
  await select(crm, '#phone-brown');
  let before = calls().length;
  await clickContextMenu('+44 20 7946 0958');
  assert.equal(await nextDial(before), '+442079460958');
  assert.match(await lastToast(crm), /Calling \+44 20 7946 0958/);

  before = calls().length;
  await clickContextMenu('Order #2024031501');
  await eventually(async () => (await lastToast(crm)).includes('Could not call Order #2024031501'), { what: 'the unreadable message' });
  await noDial(before);
});

test('the keyboard shortcut dials the selection; without one it says what to do', { timeout: 30_000 }, async () => {
  await select(crm, '#phone-sato');
  let before = calls().length;
  await pressShortcut();
  assert.equal(await nextDial(before), '+819012345678');

  await crm.evaluate(() => window.getSelection().removeAllRanges());
  before = calls().length;
  await pressShortcut();
  await eventually(async () => (await lastToast(crm)).includes('Select a phone number'), { what: 'the no-selection message' });
  await noDial(before);

  // A selection inside a field counts too.
  await crm.evaluate(() => {
    const f = document.querySelector('#field-name');
    f.value = 'Ken 045-123-4567';
    f.focus();
    f.setSelectionRange(4, 16);
  });
  before = calls().length;
  await pressShortcut();
  assert.equal(await nextDial(before), '+81451234567');
});

test('the shortcut is assigned and the context menu item exists on the granted CRM site', { timeout: 30_000 }, async () => {
  const w = await worker();
  const commands = await w.evaluate(() => chrome.commands.getAll());
  assert.equal(commands.find((c) => c.name === 'dial-selection')?.shortcut, 'Alt+Shift+D');
  assert.ok(await w.evaluate(() => chrome.runtime.getManifest().permissions.includes('contextMenus')));
  // update() fails for an item that does not exist: the item was created for the CRM site.
  assert.ok(await w.evaluate(() => chrome.contextMenus.update('ccps-call-selection', {}).then(() => true, () => false)));
});

test('the popup dial field', { timeout: 30_000 }, async () => {
  const popup = await world.ext.openExtensionPage('popup.html', { width: 360, height: 600 });
  await waitInPage(popup, () => Boolean(document.querySelector('#dial-input')));
  const before = calls().length;
  await popup.type('#dial-input', '0120-123-456');
  await popup.click('#dial-button');
  assert.equal(await nextDial(before), '+81120123456');
  await popup.close();
});
