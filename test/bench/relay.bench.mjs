// Relay latency (issue #4): how long a contact state change takes from the Streams callback in the
// phone document to the CRM tab's content script having handled it (its notice in the page),
// through the Port, the background worker (dedupe, session state, history check) and tabs.sendMessage.
// Measured in Chromium with the development build against the simulated instance, on a live call
// whose customer leg is held and resumed every GAP_MS (so each change is timed unqueued).
//
// Clocks: the phone document records each callback (dev build, `ccpsEmitted`), the CRM page records
// each notice as it appears (relay-log.html); both use performance.timeOrigin + performance.now(),
// one clock across the browser's processes.
//
// Baseline, in the same run: one bare extension message hop, the relay's last leg alone: the
// worker sends a contact notice straight to the same content script (tabs.sendMessage), timed
// the same way. Also: a burst of 200 changes fired back to back, delivered complete and in order.
import { holdResumeBurst, relayLogOf, startWorld } from '../e2e/setup.mjs';
import { eventually, waitInPage } from '../support/extension-browser.mjs';

const SAMPLES = 300;
const GAP_MS = 15;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export default async function relayBench() {
  const world = await startWorld();
  try {
    const crmPage = await world.openCrm('relay-log.html');
    const panel = await world.openPhone();
    const { contactId } = await world.sim.instance.deliverInbound({ phoneNumber: '+81312345678' });
    await waitInPage(panel, (id) => document.querySelector(`.contact-card[data-contact-id="${id}"]`)?.dataset.phase === 'incoming', contactId);
    await panel.click(`.contact-card[data-contact-id="${contactId}"] button.primary`);
    await eventually(async () => (await relayLogOf(crmPage, contactId)).length === 2, { what: 'the call to connect in the CRM tab' });
    await crmPage.bringToFront();

    // 1. Relay latency, one change at a time.
    const customer = world.sim.instance.contacts.get(contactId).connections.find((c) => c.type !== 'agent');
    for (let i = 0; i < SAMPLES; i++) {
      world.sim.instance.api(i % 2 ? 'resumeConnection' : 'holdConnection', { contactId, connectionId: customer.connectionId });
      await sleep(GAP_MS);
    }
    const received = await eventually(async () => {
      const log = await relayLogOf(crmPage, contactId);
      return log.length >= SAMPLES + 2 ? log : null;
    }, { timeout: 30_000, what: 'every sample in the CRM tab' });
    // The phone document records when Streams reported each change (development build).
    const phone = await world.ext.phoneDocument();
    const emitted = await phone.evaluate((id) => globalThis.ccpsEmitted.filter((e) => e.contactId === id), contactId);
    if (emitted.length !== received.length || emitted.some((e, i) => e.phase !== received[i].phase)) throw new Error('relay: the CRM tab did not receive what the phone emitted, in order');
    const relay = received.slice(2).map((r, i) => r.at - emitted[i + 2].at);

    // 2. Baseline: one bare hop, worker → the same content script.
    const [crmTab] = await panel.evaluate((origin) => chrome.tabs.query({ url: `${origin}/*` }).then((tabs) => tabs.filter((t) => t.url.endsWith('/relay-log.html')).map((t) => t.id)), world.crm.origin);
    const worker = await world.ext.workerTarget.worker();
    const sent = await worker.evaluate(async (tabId, samples, gap) => {
      const times = [];
      for (let i = 0; i < samples; i++) {
        const at = performance.timeOrigin + performance.now();
        times.push(at);
        void chrome.tabs.sendMessage(tabId, { type: 'contact-changed', event: { at, contact: { contactId: 'bench-hop', channel: 'voice', direction: 'inbound', phase: i % 2 ? 'on-hold' : 'connected', phoneNumber: null, queue: null, queueTimestamp: null, phaseSince: i, attributes: {} } } });
        await new Promise((r) => setTimeout(r, gap));
      }
      return times;
    }, crmTab, SAMPLES, GAP_MS);
    const hops = await eventually(async () => {
      const log = await relayLogOf(crmPage, 'bench-hop');
      return log.length >= SAMPLES ? log : null;
    }, { timeout: 30_000, what: 'every bare hop in the CRM tab' });
    const hop = hops.map((h, i) => h.at - sent[i]);

    // 3. A burst of 200 changes, back to back.
    const before = (await relayLogOf(crmPage, contactId)).length;
    holdResumeBurst(world.sim, contactId, 100);
    const burst = await eventually(async () => {
      const log = await relayLogOf(crmPage, contactId);
      return log.length >= before + 200 ? log.slice(before) : null;
    }, { timeout: 30_000, what: 'the burst in the CRM tab' });
    const burstEmitted = (await phone.evaluate((id) => globalThis.ccpsEmitted.filter((e) => e.contactId === id), contactId)).slice(before);
    const inOrder = burst.filter((e, i) => e.phase === (i % 2 ? 'connected' : 'on-hold')).length;
    const drain = burst.at(-1).at - burstEmitted[0].at;

    return {
      title: `Relay: Streams callback → CRM content script handled (${SAMPLES} changes, one every ${GAP_MS} ms), beside one bare extension message hop (worker → content script)`,
      figures: [
        { name: 'relay latency p50', value: percentile(relay, 50), unit: 'ms', baseline: percentile(hop, 50) },
        { name: 'relay latency p99', value: percentile(relay, 99), unit: 'ms', baseline: percentile(hop, 99), target: { max: 50 } },
        { name: 'bare hop (worker → content script) p50', value: percentile(hop, 50), unit: 'ms' },
        { name: 'bare hop (worker → content script) p99', value: percentile(hop, 99), unit: 'ms' },
        { name: 'burst of 200: delivered, in order', value: inOrder, unit: 'changes', target: { min: 200 } },
        { name: 'burst of 200: first callback → last handled', value: drain, unit: 'ms' },
      ],
    };
  } finally {
    await world.close();
  }
}
