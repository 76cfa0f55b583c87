// Small HTTP helpers shared by the simulator's routes.

import { ApiError } from './api-error.mjs';

const MAX_BODY = 1 << 20;

/** The request body as a JSON object ({} when empty); ApiError 400/413 otherwise. */
export async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new ApiError('PayloadTooLarge', 'body over 1 MB', 413);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError('InvalidJson', 'the body is not valid JSON', 400);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ApiError('InvalidJson', 'the body must be a JSON object', 400);
  }
  return value;
}

export function send(res, status, body, headers = {}) {
  res.writeHead(status, headers);
  res.end(body);
}

export function sendJson(res, status, value, headers = {}) {
  send(res, status, JSON.stringify(value), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
}
