/**
 * Hovering a highlighted number shows "Call +81 3-1234-5678" under it: the agent sees how the
 * number was read (country included) before clicking the number. A tooltip, not a button (see
 * call-button.ts), shown after a short rest so it does not flicker across a table. Hit-testing
 * runs at most once a frame, and only over elements whose own text holds a number. What it shows
 * is read again from the text under the pointer (reread.ts), as a click would read it: text that
 * changed since the scan shows no card rather than a stale number.
 */
import { formatInternational, type CountryCode } from '../../src/shared/phone';
import { t } from '../../src/shared/i18n';
import { createCallButton } from './call-button';
import type { GuestRoot } from './guest-root';
import type { Highlighting } from './highlighting';
import type { NumberHit } from './number-at-point';
import { isAmbiguous, rereadHit } from './reread';

const SHOW_DELAY_MS = 150;

export function installHoverCard(guest: GuestRoot, highlighting: Highlighting, country: () => CountryCode, signal: AbortSignal): void {
  let current: NumberHit | null = null;
  const tip = createCallButton(guest, signal, null);
  tip.element.dataset.ccpsHover = '';

  let showTimer = 0;
  const hideNow = () => {
    clearTimeout(showTimer);
    showTimer = 0;
    current = null;
    tip.hide();
  };
  const showSoon = (hit: NumberHit) => {
    clearTimeout(showTimer);
    showTimer = window.setTimeout(() => {
      showTimer = 0;
      const now = hit.node.isConnected ? rereadHit(hit, country()) : null;
      if (!now) return hideNow();
      const { e164, extension } = now;
      if (isAmbiguous(now)) tip.show(t('hoverAmbiguous'), now.readings.map((r) => formatInternational(r)).join(' / '));
      else tip.show(t('hoverCall', formatInternational(e164)), extension ? t('hoverExtension', extension) : undefined);
      tip.place(hit.rect, 'below');
    }, SHOW_DELAY_MS);
  };

  let pending: { x: number; y: number; target: Element } | null = null;
  let frame = 0;
  const update = () => {
    frame = 0;
    const p = pending;
    pending = null;
    if (!p) return;
    const hit = highlighting.mayHoldNumber(p.target) ? highlighting.numberAt(p.x, p.y) : null;
    if (!hit) return hideNow();
    if (current && current.node === hit.node && current.match.start === hit.match.start) return;
    tip.hide();
    current = hit;
    showSoon(hit);
  };

  document.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'touch') return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || target === guest.root.host || guest.root.contains(target)) return hideNow();
    pending = { x: event.clientX, y: event.clientY, target };
    if (!frame) frame = requestAnimationFrame(update);
  }, { capture: true, passive: true, signal });
  // The card is placed for one scroll position; it follows the pointer again on the next move.
  document.addEventListener('scroll', hideNow, { capture: true, passive: true, signal });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideNow();
  }, { capture: true, signal });
  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(showTimer);
  }, { once: true });
}
