// First run without the microphone (issue #11): the CCP frame in the offscreen phone document gets
// the microphone only once the extension's origin has it, and neither that document nor a side
// panel can show Chrome's prompt. The panel says so and opens the tab that asks; the grant is seen
// at once, with no reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { waitInPage } from '../support/extension-browser.mjs';
import { startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld({ microphone: 'prompt' });
}, { timeout: 60_000 });
after(async () => world?.close());

test('never granted: the panel and the popup say so, the button opens the grant tab, and the grant clears it live', { timeout: 40_000 }, async () => {
  const panel = await world.openPhone();
  await waitInPage(panel, () => document.querySelector('#microphone-notice')?.dataset.microphone === 'prompt');
  assert.match(await panel.$eval('#microphone-notice', (el) => el.textContent), /Calls need your microphone/);
  const popup = await world.ext.openExtensionPage('popup.html', { width: 360, height: 600 });
  await waitInPage(popup, () => Boolean(document.querySelector('#microphone-notice')));
  await popup.close();

  await panel.bringToFront();
  await panel.click('#allow-microphone');
  const tab = await (await world.ext.browser.waitForTarget((t) => t.url() === `${world.ext.origin}/mic-permission.html`, { timeout: 10_000 })).page();
  assert.ok(tab, 'the grant page opened in a tab');
  // What the agent's "Allow" in that tab does to the origin's permission.
  await world.ext.browser.defaultBrowserContext().overridePermissions(world.ext.origin, ['microphone']);
  await waitInPage(panel, () => !document.querySelector('#microphone-notice'));
  await tab.close();
  await panel.close();
});
