import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, event } from '../../test/unit/fake-browser';
import type { FindOptions, PhoneMatch } from '../shared/phone';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser() }));
// The detector stands in here: these tests are about what the port passes it and sends back.
const calls: Array<{ text: string; options: FindOptions }> = [];
vi.mock('../shared/phone', async (original) => ({
  ...(await original<typeof import('../shared/phone')>()),
  findPhoneNumbers: (text: string, options: FindOptions): PhoneMatch[] => {
    calls.push({ text, options });
    if (text === 'ambiguous 07700 900123') return [{ start: 10, end: 22, e164: '+447700900123', readings: ['+447700900123', '+81770090012'] }];
    if (text.startsWith('number')) return [{ start: 7, end: 19, e164: '+81312345678' }];
    return [];
  },
}));
const { acceptDetectPort } = await import('./detect-port');
const { DetectReplySchema } = await import('../shared/protocol');
const v = await import('valibot');

function port() {
  const p = { name: 'ccps-detect', sender: { id: 'test-extension', tab: { id: 7 }, url: 'https://crm.example.com/' }, posted: [] as unknown[], onMessage: event(), onDisconnect: event(),
    postMessage: (m: unknown) => void p.posted.push(m), disconnect: () => undefined };
  acceptDetectPort(p as never);
  return p;
}
const request = (texts: string[], extra: object = {}) => ({ type: 'detect-numbers', batchId: 1, country: 'JP', texts, wholeCells: texts.map(() => false), ...extra });

describe('acceptDetectPort, with other countries', () => {
  it('reads each text with the batch\'s other countries and the text\'s record country', () => {
    calls.length = 0;
    port().onMessage.fire(request(['a', 'b', 'c'], { otherCountries: ['GB', 'US', 'JP', 'ZZ'], recordCountries: ['GB', '', 'ZZ'] }));
    expect(calls.map((c) => c.options)).toEqual([
      { defaultCountry: 'JP', wholeCell: false, otherCountries: ['GB', 'US'], recordCountry: 'GB' },
      { defaultCountry: 'JP', wholeCell: false, otherCountries: ['GB', 'US'] },
      { defaultCountry: 'JP', wholeCell: false, otherCountries: ['GB', 'US'] },
    ]);
  });

  it('without other countries reads as before, whatever record countries are sent', () => {
    calls.length = 0;
    port().onMessage.fire(request(['a'], { recordCountries: ['GB'] }));
    expect(calls.map((c) => c.options)).toEqual([{ defaultCountry: 'JP', wholeCell: false }]);
  });

  it('sends the readings of a number that has several, sparse, in a reply the page accepts', () => {
    const p = port();
    p.onMessage.fire(request(['number 03-1234-5678', 'ambiguous 07700 900123', 'nothing'], { otherCountries: ['GB'], recordCountries: ['', '', ''] }));
    const reply = p.posted[0] as Record<string, unknown>;
    expect(reply).toMatchObject({ e164: ['+81312345678', '+447700900123'], readingsOf: [1, 2], readings: ['+447700900123', '+81770090012'] });
    expect(v.safeParse(DetectReplySchema, reply).success).toBe(true);
  });

  it('leaves the readings out when no number has any', () => {
    const p = port();
    p.onMessage.fire(request(['number 03-1234-5678'], { otherCountries: ['GB'] }));
    expect(p.posted[0]).not.toHaveProperty('readingsOf');
    expect(p.posted[0]).not.toHaveProperty('readings');
  });

  it('refuses a request whose record countries do not fit', () => {
    const p = port();
    p.onMessage.fire(request(['a', 'b'], { otherCountries: ['GB'], recordCountries: ['GB'] }));
    p.onMessage.fire(request(['a'], { otherCountries: ['GB'], recordCountries: ['gb'] }));
    p.onMessage.fire(request(['a'], { otherCountries: ['United Kingdom'] }));
    p.onMessage.fire(request(['a'], { otherCountries: Array.from({ length: 11 }, () => 'GB') }));
    expect(p.posted).toEqual([]);
  });
});
