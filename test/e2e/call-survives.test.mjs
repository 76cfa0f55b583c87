// The phone outlives every window (issue #11): the call's audio runs in the offscreen phone
// document, so closing the side panel, the window that opened the phone, or every panel never ends
// it. Proven with real media: the simulator's CCP page takes the microphone (Chromium's fake
// device), sends it over a real RTCPeerConnection and plays what comes back, and reports it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { cardPhaseIn as cardPhase, requestsOf, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ microphone: 'granted' });
}, { timeout: 60_000 });
after(async () => world?.close());


/** The call's audio as the simulator's CCP page last reported it. */
async function media(contactId) {
  const { pages } = await (await fetch(`${world.sim.origin}/control/api/media`)).json();
  return Object.values(pages).find((p) => p.contactId === contactId) ?? null;
}

/** Audio is live: connected, the microphone track live, and more received than `since` bytes. */
async function audioFlows(contactId, since = 0) {
  return eventually(async () => {
    const m = await media(contactId);
    return m && m.pcState === 'connected' && m.trackState === 'live' && m.bytesReceived > since && !m.leftAt ? m : null;
  }, { timeout: 10_000, what: `live audio past ${since} bytes` });
}

const contactState = (contactId) => world.sim.instance.snapshot().agent.snapshot.contacts.find((c) => c.contactId === contactId)?.state.type;

test('closing the panel, reopening it, and closing the window that opened the phone: the call and its audio go on', { timeout: 60_000 }, async () => {
  // The phone is opened from a side panel in a window of its own, beside a CRM tab, and the call
  // answered there.
  const options = await world.ext.openExtensionPage('options.html');
  const url = `${world.ext.origin}/side-panel.html`;
  const windowId = await options.evaluate(async (urls) => (await chrome.windows.create({ url: urls, focused: true })).id, [`${world.crm.origin}/crm.html`, url]);
  const panel = await (await world.ext.browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 })).page();
  await waitInPage(panel, () => document.querySelector('[data-agent-state]')?.textContent === 'Available', undefined, 20_000);
  const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
  await cardPhase(panel, contactId, 'incoming');
  await panel.bringToFront();
  await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
  let audio = await audioFlows(contactId);
  assert.equal(audio.audioPlaying, true, 'the customer is heard');

  // 1. The side panel closes: nothing changes for the call.
  await panel.close();
  audio = await audioFlows(contactId, audio.bytesReceived);
  assert.equal(contactState(contactId), 'connected');

  // 2. Opened again, it shows the live call.
  const again = await world.openPhone(null);
  await cardPhase(again, contactId, 'connected');
  await again.close();

  // 3. The window that opened the phone closes, and with it every panel.
  await options.evaluate((id) => chrome.windows.remove(id), windowId);
  await new Promise((r) => setTimeout(r, 1000));
  audio = await audioFlows(contactId, audio.bytesReceived);
  assert.equal(audio.trackState, 'live', 'the microphone track is still live');
  assert.equal(contactState(contactId), 'connected', 'still connected at the instance');
  assert.equal(requestsOf(world.sim, 'destroyConnection').length, 0, 'nobody hung up');

  // The agent hangs up from a new panel: the audio ends with the call.
  const last = await world.openPhone(null);
  await cardPhase(last, contactId, 'connected');
  await last.click(`.contact-card[data-contact-id="${contactId}"] button.danger`);
  await eventually(async () => (await media(contactId))?.trackState === 'ended', { what: 'the audio to end' });
  await last.close();
  await options.close();
});

test('the phone document is the softphone: the CCP frame in it took the microphone, no panel did', { timeout: 30_000 }, async () => {
  const phone = await world.ext.phoneDocument();
  const frames = phone.frames().filter((f) => f.url().startsWith(world.sim.origin));
  assert.equal(frames.length, 1, 'one CCP frame, in the phone document');
  for (const page of await world.ext.browser.pages()) {
    assert.equal(page.frames().some((f) => f.url().startsWith(world.sim.ccpUrl)), false, `no CCP frame in ${page.url()}`);
  }
});
