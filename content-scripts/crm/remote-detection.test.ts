import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { event } from '../../test/unit/fake-browser';

/** A fake Port: what the content script posted, and a way to answer or close it. */
interface FakePort {
  name: string;
  posted: unknown[];
  onMessage: ReturnType<typeof event>;
  onDisconnect: ReturnType<typeof event>;
  postMessage(m: unknown): void;
  disconnect(): void;
}
const ports: FakePort[] = [];
let connectFails = false;
vi.stubGlobal('chrome', {
  runtime: {
    connect: ({ name }: { name: string }) => {
      if (connectFails) throw new Error('Extension context invalidated.');
      const port: FakePort = { name, posted: [], onMessage: event(), onDisconnect: event(), postMessage: (m) => port.posted.push(m), disconnect: () => undefined };
      ports.push(port);
      return port;
    },
  },
});
const { createRemoteDetection } = await import('./remote-detection');

function setup() {
  const answers: unknown[] = [];
  const remote = createRemoteDetection(new AbortController().signal, (task) => task());
  const batch = (texts: string[], wholeCells = texts.map(() => true)) => ({ texts, wholeCells, onAnswer: (found: unknown) => answers.push(found) });
  return { remote, batch, answers };
}

const reply = (batchId: number, found: Array<[number, number, number, string, string?]>) => ({
  type: 'numbers-detected', batchId, tookMs: 2,
  spans: found.flatMap(([t, s, e]) => [t, s, e]), e164: found.map((f) => f[3]), extensions: found.map((f) => f[4] ?? ''),
});

beforeEach(() => {
  ports.length = 0;
  connectFails = false;
  vi.useFakeTimers({ toFake: ['performance', 'setTimeout'] });
});
afterEach(() => vi.useRealTimers());

describe('createRemoteDetection', () => {
  it('sends a batch over one port and hands back each text\'s numbers, dropping any that do not fit their text', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(['TEL 03-1234-5678', 'nothing here'], [false, true]), 'JP');
    expect(ports).toHaveLength(1);
    expect(ports[0]!.name).toBe('ccps-detect');
    expect(ports[0]!.posted[0]).toMatchObject({ type: 'detect-numbers', batchId: 0, country: 'JP', texts: ['TEL 03-1234-5678', 'nothing here'], wholeCells: [false, true] });
    expect(remote.outstanding).toBe(1);
    expect(remote.waiting).toBe(1);

    ports[0]!.onMessage.fire(reply(0, [[0, 4, 16, '+81312345678', '12'], [1, 0, 40, '+81312345678'], [5, 0, 3, '+81312345678']]));
    expect(remote.waiting).toBe(0);
    expect(answers).toEqual([[[{ start: 4, end: 16, e164: '+81312345678', extension: '12' }], undefined]]);
    expect(remote.outstanding).toBe(0);
    expect(remote.workerMs).toBe(2);
  });

  it('drops an answer that is not a valid reply, or for a batch it did not send', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(['03-1234-5678']), 'JP');
    ports[0]!.onMessage.fire({ ...reply(0, [[0, 0, 12, '+81312345678']]), e164: ['0312345678'] });
    ports[0]!.onMessage.fire({ ...reply(0, [[0, 0, 12, '+81312345678']]), spans: [0, 0.5, 12] });
    ports[0]!.onMessage.fire({ ...reply(0, [[0, 0, 12, '+81312345678']]), spans: '0,0,12' });
    ports[0]!.onMessage.fire({ ...reply(0, [[0, 0, 12, '+81312345678']]), extensions: ['<b>1</b>'] });
    ports[0]!.onMessage.fire(reply(7, []));
    expect(answers).toEqual([]);
    expect(remote.outstanding).toBe(1);
  });

  it('gives back what the worker had when its port closes, and connects again for the next batch', () => {
    const { remote, batch } = setup();
    const first = batch(['03-1234-5678']);
    remote.send(first, 'JP');
    expect(remote.takeBackLost()).toEqual([]);
    ports[0]!.onDisconnect.fire();
    expect(remote.msUntilLost).toBe(0);
    expect(remote.takeBackLost()).toEqual([first]);
    remote.send(batch(['090-1234-5678']), 'JP');
    expect(ports).toHaveLength(2);
  });

  it('loses nothing when an idle worker stops: the next batch goes over a new Port and is waited for', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(['03-1234-5678']), 'JP');
    ports[0]!.onMessage.fire(reply(0, []));
    ports[0]!.onDisconnect.fire();
    remote.send(batch(['090-1234-5678']), 'JP');
    expect(ports).toHaveLength(2);
    expect(remote.msUntilLost).toBeGreaterThan(0);
    expect(remote.takeBackLost()).toEqual([]);
    ports[1]!.onMessage.fire(reply(1, [[0, 0, 13, '+819012345678']]));
    expect(answers).toHaveLength(2);
    expect(remote.outstanding).toBe(0);
  });

  it('gives back what a silent worker has after a second, and ignores its late answer', () => {
    const { remote, batch, answers } = setup();
    const sent = batch(['03-1234-5678']);
    remote.send(sent, 'JP');
    vi.advanceTimersByTime(900);
    expect(remote.takeBackLost()).toEqual([]);
    expect(remote.msUntilLost).toBeGreaterThan(0);
    vi.advanceTimersByTime(200);
    expect(remote.takeBackLost()).toEqual([sent]);
    ports[0]!.onMessage.fire(reply(0, [[0, 0, 12, '+81312345678']]));
    expect(answers).toEqual([]);
  });

  it('is not usable once the extension is gone, and what it was given is read on the page', () => {
    connectFails = true;
    const { remote, batch } = setup();
    const sent = batch(['03-1234-5678']);
    remote.send(sent, 'JP');
    expect(remote.usable).toBe(false);
    expect(remote.takeBackLost()).toEqual([sent]);
  });
});

