/**
 * Runs `start` once the page's DOM is parsed and the browser has laid it out and painted it once.
 * Starting earlier would make our first `getBoundingClientRect` pay for the page's own first
 * layout inside our task (≈ 200 ms on the 5,000-row bench page).
 */
const FRAME_FALLBACK_MS = 100;

export function whenDomReady(signal: AbortSignal, start: () => void): void {
  const afterFirstFrame = () => {
    let started = false;
    const go = () => {
      if (started || signal.aborted) return;
      started = true;
      start();
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    // A tab in the background renders no frames: a timer starts us there. Not in a visible tab:
    // on a busy machine its first frame can take longer than any timer we would pick.
    const whenHidden = () => {
      if (document.visibilityState === 'hidden') setTimeout(go, FRAME_FALLBACK_MS);
    };
    whenHidden();
    document.addEventListener('visibilitychange', whenHidden, { signal });
  };
  // Injected into a page long loaded (a site just granted, an update): the highlight style was
  // just adopted, so wait a frame too and let the browser restyle in its own rendering step.
  if (document.readyState !== 'loading') return afterFirstFrame();
  document.addEventListener('DOMContentLoaded', afterFirstFrame, { once: true, signal });
}
