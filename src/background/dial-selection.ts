/**
 * Dialling the selected text of a tab (context menu, keyboard shortcut). The tab's content script
 * reads and parses it, so the agent sees "Calling …" or why not right there; the side panel is
 * opened here first, synchronously, because only this event carries the user's gesture.
 */
import { askTab } from '../shared/messaging';
import type { TabRequest } from '../shared/protocol';
import { hasSidePanelIn } from './views';

/** Opens the side panel in `windowId` when it has none. Call it before any await. */
export function openPanelInGesture(windowId: number | undefined): void {
  if (windowId === undefined || hasSidePanelIn(windowId)) return;
  chrome.sidePanel.open({ windowId }).catch((e: unknown) => console.warn('[ccp-sidecar] could not open the side panel', e));
}

/** Asks the tab (one frame, or every frame) to dial its selection; true when some frame took it. */
export async function askTabToDial(tabId: number, request: Extract<TabRequest, { type: 'dial-selection' }>, frameId?: number): Promise<boolean> {
  return (await askTab(tabId, request, frameId))?.handled === true;
}
