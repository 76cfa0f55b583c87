/**
 * "Call “<selection>”" in the context menu of selected text, on granted CRM sites only (the same
 * sites our content script runs on, which reads the selection and tells the agent what happens).
 */
import browser from 'webextension-polyfill';
import { looksLikeItMayHoldAPhoneNumber } from '../shared/phone';
import { t } from '../shared/i18n';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { crmMatchPattern } from '../shared/crm-site';
import { grantedCrmSites } from './content-scripts';
import { askTabToDial, openPanelInGesture } from './dial-selection';

export const CALL_MENU_ID = 'ccps-call-selection';
const MAX_TEXT = 2000;

/** Makes the menu item exist exactly on the granted CRM sites. */
export async function syncContextMenu(): Promise<void> {
  const patterns = [...new Set((await grantedCrmSites()).map(crmMatchPattern))];
  await chrome.contextMenus.remove(CALL_MENU_ID).catch(() => undefined);
  if (!patterns.length) return;
  // `%s` is replaced by Chrome with the selected text (shortened when long).
  chrome.contextMenus.create({ id: CALL_MENU_ID, title: t('contextMenuCall'), contexts: ['selection'], documentUrlPatterns: patterns }, () => {
    if (chrome.runtime.lastError) console.warn('[ccp-sidecar] context menu:', chrome.runtime.lastError.message);
  });
}

export function onContextMenuClicked(info: chrome.contextMenus.OnClickData, tab?: chrome.tabs.Tab): void {
  if (info.menuItemId !== CALL_MENU_ID || tab?.id === undefined) return;
  const text = (info.selectionText ?? '').slice(0, MAX_TEXT);
  // A selection without seven digits can hold no number: the content script says so, no panel opens.
  if (looksLikeItMayHoldAPhoneNumber(text)) openPanelInGesture(tab.windowId);
  void askTabToDial(tab.id, { type: 'dial-selection', source: 'context-menu', text }, info.frameId);
}

/** Registers the listeners; call synchronously at the top level of the worker. */
export function installContextMenu(): void {
  chrome.contextMenus.onClicked.addListener(onContextMenuClicked);
  const sync = () => void syncContextMenu().catch((e: unknown) => console.warn('[ccp-sidecar] context menu sync failed', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'local' || area === 'managed') && 'crmSites' in changes) sync();
  });
  // Chrome shows no menu in a headless test: the development build lets a test click it.
  if (IS_DEV_BUILD) (globalThis as { ccpsTestContextMenu?: unknown }).ccpsTestContextMenu = onContextMenuClicked;
}
