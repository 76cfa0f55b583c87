/**
 * The phone document's life: one offscreen document per browser (chrome.offscreen allows one per
 * extension) hosting Streams, its CCP frame and the softphone audio. It starts when the agent
 * opens the phone (a side panel, the popup, a click-to-dial) and an instance is configured, and
 * from then on nothing but the agent closes it: not a panel, a popup or a window closing. A new
 * instance URL restarts Streams in it; no instance closes it.
 *
 * Whether the agent wants the phone is kept in storage.local (`phoneWanted`), so after a browser
 * restart the phone comes back by itself: signed in if Connect's session still holds, otherwise
 * saying how to sign in.
 */
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { normalizeInstanceUrl } from '../shared/instance-url';
import { currentSettings } from './settings-cache';
import { phoneConnected, sendToPhone } from './phone-link';
import { readSession, writeSession } from './session-store';

export const PHONE_DOCUMENT = 'phone.html';
const WANTED_KEY = 'phoneWanted';

/** The CCP URL the phone should run, or null when no valid instance is configured. */
export async function configuredCcpUrl(): Promise<string | null> {
  const { instanceUrl } = await currentSettings();
  // Checked again here: a corrupt setting must show "not configured", not load an arbitrary page.
  const result = normalizeInstanceUrl(instanceUrl, IS_DEV_BUILD);
  return result.ok ? result.ccpUrl : null;
}

export async function hasPhoneDocument(): Promise<boolean> {
  const url = chrome.runtime.getURL(PHONE_DOCUMENT);
  const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [url] });
  return contexts.length > 0;
}

// Creating is asynchronous and a second createDocument while one is pending fails: one at a time.
let pending: Promise<boolean> | null = null;

/**
 * Starts the phone document if it is not running; false when no instance is configured, or in the
 * opt-in mode where a side panel hosts the phone (a document left from before then goes once no
 * call needs it).
 */
export function ensurePhoneDocument(): Promise<boolean> {
  pending ??= (async () => {
    try {
      if (!(await configuredCcpUrl())) return false;
      if ((await currentSettings()).amazonPanel) {
        await retireIfIdle();
        return false;
      }
      await browser.storage.local.set({ [WANTED_KEY]: true });
      if (await hasPhoneDocument()) return true;
      await writeSession({ phoneStatus: 'loading', phoneDetail: null, sessionWarning: null });
      await chrome.offscreen.createDocument({
        url: PHONE_DOCUMENT,
        reasons: [chrome.offscreen.Reason.USER_MEDIA, chrome.offscreen.Reason.WEB_RTC],
        justification: 'The Amazon Connect softphone (Streams and its CCP frame): calls must outlive every window.',
      });
      return true;
    } finally {
      pending = null;
    }
  })();
  return pending;
}

/**
 * Brings the phone document in line with the settings: the instance it runs (Streams restarts for
 * a new one), or no document when no instance is configured. With no document yet, `start` says
 * whether the agent has the phone open (a view is showing "not configured"): it starts then.
 */
export async function syncPhoneDocument(start: boolean): Promise<void> {
  const ccpUrl = await configuredCcpUrl();
  if ((await currentSettings()).amazonPanel) return retireIfIdle();
  if (!(await hasPhoneDocument())) {
    if (start && ccpUrl) await ensurePhoneDocument();
    return;
  }
  if (!ccpUrl) return closePhoneDocument('unconfigured');
  sendToPhone({ type: 'run-phone', ccpUrl }, { whenReady: false });
}

/** Starts Streams afresh (after the sign-in window closed, or Retry), starting the document if needed. */
export async function restartPhone(): Promise<void> {
  const ccpUrl = await configuredCcpUrl();
  if (!ccpUrl) return;
  await browser.storage.local.set({ [WANTED_KEY]: true });
  if (!(await hasPhoneDocument())) {
    await ensurePhoneDocument();
    return;
  }
  if (!sendToPhone({ type: 'run-phone', ccpUrl, restart: true }, { whenReady: false })) {
    // Not connected (it would have said so): a document that lost its way is started anew.
    await closePhoneDocument('off');
    await ensurePhoneDocument();
  }
}

/** The opt-in mode was chosen: the phone document goes, but never in the middle of a call. */
async function retireIfIdle(): Promise<void> {
  const { contacts } = await readSession('contacts');
  if (Object.keys(contacts).length === 0 && (await hasPhoneDocument())) await closePhoneDocument('off');
}

export async function closePhoneDocument(status: 'off' | 'unconfigured'): Promise<void> {
  if (await hasPhoneDocument()) await chrome.offscreen.closeDocument().catch(() => undefined);
  await writeSession({ phoneStatus: status, phoneDetail: null, sessionWarning: null, agent: null, contacts: {} });
}

/** The agent signed out: a browser restart does not bring the phone back until they open it again. */
export async function phoneNotWanted(): Promise<void> {
  await browser.storage.local.set({ [WANTED_KEY]: false });
}

/** After a browser restart: the phone comes back if the agent had it running. */
export async function resumePhoneAfterRestart(): Promise<void> {
  const stored = await browser.storage.local.get(WANTED_KEY);
  if (stored[WANTED_KEY] === true) await ensurePhoneDocument();
}

/** How long a phone document whose Port closed has to reconnect before it counts as gone. */
const RECONNECT_GRACE_MS = 1000;

/** The phone document's Port closed: if the document itself is gone (it crashed, or was closed), the phone is off. */
export async function phoneDocumentGone(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, RECONNECT_GRACE_MS));
  if (phoneConnected() || (await hasPhoneDocument())) return;
  await writeSession({ phoneStatus: 'off', phoneDetail: null, sessionWarning: null });
}
