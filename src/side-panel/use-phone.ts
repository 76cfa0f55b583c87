/**
 * Runs the side panel's side of the phone. The panel connects to the background first and runs
 * Streams only when elected ('phone'); as 'standby' it mirrors the contacts the phone reports and
 * sends its buttons through the background. It relays the phone's events, carries out the
 * background's commands, and restarts Streams when the admin changes the instance URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { IS_DEV_BUILD } from '../shared/build-flags';
import type { AgentSnapshot, BackgroundToPanel, ContactEvent, ContactSnapshot, CrmActivity, PanelToBackground, PhoneRole, PhoneStatus } from '../shared/protocol';
import { connectPanelPort, type PanelPort } from './panel-port';
import { startPhone, type Phone } from './phone';

export type ContactAction = 'accept' | 'reject' | 'end';

export interface PhoneView {
  status: PhoneStatus;
  detail: string | undefined;
  agent: AgentSnapshot | null;
  contacts: ContactSnapshot[];
  /** Set while this panel runs Streams. */
  phone: Phone | null;
  role: PhoneRole | null;
  /** Where the phone runs, when it is in another window. */
  phoneWindowId: number | null;
  activity: Record<string, CrmActivity[]>;
}

export interface PhoneControls {
  act(action: ContactAction, contactId: string): void;
  takeOver(): void;
}

const initialView: PhoneView = { status: 'unconfigured', detail: undefined, agent: null, contacts: [], phone: null, role: null, phoneWindowId: null, activity: {} };

/** Fixed for the life of this page: the background recognises the panel across reconnects. */
const PANEL_ID = crypto.randomUUID();
/**
 * Whether this page runs the phone. Restarting the phone (after signing in, or a new instance
 * URL) closes and reopens the Port, and the background hands the phone to another panel when
 * its Port closes: a page that had it takes it back.
 */
let ranThePhone = false;

export function usePhone(container: { current: HTMLElement | null }, ccpUrl: string | null, windowId: number | null): PhoneView & PhoneControls {
  const [view, setView] = useState<PhoneView>(initialView);
  const controls = useRef<PhoneControls>({ act: () => undefined, takeOver: () => undefined });

  useEffect(() => {
    if (!ccpUrl || windowId === null || !container.current) {
      setView(initialView);
      return;
    }
    const element = container.current;
    const contacts = new Map<string, ContactSnapshot>();
    let status: PhoneStatus = 'loading';
    let detail: string | undefined;
    let agent: AgentSnapshot | null = null;
    let phone: Phone | null = null;

    // What the background must hear again after a reconnect (it drops all of it from a standby panel).
    const replay = (): PanelToBackground[] => [
      { type: 'panel-visibility-changed', visible: document.visibilityState === 'visible' },
      ...(phone
        ? [
            { type: 'phone-status-changed', status, ...(detail ? { detail } : {}) } as const,
            ...(agent ? [{ type: 'agent-changed', agent } as const] : []),
            ...[...contacts.values()].map((contact) => ({ type: 'contact-changed', event: { at: Date.now(), contact } }) as const),
          ]
        : []),
    ];
    const port: PanelPort = connectPanelPort(windowId, PANEL_ID, (message) => void onMessage(message), replay);
    if (ranThePhone) port.post({ type: 'take-over-phone' });

    const onVisibility = () => port.post({ type: 'panel-visibility-changed', visible: document.visibilityState === 'visible' });
    document.addEventListener('visibilitychange', onVisibility);

    const start = () => {
      status = 'loading';
      phone = startPhone(element, ccpUrl, {
        status: (s, d) => {
          status = s;
          detail = d;
          setView((v) => ({ ...v, status: s, detail: d }));
          port.post({ type: 'phone-status-changed', status: s, ...(d ? { detail: d } : {}) });
        },
        agent: (a) => {
          agent = a;
          setView((v) => ({ ...v, agent: a }));
          port.post({ type: 'agent-changed', agent: a });
        },
        contact: (event) => {
          if (IS_DEV_BUILD) recordForTests(event);
          if (event.contact.phase === 'destroyed') contacts.delete(event.contact.contactId);
          else contacts.set(event.contact.contactId, event.contact);
          setView((v) => ({ ...v, contacts: [...contacts.values()] }));
          port.post({ type: 'contact-changed', event });
        },
      });
      setView((v) => ({ ...v, phone }));
    };

    const stop = () => {
      phone?.stop();
      phone = null;
      contacts.clear();
      agent = null;
      setView((v) => ({ ...v, phone: null, agent: null, status: 'loading' }));
    };

    async function onMessage(message: BackgroundToPanel) {
      switch (message.type) {
        case 'role-assigned':
          ranThePhone = message.role === 'phone';
          if (message.role === 'phone' && !phone) {
            start();
            onVisibility(); // reports from a standby were dropped: the new phone says it afresh
          }
          if (message.role === 'standby' && phone) stop();
          setView((v) => ({ ...v, role: message.role, phoneWindowId: message.phoneWindowId }));
          return;
        case 'contacts-changed':
          if (!phone) setView((v) => ({ ...v, contacts: message.contacts }));
          return;
        case 'agent-changed':
          if (!phone) setView((v) => ({ ...v, agent: message.agent }));
          return;
        case 'crm-activity-changed':
          setView((v) => ({ ...v, activity: { ...v.activity, [message.contactId]: message.activity } }));
          return;
      }
      if (!phone) return; // a command that raced a hand-over: the new phone gets it from the queue
      switch (message.type) {
        case 'dial-number': {
          const result = await phone.dial(message.e164);
          port.post({ type: 'dial-finished', requestId: message.requestId, result });
          return;
        }
        case 'accept-contact':
          await phone.accept(message.contactId);
          return;
        case 'reject-contact':
          await phone.reject(message.contactId);
          return;
        case 'end-contact':
          await phone.end(message.contactId);
          return;
        case 'set-agent-state':
          await phone.setAgentState(message.name);
          return;
      }
    }

    controls.current = {
      act: (action, contactId) => {
        if (phone) void phone[action](contactId);
        else port.post({ type: 'act-on-contact', action, contactId });
      },
      takeOver: () => port.post({ type: 'take-over-phone' }),
    };

    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      phone?.stop();
      port.close();
      setView(initialView);
    };
  }, [ccpUrl, windowId, container]);

  return { ...view, act: (a, id) => controls.current.act(a, id), takeOver: () => controls.current.takeOver() };
}

/** Development build only: when each Streams callback fired, for the relay benchmark and burst test. */
function recordForTests(event: ContactEvent): void {
  const scope = globalThis as { ccpsEmitted?: Array<{ contactId: string; phase: string; phaseSince: number; at: number }> };
  const list = (scope.ccpsEmitted ??= []);
  list.push({ contactId: event.contact.contactId, phase: event.contact.phase, phaseSince: event.contact.phaseSince, at: performance.timeOrigin + performance.now() });
  if (list.length > 5000) list.splice(0, list.length - 5000);
}
