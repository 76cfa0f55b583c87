import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hmacSha256Hex, postRecord } from './webhook';

afterEach(() => vi.unstubAllGlobals());

describe('webhook', () => {
  it('signs the body with HMAC-SHA256 as any server computes it', async () => {
    const body = JSON.stringify({ contactId: 'c1', notes: '折り返し希望' });
    expect(await hmacSha256Hex('s3cret', body)).toBe(createHmac('sha256', 's3cret').update(body).digest('hex'));
  });

  it('posts with the contact ID as idempotency key and the signature; a non-2xx answer fails', async () => {
    const fetch = vi.fn(async () => new Response('no', { status: 500 }));
    vi.stubGlobal('fetch', fetch);
    expect(await postRecord('https://hooks.example.com/calls', 'k', 'c1', '{}')).toEqual({ ok: false, error: 'http-500' });
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).toMatchObject({ 'Idempotency-Key': 'c1', 'X-CCPS-Signature': `sha256=${createHmac('sha256', 'k').update('{}').digest('hex')}` });
    expect(init.credentials).toBe('omit');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    expect(await postRecord('https://hooks.example.com/calls', 'k', 'c1', '{}')).toEqual({ ok: true, status: 204 });
  });
});
