/**
 * The background service worker: the relay. Listeners are registered synchronously at the top
 * level, so a worker woken by an event has its listener in place; it keeps nothing that matters
 * in memory (see session-store.ts).
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { agentActive } from './activity';
import { handleContactEvent } from './contacts';
import { changesRegistration, syncContentScripts } from './content-scripts';
import { EXPIRE_ALARM, finishDial, flushDials } from './dials';
import { badgeFor, showBadge } from './badge';
import { sendActivityTo } from './crm-activity';
import { onNotificationButton, onNotificationClicked } from './notifications';
import { onSessionNotification, showSessionWarning } from './session-notice';
import { acceptDetectPort } from './detect-port';
import { acceptPhoneDocument, phoneConnected, sendToPhone, type PhoneHandlers } from './phone-link';
import { closePhoneDocument, configuredCcpUrl, ensurePhoneDocument, hasPhoneDocument, phoneDocumentGone, restartPhone, resumePhoneAfterRestart, syncPhoneDocument } from './phone-document';
import { onRequest } from './requests';
import { settlePhoneRequest } from './phone-requests';
import { installContextMenu } from './context-menu';
import { installShortcut } from './shortcut';
import { installCallShortcuts } from './call-shortcuts';
import { mayOpen, senderKind } from './sender-table';
import { readSession, writeSession } from './session-store';
import { currentSettings, forgetSettingsOnChange } from './settings-cache';
import { isOwnPage, isPhoneDocument } from './senders';
import { acceptView, broadcastPhoneState, hasViews, readPhoneState, type ViewHandlers } from './views';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { DETECT_PORT, PHONE_DOC_PORT, VIEW_PORT } from '../shared/protocol';
import { migrateStoredSettings } from '../shared/settings';
import { deliverDue, OUTBOX_ALARM } from './call-log/outbox';
import { mayClose } from './call-log/track';

/** A required disposition holds the contact open (call-log/track.ts). */
async function mayCloseNow(contactId: string): Promise<boolean> {
  const { contacts } = await readSession('contacts');
  return mayClose(contactId, contacts[contactId]?.phase);
}

const phoneHandlers: PhoneHandlers = {
  'phone-document-attached': async (message, link) => {
    const ccpUrl = await configuredCcpUrl();
    if (!ccpUrl) return closePhoneDocument('unconfigured');
    // A document started by a worker that was stopped before it could say what to run, or one
    // running an instance the admin has since changed.
    if (message.running !== ccpUrl) link.post({ type: 'run-phone', ccpUrl });
  },
  'phone-status-changed': async (message) => {
    await writeSession({ phoneStatus: message.status, phoneDetail: message.detail ?? null, ...(message.status === 'ready' ? {} : { sessionWarning: null }) });
    await broadcastPhoneState();
    if (message.status === 'ready') await flushDials();
  },
  'agent-changed': async (message) => {
    await writeSession({ agent: message.agent });
    await broadcastPhoneState();
    const { contacts } = await readSession('contacts');
    await showBadge(badgeFor(message.agent, Object.values(contacts)));
  },
  'contact-changed': async (message) => handleContactEvent(message.event),
  'session-warning-changed': async (message) => {
    await writeSession({ sessionWarning: message.warning });
    await broadcastPhoneState();
    await showSessionWarning(message.warning);
  },
  'microphone-changed': async (message) => {
    await writeSession({ microphone: message.microphone });
    await broadcastPhoneState();
  },
  'dial-finished': async (message) => finishDial(message),
  'call-control-finished': settlePhoneRequest,
  'quick-connects-listed': settlePhoneRequest,
  'sign-out-finished': settlePhoneRequest,
};

