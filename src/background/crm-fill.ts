/**
 * Auto-fill, the background's half: when a contact connects, render the admin's mappings and ask
 * the target CRM tab (the one a screen pop opened for this contact, else the CRM tab the agent
 * is looking at) to fill them; the tab answers what it filled, kept or did not find.
 */
import browser from 'webextension-polyfill';
import { AutofillReplySchema, parseMessage, type AutofillReply, type ContactSnapshot, type CrmActivity, type FillFields } from '../shared/protocol';
import type { AutofillMapping } from '../shared/settings';
import { failureText, renderText } from '../shared/templates';
import { crmTabIds } from './crm-tabs';

/** A tab just opened by a screen pop may still be loading our script: ask again for this long. */
const TAB_READY_TIMEOUT_MS = 8000;
const RETRY_MS = 150;
/** How long a page may take to render its form once our script answers. */
const FORM_RENDER_GRACE_MS = 2000;

export function planFill(mappings: AutofillMapping[], contact: ContactSnapshot): { request: FillFields; skipped: CrmActivity[] } {
  const fields: FillFields['fields'] = [];
  const skipped: CrmActivity[] = [];
  for (const m of mappings) {
    if (!m.selector && !m.label) continue;
    const value = renderText(m.template, contact);
    if (value.ok) fields.push({ id: m.id, selector: m.selector, label: m.label, value: value.value, overwrite: m.overwrite });
    else skipped.push({ kind: 'autofill', name: mappingName(m), status: 'skipped', detail: failureText(value) });
  }
  return { request: { type: 'fill-fields', contactId: contact.contactId, fields }, skipped };
}

export function mappingName(m: AutofillMapping): string {
  return m.label || m.selector;
}

/** The tab to fill: the screen pop's tab, else the active CRM tab in the phone's window, else any CRM tab. */
export async function fillTarget(popTabId: number | undefined, windowId: number | null): Promise<number | null> {
  const ids = await crmTabIds();
  if (popTabId !== undefined) return popTabId;
  if (!ids.length) return null;
  const tabs = await Promise.all(ids.map((id) => browser.tabs.get(id).catch(() => null)));
  const inWindow = tabs.find((t) => t?.active && (windowId === null || t.windowId === windowId));
  const anyActive = tabs.find((t) => t?.active);
  return (inWindow ?? anyActive ?? tabs.find(Boolean))?.id ?? null;
}

/**
 * Sends the fill request, retrying while the tab's script is not there yet, and for a moment
 * while none of the fields exists (a CRM app still rendering its form after the page loaded).
 */
export async function sendFill(tabId: number, request: FillFields): Promise<AutofillReply | null> {
  const deadline = Date.now() + TAB_READY_TIMEOUT_MS;
  let formDeadline: number | null = null;
  for (;;) {
    const raw = await browser.tabs.sendMessage(tabId, request).catch(() => undefined);
    const reply = raw === undefined ? null : parseMessage(AutofillReplySchema, raw, `tab ${tabId}`);
    if (raw !== undefined && !reply) return null;
    if (reply) {
      formDeadline ??= Date.now() + FORM_RENDER_GRACE_MS;
      if (reply.results.some((r) => r.status !== 'not-found') || Date.now() > formDeadline) return reply;
    }
    if (Date.now() > deadline) return reply;
    await new Promise((r) => setTimeout(r, RETRY_MS));
  }
}
