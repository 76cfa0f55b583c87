/**
 * Runs the phone for the side panel: starts Streams on the configured CCP URL (and restarts it
 * when the admin changes the URL, without a reload), relays its events to the background, and
 * carries out the background's commands.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentSnapshot, BackgroundToPanel, ContactSnapshot, PanelToBackground, PhoneStatus } from '../shared/protocol';
import { connectPanelPort, type PanelPort } from './panel-port';
import { startPhone, type Phone } from './phone';

export interface PhoneView {
  status: PhoneStatus;
  detail: string | undefined;
  agent: AgentSnapshot | null;
  contacts: ContactSnapshot[];
  phone: Phone | null;
}

export function usePhone(container: { current: HTMLElement | null }, ccpUrl: string | null, windowId: number | null): PhoneView {
  const [view, setView] = useState<PhoneView>({ status: 'unconfigured', detail: undefined, agent: null, contacts: [], phone: null });
  const portRef = useRef<PanelPort | null>(null);
  const current = useRef(view);
  current.current = view;

  useEffect(() => {
    if (!ccpUrl || windowId === null || !container.current) {
      setView((v) => ({ ...v, status: 'unconfigured', agent: null, contacts: [], phone: null }));
      return;
    }
    const contacts = new Map<string, ContactSnapshot>();
    let status: PhoneStatus = 'loading';
    let detail: string | undefined;
    let agent: AgentSnapshot | null = null;

    const replay = (): PanelToBackground[] => [
      { type: 'phone-status-changed', status, ...(detail ? { detail } : {}) },
      ...(agent ? [{ type: 'agent-changed', agent } as const] : []),
      ...[...contacts.values()].map((contact) => ({ type: 'contact-changed', event: { at: Date.now(), contact } }) as const),
    ];
    const port = connectPanelPort(windowId, (message) => void run(message), replay);
    portRef.current = port;

    const phone = startPhone(container.current, ccpUrl, {
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
        if (event.contact.phase === 'destroyed') contacts.delete(event.contact.contactId);
        else contacts.set(event.contact.contactId, event.contact);
        setView((v) => ({ ...v, contacts: [...contacts.values()] }));
        port.post({ type: 'contact-changed', event });
      },
    });
    setView((v) => ({ ...v, phone }));

    async function run(message: BackgroundToPanel) {
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

    return () => {
      phone.stop();
      port.close();
      portRef.current = null;
    };
  }, [ccpUrl, windowId, container]);

  return view;
}
