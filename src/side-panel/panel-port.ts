/**
 * The side panel's Port to the background. The worker may be stopped at any moment, which
 * disconnects the Port; we reconnect at once (that restarts the worker) and replay what the
 * phone currently sees, so the background never misses the present state. The panel's id stays
 * the same across reconnects, so the background re-elects the same phone.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { BackgroundToPanelSchema, parseMessage, PHONE_PORT, PanelToBackgroundSchema, type BackgroundToPanel, type PanelToBackground } from '../shared/protocol';

export interface PanelPort {
  post(message: PanelToBackground): void;
  close(): void;
}

export function connectPanelPort(
  windowId: number,
  panelId: string,
  onMessage: (message: BackgroundToPanel) => void,
  replay: () => PanelToBackground[],
): PanelPort {
  let port: Runtime.Port | null = null;
  let closed = false;

  const post = (message: PanelToBackground) => {
    if (!parseMessage(PanelToBackgroundSchema, message, 'side panel (outgoing)')) return;
    try {
      port?.postMessage(message);
    } catch {
      // Disconnected between the check and the post: the reconnect replays the present state.
    }
  };

  const open = () => {
    if (closed) return;
    port = browser.runtime.connect({ name: PHONE_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(BackgroundToPanelSchema, raw, 'background');
      if (message) onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      setTimeout(open, 50);
    });
    post({ type: 'phone-attached', windowId, panelId });
    for (const message of replay()) post(message);
  };
  open();

  return {
    post,
    close: () => {
      closed = true;
      port?.disconnect();
    },
  };
}
