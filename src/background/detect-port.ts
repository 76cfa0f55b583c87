/**
 * Reads page text for phone numbers on behalf of a content script (see
 * content-scripts/crm/remote-detection.ts): the same detector, off the page's main thread, in a
 * worker whose compiled code stays warm from page to page. Stateless: a batch in, its numbers
 * out; a worker stop only loses the batches in flight, which the page then reads itself.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import type { Runtime } from 'webextension-polyfill';
import { findPhoneNumbers, type CountryCode, type FindOptions } from '../shared/phone';
import { DetectRequestSchema, parseMessage, type DetectReply } from '../shared/protocol';
import { isOwnContentScript } from './senders';
import { IS_DEV_BUILD } from '../shared/build-flags';

// Development build only: a test can make this worker take batches and never answer, as a stuck
// or dying worker would, to see the page read them itself.
const testHooks = { silent: false };
if (IS_DEV_BUILD) (globalThis as { ccpsTestDetect?: unknown }).ccpsTestDetect = testHooks;

export function acceptDetectPort(port: Runtime.Port): void {
  if (!isOwnContentScript(port.sender)) return port.disconnect();
  port.onMessage.addListener((raw: unknown) => {
    const request = parseMessage(DetectRequestSchema, raw, 'content script');
    if (!request || !isSupportedCountry(request.country) || testHooks.silent) return;
    const started = performance.now();
    const reply: DetectReply = { type: 'numbers-detected', batchId: request.batchId, spans: [], e164: [], extensions: [], tookMs: 0 };
    const defaultCountry = request.country as CountryCode;
    // Codes this build's metadata does not know are left out, as the page leaves them out.
    const otherCountries = request.otherCountries?.filter((code): code is CountryCode => isSupportedCountry(code) && code !== defaultCountry) ?? [];
    const records = otherCountries.length ? request.recordCountries : undefined;
    request.texts.forEach((text, index) => {
      const options: FindOptions = { defaultCountry, wholeCell: request.wholeCells[index] ?? false };
      if (otherCountries.length) options.otherCountries = otherCountries;
      const record = records?.[index];
      if (record && isSupportedCountry(record)) options.recordCountry = record;
      for (const match of findPhoneNumbers(text, options)) {
        if (match.readings && match.readings.length > 1) {
          (reply.readingsOf ??= []).push(reply.e164.length, match.readings.length);
          (reply.readings ??= []).push(...match.readings);
        }
        reply.spans.push(index, match.start, match.end);
        reply.e164.push(match.e164);
        reply.extensions.push(match.extension ?? '');
      }
    });
    reply.tookMs = performance.now() - started;
    try {
      port.postMessage(reply);
    } catch {
      // The page went away while we read its text: nothing to answer.
    }
  });
}
