// A whole page's text is read for numbers in the extension's worker, off the page's main thread
// (content-scripts/crm/worker-batches.ts). The numbers found must be the same as when the page
// reads them itself, and a worker that stops answering must cost nothing but time.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, waitInPage } from '../support/extension-browser.mjs';
import { buildFixtures } from '../fixtures/build-fixtures.mjs';
import { startWorld, stopServiceWorker } from './setup.mjs';

let world;
before(async () => {
  await buildFixtures();
  world = await startWorld();
});
after(async () => world?.close());

async function setWorkerSilent(silent) {
  // The worker running now (the one the world started with may have been stopped since).
  const target = await world.ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${world.ext.origin}/`));
  const worker = await target.worker();
  await eventually(() => worker.evaluate(() => typeof globalThis.ccpsTestDetect === 'object'), { what: 'the worker bundle' });
  await worker.evaluate((s) => (globalThis.ccpsTestDetect.silent = s), silent);
}

/** Opens the 300-row table and waits for the scan to finish; the numbers found and the figures. */
async function scan() {
  const page = await world.openCrm('generated/crm-300.html');
  await waitInPage(page, () => Number(document.querySelector('ccps-root')?.dataset.ccpsIdle) > 0, undefined, 20_000);
  const stats = await page.evaluate(() => ({ ...document.querySelector('ccps-root').dataset }));
  await page.close();
  return { count: Number(stats.ccpsCount), workerMs: Number(stats.ccpsWorker), idleMs: Number(stats.ccpsIdle) - Number(stats.ccpsStarted) };
}

test('a worker Chrome has stopped is started again by the next page, and reads it', { timeout: 60_000 }, async () => {
  const before = await scan();
  await stopServiceWorker(world);
  const after = await scan();
  assert.ok(before.workerMs > 0 && after.workerMs > 0, `the worker read the text, before and after it was stopped: ${JSON.stringify({ before, after })}`);
  assert.equal(after.count, before.count);
});

test('the worker reads the page\'s text, and a worker that goes silent only delays the scan', { timeout: 60_000 }, async () => {
  await setWorkerSilent(false);
  const byWorker = await scan();
  assert.ok(byWorker.workerMs > 0, 'the worker read the text');
  assert.ok(byWorker.count > 300, `found ${byWorker.count}`);

  await setWorkerSilent(true);
  try {
    const byPage = await scan();
    assert.equal(byPage.workerMs, 0, 'the silent worker answered nothing');
    assert.equal(byPage.count, byWorker.count, 'the page found the same numbers itself');
    // It waited for the worker's silence (1 s) before reading the text itself.
    assert.ok(byPage.idleMs >= 1000, `done after ${byPage.idleMs} ms`);
  } finally {
    await setWorkerSilent(false);
  }
});
