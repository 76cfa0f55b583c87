/**
 * Click-to-dial: a click on a phone number in page text, or on a `tel:`/`callto:` link, dials it
 * through the CCP. Runs in the capture phase but only prevents the default action of clicks it
 * takes; it never stops the page's own handlers.
 */
import { parseDialInput, type CountryCode } from '../../src/shared/phone';
import type { DIAL_SOURCES } from '../../src/shared/protocol';
import { numberAtPoint } from './number-at-point';

export interface ClickToDialOptions {
  signal: AbortSignal;
  country(): CountryCode;
  handleTelLinks(): boolean;
  /** Must be synchronous up to the message send: the background opens the panel in this gesture. */
  dial(e164: string, source: (typeof DIAL_SOURCES)[number]): void;
  unreadable(raw: string): void;
}

const TEL_HREF = /^\s*(tel|callto):/i;

export function installClickToDial(options: ClickToDialOptions): void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href') ?? '';
      if (!TEL_HREF.test(href) || !options.handleTelLinks()) return;
      event.preventDefault(); // the OS handler would place a second, unrelated call
      const parsed = parseDialInput(href, options.country());
      if (parsed.ok) options.dial(parsed.e164, 'tel-link');
      else options.unreadable(href.replace(TEL_HREF, ''));
      return;
    }
    if (target?.closest('input, textarea, select, button, [contenteditable=""], [contenteditable="true"]')) return;
    if (!document.getSelection()?.isCollapsed) return; // the agent is selecting text, not clicking
    const hit = numberAtPoint(event.clientX, event.clientY, options.country());
    if (!hit) return;
    event.preventDefault();
    options.dial(hit.match.e164, 'page-click');
  };
  document.addEventListener('click', onClick, { capture: true, signal: options.signal });
}
