/** What was popped and filled per contact: kept in storage.session, shown on every panel's card. */
import type { CrmActivity } from '../shared/protocol';
import { broadcastToViews, type ViewLink } from './views';
import { readSession, writeSession } from './session-store';

export async function addActivity(contactId: string, entries: CrmActivity[]): Promise<void> {
  if (!entries.length) return;
  const { activity } = await readSession('activity');
  const list = [...(activity[contactId] ?? []), ...entries];
  activity[contactId] = list;
  await writeSession({ activity });
  broadcastToViews({ type: 'crm-activity-changed', contactId, activity: list });
}

export async function forgetActivity(contactId: string): Promise<void> {
  const { activity } = await readSession('activity');
  if (!(contactId in activity)) return;
  delete activity[contactId];
  await writeSession({ activity });
}

/** Brings a view that just (re)attached up to date. */
export async function sendActivityTo(view: ViewLink): Promise<void> {
  const { activity } = await readSession('activity');
  for (const [contactId, list] of Object.entries(activity)) view.post({ type: 'crm-activity-changed', contactId, activity: list });
}
