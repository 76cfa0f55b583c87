/**
 * Every way to dial from a page ends here: the request to the background, and what the agent is
 * told ("Calling 03-1234-5678…", "Waiting for the phone… [Cancel]", or why not). A number we
 * cannot read is never guessed at: the agent gets a message and nothing is dialled. Callers
 * check that the agent's own input asked for the dial (trusted-input.ts) before calling `dial`.
 */
import { formatForAgent, type CountryCode, type DialFailure } from '../../src/shared/phone';
import { DIAL_WAIT_MS, type DIAL_SOURCES } from '../../src/shared/protocol';
import { t } from '../../src/shared/i18n';
import { dialErrorText } from '../../src/shared/dial-errors';
import type { GuestRoot } from './guest-root';
import { request } from './messaging';
import { showToast, showWaiting } from './notices';

export type DialSource = (typeof DIAL_SOURCES)[number];

export interface Dialer {
  /** Synchronous up to the message send: the background opens the panel in the click's gesture. */
  dial(e164: string, source: DialSource): void;
  /**
   * Tells the agent that `raw` is not a number we can dial; `why` (parseDialInput's reason) tells
   * a number of no real range ("not a valid phone number", as the background says) from the rest.
   */
  unreadable(raw: string, why?: DialFailure): void;
  /** Tells the agent why a dial did not happen (a `dialError_*` code). */
  failed(e164OrText: string, error: string): void;
  /** The background handed a waiting dial to the phone. */
  sent(requestId: string, e164: string): void;
  /** The background's answer for a dial of this tab. */
  finished(requestId: string, e164: string, result: { ok: true } | { ok: false; error: string }): void;
  format(e164: string): string;
}

const MAX_SHOWN_CHARS = 40;
/** How long after the background's own deadline the page asks about a dial still shown as waiting. */
const PAGE_GRACE_MS = 2000;


export function createDialer(guest: GuestRoot, country: () => CountryCode, onInvalidated: () => void): Dialer {
  const format = (e164: string) => formatForAgent(e164, country());
  const failed = (what: string, error: string) => showToast(guest, t('toastDialFailed', what, dialErrorText(error)), '', 'bad');
  /** Dials waiting for the phone, by request id: their card, to close when the wait ends. */
  const waiting = new Map<string, { done(): void }>();
  /** Answers that came before the dial's own reply (two channels: no order between them). */
  const early = new Set<string>();

  const endWait = (requestId: string) => {
    waiting.get(requestId)?.done();
    waiting.delete(requestId);
  };

  return {
    dial(e164, source) {
      const pending = request({ type: 'dial-number', e164, source }, onInvalidated);
      const calling = showToast(guest, t('toastDialing', format(e164)));
      void pending.then((reply) => {
        if (!reply) return;
        if (!reply.ok) {
          calling.remove();
          failed(format(e164), reply.error);
          return;
        }
        if (!reply.waiting || early.delete(reply.requestId)) return;
        calling.remove();
        const { requestId } = reply;
        const card = showWaiting(guest, t('toastWaitingForPhone', format(e164)), t('toastWaitingLimit', String(Math.round(DIAL_WAIT_MS / 1000))), [{
          label: t('actionCancelDial'),
          run: () => void request({ type: 'cancel-dial', requestId }, onInvalidated),
        }]);
        // The background drops the dial at the end of the wait and says so; should that word not
        // come (its worker was stopped in between, and Chrome's next alarm is up to 30 s away),
        // the page ends the wait itself. If the dial was placed meanwhile, nothing is cancelled
        // and its own answer follows.
        const timer = setTimeout(() => {
          if (!waiting.has(requestId)) return;
          void request({ type: 'cancel-dial', requestId, expired: true }, onInvalidated).then((answer) => {
            if (answer && !answer.ok) endWait(requestId);
          });
        }, DIAL_WAIT_MS + PAGE_GRACE_MS);
        waiting.set(requestId, { done: () => { clearTimeout(timer); card.done(); } });
      });
    },
    unreadable(raw, why) {
      const text = raw.trim().replace(/\s+/g, ' ');
      failed(text.length > MAX_SHOWN_CHARS ? `${text.slice(0, MAX_SHOWN_CHARS - 1)}…` : text || '""', why === 'invalid' ? 'invalid-number' : 'unreadable');
    },
    failed,
    sent(requestId, e164) {
      if (!waiting.has(requestId)) {
        early.add(requestId);
        return;
      }
      endWait(requestId);
      showToast(guest, t('toastDialing', format(e164)));
    },
    finished(requestId, e164, result) {
      const wasWaiting = waiting.has(requestId);
      endWait(requestId);
      if (!wasWaiting) early.add(requestId);
      if (result.ok) return;
      if (result.error === 'cancelled') showToast(guest, t('toastDialCancelled', format(e164)));
      else failed(format(e164), result.error);
    },
    format,
  };
}
