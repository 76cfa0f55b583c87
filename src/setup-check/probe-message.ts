/** What the hidden handshake probe (probe.ts) tells the setup check, by postMessage. */
import type { PhoneStatus } from '../shared/protocol';

export const PROBE_MESSAGE = 'ccps-setup-probe';

export interface ProbeMessage {
  type: typeof PROBE_MESSAGE;
  status: PhoneStatus;
  detail?: string;
  /** Time from the start of the probe to this status. */
  elapsedMs: number;
}

export function isProbeMessage(data: unknown): data is ProbeMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PROBE_MESSAGE && typeof (data as { status?: unknown }).status === 'string';
}
