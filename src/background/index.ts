/**
 * The background service worker: the relay. Listeners are registered synchronously at the top
 * level, so a worker woken by an event has its listener in place; it keeps nothing that matters
 * in memory (see session-store.ts).
 */
import browser from 'webextension-polyfill';
import { handleContactEvent } from './contacts';
import { syncContentScripts } from './content-scripts';
import { EXPIRE_ALARM, finishDial, flushDials } from './dials';
import { acceptPhonePort, type PanelHandlers } from './phone-port';
import { onRequest } from './requests';
import { writeSession } from './session-store';
import { PHONE_PORT } from '../shared/protocol';
import { migrateStoredSettings } from '../shared/settings';

const panelHandlers: PanelHandlers = {
  'phone-attached': async (_message, windowId) => {
    await writeSession({ phoneWindowId: windowId });
  },
  'phone-status-changed': async (message) => {
    await writeSession({ phoneStatus: message.status });
    if (message.status === 'ready') await flushDials();
  },
  'agent-changed': async (message) => writeSession({ agent: message.agent }),
  'contact-changed': async (message) => handleContactEvent(message.event),
  'dial-finished': async (message) => finishDial(message),
};

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PHONE_PORT) acceptPhonePort(port, panelHandlers);
});
browser.runtime.onMessage.addListener(onRequest as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === EXPIRE_ALARM) void flushDials();
});

const resync = () => void syncContentScripts().catch((e: unknown) => console.error('[ccp-sidecar] content script registration failed', e));
// Stored settings are brought to the current version once per install, update and start-up
// (every context also repairs on read, so nothing waits for this).
const migrate = () => void migrateStoredSettings().catch((e: unknown) => console.error('[ccp-sidecar] settings migration failed', e));
browser.runtime.onInstalled.addListener(migrate);
browser.runtime.onStartup.addListener(migrate);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' && 'crmSites' in changes) || (area === 'managed' && 'crmSites' in changes)) resync();
});

// The toolbar button opens the popup; the side panel opens from there or from a dial.
void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

// For tests and the demo: lets them wait until the bundle has run.
(globalThis as { ccpsReady?: boolean }).ccpsReady = true;
