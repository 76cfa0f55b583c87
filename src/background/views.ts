/**
 * Views of the phone: side panels (any window, any number) and the popup connect a Port and get
 * the phone's whole state on every change; their buttons come back as commands. Ports die with
 * the worker and the views reconnect at once, saying where they are: this map is a cache of live
 * connections, never state that matters.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { VIEW_CHANNEL, type BackgroundToView, type ContactSnapshot, type PhoneState, type ViewToBackground } from '../shared/protocol';
import { acceptChannel, poster, type ChannelHandlers, type Link } from './port-hub';
import { configuredCcpUrl } from './phone-document';
import { readSession } from './session-store';

export interface ViewLink extends Link<BackgroundToView> {
  kind: 'side-panel' | 'popup' | null;
  windowId: number | null;
  visible: boolean;
}
export type ViewHandlers = ChannelHandlers<ViewToBackground, ViewLink>;

const views = new Set<ViewLink>();

export function acceptView(port: Runtime.Port, handlers: ViewHandlers): void {
  const link: ViewLink = { port, post: poster(port, VIEW_CHANNEL), kind: null, windowId: null, visible: false };
  const tracked: ViewHandlers = {
    ...handlers,
    'view-attached': async (message, l) => {
      Object.assign(l, { kind: message.kind, windowId: message.windowId, visible: message.visible });
      views.add(l);
      await handlers['view-attached'](message, l);
    },
    'view-visibility-changed': async (message, l) => {
      l.visible = message.visible;
      await handlers['view-visibility-changed'](message, l);
    },
  };
  acceptChannel(port, VIEW_CHANNEL, link, tracked, () => views.delete(link));
}

export function hasViews(): boolean {
  return views.size > 0;
}

export function broadcastToViews(message: BackgroundToView): void {
  for (const view of views) view.post(message);
}

/** What every view shows of the phone, from storage.session. */
export async function readPhoneState(): Promise<PhoneState> {
  const { phoneStatus, phoneDetail, sessionWarning, agent, contacts, microphone, contactLives } = await readSession('phoneStatus', 'phoneDetail', 'sessionWarning', 'agent', 'contacts', 'microphone', 'contactLives');
  const status = phoneStatus === 'off' && !(await configuredCcpUrl()) ? 'unconfigured' : phoneStatus;
  return { status, ...(phoneDetail ? { detail: phoneDetail } : {}), agent, contacts: inArrivalOrder(contacts, contactLives), sessionWarning, microphone };
}

/**
 * Contacts in the order they reached the agent, so a card never moves when another contact comes
 * (storage.session gives an object's keys back sorted, here by random contact ID: a new chat could
 * land above the call the agent was about to hang up).
 */
export function inArrivalOrder(contacts: Record<string, ContactSnapshot>, lives: Record<string, { startedAt: number }>): ContactSnapshot[] {
  const since = (c: ContactSnapshot) => lives[c.contactId]?.startedAt ?? c.phaseSince;
  return Object.values(contacts).sort((a, b) => since(a) - since(b) || (a.contactId < b.contactId ? -1 : 1));
}

export async function broadcastPhoneState(): Promise<void> {
  if (!views.size) return;
  broadcastToViews({ type: 'phone-state-changed', state: await readPhoneState() });
}

/** Is a side panel open in this window (synchronous: asked within a click's user gesture)? */
export function hasSidePanelIn(windowId: number): boolean {
  for (const view of views) if (view.kind === 'side-panel' && view.windowId === windowId) return true;
  return false;
}

/** Whether the agent can see a view of the phone right now: a visible one in the focused window. */
export async function aViewIsInSight(): Promise<boolean> {
  const focused = await browser.windows.getLastFocused().catch(() => null);
  if (!focused?.focused) return false;
  for (const view of views) if (view.visible && view.windowId === focused.id) return true;
  return false;
}

/**
 * The window the agent works in, for screen pops and auto-fill: the one with a visible side panel
 * if there is one, else the last focused normal window.
 */
export async function agentWindowId(): Promise<number | null> {
  const focused = await chrome.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => null);
  const panels = [...views].filter((v) => v.kind === 'side-panel' && v.visible && v.windowId !== null);
  if (focused?.id !== undefined && (panels.length === 0 || panels.some((v) => v.windowId === focused.id))) return focused.id;
  return panels[0]?.windowId ?? focused?.id ?? null;
}
