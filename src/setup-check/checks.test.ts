import { describe, expect, it } from 'vitest';
import { handshakeOutcome, microphoneState } from './checks';

describe('handshake outcome', () => {
  it('ready is green', () => {
    expect(handshakeOutcome('ready', undefined, 420)).toEqual({ state: 'ok', via: 'probe', elapsedMs: 420 });
  });
  it('an auth failure means signed out; a silence lists every likely cause', () => {
    expect(handshakeOutcome('logged-out', undefined, 900)).toEqual({ state: 'bad', cause: 'signed-out' });
    expect(handshakeOutcome('timeout', undefined, null)).toEqual({ state: 'bad', cause: 'no-answer' });
    expect(handshakeOutcome('failed', 'no-handshake', 50_000)).toEqual({ state: 'bad', cause: 'no-answer' });
    expect(handshakeOutcome('unconfigured', undefined, 0)).toEqual({ state: 'bad', cause: 'unconfigured' });
  });
});

describe('microphone', () => {
  it('only a granted permission is green', () => {
    expect(microphoneState('granted')).toBe('ok');
    expect(microphoneState('prompt')).toBe('bad');
    expect(microphoneState('denied')).toBe('bad');
  });
});
