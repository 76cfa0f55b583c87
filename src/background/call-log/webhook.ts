/**
 * One POST of a call record to the admin's endpoint: the body as queued, the contact ID as
 * idempotency key (the outbox may send a record again after a worker stop, so the receiving end
 * drops a repeat), and an HMAC-SHA256 of the body with the admin's secret (WebCrypto), so the
 * endpoint knows it came from us. The secret never leaves this function; nothing here logs.
 */

/** How long an endpoint may take to answer before the attempt counts as failed. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export async function hmacSha256Hex(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type PostResult = { ok: true; status: number } | { ok: false; error: string };

export async function postRecord(url: string, secret: string, idempotencyKey: string, body: string, timeoutMs = WEBHOOK_TIMEOUT_MS): Promise<PostResult> {
  const signature = await hmacSha256Hex(secret, body);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey, 'X-CCPS-Signature': `sha256=${signature}` },
      body,
      credentials: 'omit',
      redirect: 'error',
      signal: abort.signal,
    });
    // The answer's body is not read: only the status matters.
    void response.body?.cancel().catch(() => undefined);
    return response.ok ? { ok: true, status: response.status } : { ok: false, error: `http-${response.status}` };
  } catch {
    return { ok: false, error: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
