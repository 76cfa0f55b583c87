// The instance's inactivity timeout: Connect's "session inactivity" setting
// (an authentication profile's SessionInactivityDuration). While the agent is
// signed in, the clock runs from the last activity Streams reported
// (connect.sendActivity → the CCP page → POST /api/activity). warningMs before
// the end it emits 'warning' {expiration} (epoch ms, as Streams'
// SessionExpirationInformation), activity then emits 'warning-cleared' and
// starts again, and at the end it emits 'expired' once: the agent is signed out.
//
// Off (timeoutMs 0) by default, so the simulator's other tests never see it.

import { EventEmitter } from 'node:events';
import { ApiError } from './api-error.mjs';

/** How the sign-out reaches Streams: what the CCP page posts to it. */
export const SIGN_OUT_EVENTS = ['terminated', 'auth_fail'];

export class SessionClock extends EventEmitter {
  /**
   * @param {object} [options]
   * @param {number} [options.timeoutMs=0] inactivity before sign-out; 0 = never
   * @param {number} [options.warningMs=0] how long before the sign-out the warning comes; 0 = no warning
   * @param {'terminated'|'auth_fail'} [options.signOut='terminated']
   */
  constructor(options = {}) {
    super();
    this.timer = null;
    this.running = false;
    this.configure({ timeoutMs: 0, warningMs: 0, signOut: 'terminated', ...options });
  }

  /** Validates and applies new settings; the clock restarts from now when running. */
  configure({ timeoutMs = this.timeoutMs, warningMs = this.warningMs, signOut = this.signOut, extensionError = false } = {}) {
    for (const [key, value] of Object.entries({ timeoutMs, warningMs })) {
      if (!Number.isInteger(value) || value < 0) throw new ApiError('InvalidParameter', `${key} must be a non-negative integer (ms)`, 400);
    }
    if (timeoutMs > 0 && warningMs >= timeoutMs) throw new ApiError('InvalidParameter', 'warningMs must be less than timeoutMs', 400);
    if (!SIGN_OUT_EVENTS.includes(signOut)) throw new ApiError('InvalidParameter', `signOut must be one of ${SIGN_OUT_EVENTS.join(', ')}`, 400);
    if (typeof extensionError !== 'boolean') throw new ApiError('InvalidParameter', 'extensionError must be true or false', 400);
    Object.assign(this, { timeoutMs, warningMs, signOut, extensionError });
    if (this.warning) this.clearWarning();
    if (this.running) this.restart();
    return this.state();
  }

  /** The agent signed in (or the instance was reset): the clock starts from now. */
  start() {
    this.running = true;
    this.expired = false;
    this.restart();
  }

  /** The agent is signed out: nothing runs until start(). */
  stop() {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = null;
    this.warning = false;
    this.expiresAt = null;
  }

  /**
   * Activity from Streams. Returns {extended} — false when the session could
   * not be extended (signed out, or extensionError set to stand in for a
   * failing backend): the CCP page then publishes session-extension-error.
   */
  activity() {
    if (!this.running) return { extended: false, reason: 'signed out' };
    if (this.extensionError) return { extended: false, reason: 'simulated extension failure', isWarningActive: Boolean(this.warning) };
    if (this.warning) this.clearWarning();
    this.restart();
    return { extended: true };
  }

  restart() {
    clearTimeout(this.timer);
    this.timer = null;
    this.lastActivityAt = Date.now();
    this.expiresAt = this.timeoutMs > 0 ? this.lastActivityAt + this.timeoutMs : null;
    this.schedule();
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = null;
    if (!this.running || this.expiresAt === null) return;
    const now = Date.now();
    const warnAt = this.warningMs > 0 ? this.expiresAt - this.warningMs : null;
    if (!this.warning && warnAt !== null && now < this.expiresAt) {
      if (now >= warnAt) {
        this.warning = true;
        this.warningAt = now;
        this.emit('warning', { expiration: this.expiresAt });
      } else {
        this.timer = setTimeout(() => this.schedule(), warnAt - now);
        return;
      }
    }
    if (now >= this.expiresAt) {
      this.stop();
      this.expired = true;
      this.emit('expired', { signOut: this.signOut });
      return;
    }
    this.timer = setTimeout(() => this.schedule(), this.expiresAt - now);
  }

  clearWarning() {
    this.warning = false;
    this.warningAt = null;
    this.emit('warning-cleared');
  }

  /** For GET /control/api/state and session-timeout. */
  state() {
    const iso = (t) => (t ? new Date(t).toISOString() : null);
    return {
      timeoutMs: this.timeoutMs,
      warningMs: this.warningMs,
      signOut: this.signOut,
      extensionError: this.extensionError,
      lastActivityAt: iso(this.lastActivityAt),
      expiresAt: iso(this.running ? this.expiresAt : null),
      warning: Boolean(this.warning),
      warningAt: iso(this.warning ? this.warningAt : null),
      expired: Boolean(this.expired),
    };
  }

  close() {
    this.stop();
  }
}
