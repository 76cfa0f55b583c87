/** The CRM tabs our content script runs in, and how to reach them. */
import browser from 'webextension-polyfill';
import { currentSettings } from './settings-cache';
import type { TabNotification } from '../shared/protocol';
import { crmMatchPattern } from '../shared/crm-site';

export async function crmTabIds(): Promise<number[]> {
  const { crmSites } = await currentSettings();
  if (!crmSites.length) return [];
  const tabs = await browser.tabs.query({ url: crmSites.map(crmMatchPattern) });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

export async function notifyTab(tabId: number, message: TabNotification): Promise<void> {
  // A tab without our script (not granted, still loading) simply has no receiver.
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

export async function notifyTabs(ids: number[], message: TabNotification): Promise<void> {
  await Promise.all(ids.map((id) => notifyTab(id, message)));
}
