// Highlighting on CRM pages (issue #3): the numbers in page text, and only they, are highlighted
// with the CSS Custom Highlight API; the page's nodes are never split; highlights follow DOM
// changes and open shadow roots; the per-site switch works live; the hover tooltip says how the
// number was read.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { guestText, waitInGuest, waitInPage } from '../support/extension-browser.mjs';
import { buildFixtures } from '../fixtures/build-fixtures.mjs';
import { startWorld } from './setup.mjs';
import { highlighted, waitForHighlights } from './highlight-support.mjs';

const CRM_NUMBERS = ['03-1234-5678', '090-1234-5678', '+1 (415) 555-0132', '+44 20 7946 0958', '06-6123-4567', '＋８１ ３－９８７６－５４３２'];

let world;
before(async () => {
  await buildFixtures();
  world = await startWorld();
});
after(async () => world?.close());

test('every number in page text is highlighted, no bait, and no page node is split', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  const nodesBefore = await page.evaluate(() => document.body.getElementsByTagName('*').length);
  const ranges = await waitForHighlights(page, CRM_NUMBERS);
  assert.ok(ranges.every((r) => r.connected && r.valid));
  // Same elements, same text nodes: nothing wrapped or split.
  assert.equal(await page.evaluate(() => document.body.getElementsByTagName('*').length), nodesBefore);
  assert.equal(await page.evaluate(() => document.querySelector('#phone-tanaka').childNodes.length), 1);
  // The sheet is adopted, not a <style> added to the page.
  assert.equal(await page.evaluate(() => document.querySelectorAll('style').length), 1);
  assert.ok(await page.evaluate(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(ccps-phone)')))));
  await page.close();
});

test('hovering a number shows how it was read, from our shadow root', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  await page.bringToFront();
  const box = await page.evaluate(() => {
    const r = document.querySelector('#phone-tanaka').getBoundingClientRect();
    return { x: r.left + 20, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await waitInGuest(page, () => {
    const tip = globalThis.ccpsGuest.root.querySelector('[data-ccps-hover]');
    return tip && !tip.hidden;
  });
  assert.equal(await guestText(page, '[data-ccps-hover]'), 'Call +81 3-1234-5678');
  // Over text that is not a number, the tooltip goes away.
  const other = await page.evaluate(() => {
    const r = document.querySelector('#customers tbody tr td').getBoundingClientRect();
    return { x: r.left + 5, y: r.top + r.height / 2 };
  });
  await page.mouse.move(other.x, other.y);
  await waitInGuest(page, () => globalThis.ccpsGuest.root.querySelector('[data-ccps-hover]').hidden);
  await page.close();
});

test('added, changed and removed text: highlights follow, none stale', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  await page.evaluate(() => {
    const row = document.createElement('tr');
    for (const text of ['New', '045-123-4567', 'Order #20240601', '2024/06/01']) {
      const td = document.createElement('td');
      td.textContent = text;
      row.append(td);
    }
    row.id = 'added';
    document.querySelector('#customers tbody').append(row);
  });
  await waitForHighlights(page, [...CRM_NUMBERS, '045-123-4567']);
  // Text changed in place (characterData), as frameworks update text nodes.
  await page.evaluate(() => { document.querySelector('#phone-sato').firstChild.data = '080-9999-0000'; });
  await waitForHighlights(page, [...CRM_NUMBERS.filter((n) => n !== '090-1234-5678'), '045-123-4567', '080-9999-0000']);
  // Text that no longer holds a number loses its highlight.
  await page.evaluate(() => { document.querySelector('#phone-smith').textContent = 'no phone'; });
  await page.evaluate(() => document.querySelector('#added').remove());
  const ranges = await waitForHighlights(page, [...CRM_NUMBERS.filter((n) => !['090-1234-5678', '+1 (415) 555-0132'].includes(n)), '080-9999-0000']);
  assert.ok(ranges.every((r) => r.connected && r.valid));
  await page.close();
});

test('numbers inside open shadow roots are found (also as bare text in the root, and in components added later); closed roots are left alone', { timeout: 30_000 }, async () => {
  const page = await world.openCrm('shadow.html');
  await waitForHighlights(page, ['03-1234-5678', '06-6123-4567', '011-123-4567']);
  // The ::highlight() rule must reach into the shadow tree for the number to be painted there.
  assert.ok(await page.evaluate(() => document.querySelector('#open-card').shadowRoot.adoptedStyleSheets.length === 1));
  await page.evaluate(() => window.addCard('+44 20 7946 0958'));
  await waitForHighlights(page, ['03-1234-5678', '06-6123-4567', '011-123-4567', '+44 20 7946 0958']);
  await page.evaluate(() => { document.querySelector('#open-card').shadowRoot.querySelector('.phone').textContent = '045-123-4567'; });
  await waitForHighlights(page, ['045-123-4567', '06-6123-4567', '011-123-4567', '+44 20 7946 0958']);
  // A component upgraded long after the page was read: its shadow root is attached to an element
  // that was there all along, which only the announcer in the page's world sees.
  await page.evaluate(() => window.defineLateCards());
  await waitForHighlights(page, ['045-123-4567', '06-6123-4567', '011-123-4567', '+44 20 7946 0958', '052-123-4567']);
  // The page's own calls behave as before, errors included.
  assert.equal(await page.evaluate(() => {
    try {
      document.createElement('td').attachShadow({ mode: 'open' });
      return 'attached';
    } catch (error) {
      return error.name;
    }
  }), 'NotSupportedError');
  await page.close();
});

test('the per-site switch and the global setting turn highlighting off and on live', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  await world.ext.configure({ disabledSites: [world.crm.origin] });
  await waitForHighlights(page, []);
  // Off means off: numbers added meanwhile are not read either.
  await page.evaluate(() => { document.querySelector('#note').append(' Also 045-123-4567.'); });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await highlighted(page), []);
  await world.ext.configure({ disabledSites: [] });
  await waitForHighlights(page, [...CRM_NUMBERS, '045-123-4567']);
  // A page opened while the site is switched off stays plain, and the switch is remembered.
  await world.ext.configure({ disabledSites: [world.crm.origin] });
  const second = await world.openCrm();
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await highlighted(second), []);
  await world.ext.configure({ disabledSites: [], highlightNumbers: false });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(await highlighted(second), []);
  await world.ext.configure({ highlightNumbers: true });
  await waitForHighlights(second, CRM_NUMBERS);
  await page.close();
  await second.close();
});

