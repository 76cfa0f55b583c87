/**
 * One live copy of the script per frame, and a clean exit. When the extension is reloaded or
 * updated, the old copy is orphaned (its runtime is gone) while the new one is injected beside
 * it: the new copy announces itself and the orphan tears down at once; a slow timer catches an
 * orphan that nobody replaces (the extension was removed or disabled).
 */
import { isContextValid } from './messaging';

const MARKER = '__ccpsCrmContentScript';
const STARTED_EVENT = 'ccps-content-script-started';
const CHECK_MS = 5000;

export interface Lifecycle {
  signal: AbortSignal;
  teardown(): void;
}

/** Null when this frame already runs a live copy (a registered script and an executeScript both ran). */
export function beginLifecycle(): Lifecycle | null {
  // The isolated world is shared by copies of the same extension instance, not across reloads.
  const scope = globalThis as Record<string, unknown>;
  if (scope[MARKER]) return null;
  scope[MARKER] = true;

  const controller = new AbortController();
  const { signal } = controller;
  const teardown = () => {
    if (signal.aborted) return;
    controller.abort();
    scope[MARKER] = false;
  };
  const checkContext = () => {
    if (!isContextValid()) teardown();
  };
  // The page can fire this event too; it only makes us check, and a live copy stays.
  document.addEventListener(STARTED_EVENT, checkContext, { signal });
  document.dispatchEvent(new Event(STARTED_EVENT));
  // dispatchEvent is synchronous: listen for newer copies only after announcing ourselves.
  const timer = setInterval(checkContext, CHECK_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return { signal, teardown };
}
