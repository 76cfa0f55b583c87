/**
 * Outbound caller ID: which of the agent's queues an outbound call goes out with
 * (`agent.connect(endpoint, {queueARN})`; the queue's outbound caller ID is what the customer
 * sees). The agent may pick one in the side panel for this browser session; otherwise the admin's
 * default for the CRM site the click came from; otherwise Connect's own default, the routing
 * profile's default outbound queue (no queueARN sent).
 */
import type { RecordErrors } from './settings-validate';
import { isOrigin } from './settings-validate';

/** The admin's default caller-ID queue for one CRM site: a queue name or ARN, as the admin knows it. */
export interface CallerIdQueue {
  site: string;
  queue: string;
}

/** storage.session key of the agent's pick (a queue ARN), or absent for "automatic". */
export const CALLER_ID_PICK_KEY = 'callerIdQueue';

export function callerIdQueueErrors(item: unknown): RecordErrors {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { item: 'wrong-type' };
  const { site, queue } = item as Record<string, unknown>;
  const errors: RecordErrors = {};
  if (!isOrigin(site)) errors.site = typeof site === 'string' && site ? 'not-an-origin' : 'required';
  if (typeof queue !== 'string' || !queue.trim()) errors.queue = 'required';
  else if (queue.length > 500) errors.queue = 'too-long';
  return errors;
}

export interface CallerIdInput {
  /** The agent's pick (a queue ARN), or null for automatic. */
  pick: string | null;
  siteDefaults: readonly CallerIdQueue[];
  /** The origin of the CRM page the dial came from, or null (panel, popup, history). */
  origin: string | null;
  /** The agent's outbound queues, or null while the phone has not said. */
  queues: ReadonlyArray<{ name: string; arn: string }> | null;
}

/** The queue ARN to dial with, or null for Connect's default (the routing profile's). */
export function callerIdQueueFor({ pick, siteDefaults, origin, queues }: CallerIdInput): string | null {
  // A pick the routing profile no longer has would fail the call: fall back to the defaults.
  if (pick && (queues === null || queues.some((q) => q.arn === pick))) return pick;
  const siteDefault = origin ? siteDefaults.find((d) => d.site === origin) : undefined;
  if (!siteDefault || !queues) return null;
  const wanted = siteDefault.queue.trim();
  return queues.find((q) => q.arn === wanted || q.name === wanted)?.arn ?? null;
}
