/**
 * The background service worker: the relay. Listeners are registered synchronously at the top
 * level, so a worker woken by an event has its listener in place; it keeps nothing that matters
 * in memory (see session-store.ts).
 */
import browser from 'webextension-polyfill';
import { handleContactEvent } from './contacts';
import { changesRegistration, syncContentScripts } from './content-scripts';
import { EXPIRE_ALARM, finishDial, flushDials } from './dials';
import { badgeFor, showBadge } from './badge';
import { sendActivityTo } from './crm-activity';
import { panelAttached, panelGone, takeOver } from './election';
import { onNotificationButton, onNotificationClicked } from './notifications';
import { acceptDetectPort } from './detect-port';
import { acceptPhonePort, broadcastToPanels, phoneWindowId, postToPanel, sendToPhone, type PanelHandlers } from './phone-port';
import { onRequest } from './requests';
import { installContextMenu } from './context-menu';
import { installShortcut } from './shortcut';
import { readSession, writeSession } from './session-store';
import { forgetSettingsOnChange } from './settings-cache';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { DETECT_PORT, PHONE_PORT } from '../shared/protocol';
import { migrateStoredSettings } from '../shared/settings';

const panelHandlers: PanelHandlers = {
  'phone-attached': async (_message, panel) => {
    await panelAttached(panel);
    await sendActivityTo(panel.panelId);
    const { contacts, agent } = await readSession('contacts', 'agent');
    postToPanel(panel.panelId, { type: 'contacts-changed', contacts: Object.values(contacts) });
    if (agent) postToPanel(panel.panelId, { type: 'agent-changed', agent });
  },
  'panel-visibility-changed': async (message) => writeSession({ phoneVisible: message.visible }),
  'take-over-phone': async (_message, panel) => takeOver(panel),
  'act-on-contact': async (message) => {
    const type = message.action === 'accept' ? 'accept-contact' : message.action === 'reject' ? 'reject-contact' : 'end-contact';
    sendToPhone({ type, contactId: message.contactId });
  },
  'phone-status-changed': async (message, panel) => {
    await writeSession({ phoneStatus: message.status, phoneWindowId: panel.windowId });
    if (message.status === 'ready') await flushDials();
  },
  'agent-changed': async (message) => {
    await writeSession({ agent: message.agent });
    broadcastToPanels({ type: 'agent-changed', agent: message.agent });
    const { contacts } = await readSession('contacts');
    await showBadge(badgeFor(message.agent, Object.values(contacts)));
  },
  'contact-changed': async (message) => handleContactEvent(message.event),
  'dial-finished': async (message) => finishDial(message),
};

browser.runtime.onConnect.addListener((port) => {
  if (port.name === PHONE_PORT) acceptPhonePort(port, panelHandlers, (panel) => void panelGone(panel));
  else if (port.name === DETECT_PORT) acceptDetectPort(port);
});
chrome.notifications.onButtonClicked.addListener((id, index) => void onNotificationButton(id, index));
chrome.notifications.onClicked.addListener((id) => onNotificationClicked(id, phoneWindowId()));
browser.storage.onChanged.addListener(forgetSettingsOnChange);
browser.runtime.onMessage.addListener(onRequest as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
installContextMenu();
installShortcut();
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
  if (changesRegistration(changes, area)) resync();
});

// The toolbar button opens the popup; the side panel opens from there or from a dial.
void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

// For tests and the demo: lets them wait until the bundle has run.
(globalThis as { ccpsReady?: boolean }).ccpsReady = true;
// A headless browser shows no notification to click: the development build lets a test press a
// notification's button through the same handler Chrome calls.
if (IS_DEV_BUILD) (globalThis as { ccpsTest?: unknown }).ccpsTest = { pressNotificationButton: onNotificationButton };
