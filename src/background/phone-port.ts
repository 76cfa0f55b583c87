/**
 * Side panels that run the phone connect a Port. Ports are live connections and die with the
 * worker; a panel reconnects at once (which restarts the worker) and re-reports what it sees, so
 * this in-memory map is a cache of live connections, never state that matters.
 */
import type { Runtime } from 'webextension-polyfill';
import { BackgroundToPanelSchema, PanelToBackgroundSchema, parseMessage, type BackgroundToPanel, type PanelToBackground, type PhoneStatus } from '../shared/protocol';
import { isOwnExtensionPage } from './senders';

interface Panel {
  windowId: number;
  status: PhoneStatus;
  /** When its phone last became ready: the newest ready phone gets the commands. */
  readySince: number;
}

const panels = new Map<Runtime.Port, Panel>();

export type PanelHandlers = { [T in PanelToBackground['type']]: (message: Extract<PanelToBackground, { type: T }>, windowId: number) => Promise<void> };

export function acceptPhonePort(port: Runtime.Port, handlers: PanelHandlers): void {
  if (!isOwnExtensionPage(port.sender)) return port.disconnect();
  port.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(PanelToBackgroundSchema, raw, 'side panel');
    if (!message) return;
    if (message.type === 'phone-attached') panels.set(port, { windowId: message.windowId, status: 'loading', readySince: 0 });
    const panel = panels.get(port);
    if (!panel) return; // a panel must say where it is before anything else
    if (message.type === 'phone-status-changed') {
      if (message.status === 'ready' && panel.status !== 'ready') panel.readySince = Date.now();
      panel.status = message.status;
    }
    void (handlers[message.type] as (m: PanelToBackground, w: number) => Promise<void>)(message, panel.windowId);
  });
  port.onDisconnect.addListener(() => panels.delete(port));
}

/** The port whose phone is ready (the newest one), if any. */
function readyPort(): Runtime.Port | null {
  let best: [Runtime.Port, Panel] | null = null;
  for (const entry of panels) {
    if (entry[1].status === 'ready' && (!best || entry[1].readySince > best[1].readySince)) best = entry;
  }
  return best?.[0] ?? null;
}

/** The window of a side panel that runs (or is starting) the phone, if one is connected. */
export function phoneWindowId(): number | null {
  const port = readyPort();
  if (port) return panels.get(port)!.windowId;
  const first = panels.values().next();
  return first.done ? null : first.value.windowId;
}

/** True when some panel's phone is ready to take commands. */
export function isPhoneReady(): boolean {
  return readyPort() !== null;
}

export function sendToPhone(message: BackgroundToPanel): boolean {
  const port = readyPort();
  if (!port) return false;
  // Validate our own output too: a bug here should fail loudly in the worker, not in the panel.
  if (!parseMessage(BackgroundToPanelSchema, message, 'background (outgoing)')) return false;
  port.postMessage(message);
  return true;
}
