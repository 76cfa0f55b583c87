/** What was popped and filled per contact: kept in storage.session, shown on every panel's card. */
import type { CrmActivity } from '../shared/protocol';
import { broadcastToPanels, postToPanel } from './phone-port';
import { readSession, writeSession } from './session-store';

export async function addActivity(contactId: string, entries: CrmActivity[]): Promise<void> {
  if (!entries.length) return;
  const { activity } = await readSession('activity');
  const list = [...(activity[contactId] ?? []), ...entries];
  activity[contactId] = list;
  await writeSession({ activity });
  broadcastToPanels({ type: 'crm-activity-changed', contactId, activity: list });
}

export async function forgetActivity(contactId: string): Promise<void> {
  const { activity } = await readSession('activity');
  if (!(contactId in activity)) return;
  delete activity[contactId];
  await writeSession({ activity });
}

/** Brings a panel that just (re)attached up to date. */
export async function sendActivityTo(panelId: string): Promise<void> {
  const { activity } = await readSession('activity');
  for (const [contactId, list] of Object.entries(activity)) postToPanel(panelId, { type: 'crm-activity-changed', contactId, activity: list });
}
