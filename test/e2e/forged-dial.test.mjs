/* global MouseEvent */
// Issue #10: only the agent's own input places a call. Each way a page script dialled before is
// tried here from the CRM page's own world (a background tab and the front one): a tel: link it
// makes and clicks, a synthetic click at a highlighted number, a click on our Call button, and a
// forged dial while the phone is closed, with the phone opened after the wait. The simulator's
// request log proves none reached Connect, while the agent's real clicks (puppeteer's mouse, a
// trusted input) still dial. Also: our shadow root is closed and the page cannot read the caller;
// a dial waits for the phone at most 8 s, visibly and cancellably; an invalid number is refused.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { clickInGuest, eventually, inContentScript, lastToast, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { nextDialledNumber, readStorage, requestsOf, startWorld, textCentre } from './setup.mjs';

/** DIAL_WAIT_MS in src/shared/protocol.ts. */
const DIAL_WAIT_MS = 8_000;

let world;
let panel;
let crm;
before(async () => {
  world = await startWorld();
  panel = await world.openPhone();
  crm = await world.openCrm('guard.html');
  await crm.bringToFront();
  await waitInPage(crm, () => CSS.highlights.get('ccps-phone')?.size >= 3);
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });
beforeEach(() => world.sim.instance.reset());

const calls = () => requestsOf(world.sim, 'createOutboundContact').length;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Everything a page script can try; returns what the page saw of its own events. */
function forgeFromThePage(page, callButton) {
  return page.evaluate(async (button) => {
    const seen = {};
    // 1. A tel: link of its own, clicked. Its listener runs after ours (capture) and stops the OS.
    const a = document.createElement('a');
    a.href = 'tel:+81312345678';
    a.textContent = 'x';
    document.body.append(a);
    a.addEventListener('click', (e) => { seen.telPrevented = e.defaultPrevented; e.preventDefault(); });
    a.click();
    a.remove();
    // 2. A synthetic click at the highlighted number.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('caller'));
    const r = range.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const click = new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, cancelable: true, composed: true, view: window });
    document.elementFromPoint(x, y).dispatchEvent(click);
    seen.numberPrevented = click.defaultPrevented;
    // 3. Our Call button beside a focused phone field: the root is closed, so the page has only
    // our host, at the button's place; it clicks what it can reach there.
    const host = document.querySelector('ccps-root');
    seen.shadowRoot = host.shadowRoot;
    if (button) {
      // Through the root, were it open (it was: issue #10), then at the button's place.
      host.shadowRoot?.querySelector('[data-ccps-input-dial]')?.click();
      const there = document.elementFromPoint(button.x, button.y);
      seen.atButton = there?.localName ?? null;
      there?.click();
      there?.dispatchEvent(new MouseEvent('click', { clientX: button.x, clientY: button.y, bubbles: true, cancelable: true, composed: true }));
      host.click();
    }
    return seen;
  }, callButton);
}

/** Focuses the phone field (as the page's script may) and returns where our Call button shows. */
async function callButtonBox(page) {
  await page.evaluate(() => document.getElementById('field-phone').focus());
  await waitInGuest(page, () => {
    const b = globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]');
    return b && !b.hidden && b.textContent.includes('03-5555-0199');
  });
  return inContentScript(page, () => {
    const r = globalThis.ccpsGuest.root.querySelector('[data-ccps-input-dial]').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
}

test('a page script cannot dial, from a background tab or the front one; the agent\'s clicks still do', { timeout: 60_000 }, async () => {
  const before = calls();
  await panel.bringToFront(); // the CRM tab is in the background
  const behind = await forgeFromThePage(crm, null);
  await crm.bringToFront();
  const front = await forgeFromThePage(crm, null);
  await pause(1500);
  assert.equal(calls(), before, 'nothing was dialled by the page\'s tel: link or synthetic click');
  for (const seen of [behind, front]) {
    assert.equal(seen.telPrevented, false, 'the page\'s own link click is left as it was');
    assert.equal(seen.numberPrevented, false, 'the synthetic click is left as it was');
  }

  const button = await callButtonBox(crm);
  await panel.bringToFront();
  const behindButton = await forgeFromThePage(crm, button);
  await crm.bringToFront();
  const frontButton = await forgeFromThePage(crm, button);
  await pause(1500);
  assert.equal(calls(), before, 'nothing was dialled by clicks on our Call button');
  for (const seen of [behindButton, frontButton]) {
    assert.equal(seen.shadowRoot, null, 'our shadow root is closed');
    assert.equal(seen.atButton, 'ccps-root', 'the page reaches only our host');
  }

  // The agent's own clicks: the number, the Call button, a tel: link.
  const caller = await textCentre(crm, '#caller');
  await crm.mouse.click(caller.x, caller.y);
  assert.equal(await nextDialledNumber(world.sim, before), '+81312345678');
  world.sim.instance.reset(); // the agent is free again (and the request log empty)
  await callButtonBox(crm);
  await clickInGuest(crm, '[data-ccps-input-dial]');
  assert.equal(await nextDialledNumber(world.sim, 0), '+81355550199');
  world.sim.instance.reset();
  const link = await textCentre(crm, '#tel-good');
  await crm.mouse.click(link.x, link.y);
  assert.equal(await nextDialledNumber(world.sim, 0), '+81661234567');
  assert.equal(crm.url().startsWith(world.crm.origin), true, 'the page did not navigate');
});

test('the page cannot read who is calling: closed root, no number or contact id in its DOM', { timeout: 30_000 }, async () => {
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81355550123', queue: 'SupportQueue-JP' });
  await waitInPage(panel, (id) => document.querySelector(`[data-contact-id="${id}"]`)?.getAttribute('data-phase') === 'incoming', contactId);
  await crm.bringToFront();
  await pause(1000); // the relay to the CRM tab takes milliseconds

  const fromThePage = await crm.evaluate(() => {
    const texts = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) texts.push(`${attr.name}=${attr.value}`);
        if (el.shadowRoot) visit(el.shadowRoot); // any open root the page can reach
      }
    };
    visit(document);
    texts.push(document.documentElement.outerHTML, document.documentElement.textContent, document.body.innerText);
    return { shadowRoot: document.querySelector('ccps-root').shadowRoot, all: texts.join('\n') };
  });
  assert.equal(fromThePage.shadowRoot, null);
  for (const secret of ['+81355550123', '81355550123', '355550123', '5555-0123', '5555 0123', contactId]) {
    assert.equal(fromThePage.all.includes(secret), false, `the page can read ${secret}`);
  }
  // The agent does see it.
  assert.match(await inContentScript(crm, (id) => globalThis.ccpsNotices.get(id)?.textContent, contactId), /Incoming call from 03-5555-0123/);
  world.sim.instance.customerHangUp(contactId);
  await waitInGuest(crm, (id) => !globalThis.ccpsNotices.get(id), contactId);
});

