// A match covers the whole number as written, or nothing (issue #10). International numbers with a
// space inside the subscriber number (German style "+49 30 12345 678") were highlighted cut short
// ("+49 30 12345", itself a valid Berlin number) and a click dialled the shorter, different number;
// so did "+ 49 …", written with a space after the plus. Here the highlight covers each number
// whole, the agent's (trusted) click dials its full E.164, and a number that no longer reads whole
// at the click, or never did, is not dialled at all.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { lastToast, waitInPage } from '../support/extension-browser.mjs';
import { waitForHighlights } from './highlight-support.mjs';
import { clickText, nextDialledNumber, requestsOf, startWorld } from './setup.mjs';

const PAGE = 'cut-short.html';
const WHOLE = {
  'de-berlin': ['+49 30 12345 678', '+493012345678'],
  'de-munich': ['+49 89 1234 567', '+49891234567'],
  'de-cologne': ['+49 221 123 45 67', '+492211234567'],
  'de-plus-space': ['+ 49 69 1234 5678', '+496912345678'],
  'fr-paris': ['+33 1 42 68 53 00', '+33142685300'],
  'it-rome': ['+39 06 6982 1234', '+390669821234'],
  'de-live': ['+49 30 54321 987', '+493054321987'],
};

let world;
let crm;
before(async () => {
  world = await startWorld();
  await world.openPhone();
  crm = await world.openCrm(PAGE);
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });
beforeEach(async () => {
  world.sim.instance.reset();
  await crm.reload();
  // The scan has settled (the first test then checks exactly what it lit).
  await waitInPage(crm, () => Number(document.querySelector('ccps-root')?.dataset.ccpsIdle) > 0 && CSS.highlights.get('ccps-phone')?.size > 0, undefined, 30_000);
});

const dialledSince = (count) => requestsOf(world.sim, 'createOutboundContact').slice(count).map((r) => r.params.endpoint.phoneNumber);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

test('each number is highlighted whole and a click dials its full E.164', { timeout: 90_000 }, async () => {
  // Exactly these, each whole: no "+49 30 12345" piece of the broken row, no number cut short.
  await waitForHighlights(crm, Object.values(WHOLE).map(([text]) => text));
  const dialled = {};
  for (const id of Object.keys(WHOLE)) {
    world.sim.instance.reset(); // the agent is free again, as after the previous call
    const count = requestsOf(world.sim, 'createOutboundContact').length;
    await clickText(crm, `#${id}`);
    dialled[id] = await nextDialledNumber(world.sim, count);
  }
  assert.deepEqual(dialled, Object.fromEntries(Object.entries(WHOLE).map(([id, [, e164]]) => [id, e164])));
});

test('a number rewritten in the click so that it no longer reads whole is not dialled, not even its head', { timeout: 30_000 }, async () => {
  const count = requestsOf(world.sim, 'createOutboundContact').length;
  await crm.evaluate(() => { window.rewriteOnClick = true; });
  await clickText(crm, '#de-live');
  await pause(1500);
  assert.equal(await crm.$eval('#de-live', (el) => el.textContent), '+49 30 54321 9 87', 'the page did rewrite it');
  assert.deepEqual(dialledSince(count), [], 'nothing dialled (its head "+49 30 54321" is a valid, different number)');
  assert.match(await lastToast(crm), /changed as you clicked/);
});

test('a number that does not read whole as written is not offered, and a click on it dials nothing', { timeout: 30_000 }, async () => {
  const count = requestsOf(world.sim, 'createOutboundContact').length;
  await clickText(crm, '#de-broken');
  await pause(1500);
  assert.deepEqual(dialledSince(count), [], 'nothing dialled (its head "+49 30 12345" is a valid, different number)');
});
