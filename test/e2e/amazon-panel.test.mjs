// The opt-in "Amazon's panel in the side panel" mode (issue #11): for what our controls do not
// cover, the side panel hosts the phone itself and shows Amazon's own CCP, with the warning spelled
// out: the call ends when that panel closes. Still one phone per browser: a second window's panel
// is a view that says where the phone is, and hosts once the first has closed. Off again, the phone
// runs in the phone document.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ microphone: 'granted' });
}, { timeout: 60_000 });
after(async () => world?.close());

const phoneDocumentRuns = () => world.ext.browser.targets().some((t) => t.url() === `${world.ext.origin}/phone.html`);
const hostsAmazonPanel = (panel) => waitInPage(panel, () => {
  const frame = document.querySelector('#ccp iframe');
  return Boolean(frame) && !document.querySelector('#ccp').hidden;
}, undefined, 20_000);
async function media(contactId) {
  const { pages } = await (await fetch(`${world.sim.origin}/control/api/media`)).json();
  return Object.values(pages).find((p) => p.contactId === contactId) ?? null;
}

test('the option says what it costs, in the options page', { timeout: 20_000 }, async () => {
  const options = await world.ext.openExtensionPage('options.html');
  await waitInPage(options, () => Boolean(document.querySelector('#switch-amazonPanel')));
  const text = await options.evaluate(() => document.querySelector('#switch-amazonPanel').closest('.switch-field').textContent);
  assert.match(text, /calls end when it closes/i);
  assert.match(text, /closing it, or its window, ends the call/);
  await options.close();
});

test('on: the side panel hosts Amazon\'s CCP, a second panel is a view, and closing the host ends its call', { timeout: 60_000 }, async () => {
  await world.ext.configure({ amazonPanel: true });
  const first = await world.openPhone();
  await hostsAmazonPanel(first);
  assert.equal(phoneDocumentRuns(), false, 'no phone document in this mode');

  const second = await world.ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  await waitInPage(second, () => Boolean(document.querySelector('#amazon-panel-elsewhere')), undefined, 15_000);
  await waitInPage(second, () => document.querySelector('[data-agent-state]')?.textContent === 'Available');
  assert.equal(await second.$('#ccp iframe'), null, 'one phone per browser');

  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await waitInPage(second, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
  await first.bringToFront();
  await first.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  await eventually(async () => (await media(contactId))?.trackState === 'live', { what: 'the call audio in the panel' });

  // As the option says: the panel closing takes the call's audio with it.
  await first.close();
  await eventually(async () => Boolean((await media(contactId))?.leftAt), { what: 'the audio to end with the panel' });
  // The panel that is left hosts now.
  await hostsAmazonPanel(second);
  await waitInPage(second, () => !document.querySelector('#amazon-panel-elsewhere'));
  world.sim.instance.customerHangUp(contactId);
  await second.close();
});

test('off again: the phone document runs the phone, and no panel hosts', { timeout: 40_000 }, async () => {
  world.sim.instance.reset(); // the last call's after-contact work, left by the panel that closed
  await world.ext.configure({ amazonPanel: false });
  const panel = await world.openPhone();
  await eventually(() => phoneDocumentRuns(), { what: 'the phone document' });
  assert.equal(await panel.$('#ccp iframe'), null);
  await panel.close();
});
