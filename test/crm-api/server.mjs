// A stand-in for a contact centre's own CRM API, on 127.0.0.1, for the call-log tests (issue 13):
// - POST /calls: the webhook. Records every request with its headers; accepts a record once per
//   Idempotency-Key (a repeat answers 200 and is not stored again); checks the HMAC-SHA256
//   signature with the secret it was started with.
// - GET /customers?phone=+81…: the lookup, answering the customers stored for that number (JSON).
// Either fails on demand: `failNext(route, n, status)`, `delayNext(route, ms)` (the answer comes
// that much later; the request is recorded when it arrives), `lookupMode` 'html' | 'huge' | 'slow'.
import { createServer } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** @param {{secret?: string, slowMs?: number}} [options] */
export async function startCrmApi({ secret = 'test-secret', slowMs = 8000 } = {}) {
  const posts = []; // every POST /calls as received: {key, signature, validSignature, body, status}
  const stored = new Map(); // Idempotency-Key → parsed record (the first accepted)
  const lookups = []; // every GET /customers: {phone, headers}
  const customers = new Map(); // E.164 → array of customer objects
  const failures = { calls: [], customers: [] }; // statuses to answer next, in order
  const delays = { calls: [], customers: [] };
  let lookupMode = 'json';

  const sign = (body) => createHmac('sha256', secret).update(body).digest('hex');

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && url.pathname === '/calls') return handleCall(req, res, body);
      if (req.method === 'GET' && url.pathname === '/customers') return handleLookup(req, res, url);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
  });

  function later(route, fn) {
    const ms = delays[route].shift() ?? 0;
    if (ms) setTimeout(fn, ms);
    else fn();
  }

  function handleCall(req, res, body) {
    const key = String(req.headers['idempotency-key'] ?? '');
    const signature = String(req.headers['x-ccps-signature'] ?? '');
    const expected = `sha256=${sign(body)}`;
    const validSignature = signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    const failWith = failures.calls.shift();
    const entry = { key, signature, validSignature, body, status: 0, at: Date.now() };
    posts.push(entry);
    later('calls', () => {
      if (failWith) {
        entry.status = failWith;
        return void res.writeHead(failWith, { 'content-type': 'text/plain' }).end('failing on purpose');
      }
      if (!validSignature) {
        entry.status = 401;
        return void res.writeHead(401).end('bad signature');
      }
      entry.status = 200;
      if (!stored.has(key)) stored.set(key, JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  }

  function handleLookup(req, res, url) {
    const phone = url.searchParams.get('phone') ?? '';
    lookups.push({ phone, headers: { ...req.headers } });
    const failWith = failures.customers.shift();
    const send = () => {
      if (failWith) return void res.writeHead(failWith, { 'content-type': 'application/json' }).end('{"error":"failing on purpose"}');
      if (lookupMode === 'html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Please sign in</h1><script>alert(1)</script></body></html>');
      if (lookupMode === 'huge') {
        const big = JSON.stringify({ results: Array.from({ length: 20000 }, (_, i) => ({ id: `C-${i}`, name: 'x'.repeat(40) })) });
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(big);
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ results: customers.get(phone) ?? [] }));
    };
    if (lookupMode === 'slow') return void setTimeout(send, slowMs);
    later('customers', send);
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    secret,
    posts,
    stored,
    lookups,
    sign,
    setCustomers(phone, list) { customers.set(phone, list); },
    failNext(route, n, status = 500) { for (let i = 0; i < n; i++) failures[route].push(status); },
    delayNext(route, ms) { delays[route].push(ms); },
    setLookupMode(mode) { lookupMode = mode; },
    reset() {
      posts.length = 0; lookups.length = 0; stored.clear(); customers.clear();
      failures.calls.length = 0; failures.customers.length = 0; delays.calls.length = 0; delays.customers.length = 0;
      lookupMode = 'json';
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
