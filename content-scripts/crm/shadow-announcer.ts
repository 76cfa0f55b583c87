/**
 * Runs in the page's own world (registered with world MAIN, at document_start), apart from the
 * content script: the only place that sees a shadow root attached to an element already in the
 * page, e.g. a web component upgraded after our walk went past it. No MutationObserver reports
 * that. Each open root is announced with an event on its host; the content script checks the host
 * itself and walks the root (shadow-roots.ts). Closed roots stay closed.
 *
 * It waits for the content script's word that this page is a CRM site (it cannot read the
 * settings), does nothing else and changes nothing the page asked for (its calls and errors are the
 * browser's own). It patches once even if injected twice (an update), and stays until the page
 * reloads when the extension goes: an event nobody listens to then.
 */
import { ANNOUNCER_GO_EVENT, ANNOUNCER_READY_EVENT } from './announcer-handshake';
import { SHADOW_ROOT_EVENT } from './shadow-root-event';

type Patched = typeof Element.prototype.attachShadow & { ccpsAnnounces?: true };

function announceShadowRoots(): void {
  const attachShadow = Element.prototype.attachShadow as Patched;
  if (attachShadow.ccpsAnnounces) return;
  const announcing: Patched = function attachShadowAndAnnounce(this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    // After the page's own code (often a custom element's constructor) has run. A host not in the
    // page yet needs no word: its insertion is seen like any other.
    if (init.mode === 'open') {
      queueMicrotask(() => {
        if (this.isConnected) this.dispatchEvent(new Event(SHADOW_ROOT_EVENT, { bubbles: true, composed: true }));
      });
    }
    return root;
  };
  announcing.ccpsAnnounces = true;
  Element.prototype.attachShadow = announcing;
}

// Nothing until the content script, which can read the CRM sites, has found this page's exact
// origin among them (announcer-handshake.ts). It says so before its first walk, and a root
// attached before that is found by the walk itself.
const start = () => {
  document.removeEventListener(ANNOUNCER_GO_EVENT, start);
  announceShadowRoots();
};
document.addEventListener(ANNOUNCER_GO_EVENT, start);
document.dispatchEvent(new Event(ANNOUNCER_READY_EVENT));
