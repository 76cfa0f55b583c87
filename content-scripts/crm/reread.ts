/**
 * A click dials exactly what is on screen under the pointer (issue #10): the text under the
 * pointer is read again at the moment of the click or hover, the way the scan reads it
 * (read-options.ts), and only a number that reads the same as the highlight the agent saw counts.
 * Page text can change between the scan and the click (a live call queue, a page that swaps text
 * on mousedown); the recorded highlight then points at other digits.
 */
import { findPhoneNumbers, type CountryCode, type PhoneMatch } from '../../src/shared/phone';
import type { NumberHit } from './number-at-point';
import { findOptionsFor } from './read-options';

/** The number now under `hit.offset`, when it is the one recorded; null otherwise. */
export function rereadHit(hit: Pick<NumberHit, 'node' | 'offset' | 'match'>, country: CountryCode): PhoneMatch | null {
  const { node, offset, match } = hit;
  if (!node.isConnected || offset > node.length) return null;
  const found = findPhoneNumbers(node.data, findOptionsFor(node, country));
  const now = found.find((m) => offset >= m.start && offset <= m.end);
  if (!now || now.e164 !== match.e164 || (now.extension ?? '') !== (match.extension ?? '')) return null;
  if (!sameReadings(now.readings, match.readings)) return null;
  return now;
}

function sameReadings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a && a.length > 1 ? [...a].sort() : [];
  const y = b && b.length > 1 ? [...b].sort() : [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** More than one plausible reading: the agent must choose (never a guess). */
export function isAmbiguous(match: PhoneMatch): match is PhoneMatch & { readings: string[] } {
  return Array.isArray(match.readings) && match.readings.length > 1;
}
