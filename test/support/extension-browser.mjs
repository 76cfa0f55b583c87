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
 * @param {{headless?: boolean, dist?: string, lang?: string, args?: string[]}} [options]
 */
export async function launchWithExtension({ headless = true, dist = DEV_DIST, lang = 'en-US', args = [] } = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'ccps-profile-'));
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless,
    pipe: true,
    enableExtensions: true,
    userDataDir,
    protocolTimeout: 60_000,
    timeout: 60_000,
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
    args: [...ARGS, `--lang=${lang}`, ...args],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  try {
    const extensionId = await browser.installExtension(dist);
    const origin = `chrome-extension://${extensionId}`;
    const workerTarget = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), { timeout: 30_000 });
    return {
      browser,
      extensionId,
      origin,
      workerTarget,
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
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/** Waits for `predicate()` in the page, polling by time (rAF polling stalls in background tabs). */
export function waitInPage(page, predicate, arg, timeout = 15_000) {
  return page.waitForFunction(predicate, { polling: 50, timeout }, arg);
}

/** Text of an element inside our content script's shadow root, or null. */
export function guestText(page, selector) {
  return page.evaluate((sel) => document.querySelector('ccps-root')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector);
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
