import { afterEach, describe, expect, it, vi } from 'vitest';
import { atPointer, LOOKUP_MAX_BYTES, readMatches, runLookup, type LookupSettings } from './lookup';

const settings: LookupSettings = {
  lookupUrl: 'https://crm.example.com/api/customers?phone={phone.e164}', lookupHeader: 'X-Api-Key: k1', lookupCookies: false,
  lookupListPointer: '/results', lookupFields: [{ label: 'Name', pointer: '/name' }, { label: 'City', pointer: '/address/city' }], lookupCreateUrl: 'https://crm.example.com/new?phone={phone.e164}',
};

afterEach(() => vi.unstubAllGlobals());
const answer = (body: BodyInit | null, init: ResponseInit) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

describe('lookup', () => {
  it('JSON pointers', () => {
    const doc = { a: [{ 'b/c': 1, 'd~e': 'x' }] };
    expect(atPointer(doc, '/a/0/b~1c')).toBe(1);
    expect(atPointer(doc, '/a/0/d~0e')).toBe('x');
    expect(atPointer(doc, '/a/1')).toBeUndefined();
    expect(atPointer(doc, '')).toBe(doc);
  });

  it('reads one, several and no matches as text', () => {
    expect(readMatches({ results: [{ id: 7, name: 'Tanaka', address: { city: '<b>Tokyo</b>' } }] }, settings)).toEqual([{ id: '7', fields: [{ label: 'Name', value: 'Tanaka' }, { label: 'City', value: '<b>Tokyo</b>' }] }]);
    expect(readMatches({ results: [{ id: 1 }, { id: 2 }] }, settings)).toHaveLength(2);
    expect(readMatches({ results: [] }, settings)).toEqual([]);
    expect(readMatches({ other: [] }, settings)).toBe('bad-pointer');
  });

  it('sends the admin header, encodes the number, and finds the customer', async () => {
    answer(JSON.stringify({ results: [{ id: 'C-1', name: '田中' }] }), { headers: { 'content-type': 'application/json' } });
    const result = await runLookup(settings, '+81312345678');
    expect(result).toEqual({ state: 'found', matches: [{ id: 'C-1', fields: [{ label: 'Name', value: '田中' }, { label: 'City', value: '' }] }] });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe('https://crm.example.com/api/customers?phone=%2B81312345678');
    expect(init).toMatchObject({ headers: { 'X-Api-Key': 'k1' }, credentials: 'omit' });
  });

  it('no record: the create link', async () => {
    answer(JSON.stringify({ results: [] }), { headers: { 'content-type': 'application/json' } });
    expect(await runLookup(settings, '+81312345678')).toEqual({ state: 'none', createUrl: 'https://crm.example.com/new?phone=%2B81312345678' });
  });

  it('bad answers: an error status, HTML, a huge body, too slow', async () => {
    answer('{}', { status: 503, headers: { 'content-type': 'application/json' } });
    expect(await runLookup(settings, '+81312345678')).toEqual({ state: 'error', error: 'http-status', status: 503 });
    answer('<html>sign in</html>', { headers: { 'content-type': 'text/html' } });
    expect(await runLookup(settings, '+81312345678')).toMatchObject({ state: 'error', error: 'not-json' });
    answer(JSON.stringify({ results: [{ name: 'x'.repeat(LOOKUP_MAX_BYTES) }] }), { headers: { 'content-type': 'application/json' } });
    expect(await runLookup(settings, '+81312345678')).toMatchObject({ state: 'error', error: 'too-large' });
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))));
    expect(await runLookup(settings, '+81312345678', { timeoutMs: 50 })).toEqual({ state: 'error', error: 'timeout', status: null });
  });
});
