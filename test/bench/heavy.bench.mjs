/* global PerformanceObserver, requestAnimationFrame */
// A heavy page (issue #10, point 7): a call log of 25,000 rows, 150,000 text nodes
// (heavy-pages.mjs), in Chromium with the development build. Our figures come from the content
// script's own clock (dev build, on its shadow host), as in detect.bench.mjs:
// - full scan: our start → every number of the page known (the worker's answers recorded);
// - longest task of our script: our longest slice (every step of the scan runs in slices);
// - the browser's view: the longest animation frame starting during our scan (the page's own
//   rendering included), beside the page's longest frame over the same span after load without
//   us (highlighting switched off for the site, in the same run).
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { CALL_LOG_ROWS, writeBenchPage } from './heavy-pages.mjs';

const RUNS = 3;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Long animation frames from the page's main world, and the time our start would be (the first
// frame after DOMContentLoaded, as dom-ready.ts).
function watchFrames() {
  window.__frames = [];
  document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => setTimeout(() => (window.__ready = performance.now()), 0)));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__frames.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

async function loadOnce(browser, url, { ours, span }) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(watchFrames);
  await page.goto(url, { timeout: 120_000 });
  let scan;
  if (ours) {
    await waitInPage(page, () => Number(document.querySelector('ccps-root')?.dataset.ccpsIdle) > 0, undefined, 120_000);
    await new Promise((r) => setTimeout(r, 300)); // the frames after the last slice
    scan = await page.evaluate(() => {
      const d = document.querySelector('ccps-root').dataset;
      return { started: Number(d.ccpsStarted), idle: Number(d.ccpsIdle), longest: Number(d.ccpsLongest), busy: Number(d.ccpsBusy), worker: Number(d.ccpsWorker), count: Number(d.ccpsCount) };
    });
  } else {
    await waitInPage(page, () => window.__ready > 0, undefined, 60_000);
    const ready = await page.evaluate(() => window.__ready);
    await waitInPage(page, (end) => performance.now() > end + 300, ready + span, 60_000);
    scan = { started: ready, idle: ready + span };
  }
  const frames = await page.evaluate(({ started, idle }) => window.__frames.filter((f) => f.start >= started && f.start < idle + 100), scan);
  await page.close();
  return { ...scan, longestFrame: Math.max(0, ...frames.map((f) => f.duration)) };
}

export default async function heavyBench() {
  const dir = await writeBenchPage('call-log');
  const server = await serveStatic(dir);
  const ext = await launchWithExtension(process.env.BENCH_DIST ? { dist: process.env.BENCH_DIST } : {});
  try {
    const site = server.origin;
    const url = `${site}/call-log.html`;
    const ours = [];
    const without = [];
    for (let i = 0; i < RUNS; i++) {
      await ext.configure({ crmSites: [site], defaultCountry: 'JP', disabledSites: [] });
      if (i === 0) await new Promise((r) => setTimeout(r, 500)); // the content script registration
      const run = await loadOnce(ext.browser, url, { ours: true });
      ours.push(run);
      await ext.configure({ disabledSites: [site] });
      without.push(await loadOnce(ext.browser, url, { ours: false, span: run.idle - run.started }));
    }
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ ours, without }));
    const pick = (runs, key) => median(runs.map((r) => r[key]));
    return {
      title: `Heavy page: a call log of ${CALL_LOG_ROWS.toLocaleString('en')} rows (${(6 * CALL_LOG_ROWS).toLocaleString('en')} text nodes), Chromium, median of ${RUNS} loads; numbers found: ${pick(ours, 'count')}`,
      figures: [
        { name: 'full scan', value: median(ours.map((r) => r.idle - r.started)), unit: 'ms' },
        { name: 'our script time in the full scan', value: pick(ours, 'busy'), unit: 'ms' },
        { name: 'the extension worker\'s time in the full scan', value: pick(ours, 'worker'), unit: 'ms' },
        { name: 'longest task of our script', value: pick(ours, 'longest'), unit: 'ms', target: { max: 50 } },
        { name: 'longest animation frame during our scan', value: pick(ours, 'longestFrame'), unit: 'ms', baseline: pick(without, 'longestFrame') },
      ],
    };
  } finally {
    await ext.close();
    await server.close();
  }
}
