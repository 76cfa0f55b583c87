// The call's audio in the simulated CCP page, with the real, unmodified
// Streams 2.28.2 in the host page and Chromium's fake microphone: while a
// voice contact is connected the CCP page sends and plays audio over a real
// RTCPeerConnection, and GET /control/api/media shows it.
// Run: node --test test/simulator/media.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { controlApi } from './control-client.mjs';
import { startSimulator } from './server.mjs';

const T = { timeout: 30000 };
const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--use-fake-device-for-media-stream'];
let sim;
let browser;

const launch = (args) => puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, args, protocolTimeout: 30000 });

before(async () => {
  sim = await startSimulator({ testHost: true });
  // The fake UI grants the microphone as an agent's one-time "Allow" would.
  browser = await launch([...BASE_ARGS, '--use-fake-ui-for-media-stream']);
}, { timeout: 40000 });

after(async () => {
  try {
    await browser?.close();
  } finally {
    await sim?.close();
  }
});

const control = (route, body) => controlApi(sim.origin, route, body);

async function openHost(b = browser) {
  sim.instance.reset();
  const page = await b.newPage();
  page.on('pageerror', (e) => console.error('host page error:', e.message));
  await page.goto(`${sim.origin}/test-host/`);
  await page.waitForFunction(() => window.hostEvents.some((e) => e.type === 'agent'), { polling: 50, timeout: 8000 });
  return page;
}

/** The one media report for contactId once check(report) holds. */
async function mediaFor(contactId, check, timeout = 8000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    const { pages } = (await control('media')).body;
    last = Object.entries(pages).filter(([, r]) => r.contactId === contactId);
    if (last.length === 1 && check(last[0][1])) return { pageId: last[0][0], ...last[0][1] };
    if (Date.now() > end) throw new Error(`media for ${contactId} never matched: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** An inbound call the host page's Streams accepts. */
async function acceptedCall(page) {
  const { body } = await control('inbound', { phoneNumber: '+81312345678' });
  const { contactId } = body;
  await page.waitForFunction((id) => window.hostContacts?.[id], { polling: 50, timeout: 8000 }, contactId);
  await page.evaluate((id) => window.hostContacts[id].accept(), contactId);
  await page.waitForFunction((id) => window.hostEvents.some((e) => e.type === 'contact.connected' && e.contactId === id), { polling: 50, timeout: 8000 }, contactId);
  return contactId;
}

test('an accepted inbound call has live audio over WebRTC until the customer hangs up', T, async () => {
  const page = await openHost();
  try {
    assert.deepEqual((await control('media')).body.pages, {}, 'no media before a call');
    const contactId = await acceptedCall(page);
    const first = await mediaFor(contactId, (r) => r.state === 'connected' && r.bytesReceived > 0);
    assert.equal(first.pcState, 'connected');
    assert.equal(first.trackState, 'live');
    assert.equal(first.error, null);
    assert.ok(Date.now() - Date.parse(first.reportedAt) < 2000, 'a recent report');
    // Audio keeps flowing and playing.
    const later = await mediaFor(contactId, (r) => r.bytesReceived > first.bytesReceived + 2000 && r.audioPlaying);
    assert.ok(later.packetsReceived > first.packetsReceived);
    assert.ok(later.bytesSent > 0, 'the microphone is sent');
    assert.ok(later.reports > first.reports);
    const rate = (later.bytesReceived - first.bytesReceived) / ((Date.parse(later.reportedAt) - Date.parse(first.reportedAt)) / 1000);
    if (process.env.SHOW_FIGURES) console.log(`inbound audio ≈ ${Math.round(rate)} B/s, ${later.reports} reports`);

    assert.equal((await control('hangup', { contactId })).status, 200);
    const closed = await mediaFor(contactId, (r) => r.state === 'closed');
    assert.equal(closed.pcState, 'closed');
    assert.equal(closed.trackState, 'ended', 'the microphone is released');
    assert.equal(closed.audioPlaying, false);
    // No more reports once closed.
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal((await mediaFor(contactId, () => true)).reports, closed.reports);
  } finally {
    await page.close();
  }
});

test('the agent hanging up from Streams closes the audio too; a second call gets fresh media', T, async () => {
  const page = await openHost();
  try {
    const first = await acceptedCall(page);
    await mediaFor(first, (r) => r.state === 'connected');
    await page.evaluate((id) => window.hostContacts[id].getAgentConnection().destroy(), first);
    await mediaFor(first, (r) => r.state === 'closed' && r.trackState === 'ended');
    await page.evaluate((id) => window.hostContacts[id].clear(), first);
    await page.waitForFunction(() => new globalThis.connect.Agent().getState().name === 'Available', { polling: 50, timeout: 8000 });

    const second = await acceptedCall(page);
    const media = await mediaFor(second, (r) => r.state === 'connected' && r.bytesReceived > 0);
    assert.equal(media.trackState, 'live');
  } finally {
    await page.close();
  }
});

test('with two CCP pages only the softphone master carries the audio', T, async () => {
  const one = await openHost();
  const two = await browser.newPage();
  try {
    await two.goto(`${sim.origin}/test-host/`);
    await two.waitForFunction(() => window.hostEvents.some((e) => e.type === 'agent'), { polling: 50, timeout: 8000 });
    const contactId = await acceptedCall(one);
    await mediaFor(contactId, (r) => r.state === 'connected');
    await new Promise((r) => setTimeout(r, 1000));
    const reports = Object.values((await control('media')).body.pages).filter((r) => r.contactId === contactId);
    assert.equal(reports.length, 1, 'one page holds the microphone');
    const masters = sim.instance.requests().filter((r) => r.kind === 'master' && r.params.topic === 'connect::softphone');
    assert.ok(masters.length >= 2, 'both CCP pages asked for the softphone master');
  } finally {
    await two.close();
    await one.close();
  }
});

test('without the microphone grant the report carries getUserMedia\'s error', T, async () => {
  // No fake UI: nobody answers the permission prompt, as in a frame whose
  // top page cannot show one.
  const bare = await launch(BASE_ARGS);
  try {
    const page = await openHost(bare);
    const contactId = await acceptedCall(page);
    const media = await mediaFor(contactId, (r) => r.state === 'error');
    assert.match(media.error, /^NotAllowedError: /);
    if (process.env.SHOW_FIGURES) console.log(`without a grant: ${media.error}`);
    assert.equal(media.pcState, null);
  } finally {
    await bare.close();
  }
});
