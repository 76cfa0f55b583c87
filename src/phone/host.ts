/**
 * Hosting the phone: Streams in a container, its events reported to the background over the PHONE
 * channel and the background's commands carried out. The phone document (src/phone/index.ts, the
 * offscreen document) hosts it for the whole browser; in the opt-in "Amazon's panel in the side
 * panel" mode a side panel hosts it instead, and the call then ends with that panel.
 *
 * The worker may be stopped at any moment: the link reconnects and says again what runs and what
 * the phone sees, so a restarted worker finds the phone as it is, calls and all.
 */
import { IS_DEV_BUILD } from '../shared/build-flags';
import { openPortLink } from '../shared/messaging';
import { PHONE_CHANNEL, type AgentSnapshot, type BackgroundToPhone, type ContactEvent, type ContactSnapshot, type Microphone, type PhoneStatus, type PhoneToBackground, type SessionWarning } from '../shared/protocol';
import { startPhone, type Phone } from './streams-phone';

/** While signed out or failed, Streams is started afresh this often, so a session that appears elsewhere is picked up. */
export const RETRY_MS = 15_000;
/** As long as the background keeps a dial it handed over (dials.ts SENT_EXPIRY_MS). */
const DIAL_RESULT_KEEP_MS = 120_000;

export interface PhoneHost {
  /** Stops Streams and the link (the side panel closing in the opt-in mode). */
  stop(): void;
}

/**
 * `onRefused`: the background did not let this page host (another phone runs, or the opt-in mode
 * is off): it stops, and the page is a view like any other.
 */
export function hostPhone(container: HTMLElement, onRefused: () => void = () => undefined): PhoneHost {
  let phone: Phone | null = null;
  let running: string | null = null;
  let status: PhoneStatus = 'loading';
  let detail: string | undefined;
  let agent: AgentSnapshot | null = null;
  let warning: SessionWarning = null;
  let microphone: Microphone = 'unknown';
  const contacts = new Map<string, ContactSnapshot>();
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /**
   * Dial results of the last minutes, said again after every reconnect: one finished while the
   * worker was stopped would otherwise be lost with its Port, and the background would keep the
   * dial as pending (and the tab would never hear). The background drops a result it already has.
   */
  const dialResults: Array<{ at: number; message: Extract<PhoneToBackground, { type: 'dial-finished' }> }> = [];

  /** What the background must hear after a (re)connect to be current. */
  const hello = (): PhoneToBackground[] => [
    { type: 'phone-document-attached', running },
    ...(running
      ? [
          { type: 'phone-status-changed', status, ...(detail ? { detail } : {}) } as const,
          ...(agent ? [{ type: 'agent-changed', agent } as const] : []),
          { type: 'session-warning-changed', warning } as const,
          { type: 'microphone-changed', microphone } as const,
          ...[...contacts.values()].map((contact) => ({ type: 'contact-changed', event: { at: Date.now(), contact } }) as const),
          ...recentDialResults(),
        ]
      : []),
  ];

  function recentDialResults(): PhoneToBackground[] {
    while (dialResults.length && dialResults[0]!.at < Date.now() - DIAL_RESULT_KEEP_MS) dialResults.shift();
    return dialResults.map((r) => r.message);
  }

  const link = openPortLink(PHONE_CHANNEL, (message) => void onMessage(message), hello);

  function run(ccpUrl: string): void {
    phone?.stop();
    clearTimeout(retryTimer);
    contacts.clear();
    agent = null;
    warning = null;
    running = ccpUrl;
    phone = startPhone(container, ccpUrl, {
      status: (s, d) => {
        status = s;
        detail = d;
        link.post({ type: 'phone-status-changed', status: s, ...(d ? { detail: d } : {}) });
        clearTimeout(retryTimer);
        // The agent's own sign-out is not retried: they sign in again from the panel when they want.
        if ((s === 'logged-out' && d !== 'agent-signed-out') || s === 'failed') retryTimer = setTimeout(() => running && run(running), RETRY_MS);
      },
      agent: (a) => {
        agent = a;
        link.post({ type: 'agent-changed', agent: a });
      },
      contact: (event) => {
        if (IS_DEV_BUILD) recordForTests(event);
        if (event.contact.phase === 'destroyed') contacts.delete(event.contact.contactId);
        else contacts.set(event.contact.contactId, event.contact);
        link.post({ type: 'contact-changed', event });
      },
      sessionWarning: (w) => {
        warning = w;
        link.post({ type: 'session-warning-changed', warning: w });
      },
    });
  }

  /**
   * The microphone the CCP frame will get: our origin's permission (granted once in a tab: an
   * offscreen document cannot show the prompt). Followed live, so granting it mid-shift is seen.
   */
  async function watchMicrophone(): Promise<void> {
    try {
      const status = await navigator.permissions.query({ name: 'microphone' as PermissionName });
      const report = () => {
        microphone = status.state;
        link.post({ type: 'microphone-changed', microphone });
      };
      status.addEventListener('change', report);
      report();
    } catch {
      // No Permissions API for the microphone here: stays 'unknown', and the setup check says how to test.
    }
  }
  void watchMicrophone();

  async function onMessage(message: BackgroundToPhone): Promise<void> {
    if (stopped) return;
    if (message.type === 'phone-refused') {
      stopped = true;
      phone?.stop();
      phone = null;
      link.close();
      onRefused();
      return;
    }
    if (message.type === 'run-phone') {
      if (message.ccpUrl !== running || message.restart) run(message.ccpUrl);
      return;
    }
    if (!phone) return;
    switch (message.type) {
      case 'dial-number': {
        const result = await phone.dial(message.e164, message.queueArn);
        const finished = { type: 'dial-finished', requestId: message.requestId, result } as const;
        dialResults.push({ at: Date.now(), message: finished });
        link.post(finished);
        return;
      }
      case 'call-control': {
        const result = await phone.control(message.contactId, message.command);
        link.post({ type: 'call-control-finished', requestId: message.requestId, result: result.ok ? { ok: true } : result });
        return;
      }
      case 'sign-out': {
        const result = await phone.signOut();
        link.post({ type: 'sign-out-finished', requestId: message.requestId, result: result.ok ? { ok: true } : result });
        return;
      }
      case 'list-quick-connects':
        link.post({ type: 'quick-connects-listed', requestId: message.requestId, result: await phone.quickConnects() });
        return;
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
      case 'send-activity':
        phone.sendActivity();
        return;
    }
  }

  return {
    stop: () => {
      stopped = true;
      clearTimeout(retryTimer);
      phone?.stop();
      phone = null;
      link.close();
    },
  };
}

/** Development build only: when each Streams callback fired, for the relay benchmark and burst test. */
function recordForTests(event: ContactEvent): void {
  const scope = globalThis as { ccpsEmitted?: Array<{ contactId: string; phase: string; phaseSince: number; at: number }> };
  const list = (scope.ccpsEmitted ??= []);
  list.push({ contactId: event.contact.contactId, phase: event.contact.phase, phaseSince: event.contact.phaseSince, at: performance.timeOrigin + performance.now() });
  if (list.length > 5000) list.splice(0, list.length - 5000);
}
