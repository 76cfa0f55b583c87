// `npm start`: builds the development extension, starts the simulated Amazon Connect instance
// and the demo CRM page, and opens Chromium with the extension loaded and pointed at them.
//   npm start                  a browser window to try it by hand
//   npm start -- --headless    no display: plays an inbound call and a click-to-dial, prints what
//                              happens, and saves a screenshot of the side panel beside the CRM page
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/server.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { findChrome } from '../support/find-chrome.mjs';
import { launchWithExtension } from '../support/extension-browser.mjs';
import { playHeadless } from './headless-tour.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const headless = process.argv.includes('--headless');
const port = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. On a machine without a screen, run: npm start -- --headless');
  process.exit(1);
}
try {
  findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

execFileSync(process.execPath, [path.join(root, 'build.mjs'), '--dev'], { stdio: 'inherit' });
const sim = await startSimulator({ port: port('simulator-port', 4100) });
const crm = await serveStatic(path.join(root, 'test/fixtures'), { port: port('crm-port', 4200) });
const ext = await launchWithExtension({ headless, args: headless ? [] : ['--window-size=1500,950'] });
await ext.configure({ instanceUrl: sim.ccpUrl, crmSites: [crm.origin], defaultCountry: 'JP' });

console.log(`
CCP Sidecar demo
  simulated Amazon Connect instance  ${sim.ccpUrl}
  its control page (calls, states)   ${sim.controlUrl}
  demo CRM page                      ${crm.origin}/crm.html
  extension origin                   ${ext.origin}
`);

let stopping = false;
const stop = async (code = 0) => {
  if (stopping) return;
  stopping = true;
  await ext.close();
  await Promise.all([sim.close(), crm.close()]);
  process.exit(code);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

if (headless) {
  const ok = await playHeadless({ ext, sim, crm, screenshot: path.join(root, 'demo-screenshot.png') }).catch((error) => {
    console.error(`demo failed: ${error.stack ?? error}`);
    return false;
  });
  await stop(ok ? 0 : 1);
} else {
  const [blank] = await ext.browser.pages();
  const page = blank ?? (await ext.browser.newPage());
  await page.goto(`${crm.origin}/crm.html`);
  const control = await ext.browser.newPage();
  await control.goto(sim.controlUrl);
  await page.bringToFront();
  console.log(`Try it:
  1. Click a phone number on the CRM page: the side panel opens and the call reaches the instance
     (the control page's "Requests from the CCP" shows createOutboundContact).
  2. On the control page, under "Deliver a contact", press "Deliver": it rings in the side panel and
     the CRM page shows who is calling. Accept it in the side panel.
Close the browser or press Ctrl-C to stop.`);
  ext.browser.on('disconnected', () => void stop());
}
