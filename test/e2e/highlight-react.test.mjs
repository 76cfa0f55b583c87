// A React 19 app that re-renders, reorders, edits and removes rows keeps working with our
// highlighting (no exception, its buttons still act), and the highlights follow its text with
// none left stale (issue #3). Wrapping numbers in <span>s breaks exactly this (shared/NOTES.md).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { buildFixtures } from '../fixtures/build-fixtures.mjs';
import { startWorld } from './setup.mjs';
import { waitForHighlights } from './highlight-support.mjs';

let world;
before(async () => {
  await buildFixtures();
  world = await startWorld();
});
after(async () => world?.close());

/** The numbers the app shows: each row's phone cell and the number in its note. */
const shownNumbers = (page) => page.evaluate(() => [...document.querySelectorAll('#customers tr')].flatMap((tr) => {
  const phone = tr.querySelector('.phone').textContent;
  return [phone, phone];
}));

async function click(page, selector) {
  await page.bringToFront();
  await page.click(selector);
}

test('the app keeps working and highlights follow re-renders, reorders, edits and removals', { timeout: 40_000 }, async () => {
  const page = await world.openCrm('react-app.html');
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(new Error(message.text())); });
  await waitInPage(page, () => document.querySelectorAll('#customers tr').length === 6);

  const follow = async (what) => {
    const expected = await shownNumbers(page);
    const ranges = await waitForHighlights(page, expected).catch((e) => { throw new Error(`${what}: ${e.message}`); });
    assert.ok(ranges.every((r) => r.connected && r.valid), `${what}: a stale range`);
  };
  await follow('first render');

  await click(page, '#rerender');
  await waitInPage(page, () => document.querySelector('#renders').textContent === '1');
  await follow('re-render');

  await click(page, '#shuffle');
  await follow('reorder');
  const order = await page.evaluate(() => [...document.querySelectorAll('#customers tr')].map((tr) => tr.dataset.id).join());
  assert.equal(order, '1,6,5,4,3,2', 'the app reordered its rows');

  await click(page, '#edit-numbers');
  await waitInPage(page, () => document.querySelector('#customers tr .phone').textContent === '03-1234-6789');
  await follow('edited numbers');

  await click(page, '#remove-first');
  await click(page, '#remove-first');
  await waitInPage(page, () => document.querySelectorAll('#customers tr').length === 4);
  await follow('removed rows');

  await click(page, '#add-row');
  await waitInPage(page, () => document.querySelectorAll('#customers tr').length === 5);
  await follow('added row');

  // Many quick re-renders in a row, as a live-updating grid does.
  for (let i = 0; i < 20; i++) await page.click('#rerender');
  await waitInPage(page, () => document.querySelector('#renders').textContent === '21');
  await follow('twenty re-renders');
  await click(page, '#shuffle');
  await click(page, '#remove-first');
  await follow('reorder and removal together');

  assert.deepEqual(errors.map((e) => e.message), []);
  await page.close();
});

test('a click on a number inside the React app dials, and the app still handles its own clicks', { timeout: 40_000 }, async () => {
  const panel = await world.openPhone();
  const page = await world.openCrm('react-app.html');
  await waitInPage(page, () => document.querySelectorAll('#customers tr').length === 6);
  await waitForHighlights(page, await shownNumbers(page));
  const before = world.sim.instance.requests().filter((r) => r.method === 'createOutboundContact').length;
  await page.bringToFront();
  const box = await page.evaluate(() => {
    const cell = document.querySelector('#customers tr:nth-child(2) .phone');
    const range = document.createRange();
    range.selectNodeContents(cell);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
  const deadline = Date.now() + 15_000;
  let calls;
  while (Date.now() < deadline) {
    calls = world.sim.instance.requests().filter((r) => r.method === 'createOutboundContact');
    if (calls.length > before) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(calls.at(-1)?.params.endpoint.phoneNumber, '+14155550132');
  await click(page, '#remove-first');
  await waitInPage(page, () => document.querySelectorAll('#customers tr').length === 5);
  await panel.close();
  await page.close();
});
