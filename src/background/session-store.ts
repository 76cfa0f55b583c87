/**
 * What the worker must not keep in memory: everything here lives in `storage.session`, which
 * survives the worker being stopped (but not a browser restart, which is right for calls).
 */
import browser from 'webextension-polyfill';
import type { AgentSnapshot, ContactSnapshot, CrmActivity, Microphone, PhoneStatus, SessionWarning } from '../shared/protocol';

export interface PendingDial {
  requestId: string;
  e164: string;
  /** The CRM tab that asked, told the result; null for the popup or a shortcut. */
  tabId: number | null;
  createdAt: number;
  /** Set once the dial was handed to the phone, so a restarted worker does not dial twice. */
  sentAt: number | null;
  /** The CRM page's origin the dial came from (its admin default caller ID), or null. */
  origin?: string | null;
}

export interface SessionState {
  /** What the phone document last said ('off' until it runs). */
  phoneStatus: PhoneStatus;
  /** Why it failed or is signed out. */
  phoneDetail: string | null;
  /** Connect's inactivity warning, while one stands. */
  sessionWarning: SessionWarning;
  /** The microphone permission the phone document last read. */
  microphone: Microphone;
  /** When agent activity was last passed on to Connect (background/activity.ts). */
  activitySentAt: number;
  agent: AgentSnapshot | null;
  /** Current contacts by id (destroyed ones removed). */
  contacts: Record<string, ContactSnapshot>;
  /** The last event handled per contact, `phase|phaseSince`, to drop repeats and stale events. */
  lastContactEvent: Record<string, { phase: string; phaseSince: number }>;
  pendingDials: PendingDial[];
  /** Per current contact: when it reached the agent and when it was connected, for history. */
  contactLives: Record<string, ContactLife>;
  /** Screen-pop rules already handled per contact (fired or skipped): each rule once per contact. */
  firedPops: Record<string, string[]>;
  /** The tab a screen pop opened for a contact: auto-fill goes there. */
  popTabs: Record<string, number>;
  /** Contacts whose CRM fields were already filled. */
  filledContacts: string[];
  /** What was popped and filled per current contact, for the contact card. */
  activity: Record<string, CrmActivity[]>;
}

export interface ContactLife {
  startedAt: number;
  connectedAt: number | null;
}

const initial: SessionState = {
  phoneStatus: 'off',
  phoneDetail: null,
  sessionWarning: null,
  activitySentAt: 0,
  microphone: 'unknown',
  agent: null,
  contacts: {},
  lastContactEvent: {},
  pendingDials: [],
  contactLives: {},
  firedPops: {},
  popTabs: {},
  filledContacts: [],
  activity: {},
};

export async function readSession<K extends keyof SessionState>(...keys: K[]): Promise<Pick<SessionState, K>> {
  const stored = await browser.storage.session.get(keys);
  const out = {} as Pick<SessionState, K>;
  for (const key of keys) out[key] = (stored[key] ?? structuredClone(initial[key])) as SessionState[K];
  return out;
}

export async function writeSession(patch: Partial<SessionState>): Promise<void> {
  await browser.storage.session.set(patch);
}

/**
 * Runs read-modify-write steps one at a time within this worker's life, so two events arriving
 * together cannot interleave their storage updates (events of one contact stay in order).
 */
let chain: Promise<unknown> = Promise.resolve();
export function serialized<T>(step: () => Promise<T>): Promise<T> {
  const next = chain.then(step, step);
  chain = next.catch(() => undefined);
  return next;
}
