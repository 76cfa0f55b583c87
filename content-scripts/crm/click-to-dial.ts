/**
 * Click-to-dial: a click on a highlighted number in page text, or on a `tel:`/`callto:` link,
 * dials it through the CCP. Runs in the capture phase but only prevents the default action of
 * clicks it takes; it never stops the page's own handlers.
 */
import { parseDialInput, type CountryCode } from '../../src/shared/phone';
import type { Dialer } from './dialer';
import type { Highlighting } from './highlighting';

export interface ClickToDialOptions {
  signal: AbortSignal;
  highlighting: Highlighting;
  dialer: Dialer;
  country(): CountryCode;
  handleTelLinks(): boolean;
}

const TEL_HREF = /^\s*(tel|callto):/i;

export function installClickToDial({ signal, highlighting, dialer, country, handleTelLinks }: ClickToDialOptions): void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.defaultPrevented) return;
    const origin = event.composedPath()[0];
    const target = origin instanceof Element ? origin : origin instanceof Text ? origin.parentElement : null;
    const link = target?.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href') ?? '';
      if (!TEL_HREF.test(href) || !handleTelLinks()) return;
      event.preventDefault(); // the OS handler would place a second, unrelated call
      const parsed = parseDialInput(href, country());
      if (parsed.ok) dialer.dial(parsed.e164, 'tel-link');
      else dialer.unreadable(href.replace(TEL_HREF, ''));
      return;
    }
    if (!target || target.closest('input, textarea, select, button, label, [contenteditable]:not([contenteditable="false"])')) return;
    if (!document.getSelection()?.isCollapsed) return; // the agent is selecting text, not clicking
    const hit = highlighting.numberAt(event.clientX, event.clientY);
    if (!hit) return;
    event.preventDefault();
    dialer.dial(hit.match.e164, 'page-click');
  };
  document.addEventListener('click', onClick, { capture: true, signal });
}
