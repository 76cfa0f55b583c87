/**
 * The side panel that runs the phone connects a Port. Ports are live connections and die with
 * the worker; the panel reconnects at once (which restarts the worker) and re-reports what it
 * sees, so this in-memory map is a cache of live connections, never state that matters.
 */
import type { Runtime } from 'webextension-polyfill';
import { BackgroundToPanelSchema, PanelToBackgroundSchema, parseMessage, type BackgroundToPanel, type PanelToBackground } from '../shared/protocol';
import { isOwnExtensionPage } from './senders';

const ports = new Map<number, Runtime.Port>();

export type PanelHandlers = { [T in PanelToBackground['type']]: (message: Extract<PanelToBackground, { type: T }>, windowId: number) => Promise<void> };

export function acceptPhonePort(port: Runtime.Port, handlers: PanelHandlers): void {
  if (!isOwnExtensionPage(port.sender)) return port.disconnect();
  let windowId: number | null = null;
  port.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(PanelToBackgroundSchema, raw, 'side panel');
    if (!message) return;
    if (message.type === 'phone-attached') {
      windowId = message.windowId;
      ports.set(windowId, port);
    }
    if (windowId === null) return; // a panel must say where it is before anything else
    void (handlers[message.type] as (m: PanelToBackground, w: number) => Promise<void>)(message, windowId);
  });
  port.onDisconnect.addListener(() => {
    if (windowId !== null && ports.get(windowId) === port) ports.delete(windowId);
  });
}

/** The window whose side panel runs the phone right now, if its Port is up. */
export function phoneWindowId(): number | null {
  const first = ports.keys().next();
  return first.done ? null : first.value;
}

export function sendToPhone(message: BackgroundToPanel): boolean {
  const windowId = phoneWindowId();
  const port = windowId === null ? undefined : ports.get(windowId);
  if (!port) return false;
  // Validate our own output too: a bug here should fail loudly in the worker, not in the panel.
  if (!parseMessage(BackgroundToPanelSchema, message, 'background (outgoing)')) return false;
  port.postMessage(message);
  return true;
}
