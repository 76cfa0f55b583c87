// A browser restart (issue #11): the phone the agent had running comes back by itself, with no
// window opened, signed in when Connect's session still holds; otherwise the panel says how to
// sign in. A phone the agent never opened does not start by itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ restartable: true });
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });

const phoneRuns = () => world.ext.browser.targets().some((t) => t.url() === `${world.ext.origin}/phone.html`);

test('a browser that was never used for calls starts no phone', { timeout: 60_000 }, async () => {
  await world.ext.restart();
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(phoneRuns(), false);
});

test('restarted with the session still valid: the phone is back, signed in, before any window is opened', { timeout: 90_000 }, async () => {
  const panel = await world.openPhone();
  await panel.close();
  await world.ext.restart();
  await eventually(() => phoneRuns(), { timeout: 20_000, what: 'the phone document after the restart' });
  const phone = await world.ext.phoneDocument();
  await waitInPage(phone, () => Boolean(document.querySelector('#ccp iframe')));
  // The panel opened now finds it ready at once: no sign-in, the agent's state.
  const again = await world.openPhone('Available');
  assert.equal(await again.$('#sign-in'), null);
  await again.close();
});

test('restarted after the session ended: the phone says the agent is signed out and how to sign in', { timeout: 90_000 }, async () => {
  world.sim.instance.setLoggedIn(false);
  await world.ext.restart();
  await eventually(() => phoneRuns(), { timeout: 20_000, what: 'the phone document after the restart' });
  const panel = await world.ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  await waitInPage(panel, () => Boolean(document.querySelector('#sign-in')), undefined, 20_000);
  assert.ok(await panel.$('#sign-in-button'), 'a sign-in button');
  world.sim.instance.setLoggedIn(true);
  await panel.close();
});
