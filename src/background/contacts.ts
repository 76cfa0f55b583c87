/**
 * Contact events from the phone: deduplicated, kept in order per contact, relayed to CRM tabs,
 * then turned into call history, the badge, notifications, screen pops and auto-fill.
 *
 * The order inside one event is chosen for a worker that may stop at any await: the relay to
 * CRM tabs (first: it is what the agent waits for) and history (an idempotent upsert) come
 * before the event is marked handled, so an event re-reported after a restart is never lost;
 * screen pops and auto-fill are marked before they act, so they never happen twice.
 */
import type { ContactEvent, ContactSnapshot } from '../shared/protocol';
import { currentSettings } from './settings-cache';
import { showBadge, badgeFor } from './badge';
import { addActivity, forgetActivity } from './crm-activity';
import { fillTarget, mappingName, planFill, sendFill } from './crm-fill';
import { crmTabIds, notifyTabs } from './crm-tabs';
import { findHistoryEntry, historyStep, upsertHistory } from './history';
import { clearNotification, notifyIncoming } from './notifications';
import { agentWindowId, aViewIsInSight, broadcastPhoneState } from './views';
import { duePops, openPop } from './screen-pop';
import { readSession, serialized, writeSession } from './session-store';
import { trackCallEvent } from './call-log/track';
import { lookupValues, startLookup } from './call-log/lookup';

/** True when the event is new and not older than what we already handled for that contact. */
export function isFresh(last: { phase: string; phaseSince: number } | undefined, event: ContactEvent): boolean {
  if (!last) return true;
  const { phase, phaseSince } = event.contact;
  if (phaseSince < last.phaseSince) return false;
  return !(phaseSince === last.phaseSince && phase === last.phase);
}

const LIVE = new Set(['connected', 'on-hold']);
/** Repeats come within seconds (a reconnect, a new phone); a shift's worth of markers is plenty. */
const KEEP_HANDLED_MS = 12 * 60 * 60 * 1000;

function forgetOldEvents(handled: Record<string, { phaseSince: number }>, now: number): void {
  for (const [id, last] of Object.entries(handled)) if (last.phaseSince < now - KEEP_HANDLED_MS) delete handled[id];
}

export function handleContactEvent(event: ContactEvent): Promise<void> {
  return serialized(async () => {
    // Where the event goes is looked up while the session is read: one round trip less before
    // the CRM tabs hear of it (unused when the event turns out to be a repeat).
    const tabs = crmTabIds().catch(() => [] as number[]);
    const session = await readSession('contacts', 'lastContactEvent', 'contactLives', 'agent');
    const { contacts, lastContactEvent, contactLives } = session;
    const contact = event.contact;
    const { contactId, phase, phaseSince } = contact;
    if (!isFresh(lastContactEvent[contactId], event)) {
      // Already handled, but a restarted phone re-reports what still exists, and a party's change
      // (a third party connecting, held, gone) keeps the phase: keep what the views show current.
      const last = lastContactEvent[contactId];
      const stored = contacts[contactId];
      if ((!stored || JSON.stringify(stored) !== JSON.stringify(contact)) && phase !== 'destroyed' && last?.phase === phase && last.phaseSince === phaseSince) {
        contacts[contactId] = contact;
        await writeSession({ contacts });
        await broadcastPhoneState();
        await showBadge(badgeFor(session.agent, Object.values(contacts)));
      }
      return;
    }
    const previous = contacts[contactId];

    // 1. The CRM tabs hear of it.
    await notifyTabs(await tabs, { type: 'contact-changed', event });

    // 2. History: only read when this phase can change an entry (not on every hold toggle).
    const life = contactLives[contactId];
    const mayWrite = !(LIVE.has(phase) && life?.connectedAt != null) && phase !== 'incoming' && phase !== 'connecting';
    const step = historyStep(event, life, mayWrite ? await findHistoryEntry(contactId) : undefined);
    if (step.entry) await upsertHistory(step.entry);
    // The call record (call-log/track.ts): like history, before the event is marked handled.
    await trackCallEvent(event, session.agent?.name ?? null);

    // 3. Handled: remembered, so a repeat is dropped.
    lastContactEvent[contactId] = { phase, phaseSince };
    if (phase === 'destroyed') {
      delete contacts[contactId];
      delete contactLives[contactId];
      forgetOldEvents(lastContactEvent, phaseSince);
    } else {
      contacts[contactId] = contact;
      contactLives[contactId] = step.life;
    }
    await writeSession({ contacts, lastContactEvent, contactLives });

    // 4. What the agent sees: every view, the badge, a notification.
    await broadcastPhoneState();
    await showBadge(badgeFor(session.agent, Object.values(contacts)));
    await notifyOrClear(contact, previous);
    startLookup(contact, () => popAfterLookup(contact.contactId));

    // 5. The CRM acts: screen pops, then auto-fill (which may target the tab a pop opened).
    await runScreenPops(contact);
    await startAutofill(contact);
    if (phase === 'destroyed') await forgetContact(contactId);
  });
}

