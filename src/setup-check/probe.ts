/**
 * The handshake probe of "Check my setup", run in a hidden frame of the options page: it starts
 * the phone (src/phone/streams-phone.ts, the only code that touches Streams) on the configured CCP URL
 * and reports each status to the page that framed it, then stops the phone once it is ready.
 */
import { IS_DEV_BUILD } from '../shared/build-flags';
import { normalizeInstanceUrl } from '../shared/instance-url';
import { startPhone, type Phone } from '../phone/streams-phone';
import { PROBE_MESSAGE, type ProbeMessage } from './probe-message';

const started = performance.now();
const report = (message: Omit<ProbeMessage, 'type' | 'elapsedMs'>) =>
  // Only our own pages may frame the probe and hear it.
  window.parent.postMessage({ type: PROBE_MESSAGE, ...message, elapsedMs: Math.round(performance.now() - started) } satisfies ProbeMessage, location.origin);

// The URL is checked again here: the probe never frames a page that is not a Connect CCP.
const requested = new URLSearchParams(location.search).get('ccp') ?? '';
const instance = normalizeInstanceUrl(requested, IS_DEV_BUILD);
if (window.parent === window || !instance.ok) {
  report({ status: 'unconfigured' });
} else {
  let phone: Phone | null = null;
  phone = startPhone(document.getElementById('ccp')!, instance.ccpUrl, {
    status: (status, detail) => {
      report({ status, ...(detail ? { detail } : {}) });
      // Ready is all we wanted to know; stop before the probe becomes a second phone.
      if (status === 'ready') setTimeout(() => phone?.stop(), 0);
    },
    agent: () => undefined,
    contact: () => undefined,
    sessionWarning: () => undefined,
  });
}
