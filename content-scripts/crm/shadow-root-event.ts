/** The event shadow-announcer.ts fires on a host when the page attaches an open shadow root to it. */
export const SHADOW_ROOT_EVENT = 'ccps-shadow-root';
