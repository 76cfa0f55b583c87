/**
 * The background's end of outbound caller ID (shared/caller-id.ts): the queue a dial goes out
 * with, resolved when the dial is handed to the phone (the agent's queues are known by then).
 */
import browser from 'webextension-polyfill';
import { CALLER_ID_PICK_KEY, callerIdQueueFor } from '../shared/caller-id';
import { currentSettings } from './settings-cache';
import { readSession } from './session-store';

/** The agent's pick for this browser session, as the side panel stored it (checked: it is storage). */
async function agentPick(): Promise<string | null> {
  const stored = (await browser.storage.session.get(CALLER_ID_PICK_KEY))[CALLER_ID_PICK_KEY];
  return typeof stored === 'string' && stored.length > 0 && stored.length <= 2000 ? stored : null;
}

export async function callerIdFor(origin: string | null): Promise<string | null> {
  const [pick, { callerIdQueues }, { agent }] = await Promise.all([agentPick(), currentSettings(), readSession('agent')]);
  return callerIdQueueFor({ pick, siteDefaults: callerIdQueues, origin, queues: agent?.outboundQueues ?? null });
}
