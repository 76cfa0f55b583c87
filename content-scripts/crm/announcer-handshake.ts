/**
 * How the page-world shadow-root announcer (shadow-announcer.ts) learns that it may start. It
 * cannot read the extension's storage, so it waits for the content script, which has checked the
 * page's exact origin against the CRM sites (granted-origin.ts). Either may start first: the
 * announcer says it is ready, the content script says go (at once, and again to each ready).
 * A page can send either event too; all it gains is shadow roots announced to a script that
 * checks every host itself.
 */
export const ANNOUNCER_READY_EVENT = 'ccps-announcer-ready';
export const ANNOUNCER_GO_EVENT = 'ccps-announcer-go';
