// One world per test file: the simulated instance, the fixture CRM site, and a browser with the
// development build of the extension, configured the way the demo configures it.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/server.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { eventually, inContentScript, launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/**
 * @param {{configure?: boolean, lang?: string, microphone?: 'granted' | 'prompt', simulator?: object, restartable?: boolean}} [options]
 * `microphone`: launch with Chromium's fake audio device, the extension's origin holding the
 * microphone permission ('granted', as after the agent's one-time grant) or never asked ('prompt').
 */
export async function startWorld({ configure = true, lang, microphone, simulator = {}, restartable = false } = {}) {
  const sim = await startSimulator({ outboundAnswerMs: 300, ...simulator });
  const crm = await serveStatic(fixtures);
  let ext;
  try {
    // CCPS_DEV_DIST: a private copy of the development build, for running these tests while
    // another process rebuilds dist/chrome-dev (a rebuild empties the folder first).
    const dist = process.env.CCPS_DEV_DIST;
    const args = microphone ? ['--use-fake-device-for-media-stream'] : [];
    ext = await launchWithExtension({ ...(lang ? { lang } : {}), ...(dist ? { dist } : {}), args, commandLine: restartable });
    if (microphone === 'granted') await ext.browser.defaultBrowserContext().overridePermissions(ext.origin, ['microphone']);
    if (configure) await ext.configure({ instanceUrl: sim.ccpUrl, crmSites: [crm.origin], defaultCountry: 'JP' });
  } catch (error) {
    await Promise.all([sim.close(), crm.close()]);
    throw error;
  }
  return {
    sim,
    crm,
    ext,
    /**
     * Opens the side panel page as a tab (a real panel cannot be driven) and waits for the agent
     * in `state` (any state when null).
     */
    async openPhone(state = 'Available') {
      const panel = await ext.openExtensionPage('side-panel.html', { width: 380, height: 900 });
      await waitInPage(panel, (s) => {
        const shown = document.querySelector('[data-agent-state]')?.textContent;
        return s === null ? Boolean(shown) : shown === s;
      }, state, 30_000);
      return panel;
    },
    async openCrm(file = 'crm.html') {
      const page = await ext.browser.newPage();
      await page.goto(`${crm.origin}/${file}`);
      // The registered content script runs at document_idle; its shadow host marks it ready.
      await waitInPage(page, () => Boolean(document.querySelector('ccps-root')));
      return page;
    },
    async close() {
      await ext?.close();
      await Promise.all([sim.close(), crm.close()]);
    },
  };
}

/** The side panel's contact card of a contact, as a selector. */
export const card = (contactId) => `.contact-card[data-contact-id="${contactId}"]`;

/** Waits until the panel's card of a contact shows `phase`. */
export function cardPhaseIn(panel, contactId, phase) {
  return waitInPage(panel, ([sel, p]) => document.querySelector(sel)?.dataset.phase === p, [card(contactId), phase]);
}

/** The simulator's log of API requests with this method. */
export function requestsOf(sim, method) {
  return sim.instance.requests().filter((r) => r.method === method);
}

/**
 * Stops the extension's service worker the way Chrome's idle timer does (shared/NOTES.md):
 * puppeteer sessions on the worker are detached first (a debugger keeps it alive), then
 * `ServiceWorker.stopAllWorkers` from a page's session; resolves once it reports 'stopped'.
 * A connected side panel restarts it within ≈ 100 ms by reconnecting its Port.
 */
export async function stopServiceWorker(world) {
  const { browser, origin } = world.ext;
  for (const target of browser.targets().filter((t) => t.type() === 'service_worker')) {
    await target._session?.()?.detach().catch(() => undefined);
  }
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  try {
    let timer;
    const stopped = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('the service worker did not stop within 10 s')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(`${origin}/`) && v.runningStatus === 'stopped')) resolve(undefined);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped.finally(() => clearTimeout(timer));
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/**
 * Closes the phone document the way signing out does (chrome.offscreen.closeDocument from an
 * extension page), so a test starts with no phone running.
 */
export async function closePhoneDocument(world) {
  const page = await world.ext.openExtensionPage('options.html');
  try {
    const error = await page.evaluate(() => chrome.offscreen.closeDocument().then(() => null, (e) => String(e)));
    if (error && !/No current offscreen document/.test(error)) throw new Error(`could not close the phone document: ${error}`);
    // The background notices the document is gone (after a short grace for a reconnect).
    await eventually(async () => (await readStorage(page, 'session', 'phoneStatus')).phoneStatus === 'off', { what: 'the phone to be off' });
  } finally {
    await page.close();
  }
}

/** Reads a storage area from one of the extension's pages (never from the worker, which it would keep alive). */
export function readStorage(extensionPage, area, keys) {
  return extensionPage.evaluate((a, k) => chrome.storage[a].get(k), area, keys);
}

/** The side panel's contact card for a contact, as the agent reads it: {field: text}. */
export function readContactCard(panel, contactId) {
  return panel.evaluate((id) => {
    const card = document.querySelector(`.contact-card[data-contact-id="${id}"]`);
    if (!card) return null;
    const text = (sel) => card.querySelector(sel)?.textContent ?? null;
    const labels = {};
    const dts = [...card.querySelectorAll('dt')];
    for (const dt of dts) labels[dt.textContent] = dt.nextElementSibling?.textContent ?? null;
    return { phase: card.dataset.phase, number: text('.number'), e164: text('.e164'), queue: text('.queue'), waiting: text('.waiting'), channel: text('.channel'), labels, activity: [...card.querySelectorAll('.crm-activity li')].map((li) => ({ kind: li.dataset.kind, name: li.dataset.name, status: li.dataset.status, text: li.textContent })) };
  }, contactId);
}

/**
 * The contact notices a CRM tab showed for one contact, in order: [{phase, at}]. Recorded by the
 * development build in our content script's world (the page's world never sees the contact).
 */
export function relayLogOf(crmPage, contactId) {
  return inContentScript(crmPage, (id) => (globalThis.ccpsRelayLog ?? []).filter((e) => e.id === id).map(({ phase, at }) => ({ phase, at })), contactId);
}

/**
 * Holds and resumes the customer's leg of a connected call `pairs` times, synchronously in the
 * simulator's process: 2 × pairs contact state changes, each pushed to the CCP as its own update.
 */
export function holdResumeBurst(sim, contactId, pairs) {
  const contact = sim.instance.contacts.get(contactId);
  const customer = contact.connections.find((c) => c.type !== 'agent');
  for (let i = 0; i < pairs; i++) {
    sim.instance.api('holdConnection', { contactId, connectionId: customer.connectionId });
    sim.instance.api('resumeConnection', { contactId, connectionId: customer.connectionId });
  }
}

/** The number of the latest createOutboundContact once more than `before` have arrived. */
export function nextDialledNumber(sim, before) {
  return eventually(() => {
    const calls = requestsOf(sim, 'createOutboundContact');
    return calls.length > before ? calls.at(-1).params.endpoint.phoneNumber : null;
  }, { what: 'createOutboundContact at the instance' });
}

/** The centre of the text inside `selector`, where an agent would click it. */
export function textCentre(page, selector) {
  return page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel));
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
}

