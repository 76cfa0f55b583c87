/**
 * Click-to-dial: a click on a highlighted number in page text, or on a `tel:`/`callto:` link,
 * dials it through the CCP. Runs in the capture phase but only prevents the default action of
 * clicks it takes; it never stops the page's own handlers.
 *
 * Only the agent's own click counts (issue #10): a click a script dispatched is left exactly as
 * the page would have had it, not even its default prevented. A highlighted number is read again
 * from the text under the pointer at the moment of the click, and dialled only if it still reads
 * as the number that was highlighted; a number with more than one plausible reading opens a
 * chooser instead.
 */
import { parseDialInput, type CountryCode } from '../../src/shared/phone';
import { t } from '../../src/shared/i18n';
import type { Dialer } from './dialer';
import type { GuestRoot } from './guest-root';
import type { Highlighting } from './highlighting';
import type { NumberChooser } from './number-chooser';
import { showToast } from './notices';
import { isAmbiguous, rereadHit } from './reread';
import { isAgentInput } from './trusted-input';

export interface ClickToDialOptions {
  signal: AbortSignal;
  guest: GuestRoot;
  highlighting: Highlighting;
  dialer: Dialer;
  chooser: NumberChooser;
  country(): CountryCode;
  handleTelLinks(): boolean;
}

const TEL_HREF = /^\s*(tel|callto):/i;

export function installClickToDial({ signal, guest, highlighting, dialer, chooser, country, handleTelLinks }: ClickToDialOptions): void {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.defaultPrevented) return;
    // A script's click (`a.click()`, a synthetic MouseEvent): not the agent's, so not ours.
    if (!isAgentInput(event)) return;
    const origin = event.composedPath()[0];
    if (origin === guest.root.host) return; // our own UI (the chooser, a toast)
    const target = origin instanceof Element ? origin : origin instanceof Text ? origin.parentElement : null;
    const link = target?.closest('a[href]');
    if (link) {
      const href = link.getAttribute('href') ?? '';
      if (!TEL_HREF.test(href) || !handleTelLinks()) return;
      event.preventDefault(); // the OS handler would place a second, unrelated call
      const parsed = parseDialInput(href, country());
      if (parsed.ok) dialer.dial(parsed.e164, 'tel-link');
      else dialer.unreadable(href.replace(TEL_HREF, ''), parsed.reason);
      return;
    }
    if (!target || target.closest('input, textarea, select, button, label, [contenteditable]:not([contenteditable="false"])')) return;
    if (!document.getSelection()?.isCollapsed) return; // the agent is selecting text, not clicking
    const hit = highlighting.numberAt(event.clientX, event.clientY);
    if (!hit) return;
    event.preventDefault();
    const now = rereadHit(hit, country());
    if (!now) {
      showToast(guest, t('toastNumberChanged'), t('toastNumberChangedHint'), 'bad');
      return;
    }
    if (isAmbiguous(now)) {
      chooser.open(now.readings, hit.rect, (e164) => dialer.dial(e164, 'page-click'));
      return;
    }
    dialer.dial(now.e164, 'page-click');
  };
  document.addEventListener('click', onClick, { capture: true, signal });
}
