// Ties the session clock to the instance and the CCP pages: the clock runs
// while the agent is signed in, its warnings are published to the pages
// (which pass them to Streams' subscribers), and at the timeout the agent is
// signed out the way the CCP signs itself out.

import { SessionClock } from './session-clock.mjs';
import { TOPICS } from './sdk-subject.mjs';

/**
 * @param {object} p
 * @param {import('./instance.mjs').Instance} p.instance
 * @param {import('./event-hub.mjs').EventHub} p.pages the CCP pages
 * @param {() => void} p.changed tells the control pages
 * @param {{timeoutMs?: number, warningMs?: number}} p.defaults restored on instance.reset()
 */
export function attachSessionClock({ instance, pages, changed, defaults }) {
  const clock = new SessionClock(defaults);
  const note = (method, params) => instance.record({ kind: 'session', method, params: params ?? null, pageId: null });

  instance.on('session', (loggedIn) => (loggedIn ? clock.start() : clock.stop()));
  instance.on('reset', () => clock.configure({ timeoutMs: 0, warningMs: 0, signOut: 'terminated', extensionError: false, ...defaults }));
  clock.on('warning', (data) => {
    note('expiration-warning', data);
    pages.send('sdk-publish', { topic: TOPICS.warning, data });
    changed();
  });
  clock.on('warning-cleared', () => {
    note('expiration-warning-cleared');
    pages.send('sdk-publish', { topic: TOPICS.cleared, data: {} });
    changed();
  });
  clock.on('expired', ({ signOut }) => {
    note('signed-out-inactive', { signOut });
    // Before the instance's own 'session' push, so each page posts this
    // sign-out rather than the plain auth_fail.
    pages.send('session', { loggedIn: false, signOut });
    instance.setLoggedIn(false);
  });
  if (instance.loggedIn) clock.start();
  return clock;
}
