/**
 * Screen pop: the admin's rules open the caller's record in the CRM when a contact rings, is
 * accepted or connects. Each rule is handled once per contact (recorded in storage.session
 * before the tab opens, so a restarted worker never pops twice); a rule that cannot fire (a
 * missing attribute, a template that is not an http(s) URL) is reported on the contact card.
 */
import browser from 'webextension-polyfill';
import type { ContactSnapshot, CrmActivity } from '../shared/protocol';
import type { ScreenPopRule, ScreenPopTarget, ScreenPopTrigger } from '../shared/settings';
import { failureText, fieldValue, renderUrl } from '../shared/templates';
import { crmMatchPattern } from '../shared/crm-site';

/** Whether a contact in this phase has reached the rule's moment (ringing, accepted, connected). */
export function triggerReached(trigger: ScreenPopTrigger, contact: ContactSnapshot): boolean {
  switch (trigger) {
    case 'ringing':
      return contact.phase === 'incoming';
    case 'accepted':
      // Accepted (inbound) or placed (outbound): the contact is the agent's from here on.
      return contact.phase === 'connecting' || contact.phase === 'connected' || contact.phase === 'on-hold';
    case 'connected':
      return contact.phase === 'connected' || contact.phase === 'on-hold';
  }
}

export function conditionHolds(rule: ScreenPopRule, contact: ContactSnapshot): boolean {
  if (!rule.condition) return true;
  const value = fieldValue(contact, rule.condition.field === 'queue' ? 'queue.name' : rule.condition.field);
  return value.ok && value.value === rule.condition.equals;
}

export interface PopDecision {
  rule: ScreenPopRule;
  url: string | null;
  activity: CrmActivity | null;
}

/** The rules due now for this contact (not yet handled), each with its URL or why it has none. */
export function duePops(rules: ScreenPopRule[], contact: ContactSnapshot, handled: string[], lookup: Record<string, string> | 'pending' = {}): PopDecision[] {
  const due: PopDecision[] = [];
  for (const rule of rules) {
    if (!rule.enabled || handled.includes(rule.id) || !triggerReached(rule.trigger, contact) || !conditionHolds(rule, contact)) continue;
    // A rule using the customer lookup waits for its answer (call-log/lookup.ts runs the pops again then).
    if (lookup === 'pending' && rule.urlTemplate.includes('{lookup.')) continue;
    const url = renderUrl(rule.urlTemplate, contact, lookup === 'pending' ? {} : lookup);
    due.push(url.ok ? { rule, url: url.value, activity: null } : { rule, url: null, activity: { kind: 'screen-pop', name: rule.name, status: 'skipped', detail: failureText(url) } });
  }
  return due;
}

/** Opens `url` where the rule says; returns the tab and how it was opened. */
export async function openPop(url: string, target: ScreenPopTarget, windowId: number | null): Promise<{ tabId: number | null; status: 'opened' | 'reused' | 'focused' }> {
  if (target !== 'new-tab') {
    // Tab URLs are visible to us only on sites we hold host permission for (the granted CRM
    // sites): no `tabs` permission needed, and other sites fall back to a new tab.
    const origin = new URL(url).origin;
    const tabs = (await browser.tabs.query({ url: crmMatchPattern(origin) }).catch(() => [])).filter((t) => t.url && new URL(t.url).origin === origin);
    const sameUrl = (t: { url?: string }) => stripHash(t.url ?? '') === stripHash(url);
    const tab = target === 'focus-matching' ? tabs.find(sameUrl) : (tabs.find((t) => t.windowId === windowId && t.active) ?? tabs[0]);
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, target === 'focus-matching' ? { active: true } : { url, active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      return { tabId: tab.id, status: target === 'focus-matching' ? 'focused' : 'reused' };
    }
  }
  const tab = await browser.tabs.create({ url, active: true, ...(windowId !== null ? { windowId } : {}) });
  return { tabId: tab.id ?? null, status: 'opened' };
}

function stripHash(url: string): string {
  return url.replace(/#.*$/, '');
}
