// Signing in: Streams never opens its own popup (loginPopup: false). The side panel shows a clear
// signed-out state with a button that opens the configured sign-in (SAML) URL in a window of its
// own, and recovers by itself once the session appears.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { signInThroughTheWindow, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
  // The simulator's /login page stands in for the identity provider (a development build accepts
  // a loopback sign-in URL, as it does the instance URL).
  await world.ext.configure({ loginUrl: `${world.sim.origin}/login` });
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });

test('signed out before the phone starts: a clear state, our sign-in window, then the phone by itself', { timeout: 45_000 }, async () => {
  world.sim.instance.setLoggedIn(false);
  const panel = await world.ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
  await waitInPage(panel, () => Boolean(document.querySelector('#sign-in')), undefined, 15_000);
  assert.match(await panel.$eval('#sign-in', (el) => el.textContent), /Not connected to Amazon Connect[\s\S]*signed out/);
  assert.equal((await world.ext.browser.pages()).filter((p) => p.url().includes('/login')).length, 0, 'Streams opened no popup of its own');

  const login = await signInThroughTheWindow(world, panel);
  await panel.bringToFront();
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 20_000);
  assert.equal(await panel.$('#sign-in'), null);
  await login.close();
  await panel.close();
});

test('signed out while running: "signed out" at once; closing the sign-in window restarts the phone', { timeout: 45_000 }, async () => {
  world.sim.instance.setLoggedIn(true);
  const panel = await world.openPhone('Available');
  world.sim.instance.setLoggedIn(false);
  await waitInPage(panel, () => document.querySelector('#sign-in')?.dataset.reason === 'logged-out', undefined, 15_000);
  assert.match(await panel.$eval('#sign-in', (el) => el.textContent), /signed out of Amazon Connect/);

  const login = await signInThroughTheWindow(world, panel);
  await panel.bringToFront();
  await waitInPage(panel, () => /Waiting for you to sign in/.test(document.querySelector('#sign-in-hint')?.textContent ?? ''));
  await login.close(); // the agent closes the sign-in window: the panel restarts its phone
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available' && !document.querySelector('#sign-in'), undefined, 20_000);
  await panel.close();
});
