// Launches Chromium with the built extension loaded into a fresh profile (see shared/NOTES.md:
// CDP Extensions.loadUnpacked via puppeteer's installExtension, not --load-extension).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_DIST = path.join(root, 'dist', 'chrome-dev');

// Flags from NOTES: no sandbox as root; no background networking on a closed network.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter'];

/**
 * @param {{headless?: boolean, dist?: string, lang?: string, args?: string[], commandLine?: boolean}} [options]
 * `commandLine`: load the extension with `--load-extension` instead of over CDP. Slower to prove
 * ready, but the profile keeps it across `restart()` (an extension installed over CDP is gone, with
 * its storage, when the browser quits).
 */
export async function launchWithExtension({ headless = true, dist = DEV_DIST, lang = 'en-US', args = [], commandLine = false } = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'ccps-profile-'));
  const start = (extra = []) => puppeteer.launch({
    executablePath: findChrome(),
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    protocolTimeout: 60_000,
    timeout: 60_000,
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
    args: [...ARGS, `--lang=${lang}`, ...args, ...extra],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  const loadFlags = [`--load-extension=${dist}`, '--disable-features=Translate,MediaRouter,DisableLoadExtensionCommandLineSwitch'];
  let browser = await start(commandLine ? loadFlags : []);
  try {
    const extensionId = commandLine
      ? new URL((await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 })).url()).host
      : await browser.installExtension(dist);
    const origin = `chrome-extension://${extensionId}`;
    const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), { timeout: 30_000 });
    const ext = {
      browser,
      extensionId,
      origin,
      workerTarget,
      /**
       * Quits the browser and starts it again on the same profile, as an agent's restart does:
       * the extension stays installed (runtime.onStartup), storage.local stays, storage.session
       * and every page are gone. Needs `commandLine`.
       */
      async restart() {
        if (!commandLine) throw new Error('restart() needs launchWithExtension({commandLine: true})');
        await browser.close();
        browser = await start(loadFlags);
        ext.browser = browser;
        ext.workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), { timeout: 30_000 });
      },
      /** Opens one of the extension's pages in a tab. */
      async openExtensionPage(file, { width = 1280, height = 800 } = {}) {
        const page = await browser.newPage();
        await page.setViewport({ width, height });
        await page.goto(`${origin}/${file}`);
        return page;
      },
      /** Writes settings the way the options page stores them. */
      async configure(settings) {
        const page = await browser.newPage();
        await page.goto(`${origin}/options.html`);
        await page.evaluate((s) => chrome.storage.local.set(s), settings);
        await page.close();
      },
      /**
       * The phone document (the offscreen document running Streams) as a puppeteer Page, once it
       * runs; its CCP frame is `page.frames()` beyond the main one.
       */
      async phoneDocument(timeout = 20_000) {
        const target = await browser.waitForTarget((t) => t.url() === `${origin}/phone.html`, { timeout });
        return target.asPage();
      },
      /** Closes the real side panel in every window (chrome.sidePanel.close, Chrome ≥ 141). */
      async closeSidePanels() {
        const page = await browser.newPage();
        await page.goto(`${origin}/options.html`);
        await page.evaluate(async () => {
          const windows = await chrome.windows.getAll();
          await Promise.all(windows.map((w) => chrome.sidePanel.close({ windowId: w.id }).catch(() => undefined)));
        });
        await page.close();
      },
      async close() {
        await browser.close().catch(() => undefined);
        await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
      },
    };
    return ext;
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** Waits for `predicate()` in the page, polling by time (rAF polling stalls in background tabs). */
export function waitInPage(page, predicate, arg, timeout = 15_000) {
  return page.waitForFunction(predicate, { polling: 50, timeout }, arg);
}

/**
 * Runs `fn(...args)` in our content script's isolated world in the page's top frame, over CDP, and
 * returns its (JSON) result. Our shadow root is closed: the page's world, where page.evaluate runs,
 * cannot see it; the development build keeps it as `globalThis.ccpsGuest.root` in the isolated world.
 */
export async function inContentScript(page, fn, ...args) {
  const cdp = await page.createCDPSession();
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable'); // reports the live contexts before it answers
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const ours = contexts.filter((c) => c.auxData?.frameId === frameTree.frame.id && c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    const expression = `(() => { if (!globalThis.ccpsGuest) return { absent: true }; return Promise.resolve((${fn})(...${JSON.stringify(args)})).then((value) => ({ value })); })()`;
    for (const context of ours.reverse()) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: context.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(`in the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      if (!result.value?.absent) return result.value?.value;
    }
    throw new Error('our content script does not run in this page');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Text of an element inside our content script's (closed) shadow root, or null. */
export function guestText(page, selector) {
  return inContentScript(page, (sel) => globalThis.ccpsGuest.root.querySelector(sel)?.textContent ?? null, selector);
}

/** The text of the newest toast in our shadow root ('' when there is none). */
export function lastToast(page) {
  return inContentScript(page, () => [...globalThis.ccpsGuest.root.querySelectorAll('[data-ccps-toast]')].at(-1)?.textContent ?? '');
}

/** Waits until `fn(arg)`, run in our content script's world (see inContentScript), is truthy. */
export function waitInGuest(page, fn, arg, timeout = 15_000) {
  return eventually(() => inContentScript(page, fn, arg), { timeout, what: `in the content script: ${String(fn).slice(0, 120)}` });
}

/** Clicks the middle of an element of our shadow root with the mouse, as the agent would (a trusted click). */
export async function clickInGuest(page, selector) {
  await page.bringToFront();
  const box = await inContentScript(page, (sel) => {
    const el = globalThis.ccpsGuest.root.querySelector(sel);
    if (!el || el.hidden) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!box) throw new Error(`no ${selector} shown in our shadow root`);
  await page.mouse.click(box.x, box.y);
}

/** Polls `check` (async, in node) until it returns a truthy value. */
export async function eventually(check, { timeout = 15_000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}
