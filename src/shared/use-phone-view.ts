/**
 * A view of the one phone (side panel, popup): the phone's state as the background reports it,
 * live, and the view's buttons sent back as commands. The phone itself runs in the offscreen
 * phone document; closing a view never touches it.
 *
 * The agent's input in the view counts as activity, so Connect does not sign out an agent who is
 * working in our UI (throttled: ACTIVITY_EVERY_MS).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { openPortLink, type PortLink } from './messaging';
import { ACTIVITY_EVERY_MS, VIEW_CHANNEL, type CrmActivity, type PhoneState, type ViewToBackground } from './protocol';

export type ContactAction = 'accept' | 'reject' | 'end';

export interface PhoneView extends PhoneState {
  /** False until the background has answered. */
  known: boolean;
  activity: Record<string, CrmActivity[]>;
}

export interface PhoneControls {
  act(action: ContactAction, contactId: string): void;
  /** Starts Streams afresh (after signing in, Retry). */
  restart(): void;
  /** "Stay signed in": activity now, not throttled. */
  staySignedIn(): void;
}

const initialView: PhoneView = { known: false, status: 'off', agent: null, contacts: [], sessionWarning: null, microphone: 'unknown', activity: {} };

export function usePhoneView(kind: 'side-panel' | 'popup'): PhoneView & PhoneControls {
  const [view, setView] = useState<PhoneView>(initialView);
  const link = useRef<PortLink<ViewToBackground> | null>(null);

  useEffect(() => {
    let closed = false;
    let lastActivity = 0;
    const visible = () => document.visibilityState === 'visible';
    const onVisibility = () => link.current?.post({ type: 'view-visibility-changed', visible: visible() });
    const onInput = (event: Event) => {
      if (!event.isTrusted || Date.now() - lastActivity < ACTIVITY_EVERY_MS) return;
      lastActivity = Date.now();
      link.current?.post({ type: 'agent-active' });
    };

    void chrome.windows.getCurrent().then((w) => {
      if (closed) return;
      link.current = openPortLink(
        VIEW_CHANNEL,
        (message) => {
          if (message.type === 'phone-state-changed') setView((v) => ({ ...v, ...message.state, known: true }));
          else setView((v) => ({ ...v, activity: { ...v.activity, [message.contactId]: message.activity } }));
        },
        () => [{ type: 'view-attached', kind, windowId: w.id ?? null, visible: visible() }],
      );
    });
    document.addEventListener('visibilitychange', onVisibility);
    for (const type of ['keydown', 'pointerdown'] as const) document.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', onVisibility);
      for (const type of ['keydown', 'pointerdown'] as const) document.removeEventListener(type, onInput, { capture: true });
      link.current?.close();
      link.current = null;
    };
  }, [kind]);

  return {
    ...view,
    act: (action, contactId) => link.current?.post({ type: 'act-on-contact', action, contactId }),
    restart: () => link.current?.post({ type: 'restart-phone' }),
    // The background passes activity on at once while a warning stands.
    staySignedIn: () => link.current?.post({ type: 'agent-active' }),
  };
}
