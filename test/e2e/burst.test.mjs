// Load: a burst of 200 contact state changes (hold, resume, … on a live call, fired back to back
// by the simulated instance) reaches the CRM tab complete and in order, through Streams, the phone
// document, the background relay and the content script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { holdResumeBurst, relayLogOf, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
}, { timeout: 60_000 }); // a cold browser launch can take ≈ 12 s (shared/NOTES.md)
after(async () => world?.close());

test('200 state changes in a burst reach the CRM tab, every one, in order', { timeout: 40_000 }, async () => {
  const crmPage = await world.openCrm('relay-log.html');
  const panel = await world.openPhone();
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await eventually(async () => (await relayLogOf(crmPage, contactId)).some((e) => e.phase === 'connected'), { what: 'the call to connect in the CRM tab' });
  await crmPage.bringToFront();

  holdResumeBurst(world.sim, contactId, 100);

  const expected = ['incoming', 'connected', ...Array.from({ length: 100 }, () => ['on-hold', 'connected']).flat()];
  const log = await eventually(async () => {
    const entries = await relayLogOf(crmPage, contactId);
    return entries.length >= expected.length ? entries : null;
  }, { timeout: 20_000, what: `${expected.length} notices in the CRM tab` });
  await new Promise((r) => setTimeout(r, 300)); // nothing more may follow
  const final = await relayLogOf(crmPage, contactId);
  assert.equal(final.length, expected.length, 'none doubled');
  assert.deepEqual(final.map((e) => e.phase), expected, 'none lost, none out of order');
  assert.ok(log.every((e, i) => i === 0 || e.at >= log[i - 1].at));

  // The phone document saw the same 202, so nothing was coalesced before the relay either.
  const phone = await world.ext.phoneDocument();
  const emitted = await phone.evaluate((id) => globalThis.ccpsEmitted.filter((e) => e.contactId === id).map((e) => e.phase), contactId);
  assert.deepEqual(emitted, expected);
  const spread = final.at(-1).at - final[2].at;
  console.log(`# burst of 200 drained into the CRM tab in ${Math.round(spread)} ms`);
});
