// One world per test file: the simulated instance, the fixture CRM site, and a browser with the
// development build of the extension, configured the way the demo configures it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/server.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** @param {{configure?: boolean, lang?: string}} [options] */
export async function startWorld({ configure = true, lang } = {}) {
  const sim = await startSimulator({ outboundAnswerMs: 300 });
  const crm = await serveStatic(fixtures);
  let ext;
  try {
    ext = await launchWithExtension(lang ? { lang } : {});
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

/** The simulator's log of API requests with this method. */
export function requestsOf(sim, method) {
  return sim.instance.requests().filter((r) => r.method === method);
}
