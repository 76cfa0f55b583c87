/**
 * Agent activity for Connect's inactivity sign-out. An agent working in a CRM tab, the side panel
 * or the popup is busy, not idle: their input arrives here (each page reports at most every
 * ACTIVITY_EVERY_MS) and is passed on to the phone's Streams (`connect.sendActivity`) at most every
 * ACTIVITY_FORWARD_MS, which keeps a session of many minutes alive with a few messages, and at
 * once while Connect's warning stands, so input then clears it without delay. Streams itself
 * debounces calls less than a second apart, pushing each one back: these gaps keep clear of that.
 * When it was last passed on is in storage.session: a restarted worker keeps the pace.
 */
import { ACTIVITY_FORWARD_MS } from '../shared/protocol';
import { sendToPhone } from './phone-link';
import { readSession, serialized, writeSession } from './session-store';

export function agentActive(): Promise<void> {
  return serialized(async () => {
    const { activitySentAt, sessionWarning } = await readSession('activitySentAt', 'sessionWarning');
    const now = Date.now();
    if (!sessionWarning && now - activitySentAt < ACTIVITY_FORWARD_MS) return;
    if (sendToPhone({ type: 'send-activity' })) await writeSession({ activitySentAt: now });
  });
}
