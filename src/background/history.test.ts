import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../test/unit/fake-browser';
import type { ContactEvent, ContactSnapshot } from '../shared/protocol';

const fake = createFakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
const { historyStep, upsertHistory, readHistory } = await import('./history');
const { forgetSettingsOnChange } = await import('./settings-cache');

const event = (phase: ContactSnapshot['phase'], phaseSince: number, direction: 'inbound' | 'outbound' = 'inbound'): ContactEvent => ({
  at: phaseSince,
  contact: { contactId: 'c1', channel: 'voice', direction, phase, phaseSince, phoneNumber: '+81312345678', queue: { name: 'Q', arn: 'a' }, queueTimestamp: 0, attributes: {} },
});

/** Runs events through historyStep as the relay does, returning the last stored entry per id. */
function play(events: ContactEvent[]) {
  let life;
  let entry;
  for (const e of events) {
    const step = historyStep(e, life, entry);
    life = step.life;
    if (step.entry) entry = step.entry;
  }
  return entry;
}

describe('history outcomes', () => {
  it('answered: started when it rang, talk time from connected to ended (not after-contact work)', () => {
    expect(play([event('incoming', 100), event('connected', 150), event('on-hold', 170), event('connected', 180), event('ended', 400), event('destroyed', 900)])).toEqual({
      id: 'c1', contactId: 'c1', direction: 'inbound', number: '+81312345678', queue: 'Q', startedAt: 100, durationMs: 250, outcome: 'answered',
    });
  });

  it('missed, rejected, abandoned and failed', () => {
    expect(play([event('incoming', 100), event('missed', 200), event('destroyed', 300)])?.outcome).toBe('missed');
    expect(play([event('incoming', 100), event('rejected', 200), event('destroyed', 200)])?.outcome).toBe('rejected');
    expect(play([event('incoming', 100), event('destroyed', 200)])?.outcome).toBe('missed'); // the caller gave up
    expect(play([event('connecting', 100, 'outbound'), event('destroyed', 200, 'outbound')])?.outcome).toBe('failed');
    expect(play([event('connecting', 100, 'outbound'), event('connected', 150, 'outbound'), event('ended', 250, 'outbound')])).toMatchObject({ outcome: 'answered', durationMs: 100, direction: 'outbound' });
  });

  it('a replayed event changes nothing', () => {
    const life = { startedAt: 100, connectedAt: 150 };
    const done = { id: 'c1', contactId: 'c1', direction: 'inbound' as const, number: null, queue: null, startedAt: 100, durationMs: 250, outcome: 'answered' as const };
    expect(historyStep(event('ended', 400), life, done).entry).toBeNull();
    expect(historyStep(event('connected', 150), life, done).entry).toBeNull();
  });
});

describe('stored history', () => {
  beforeEach(async () => {
    await fake.storage.local.clear();
    forgetSettingsOnChange({ historyLimit: {} }, 'local');
  });

  it('keeps the newest first, caps it, replaces by id, and can keep numbers out', async () => {
    await fake.storage.local.set({ historyLimit: 2 });
    const entry = (id: string, startedAt: number) => ({ id, contactId: id, direction: 'inbound' as const, number: '+81312345678', queue: null, startedAt, durationMs: null, outcome: 'missed' as const });
    await upsertHistory(entry('a', 1));
    await upsertHistory(entry('b', 2));
    await upsertHistory({ ...entry('a', 1), outcome: 'answered' });
    expect((await readHistory()).map((e) => [e.id, e.outcome])).toEqual([['b', 'missed'], ['a', 'answered']]);
    await upsertHistory(entry('c', 3));
    expect((await readHistory()).map((e) => e.id)).toEqual(['c', 'b']);
    await fake.storage.local.set({ historyStoreNumbers: false });
    forgetSettingsOnChange({ historyStoreNumbers: {} }, 'local');
    await upsertHistory(entry('d', 4));
    expect((await readHistory())[0]).toMatchObject({ id: 'd', number: null });
  });
});