test('on a 300-row table the scan stays in short slices and finds every number', { timeout: 30_000 }, async () => {
  const page = await world.openCrm('generated/crm-300.html');
  await waitInPage(page, () => Number(document.querySelector('ccps-root')?.dataset.ccpsIdle) > 0);
  const stats = await page.evaluate(() => ({ ...document.querySelector('ccps-root').dataset }));
  assert.ok(Number(stats.ccpsLongest) < 50, `longest slice ${stats.ccpsLongest} ms`);
  assert.ok(Number(stats.ccpsCount) > 300, `found ${stats.ccpsCount}`);
  // Only the numbers near the viewport are painted; the rest are known for clicks and scrolling.
  const painted = (await highlighted(page)).length;
  assert.ok(painted > 0 && painted < Number(stats.ccpsCount), `painted ${painted} of ${stats.ccpsCount}`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitInPage(page, () => [...CSS.highlights.get('ccps-phone')].some((r) => r.startContainer.parentElement.getBoundingClientRect().top > 0 && r.startContainer.parentElement.closest('tr').rowIndex > 250), undefined, 20_000);
  await page.close();
});

test('a page that replaces its adopted style sheets gets our highlight style back at the next scan', { timeout: 30_000 }, async () => {
  const page = await world.openCrm();
  await waitForHighlights(page, CRM_NUMBERS);
  await page.evaluate(() => {
    document.adoptedStyleSheets = [];
    const p = document.createElement('p');
    p.textContent = 'Tel 045-123-4567';
    document.body.append(p);
  });
  await waitInPage(page, () => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(ccps-phone)'))));
  await waitForHighlights(page, [...CRM_NUMBERS, '045-123-4567']);
  await page.close();
});

test('a site that is not a granted CRM site gets no content script at all', { timeout: 30_000 }, async () => {
  // The same fixture server under another host name: the development build may reach it, but it
  // is not one of the CRM sites, so nothing of ours runs there.
  const page = await world.ext.browser.newPage();
  await page.goto(`${world.crm.origin.replace('127.0.0.1', 'localhost')}/crm.html`);
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(await page.evaluate(() => document.querySelector('#phone-tanaka')?.textContent), '03-1234-5678', 'the page loaded');
  assert.equal(await page.evaluate(() => Boolean(document.querySelector('ccps-root'))), false);
  assert.equal(await page.evaluate(() => CSS.highlights.has('ccps-phone')), false);
  await page.close();
});
