/**
 * Our UI on a CRM page lives in one shadow root, so the page cannot restyle it and we cannot
 * restyle the page. The host is an unknown element with a `ccps-` name: no page CSS targets it.
 * The root is open so end-to-end tests can read what the agent sees; nothing in it is a secret
 * from the CRM page, which already shows the same numbers.
 */
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
`;

export interface GuestRoot {
  root: ShadowRoot;
  stack: HTMLElement;
  remove(): void;
}

export function createGuestRoot(signal: AbortSignal): GuestRoot {
  const host = document.createElement('ccps-root');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const stack = document.createElement('div');
  stack.className = 'stack';
  stack.setAttribute('role', 'status');
  stack.setAttribute('aria-live', 'polite');
  root.append(style, stack);
  // On <html>, not <body>: frameworks that own <body> (and re-render it) never see us. Added
  // before the next frame, not now: a new child of <html> would make the viewport scan's first
  // box read lay the page out inside our task. (A background tab renders no frames: the timer.)
  let added = false;
  const add = () => {
    if (added || signal.aborted) return;
    added = true;
    document.documentElement.append(host);
  };
  requestAnimationFrame(add);
  setTimeout(add, 100);
  const remove = () => host.remove();
  signal.addEventListener('abort', remove, { once: true });
  return { root, stack, remove };
}
