// Sign out from the agent menu (issue 12 point 1): never while a contact is open, one more click to
// be sure, then Offline and Connect's logout page (the simulator logs both), the panel says the
// agent signed out, the phone does not come back by itself after a browser restart, and one
// sign-in brings it back.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { card, cardPhaseIn, readStorage, requestsOf, signInThroughTheWindow, startWorld } from './setup.mjs';

let world;
let panel;
before(async () => {
  world = await startWorld();
  await world.ext.configure({ loginUrl: `${world.sim.origin}/login` });
  panel = await world.openPhone();
}, { timeout: 60_000 });
after(async () => world?.close(), { timeout: 30_000 });
beforeEach(() => {
  world.sim.instance.reset();
  world.sim.instance.setLoggedIn(true);
});

const sessionLog = () => world.sim.instance.requests().filter((r) => r.kind === 'session').map((r) => r.method);
const shown = (selector) => waitInPage(panel, (s) => Boolean(document.querySelector(s)), selector, 10_000);

test('sign out waits while a call is open: the button is off, and the background refuses it too', { timeout: 40_000 }, async () => {
  await shown('#sign-out');
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhaseIn(panel, contactId, 'incoming');
  assert.equal(await panel.$eval('#sign-out', (b) => b.disabled), true, 'no sign-out while a call rings');
  await panel.click(`${card(contactId)} button.primary`);
  await cardPhaseIn(panel, contactId, 'connected');
  // A request that gets past the panel (another view, a stale one) is refused by the background.
  const reply = await panel.evaluate(() => chrome.runtime.sendMessage({ type: 'sign-out' }));
  assert.deepEqual(reply, { ok: false, error: 'contacts-open' });
  assert.deepEqual(sessionLog(), [], 'Connect\'s logout page was never loaded');
  assert.equal(world.sim.instance.loggedIn, true);
  assert.equal(world.sim.instance.contacts.get(contactId).state.type, 'connected', 'the call goes on');

  world.sim.instance.customerHangUp(contactId);
  await cardPhaseIn(panel, contactId, 'ended');
  assert.equal(await panel.$eval('#sign-out', (b) => b.disabled), true, 'nor during after-contact work');
  await panel.click(`${card(contactId)} button.close`);
  await waitInPage(panel, (s) => !document.querySelector(s), card(contactId));
  assert.equal(await panel.$eval('#sign-out', (b) => b.disabled), false, 'free once the contact is closed');
});

test('the agent signs out: asked once more, then Offline and Connect\'s logout; the panel says so; one sign-in brings the phone back', { timeout: 60_000 }, async () => {
  await shown('#sign-out');
  await panel.bringToFront();
  await panel.click('#sign-out');
  await shown('#sign-out-confirm');
  await panel.click('#sign-out-cancel');
  await shown('#sign-out');
  assert.deepEqual(sessionLog(), [], 'Cancel signs nobody out');

  await panel.click('#sign-out');
  await panel.click('#sign-out-confirm');
  await eventually(() => sessionLog().includes('logout'), { what: 'Connect\'s logout page loaded', timeout: 10_000 });
  const offline = requestsOf(world.sim, 'putAgentState').at(-1);
  assert.equal(offline?.params?.state?.name, 'Offline', 'Offline first, as the CCP does');
  assert.ok(offline.seq < world.sim.instance.requests().find((r) => r.method === 'logout').seq, 'Offline before the logout');
  assert.equal(world.sim.instance.loggedIn, false);

  await shown('#logged-out');
  assert.equal(await panel.$eval('#logged-out', (el) => el.textContent), 'You signed out of Amazon Connect.');
  assert.equal(await panel.$('header.agent'), null, 'no agent menu once signed out');
  const stored = await readStorage(panel, 'local', ['phoneWanted']);
  assert.equal(stored.phoneWanted, false, 'a browser restart does not start the phone again');
  // Streams was stopped: the phone document holds no CCP frame (nothing keeps calling Connect).
  const phone = await world.ext.phoneDocument();
  assert.equal(await phone.$$eval('iframe', (frames) => frames.length), 0);

  const login = await signInThroughTheWindow(world, panel);
  await login.close();
  await shown('header.agent');
  assert.equal(await panel.$eval('[data-agent-state]', (el) => el.dataset.agentState), 'Offline', 'back as Connect left them: Offline');
  assert.equal((await readStorage(panel, 'local', ['phoneWanted'])).phoneWanted, true);
});
