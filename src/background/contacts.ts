/** Contact events from the phone: deduplicated, kept in order per contact, relayed to CRM tabs. */
import type { ContactEvent } from '../shared/protocol';
import { notifyCrmTabs } from './crm-tabs';
import { readSession, serialized, writeSession } from './session-store';

/** True when the event is new and not older than what we already handled for that contact. */
export function isFresh(last: { phase: string; phaseSince: number } | undefined, event: ContactEvent): boolean {
  if (!last) return true;
  const { phase, phaseSince } = event.contact;
  if (phaseSince < last.phaseSince) return false;
  return !(phaseSince === last.phaseSince && phase === last.phase);
}

export function handleContactEvent(event: ContactEvent): Promise<void> {
  return serialized(async () => {
    const { contacts, lastContactEvent } = await readSession('contacts', 'lastContactEvent');
    const { contactId, phase, phaseSince } = event.contact;
    if (!isFresh(lastContactEvent[contactId], event)) return;
    lastContactEvent[contactId] = { phase, phaseSince };
    if (phase === 'destroyed') delete contacts[contactId];
    else contacts[contactId] = event.contact;
    await writeSession({ contacts, lastContactEvent });
    await notifyCrmTabs({ type: 'contact-changed', event });
  });
}