describe('createRemoteDetection, with other countries', () => {
  const texts = ['07700 900123', 'TEL 03-1234-5678'];
  const withReadings = (extra: object) => ({ ...reply(0, [[0, 0, 12, '+447700900123'], [1, 4, 16, '+81312345678']]), ...extra });

  it('sends the other countries and each text\'s record country; without other countries, neither', () => {
    const { remote, batch } = setup();
    remote.send({ ...batch(texts), otherCountries: ['GB', 'US'], recordCountries: ['GB', ''] }, 'JP');
    remote.send({ ...batch(texts), otherCountries: [], recordCountries: ['GB', ''] }, 'JP');
    expect(ports[0]!.posted[0]).toMatchObject({ otherCountries: ['GB', 'US'], recordCountries: ['GB', ''] });
    expect(ports[0]!.posted[1]).not.toHaveProperty('otherCountries');
    expect(ports[0]!.posted[1]).not.toHaveProperty('recordCountries');
  });

  it('hands back the readings of a number that has several', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(texts), 'JP');
    ports[0]!.onMessage.fire(withReadings({ readingsOf: [0, 2], readings: ['+81770090012', '+447700900123'] }));
    expect(answers).toEqual([[
      [{ start: 0, end: 12, e164: '+447700900123', readings: ['+81770090012', '+447700900123'] }],
      [{ start: 4, end: 16, e164: '+81312345678' }],
    ]]);
  });

  it('drops an answer whose readings do not fit its numbers', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(texts), 'JP');
    for (const bad of [
      { readingsOf: [0, 2], readings: ['+447700900123'] }, // fewer than it says
      { readingsOf: [0, 2, 0, 2], readings: ['+447700900123', '+81770090012', '+447700900123', '+81770090012'] }, // a number twice
      { readingsOf: [1, 2, 0, 2], readings: ['+447700900123', '+81770090012', '+447700900123', '+81770090012'] }, // out of order
      { readingsOf: [2, 2], readings: ['+447700900123', '+81770090012'] }, // no such number
      { readingsOf: [0, 1], readings: ['+447700900123'] }, // one reading is not a choice
      { readingsOf: [0, 12], readings: Array.from({ length: 12 }, (_, i) => `+4477009001${10 + i}`) }, // more than there are countries
      { readingsOf: [0], readings: [] },
      { readingsOf: [0, 2], readings: ['+447700900123', '07700900123'] }, // not E.164
      { readingsOf: '0,2', readings: ['+447700900123', '+81770090012'] },
    ]) ports[0]!.onMessage.fire(withReadings(bad));
    expect(answers).toEqual([]);
    expect(remote.outstanding).toBe(1);
  });

  it('drops a number whose readings leave out its own reading or name one twice, keeping the others', () => {
    const { remote, batch, answers } = setup();
    remote.send(batch(texts), 'JP');
    ports[0]!.onMessage.fire(withReadings({ readingsOf: [0, 2], readings: ['+81770090012', '+12025550123'] }));
    remote.send(batch(texts), 'JP');
    ports[0]!.onMessage.fire({ ...withReadings({ readingsOf: [0, 2], readings: ['+447700900123', '+447700900123'] }), batchId: 1 });
    expect(answers).toEqual([
      [undefined, [{ start: 4, end: 16, e164: '+81312345678' }]],
      [undefined, [{ start: 4, end: 16, e164: '+81312345678' }]],
    ]);
  });
});
