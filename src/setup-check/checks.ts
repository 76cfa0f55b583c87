/** The checks of "Check my setup": each one's outcome, decided by pure functions where it can be. */
import type { PhoneStatus } from '../shared/protocol';

export type CheckState = 'pending' | 'running' | 'ok' | 'bad';

/** Why the CCP did not answer, as far as we can tell from the outside. */
export type HandshakeOutcome =
  | { state: 'ok'; via: 'phone' | 'probe'; elapsedMs: number | null }
  | { state: 'bad'; cause: 'unconfigured' | 'signed-out' | 'no-answer' };

/** How long the probe waits for the CCP's handshake: the simulator and a healthy instance answer in about a second. */
export const PROBE_TIMEOUT_MS = 12_000;

/**
 * Reads the probe's last status. A CCP that never acknowledges looks the same whether the origin
 * is not approved (the frame is refused), the agent is signed out (Connect holds back) or the URL
 * is wrong, so "no answer" lists all three; only an explicit auth failure says "signed out".
 */
export function handshakeOutcome(status: PhoneStatus | 'timeout', detail: string | undefined, elapsedMs: number | null): HandshakeOutcome {
  if (status === 'ready') return { state: 'ok', via: 'probe', elapsedMs };
  if (status === 'unconfigured') return { state: 'bad', cause: 'unconfigured' };
  if (status === 'logged-out') return { state: 'bad', cause: detail === 'access-denied' ? 'no-answer' : 'signed-out' };
  return { state: 'bad', cause: 'no-answer' };
}

/** The microphone permission of our origin (`prompt` means never asked: the phone would fail). */
export function microphoneState(permission: PermissionState | 'unknown'): CheckState {
  return permission === 'granted' ? 'ok' : 'bad';
}
