/**
 * Dialling the selected text of a tab (context menu, keyboard shortcut). The tab's content script
 * reads and parses it, so the agent sees "Calling …" or why not right there; the side panel is
 * opened here first, synchronously, because only this event carries the user's gesture.
 */
import browser from 'webextension-polyfill';
import type { TabReplies, TabRequest } from '../shared/protocol';
import { phoneWindowId } from './phone-port';

/** Opens the side panel in `windowId` when no phone runs yet. Call it before any await. */
export function openPanelInGesture(windowId: number | undefined): void {
  if (phoneWindowId() !== null || windowId === undefined) return;
  chrome.sidePanel.open({ windowId }).catch((e: unknown) => console.warn('[ccp-sidecar] could not open the side panel', e));
}

/** Asks the tab (one frame, or every frame) to dial its selection; true when some frame took it. */
export async function askTabToDial(tabId: number, request: Extract<TabRequest, { type: 'dial-selection' }>, frameId?: number): Promise<boolean> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request, frameId === undefined ? {} : { frameId })) as TabReplies['dial-selection'] | undefined;
    return reply?.handled === true;
  } catch {
    return false; // no content script there (not a granted site), or no frame answered
  }
}
