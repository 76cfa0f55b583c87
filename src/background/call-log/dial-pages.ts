/**
 * The CRM page a click-to-dial came from, for the call record: its URL and title as the browser
 * reports the sender tab (never fields the page could have put in the message), kept per dial in
 * storage.session, then per contact once the phone says which contact the dial made.
 */
import browser from 'webextension-polyfill';
import { serialized } from '../session-store';

const KEY = 'dialPages';
interface Page {
  url: string;
  title: string;
}
/** `request:<id>`, `contact:<id>` → the page; `made:<requestId>` → the contact a dial made before its page was read. */
type Pages = Record<string, Page | string>;

async function read(): Promise<Pages> {
  const value = (await browser.storage.session.get(KEY))[KEY];
  return value && typeof value === 'object' ? (value as Pages) : {};
}

/**
 * A dial asked by a CRM tab: remember the tab's page under the dial's request id (or under its
 * contact, when the phone already said which). Never fails the dial.
 */
export async function rememberDialPage(requestId: string, tabId: number | null): Promise<void> {
  if (tabId === null) return;
  const tab = await Promise.resolve().then(() => browser.tabs.get(tabId)).catch(() => null);
  if (!tab?.url) return;
  const page = { url: tab.url.slice(0, 2000), title: (tab.title ?? '').slice(0, 500) };
  await serialized(async () => {
    const pages = await read();
    const made = pages[`made:${requestId}`];
    delete pages[`made:${requestId}`];
    if (typeof made === 'string') pages[`contact:${made}`] = page;
    else pages[`request:${requestId}`] = page;
    await browser.storage.session.set({ [KEY]: pages });
  }).catch(() => undefined);
}

/** The phone placed the dial as `contactId`: the page moves to that contact. Runs inside a serialized step. */
export async function dialBecameContact(requestId: string, contactId: string | null): Promise<void> {
  const pages = await read();
  const page = pages[`request:${requestId}`];
  delete pages[`request:${requestId}`];
  if (contactId && typeof page === 'object') pages[`contact:${contactId}`] = page;
  else if (contactId && !page) pages[`made:${requestId}`] = contactId;
  else if (!page) return;
  await browser.storage.session.set({ [KEY]: pages });
}

/** The page a contact was dialled from (and forgets it), or null. */
export async function takeDialPage(contactId: string): Promise<Page | null> {
  const pages = await read();
  const found = pages[`contact:${contactId}`];
  const page = typeof found === 'object' ? found : null;
  if (page) {
    delete pages[`contact:${contactId}`];
    await browser.storage.session.set({ [KEY]: pages });
  }
  return page;
}
