// Click-to-dial: a click on a number in a CRM page reaches the simulated instance as
// createOutboundContact with the E.164 number, through the background and the side panel.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, guestText, waitInPage } from '../support/extension-browser.mjs';
import { clickNumber, clickText, nextDialledNumber, requestsOf, startWorld } from './setup.mjs';

let world;
before(async () => {
  world = await startWorld();
});
after(async () => world?.close());
beforeEach(() => world.sim.instance.reset()); // each test starts with a free agent


const lastDialledNumber = (before) => nextDialledNumber(world.sim, before);

test('with the side panel closed, a click opens it and the call reaches the instance', { timeout: 60_000 }, async () => {
  const crmPage = await world.openCrm();
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickNumber(crmPage, '#phone-tanaka');
  // The background opens the real side panel in the click's gesture; its phone starts, then dials.
  const panelTarget = await world.ext.browser.waitForTarget((t) => t.url().endsWith('/side-panel.html'), { timeout: 30_000 });
  assert.ok(panelTarget);
  assert.equal(await lastDialledNumber(before), '+81312345678');
  assert.match(await guestText(crmPage, '[data-ccps-toast]'), /Calling 03-1234-5678/);
  await crmPage.close();
  await world.ext.closeSidePanels();
  await eventually(async () => !(await world.ext.browser.targets()).some((t) => t.url().endsWith('/side-panel.html')), { what: 'the side panel to close' });
});

test('with the phone open, clicking numbers in any format dials E.164', { timeout: 60_000 }, async () => {
  const panel = await world.openPhone();
  const crmPage = await world.openCrm();
  for (const [selector, expected] of [
    ['#phone-smith', '+14155550132'],
    ['#phone-brown', '+442079460958'],
    ['#phone-sato', '+819012345678'],
  ]) {
    world.sim.instance.reset(); // the agent is free again, as after closing the previous call
    const before = requestsOf(world.sim, 'createOutboundContact').length;
    await clickNumber(crmPage, selector);
    assert.equal(await lastDialledNumber(before), expected, selector);
  }
  await panel.close();
  await crmPage.close();
});

test('a tel: link dials through the CCP instead of the operating system', { timeout: 60_000 }, async () => {
  const panel = await world.openPhone();
  const crmPage = await world.openCrm();
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  await clickText(crmPage, '#tel-suzuki');
  assert.equal(await lastDialledNumber(before), '+81661234567');
  assert.equal(crmPage.url().startsWith(world.crm.origin), true, 'the page did not navigate');
  await panel.close();
  await crmPage.close();
});

test('a click on text that is not a phone number dials nothing', { timeout: 30_000 }, async () => {
  const panel = await world.openPhone();
  const crmPage = await world.openCrm();
  const before = world.sim.instance.requests().length;
  await clickText(crmPage, '#customers tbody tr:first-child td:nth-child(3)'); // an order number
  await clickText(crmPage, '#customers tbody tr:first-child td:nth-child(4)'); // a date and time
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(world.sim.instance.requests().slice(before).filter((r) => r.method === 'createOutboundContact').length, 0);
  await panel.close();
  await crmPage.close();
});

test('the dial waits while the phone is starting, and is dialled once', { timeout: 60_000 }, async () => {
  const crmPage = await world.openCrm();
  const before = requestsOf(world.sim, 'createOutboundContact').length;
  // The page sends the request before any panel exists; the panel is opened afterwards.
  await clickNumber(crmPage, '#phone-smith');
  const panel = await world.openPhone(null);
  assert.equal(await lastDialledNumber(before), '+14155550132');
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(requestsOf(world.sim, 'createOutboundContact').length, before + 1, 'dialled exactly once');
  await waitInPage(panel, () => document.querySelectorAll('.contact-card').length > 0);
  await panel.close();
  await crmPage.close();
});