test('an invalid number from the popup field or a tel: link gets a message, and no call', { timeout: 30_000 }, async () => {
  const before = calls();
  // 03-0123-4567 has the length of a Tokyo number, but no Japanese number starts 03-0.
  const popup = await world.ext.openExtensionPage('popup.html', { width: 360, height: 600 });
  await waitInPage(popup, () => Boolean(document.querySelector('#dial-input')));
  await popup.type('#dial-input', '03-0123-4567');
  await popup.click('#dial-button');
  await waitInPage(popup, () => /not a valid (phone )?number/.test(document.querySelector('#dial-error')?.textContent ?? ''));
  await popup.close();

  const link = await textCentre(crm, '#tel-invalid');
  await crm.bringToFront();
  await crm.mouse.click(link.x, link.y);
  await eventually(async () => /Could not call .*not a valid phone number/.test(await lastToast(crm)), { what: 'the invalid-number message in the page' });
  await pause(800);
  assert.equal(calls(), before, 'nothing was dialled');
});

test('with the phone closed, a forged dial is not placed when the phone opens after the wait', { timeout: 60_000 }, async () => {
  await panel.close();
  panel = null;
  const before = calls();
  await crm.bringToFront();
  await forgeFromThePage(crm, null);
  await pause(DIAL_WAIT_MS + 2000);
  panel = await world.openPhone();
  await pause(2000);
  assert.equal(calls(), before, 'nothing was dialled when the phone opened');
});

test('a real click waits for the phone at most 8 s, shown in the page, the popup and the side panel, with a working Cancel', { timeout: 90_000 }, async () => {
  // The phone cannot be ready: signed out. The click opens the side panel, the dial waits.
  await panel.close();
  panel = null;
  world.sim.instance.setLoggedIn(false);
  const before = calls();
  const caller = await textCentre(crm, '#caller');
  const waitingToast = () => waitInGuest(crm, () => {
    const card = globalThis.ccpsGuest.root.querySelector('[data-ccps-waiting]');
    return card && /Waiting for the phone to call 03-1234-5678/.test(card.textContent) ? card.textContent : null;
  });
  const pending = async (page) => (await readStorage(page, 'session', 'pendingDials')).pendingDials ?? [];

  // 1. Cancel in the page's toast.
  await crm.bringToFront();
  await crm.mouse.click(caller.x, caller.y);
  await waitingToast();
  await clickInGuest(crm, '[data-ccps-waiting] [data-ccps-action]');
  await eventually(async () => /cancelled/.test(await lastToast(crm)), { what: 'the cancelled message' });
  const popup = await world.ext.openExtensionPage('popup.html', { width: 360, height: 600 });
  assert.deepEqual((await pending(popup)).filter((d) => d.sentAt === null), [], 'nothing waits');

  // 2. Shown in the popup, and cancelled there.
  await crm.bringToFront();
  await crm.mouse.click(caller.x, caller.y);
  await waitingToast();
  await popup.bringToFront();
  await waitInPage(popup, () => /03-1234-5678/.test(document.querySelector('#pending-dials')?.textContent ?? ''));
  await popup.click('#pending-dials .cancel-dial');
  await waitInPage(popup, () => !document.querySelector('#pending-dials'));
  await eventually(async () => /cancelled/.test(await lastToast(crm)), { what: 'the cancelled message in the page' });

  // 3. Left alone: shown in the side panel the click opened, then dropped after the wait, with a
  // message, never placed later.
  await crm.bringToFront();
  await crm.mouse.click(caller.x, caller.y);
  await waitingToast();
  const sidePanel = await (await world.ext.browser.waitForTarget((t) => t.url().endsWith('/side-panel.html'), { timeout: 10_000 })).asPage();
  await waitInPage(sidePanel, () => /03-1234-5678/.test(document.querySelector('#pending-dials')?.textContent ?? ''));
  await eventually(async () => /not ready within 8 seconds/.test(await lastToast(crm)), { timeout: DIAL_WAIT_MS + 10_000, what: 'the timed-out message' });
  assert.deepEqual(await pending(popup), []);
  await popup.close();

  world.sim.instance.setLoggedIn(true);
  await world.ext.closeSidePanels();
  panel = await world.openPhone();
  await pause(2000);
  assert.equal(calls(), before, 'no waiting dial was placed');
});
