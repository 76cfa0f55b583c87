/**
 * The keyboard shortcut (commands API, "Alt+Shift+D" by default: "D" for dial; Alt+Shift+C was not
 * assigned by Chromium on Linux, a conflict; changeable at
 * chrome://extensions/shortcuts) that dials the text selected in the current tab.
 */
import { IS_DEV_BUILD } from '../shared/build-flags';
import { notifyTab } from './crm-tabs';
import { askTabToDial, openPanelInGesture } from './dial-selection';

export const DIAL_SELECTION_COMMAND = 'dial-selection';

export function onCommand(command: string, tab?: chrome.tabs.Tab): void {
  if (command !== DIAL_SELECTION_COMMAND || tab?.id === undefined) return;
  const tabId = tab.id;
  // The selection is only known after a round trip, when the gesture is gone: open the panel now.
  openPanelInGesture(tab.windowId);
  void askTabToDial(tabId, { type: 'dial-selection', source: 'shortcut' }).then((handled) => {
    if (!handled) return notifyTab(tabId, { type: 'dial-refused', reason: 'no-selection' });
  });
}

/** Registers the listener; call synchronously at the top level of the worker. */
export function installShortcut(): void {
  chrome.commands.onCommand.addListener(onCommand);
  // A headless browser routes no key to extension commands: the development build lets a test
  // press the shortcut through the same handler.
  if (IS_DEV_BUILD) (globalThis as { ccpsTestCommand?: unknown }).ccpsTestCommand = onCommand;
}
