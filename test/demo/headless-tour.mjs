// The headless demo: plays what a newcomer would do and says what happened at each step.
import { writeFile } from 'node:fs/promises';
import { eventually, inContentScript, waitInGuest, waitInPage } from '../support/extension-browser.mjs';

const step = (text) => console.log(`• ${text}`);

export async function playHeadless({ ext, sim, crm, screenshot }) {
  const crmPage = await ext.browser.newPage();
  await crmPage.setViewport({ width: 1000, height: 640 });
  await crmPage.goto(`${crm.origin}/crm.html`);
  await waitInPage(crmPage, () => Boolean(document.querySelector('ccps-root')));
  step(`CRM page open: ${crm.origin}/crm.html (content script running)`);

  const panel = await ext.openExtensionPage('side-panel.html', { width: 380, height: 640 });
  await waitInPage(panel, () => Boolean(document.querySelector('[data-agent-state]')), undefined, 30_000);
  const agent = await panel.$eval('header.agent', (el) => el.innerText.replace(/\s+/g, ' '));
  step(`side panel phone ready: ${agent}`);

  const { contactId } = await sim.instance.deliverInbound({ phoneNumber: '+81312345678', queue: 'SupportQueue-JP', attributes: { CustomerId: 'C-1001' } });
  step(`simulator: inbound call from +81312345678 delivered (contact ${contactId})`);
  await waitInPage(panel, (id) => Boolean(document.querySelector(`[data-contact-id="${id}"]`)), contactId);
  step(`side panel: ${await panel.$eval(`[data-contact-id="${contactId}"]`, (el) => el.innerText.replace(/\s+/g, ' '))}`);
  await crmPage.bringToFront();
  await waitInGuest(crmPage, (id) => Boolean(globalThis.ccpsNotices?.get(id)), contactId);
  step(`CRM tab notice: "${await inContentScript(crmPage, (id) => globalThis.ccpsNotices.get(id).textContent, contactId)}"`);

  await saveSideBySide(ext, crmPage, panel, screenshot);
  step(`screenshot of the side panel beside the CRM page: ${screenshot}`);

  await panel.bringToFront();
  await panel.click(`[data-contact-id="${contactId}"] button.primary`);
  await eventually(() => sim.instance.requests().some((r) => r.method === 'acceptContact'), { what: 'acceptContact' });
  step('agent accepted the call in the side panel (simulator received acceptContact)');
  await sim.instance.customerHangUp(contactId);
  await panel.click(`[data-contact-id="${contactId}"] button`).catch(() => undefined);
  step('customer hung up; agent closed the contact');

  const before = sim.instance.requests().filter((r) => r.method === 'createOutboundContact').length;
  await crmPage.bringToFront();
  const box = await crmPage.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#phone-smith'));
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await crmPage.mouse.click(box.x, box.y);
  step('clicked "+1 (415) 555-0132" on the CRM page');
  const dialled = await eventually(() => sim.instance.requests().filter((r) => r.method === 'createOutboundContact')[before], { what: 'createOutboundContact' });
  step(`simulator received createOutboundContact for ${dialled.params.endpoint.phoneNumber}`);
  console.log('\nDemo complete: an inbound call reached the CRM tab and a click-to-dial reached the instance.');
  return true;
}

/** One PNG: the CRM page on the left, the side panel on the right, as the agent sees them. */
async function saveSideBySide(ext, crmPage, panel, file) {
  const left = await crmPage.screenshot({ encoding: 'base64' });
  await panel.bringToFront();
  const right = await panel.screenshot({ encoding: 'base64' });
  const canvas = await ext.browser.newPage();
  await canvas.setViewport({ width: 1380, height: 640 });
  await canvas.setContent(`<body style="margin:0;display:flex;background:#888"><img src="data:image/png;base64,${left}" width="1000" height="640"><img src="data:image/png;base64,${right}" width="380" height="640"></body>`);
  await writeFile(file, await canvas.screenshot({ type: 'png' }));
  await canvas.close();
}
