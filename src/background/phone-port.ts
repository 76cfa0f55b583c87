/**
 * Side panels connect a Port. Ports are live connections and die with the worker; a panel
 * reconnects at once (which restarts the worker) and re-reports what it sees, so this in-memory
 * map is a cache of live connections, never state that matters. Which panel runs the phone is
 * decided by election.ts and kept in storage.session; `owner` here only mirrors it.
 */
import type { Runtime } from 'webextension-polyfill';
import { BackgroundToPanelSchema, PanelToBackgroundSchema, parseMessage, type BackgroundToPanel, type PanelToBackground, type PhoneStatus } from '../shared/protocol';
import { isOwnExtensionPage } from './senders';

export interface Panel {
  panelId: string;
  windowId: number;
  status: PhoneStatus;
  attachedAt: number;
}

const panels = new Map<Runtime.Port, Panel>();
let owner: string | null = null;

/** Only the elected phone may report these: a standby panel's report would double every event. */
const PHONE_ONLY = new Set<PanelToBackground['type']>(['phone-status-changed', 'agent-changed', 'contact-changed', 'panel-visibility-changed']);

export type PanelHandlers = { [T in PanelToBackground['type']]: (message: Extract<PanelToBackground, { type: T }>, panel: Panel) => Promise<void> };

export function acceptPhonePort(port: Runtime.Port, handlers: PanelHandlers, onGone: (panel: Panel) => void = () => undefined): void {
  if (!isOwnExtensionPage(port.sender)) return port.disconnect();
  // One message at a time per panel, in the order sent: the election must have answered
  // `phone-attached` before the panel's replayed status and contacts are judged.
  let chain: Promise<unknown> = Promise.resolve();
  port.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(PanelToBackgroundSchema, raw, 'side panel');
    if (!message) return;
    if (message.type === 'phone-attached') {
      panels.set(port, { panelId: message.panelId, windowId: message.windowId, status: 'loading', attachedAt: Date.now() });
    }
    const panel = panels.get(port);
    if (!panel) return; // a panel must say who and where it is before anything else
    chain = chain.then(async () => {
      if (PHONE_ONLY.has(message.type) && panel.panelId !== owner) return;
      if (message.type === 'phone-status-changed') panel.status = message.status;
      await (handlers[message.type] as (m: PanelToBackground, p: Panel) => Promise<void>)(message, panel);
    }).catch((e: unknown) => console.error('[ccp-sidecar] panel message failed', message.type, e));
  });
  port.onDisconnect.addListener(() => {
    const panel = panels.get(port);
    panels.delete(port);
    if (panel) onGone(panel);
  });
}

/** Mirrors the election's decision (election.ts writes the truth to storage.session). */
export function setOwner(panelId: string | null): void {
  owner = panelId;
}

export function livePanels(): Panel[] {
  return [...panels.values()];
}

function portOf(panelId: string): Runtime.Port | null {
  for (const [port, panel] of panels) if (panel.panelId === panelId) return port;
  return null;
}

function post(port: Runtime.Port, message: BackgroundToPanel): boolean {
  // Validate our own output too: a bug here should fail loudly in the worker, not in the panel.
  if (!parseMessage(BackgroundToPanelSchema, message, 'background (outgoing)')) return false;
  try {
    port.postMessage(message);
    return true;
  } catch {
    return false; // disconnected in between; its onDisconnect follows
  }
}

export function postToPanel(panelId: string, message: BackgroundToPanel): boolean {
  const port = portOf(panelId);
  return port ? post(port, message) : false;
}

export function broadcastToPanels(message: BackgroundToPanel): void {
  for (const port of panels.keys()) post(port, message);
}

function ownerPanel(): Panel | null {
  for (const panel of panels.values()) if (panel.panelId === owner) return panel;
  return null;
}

/** The window of the side panel that runs (or is starting) the phone, if it is connected. */
export function phoneWindowId(): number | null {
  return ownerPanel()?.windowId ?? null;
}

export function sendToPhone(message: BackgroundToPanel): boolean {
  const panel = ownerPanel();
  if (!panel || panel.status !== 'ready') return false;
  return postToPanel(panel.panelId, message);
}
