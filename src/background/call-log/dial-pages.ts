/**
 * The CRM page a click-to-dial came from, for the call record: its URL and title as the browser
 * reports the sender tab (never fields the page could have put in the message), kept in
 * storage.session by the number dialled. The phone does not always say which contact a dial made,
 * so the record takes the page dialled for its number shortly before the call started.
 */
import browser from 'webextension-polyfill';
import { serialized } from '../session-store';

const KEY = 'dialPages';
/** A page dialled longer ago than this before a call started is not that call's. */
const MATCH_MS = 60_000;
interface Page {
  url: string;
  title: string;
  at: number;
}
type Pages = Record<string, Page>;

async function read(): Promise<Pages> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return value && typeof value === 'object' ? (value as Pages) : {};
}

/** A dial asked by a CRM tab: remember the tab's page under the number. Never fails the dial. */
export async function rememberDialPage(e164: string, tabId: number | null): Promise<void> {
  if (tabId === null) return;
  const tab = await Promise.resolve().then(() => browser.tabs.get(tabId)).catch(() => null);
  if (!tab?.url) return;
  const now = Date.now();
  await serialized(async () => {
    const pages = await read();
    for (const [key, page] of Object.entries(pages)) if (page.at < now - 10 * MATCH_MS) delete pages[key];
    pages[e164] = { url: tab.url!.slice(0, 2000), title: (tab.title ?? '').slice(0, 500), at: now };
    await browser.storage.session.set({ [KEY]: pages });
  }).catch(() => undefined);
}

/** The page an outbound call to `e164` started at `startedAt` was dialled from (and forgets it), or null. */
export async function takeDialPage(e164: string | null, startedAt: number): Promise<{ url: string; title: string } | null> {
  if (!e164) return null;
  const pages = await read();
  const page = pages[e164];
  if (!page || page.at < startedAt - MATCH_MS || page.at > startedAt + 5000) return null;
  delete pages[e164];
  await browser.storage.session.set({ [KEY]: pages });
  return { url: page.url, title: page.title };
}