/**
 * Clicks a number the content script highlighted, once it is highlighted: a page opened a moment
 * ago may not be scanned yet, and a click on a number not yet highlighted dials nothing (on a busy
 * machine, that made click-to-dial tests fail now and then).
 */
export async function clickNumber(page, selector) {
  await waitInPage(page, (sel) => {
    const el = document.querySelector(sel);
    return [...(CSS.highlights.get('ccps-phone') ?? [])].some((r) => el?.contains(r.startContainer));
  }, selector, 20_000);
  await clickText(page, selector);
}

/** Clicks the middle of the text inside `selector`, as an agent would. */
export async function clickText(page, selector) {
  await page.bringToFront();
  const { x, y } = await textCentre(page, selector);
  await page.mouse.click(x, y);
}

/**
 * The agent signs in through our sign-in window (the simulator's /login standing in for the
 * identity provider; configure `loginUrl` first): a new popup window of ours, opened by the panel's
 * Sign in button. Returns the login page, still open.
 */
export async function signInThroughTheWindow(world, panel) {
  const before = new Set((await world.ext.browser.pages()).map((p) => p.target()._targetId));
  await panel.bringToFront();
  await panel.click('#sign-in-button');
  const target = await world.ext.browser.waitForTarget((t) => t.url() === `${world.sim.origin}/login`, { timeout: 10_000 });
  const login = await target.asPage();
  assert.ok(!before.has(target._targetId), 'a new window, opened by us');
  const windows = await panel.evaluate(() => chrome.windows.getAll({ windowTypes: ['popup'] }).then((w) => w.length));
  assert.equal(windows, 1, 'the sign-in page is in a popup window of its own');
  await login.bringToFront();
  await login.waitForSelector('#sign-in');
  await login.click('#sign-in');
  await waitInPage(login, () => document.body.dataset.signedIn === 'true');
  return login;
}
