/**
 * The content script on granted CRM pages, injected at document_start. A guest: UI in a shadow
 * root, no page DOM rewritten, everything torn down through one AbortSignal, including when the
 * extension is reloaded. Only the highlight style is taken in at once (see highlight-style.ts);
 * everything else waits for the check that the page is on a CRM site's exact origin
 * (granted-origin.ts), then for the DOM to be ready.
 */
import { IS_DEV_BUILD } from '../../src/shared/build-flags';
import { t } from '../../src/shared/i18n';
import { reportAgentActivity } from './agent-activity';
import { installAutofill } from './autofill';
import { installClickToDial } from './click-to-dial';
import { reportStats } from './dev-probe';
import { createDialer } from './dialer';
import { whenDomReady } from './dom-ready';
import { warmUpReading } from './warm-up';
import { isOnGrantedOrigin, releaseAnnouncer } from './granted-origin';
import { createGuestRoot, type GuestRoot } from './guest-root';
import { createHighlightStyle, type HighlightStyle } from './highlight-style';
import { installHighlighting } from './highlighting';
import { installHoverCard } from './hover-card';
import { installInputDialButton } from './input-dial-button';
import { lendLibphonenumber } from './lend-libphonenumber';
import { beginLifecycle } from './lifecycle';
import { onBackgroundMessage } from './messaging';
import { createContactNotices, showToast } from './notices';
import { createNumberChooser } from './number-chooser';
import { followSettings } from './page-settings';
import { dialSelection } from './selection-dial';

const scriptStart = performance.now();

function start(signal: AbortSignal, teardown: () => void, style: HighlightStyle, guest: GuestRoot): void {
  lendLibphonenumber(); // before anything may call the records bundle
  const highlighting = installHighlighting(signal, style, IS_DEV_BUILD ? (stats) => reportStats(guest, scriptStart, stats) : undefined);
  const settings = followSettings(signal, (s) => highlighting.update(s.highlightsOn(), s.country(), s.current.otherCountries.join()));
  const dialer = createDialer(guest, settings.country, teardown);

  const chooser = createNumberChooser(guest, signal);
  installClickToDial({ signal, guest, highlighting, dialer, chooser, country: settings.country, handleTelLinks: () => settings.current.handleTelLinks });
  installHoverCard(guest, highlighting, settings.country, signal);
  installInputDialButton(guest, dialer, chooser, settings.country, signal);

  const showContact = createContactNotices(guest, dialer.format);
  const fill = installAutofill(signal);
  reportAgentActivity(signal, teardown);
  onBackgroundMessage({
    notification(message) {
      if (message.type === 'contact-changed') showContact(message.event);
      else if (message.type === 'dial-finished') dialer.finished(message.requestId, message.e164, message.result);
      else if (message.type === 'dial-sent') dialer.sent(message.requestId, message.e164);
      else if (message.type === 'dial-refused') showToast(guest, t('toastSelectNumberFirst'), '', 'bad');
    },
    request(message) {
      if (message.type === 'dial-selection') return dialSelection(message.text, message.source, dialer, settings.country()) ? { handled: true } : null;
      if (message.type === 'fill-fields') return fill(message);
      return null;
    },
  }, signal);
}

const life = beginLifecycle();
if (life) {
  // The style goes in at once, before the page's first style pass (highlight-style.ts); it
  // matches nothing until we highlight, and leaves with the teardown. Reading the settings for
  // the origin check took 28–185 ms at document_start on the 5,000-row bench page, by when
  // 2,400–5,400 of its elements were parsed: adopting it after the check would restyle them.
  const style = createHighlightStyle();
  style.adopt(document);
  life.signal.addEventListener('abort', () => style.remove(), { once: true });
  // Nothing else unless this frame is on a CRM site's exact origin (granted-origin.ts).
  isOnGrantedOrigin().then(
    (granted) => {
      if (!granted || life.signal.aborted) return life.teardown();
      releaseAnnouncer(life.signal);
      // Our host goes in now, during the parse, not when we start: added after the page's layout,
      // it made our first hit-test relayout the whole page (guest-root.ts).
      const guest = createGuestRoot(life.signal);
      whenDomReady(life.signal, () => start(life.signal, life.teardown, style, guest));
      warmUpReading();
    },
    () => life.teardown(),
  );
}
