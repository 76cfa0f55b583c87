// Numbers written in other scripts and with invisible marks (issue #10, recall where people write
// numbers): Arabic-Indic, Persian, Devanagari and Thai digits, bidi marks around a number in
// right-to-left text, zero-width spaces inside one, soft hyphens between its groups. Each is
// highlighted whole (every digit of it) and the agent's click dials its E.164, re-read at the
// click like any other number.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { clickNumber, nextDialledNumber, requestsOf, startWorld } from './setup.mjs';

const PAGE = 'scripts.html';
const E164 = {
  'ae-arabic': '+971501234567',
  'ae-marks': '+97146935984',
  'ir-persian': '+982188776655',
  'in-devanagari': '+919876543210',
  'th-thai': '+6621234567',
  'gb-zwsp': '+447911123456',
  'us-soft-hyphen': '+15864933701',
};

let world;
let crm;
before(async () => {
  world = await startWorld();
  await world.openPhone();
  crm = await world.openCrm(PAGE);
  await waitInPage(crm, () => Number(document.querySelector('ccps-root')?.dataset.ccpsIdle) > 0, undefined, 30_000);
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });

test('each number is highlighted whole, whatever its digits and marks', { timeout: 30_000 }, async () => {
  const ids = Object.keys(E164);
  await waitInPage(crm, (list) => list.every((id) => [...(CSS.highlights.get('ccps-phone') ?? [])].some((r) => document.getElementById(id).contains(r.startContainer))), ids, 20_000);
  const lit = await crm.evaluate((list) => {
    const visible = (s) => s.replace(/\p{Cf}/gu, '').trim();
    const textOf = (r) => { // the highlight holds StaticRanges, which have no text of their own
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    };
    const ranges = [...(CSS.highlights.get('ccps-phone') ?? [])];
    return Object.fromEntries(list.map((id) => {
      const cell = document.getElementById(id);
      const mine = ranges.filter((r) => cell.contains(r.startContainer)).map((r) => visible(textOf(r)));
      return [id, { lit: mine, written: visible(cell.textContent) }];
    }));
  }, ids);
  for (const id of ids) assert.deepEqual(lit[id].lit, [lit[id].written], `${id}: one highlight over the whole number`);
});

test('a click on each dials its E.164', { timeout: 90_000 }, async () => {
  const dialled = {};
  for (const id of Object.keys(E164)) {
    world.sim.instance.reset(); // the agent is free again, as after the previous call
    const count = requestsOf(world.sim, 'createOutboundContact').length;
    await clickNumber(crm, `#${id}`);
    dialled[id] = await nextDialledNumber(world.sim, count);
  }
  assert.deepEqual(dialled, E164);
});
