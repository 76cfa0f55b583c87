/**
 * Outbound caller ID: which of the agent's queues an outbound call goes out with
 * (`agent.connect(endpoint, {queueARN})`; the queue's outbound caller ID is what the customer
 * sees). The agent may pick one in the side panel for this browser session; otherwise the admin's
 * default for the CRM site the click came from; otherwise Connect's own default, the routing
 * profile's default outbound queue (no queueARN sent).
 */
import type { FieldError, RecordErrors } from './settings-validate';
import { isOrigin } from './settings-validate';

/** The admin's default caller-ID queue for one CRM site: a queue name or ARN, as the admin knows it. */
export interface CallerIdQueue {
  site: string;
  queue: string;
}

/** storage.session key of the agent's pick (a queue ARN), or absent for "automatic". */
export const CALLER_ID_PICK_KEY = 'callerIdQueue';

/**
 * A queue's ARN as Connect writes it (`arn:aws:connect:REGION:ACCOUNT:instance/ID/queue/ID`). The
 * agent's own queue (`queue/agent/ID`) has no outbound caller ID, so it does not fit.
 */
const QUEUE_ARN = /^arn:aws(?:-[a-z]+)*:connect:[a-z0-9-]+:\d{12}:instance\/[A-Za-z0-9-]+\/queue\/[A-Za-z0-9-]+$/;

export function callerIdQueueErrors(item: unknown): RecordErrors {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { item: 'wrong-type' };
  const { site, queue } = item as Record<string, unknown>;
  const errors: RecordErrors = {};
  if (!isOrigin(site)) errors.site = typeof site === 'string' && site ? 'not-an-origin' : 'required';
  if (typeof queue !== 'string' || !queue.trim()) errors.queue = 'required';
  else if (queue.length > 500) errors.queue = 'too-long';
  // Anything that starts as an ARN is matched as one (never as a name): a mistyped ARN would
  // match no queue and every dial would quietly go out with the routing profile's default.
  else if (/^arn:/i.test(queue.trim()) && !QUEUE_ARN.test(queue.trim())) errors.queue = 'not-a-queue-arn';
  return errors;
}

/**
 * Errors of a default as the admin edits it in the options page: the stored value's own checks,
 * a site that is one of the CRM sites (a default for any other site is never used) and one
 * default per site (the stored list keeps only the first of a site).
 */
export function callerIdDefaultErrors(item: CallerIdQueue, crmSites: readonly string[], others: readonly CallerIdQueue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = { ...callerIdQueueErrors(item) };
  if (!errors.site && !crmSites.includes(item.site)) errors.site = 'not-a-crm-site';
  if (!errors.site && others.some((o) => o.site === item.site)) errors.site = 'duplicate';
  return errors;
}

/**
 * What the options page can say of a queue it cannot check for certain: the outbound queues are
 * those of whoever signs in, which the admin's browser knows only while an agent is signed in
 * there (`known`, else null). A queue that agent lacks is allowed (another routing profile may
 * have it), but the admin is told; an ARN is named.
 */
export function callerIdQueueNote(queue: string, known: ReadonlyArray<{ name: string; arn: string }> | null):
  { kind: 'names'; name: string } | { kind: 'unknown'; names: string[] } | null {
  if (!known?.length || !queue.trim()) return null;
  const match = queueNamedBy(queue, known);
  if (!match) return { kind: 'unknown', names: known.map((q) => q.name) };
  return queue.trim() === match.arn ? { kind: 'names', name: match.name } : null;
}

/** The agent's queue an admin's default names (by ARN or by its exact name), or undefined. */
export function queueNamedBy<Q extends { name: string; arn: string }>(text: string, queues: readonly Q[]): Q | undefined {
  const wanted = text.trim();
  return queues.find((q) => q.arn === wanted || q.name === wanted);
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
  return queueNamedBy(siteDefault.queue, queues)?.arn ?? null;
}
