/**
 * Our UI on a CRM page lives in one **closed** shadow root, so the page cannot restyle it and we
 * cannot restyle the page. The host is an unknown element with a `ccps-` name: no page CSS
 * targets it. Closed, because what it holds is not the page's to read or press: the caller of an
 * incoming call, and Call buttons that a page script could `.click()` (issue #10). Our listeners
 * still check `event.isTrusted` (a closed root hides the button, it does not stop a forged event
 * at a point on screen).
 */
import { IS_DEV_BUILD } from '../../src/shared/build-flags';

const STYLE = `
:host { all: initial; }
.stack { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; display: grid; gap: 8px; max-width: 360px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; }
.card { background: #1b1f24; color: #fff; border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  display: grid; grid-template-columns: 1fr auto; gap: 2px 10px; align-items: start; }
.card.bad { background: #a40e26; }
.card .title { font-weight: 600; }
.card .sub { grid-column: 1; opacity: .8; font-size: 12px; }
.card button { grid-row: 1 / span 2; grid-column: 2; all: unset; cursor: pointer; opacity: .7; padding: 0 4px; font-size: 16px; }
.card button:focus-visible { outline: 2px solid #7fd3ff; }
.call { position: fixed; z-index: 2147483647; left: 0; top: 0; margin: 0; border: 0; cursor: pointer; white-space: nowrap;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif;
  color: #fff; background: #0a62c9; border-radius: 6px; padding: 6px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.22); }
.call:hover { background: #084fa3; }
.call:focus-visible { outline: 2px solid #7fd3ff; outline-offset: 1px; }
.call[hidden] { display: none; }
.call .ext { display: block; font-weight: 400; font-size: 11px; opacity: .85; margin-top: 2px; }
.call.small { padding: 3px 8px; font-size: 12px; }
.call.tip { pointer-events: none; cursor: default; font-weight: 500; background: #1b1f24; }
.card .actions { grid-column: 1 / span 2; display: flex; gap: 8px; margin-top: 4px; }
.card .actions button { all: unset; grid-row: auto; cursor: pointer; font-weight: 600; padding: 3px 10px; border-radius: 6px; background: rgba(255,255,255,.16); opacity: 1; font-size: 13px; }
.card .actions button:hover { background: rgba(255,255,255,.28); }
.chooser { position: fixed; z-index: 2147483647; left: 0; top: 0; display: grid; gap: 4px; padding: 8px; min-width: 220px;
  background: #1b1f24; color: #fff; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.3);
  font: 13px/1.3 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", Meiryo, sans-serif; }
.chooser[hidden] { display: none; }
.chooser .title { font-weight: 600; margin: 0 2px 4px; }
.chooser button { all: unset; cursor: pointer; display: grid; padding: 6px 8px; border-radius: 6px; background: #0a62c9; }
.chooser button:hover, .chooser button:focus-visible { background: #084fa3; outline: 2px solid #7fd3ff; }
.chooser .country { font-size: 11px; opacity: .85; }
`;

export interface GuestRoot {
  root: ShadowRoot;
  stack: HTMLElement;
  remove(): void;
}

export function createGuestRoot(signal: AbortSignal): GuestRoot {
  const host = document.createElement('ccps-root');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const stack = document.createElement('div');
  stack.className = 'stack';
  stack.setAttribute('role', 'status');
  stack.setAttribute('aria-live', 'polite');
  root.append(style, stack);
  // On <html>, not <body>: frameworks that own <body> (and re-render it) never see us. Added at
  // once, and index.ts creates us as soon as the origin check passes, while the page is usually
  // still being parsed: a new child of <html> after the page is laid out makes the next hit-test
  // lay the whole page out again inside our task (212 ms on the 25,000-row bench page, against
  // 7 ms with the host added during the parse: test/bench, measured 2026-12-04). The browser's
  // own frames lay it out with the rows the parser adds anyway.
  document.documentElement.append(host);
  const remove = () => host.remove();
  signal.addEventListener('abort', remove, { once: true });
  // Development build only: the end-to-end tests read what the agent sees from this script's
  // isolated world (over CDP); the page's world never sees this variable.
  if (IS_DEV_BUILD) (globalThis as { ccpsGuest?: unknown }).ccpsGuest = { root };
  return { root, stack, remove };
}