async function notifyOrClear(contact: ContactSnapshot, previous: ContactSnapshot | undefined): Promise<void> {
  const ringing = contact.phase === 'incoming' && contact.direction === 'inbound';
  if (ringing && previous?.phase !== 'incoming') {
    if (!(await aViewIsInSight())) {
      await notifyIncoming(contact).catch((e: unknown) => console.warn('[ccp-sidecar] notification failed', e));
    }
  } else if (!ringing && previous?.phase === 'incoming') {
    await clearNotification(contact.contactId);
  }
}

/** The customer lookup answered: the screen pops that waited for it fire now. */
function popAfterLookup(contactId: string): Promise<void> {
  return serialized(async () => {
    const { contacts } = await readSession('contacts');
    if (contacts[contactId]) await runScreenPops(contacts[contactId]);
  });
}

/** The window a pop opens in is asked for only when a pop is due: not on every event of the relay. */
async function runScreenPops(contact: ContactSnapshot): Promise<void> {
  const { screenPopRules } = await currentSettings();
  if (!screenPopRules.length) return;
  const { firedPops, popTabs } = await readSession('firedPops', 'popTabs');
  const due = duePops(screenPopRules, contact, firedPops[contact.contactId] ?? [], await lookupValues(contact));
  if (!due.length) return;
  firedPops[contact.contactId] = [...(firedPops[contact.contactId] ?? []), ...due.map((d) => d.rule.id)];
  await writeSession({ firedPops });
  const activity = [];
  const windowId = due.some((pop) => pop.url) ? await agentWindowId() : null;
  for (const pop of due) {
    if (!pop.url) {
      activity.push(pop.activity!);
      continue;
    }
    try {
      const opened = await openPop(pop.url, pop.rule.target, windowId);
      if (opened.tabId !== null) popTabs[contact.contactId] = opened.tabId;
      activity.push({ kind: 'screen-pop' as const, name: pop.rule.name, status: opened.status, detail: pop.url });
    } catch (e) {
      activity.push({ kind: 'screen-pop' as const, name: pop.rule.name, status: 'failed' as const, detail: String(e).slice(0, 200) });
    }
  }
  await writeSession({ popTabs });
  await addActivity(contact.contactId, activity);
}

async function startAutofill(contact: ContactSnapshot): Promise<void> {
  if (!LIVE.has(contact.phase)) return;
  const { autofillMappings } = await currentSettings();
  if (!autofillMappings.length) return;
  const { filledContacts, popTabs } = await readSession('filledContacts', 'popTabs');
  if (filledContacts.includes(contact.contactId)) return;
  await writeSession({ filledContacts: [...filledContacts, contact.contactId] });
  const { request, skipped } = planFill(autofillMappings, contact);
  await addActivity(contact.contactId, skipped);
  if (!request.fields.length) return;
  // Not awaited: a freshly popped tab may take a moment to load our script, and other events
  // must not wait behind it.
  void (async () => {
    const tabId = await fillTarget(popTabs[contact.contactId], await agentWindowId());
    const reply = tabId === null ? null : await sendFill(tabId, request);
    const names = new Map(autofillMappings.map((m) => [m.id, mappingName(m)]));
    const activity = reply
      ? reply.results.map((r) => ({ kind: 'autofill' as const, name: names.get(r.id) ?? r.id, status: r.status, detail: '' }))
      : [{ kind: 'autofill' as const, name: '', status: 'failed' as const, detail: tabId === null ? 'no-crm-tab' : 'tab-did-not-answer' }];
    await serialized(() => addActivity(contact.contactId, activity));
  })();
}

async function forgetContact(contactId: string): Promise<void> {
  const { firedPops, popTabs, filledContacts } = await readSession('firedPops', 'popTabs', 'filledContacts');
  delete firedPops[contactId];
  delete popTabs[contactId];
  await writeSession({ firedPops, popTabs, filledContacts: filledContacts.filter((id) => id !== contactId) });
  await forgetActivity(contactId);
}