const viewHandlers: ViewHandlers = {
  'view-attached': async (_message, view) => {
    view.post({ type: 'phone-state-changed', state: await readPhoneState() });
    await sendActivityTo(view);
    // A view opened is the agent opening the phone: it starts if it is not running.
    if (await ensurePhoneDocument()) view.post({ type: 'phone-state-changed', state: await readPhoneState() });
  },
  'view-visibility-changed': async () => undefined,
  'act-on-contact': async (message) => {
    if (message.action === 'end' && !(await mayCloseNow(message.contactId))) return;
    const type = message.action === 'accept' ? 'accept-contact' : message.action === 'reject' ? 'reject-contact' : 'end-contact';
    sendToPhone({ type, contactId: message.contactId });
  },
  'restart-phone': async () => restartPhone(),
  'agent-active': async () => agentActive(),
};

/**
 * Who may be the phone: the phone document always (it exists only because we started it); a side
 * panel only in the opt-in mode, and only while no other phone runs.
 */
async function mayHost(port: Runtime.Port): Promise<boolean> {
  if (isPhoneDocument(port.sender)) return true;
  if (!isOwnPage(port.sender, 'side-panel.html')) return false;
  return (await currentSettings()).amazonPanel && !phoneConnected() && !(await hasPhoneDocument());
}

browser.runtime.onConnect.addListener((port) => {
  if (!mayOpen(senderKind(port.sender), port.name)) return port.disconnect();
  if (port.name === PHONE_DOC_PORT) acceptPhoneDocument(port, phoneHandlers, () => void phoneDocumentGone().then(broadcastPhoneState), mayHost);
  else if (port.name === VIEW_PORT) acceptView(port, viewHandlers);
  else if (port.name === DETECT_PORT) acceptDetectPort(port);
});
chrome.notifications.onButtonClicked.addListener((id, index) => void (onSessionNotification(id) || onNotificationButton(id, index)));
chrome.notifications.onClicked.addListener((id) => void (onSessionNotification(id) || onNotificationClicked(id)));
browser.storage.onChanged.addListener(forgetSettingsOnChange);
browser.runtime.onMessage.addListener(onRequest as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
installContextMenu();
installShortcut();
installCallShortcuts();
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === EXPIRE_ALARM) void flushDials();
  if (alarm.name === OUTBOX_ALARM) void deliverDue();
});
// Every start of the worker (woken by anything, or the browser starting) sends what is due.
void deliverDue().catch((e: unknown) => console.warn('[ccp-sidecar] call log outbox', String(e)));

const resync = () => void syncContentScripts().catch((e: unknown) => console.error('[ccp-sidecar] content script registration failed', e));
// Stored settings are brought to the current version once per install, update and start-up
// (every context also repairs on read, so nothing waits for this).
const migrate = () => void migrateStoredSettings().catch((e: unknown) => console.error('[ccp-sidecar] settings migration failed', e));
browser.runtime.onInstalled.addListener(migrate);
browser.runtime.onStartup.addListener(migrate);
browser.runtime.onInstalled.addListener(resync);
browser.runtime.onStartup.addListener(resync);
// After a browser restart, or an update of the extension (which ends the old phone document), the
// phone the agent had running comes back by itself.
const resumePhone = () => void resumePhoneAfterRestart().catch((e: unknown) => console.error('[ccp-sidecar] the phone did not come back', e));
browser.runtime.onStartup.addListener(resumePhone);
browser.runtime.onInstalled.addListener(resumePhone);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);
browser.storage.onChanged.addListener((changes, area) => {
  if (changesRegistration(changes, area)) resync();
  if ((area === 'local' || area === 'managed') && ('instanceUrl' in changes || 'amazonPanel' in changes)) void syncPhoneDocument(hasViews()).then(broadcastPhoneState);
});

// The toolbar button opens the popup; the side panel opens from there or from a dial.
void chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

// For tests and the demo: lets them wait until the bundle has run.
(globalThis as { ccpsReady?: boolean }).ccpsReady = true;
// A headless browser shows no notification to click: the development build lets a test press a
// notification's button through the same handler Chrome calls.
if (IS_DEV_BUILD) (globalThis as { ccpsTest?: unknown }).ccpsTest = { pressNotificationButton: (id: string, index: number) => onSessionNotification(id) || onNotificationButton(id, index) };
