/**
 * An agent working in the CRM is busy, not idle: their own key presses and clicks in a granted
 * CRM tab tell Connect so (through the background and the phone's Streams), at most once per
 * ACTIVITY_EVERY_MS, so Connect's inactivity timeout does not sign them out mid-shift. Only
 * trusted input counts: a page script cannot keep a session alive on its own.
 */
import { ACTIVITY_EVERY_MS } from '../../src/shared/protocol';
import { request } from './messaging';
import { isAgentInput } from './trusted-input';

export function reportAgentActivity(signal: AbortSignal, onInvalidated: () => void): void {
  let last = 0;
  const onInput = (event: Event) => {
    if (!isAgentInput(event) || Date.now() - last < ACTIVITY_EVERY_MS) return;
    last = Date.now();
    void request({ type: 'agent-active' }, onInvalidated);
  };
  for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, onInput, { capture: true, passive: true, signal });
}
