// What the simulator's tests share: a simulator serving /test-host/ (a plain
// page running the real, unmodified Streams), headless Chromium, and helpers
// to wait on what Streams reports there and on what the simulator logged.
// Not a test file itself (node --test runs only *.test.mjs here).

import puppeteer from 'puppeteer-core';
import { startSimulator } from './server.mjs';

/** Start a simulator and a browser; `close()` ends both. */
export async function startHarness(options = {}) {
  const sim = await startSimulator({ testHost: true, outboundAnswerMs: 300, ...options });
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    protocolTimeout: 30000,
  });

  /** Call the control API; GET without a body. */
  async function control(route, body) {
    const res = await fetch(`${sim.origin}/control/api/${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: await res.json() };
  }

  /** A fresh instance and a host page whose Streams has received the agent. */
  async function openHost({ reset = true } = {}) {
    if (reset) sim.instance.reset();
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('host page error:', e.message));
    await page.goto(`${sim.origin}/test-host/`);
    await waitFor(page, () => window.hostEvents.some((e) => e.type === 'agent'));
    return page;
  }

  /** Log entries for one method (API method, broadcast or event name). */
  function logged(method, since = 0) {
    return sim.instance.requests(since).filter((r) => r.method === method);
  }

  async function close() {
    try {
      await browser?.close();
    } finally {
      await sim?.close();
    }
  }

  return { sim, browser, control, openHost, logged, close };
}

/** Wait until fn (run in the page) is truthy; polls, since rAF stalls in background tabs. */
export function waitFor(page, fn, arg, timeout = 8000) {
  return page.waitForFunction(fn, { polling: 50, timeout }, arg);
}

/** Wait for a callback the host page recorded on window.hostEvents. */
export function waitEvent(page, type, match = {}) {
  return waitFor(page, ([t, m]) => window.hostEvents.find((e) => e.type === t && Object.entries(m).every(([k, v]) => e[k] === v)), [type, match])
    .then((h) => h.jsonValue());
}

/** Wait until fn (run here) is truthy. */
export async function until(fn, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out waiting for ' + fn);
    await new Promise((r) => setTimeout(r, 25));
  }
}
