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

// Matches the worker read (with the full metadata, which knows which ranges hold no numbers).
const byWorker = new WeakSet<PhoneMatch>();

/** Notes matches as the worker's reading, which a reread at the click may narrow but not widen. */
export function markReadByWorker(matches: readonly PhoneMatch[]): void {
  for (let i = 0; i < matches.length; i++) byWorker.add(matches[i]!);
}

/**
 * The number now under `hit.offset`, when it is the one recorded; null otherwise. When either
 * reading (the recorded one or this one) has several plausible numbers, the answer carries them,
 * so the click asks (the worker's answers and the page's reading need not agree on how sure they
 * are; when in doubt, ask). A reading the worker dropped (a range the page's min metadata cannot
 * tell is empty) is not offered again: the background would refuse it.
 */
export function rereadHit(hit: Pick<NumberHit, 'node' | 'offset' | 'match'>, country: CountryCode): PhoneMatch | null {
  const { node, offset, match } = hit;
  if (!node.isConnected || offset > node.length) return null;
  const found = findPhoneNumbers(node.data, findOptionsFor(node, country));
  const now = found.find((m) => offset >= m.start && offset <= m.end);
  if (!now || (now.extension ?? '') !== (match.extension ?? '')) return null;
  const same = now.e164 === match.e164 || (isAmbiguous(now) && now.readings.includes(match.e164));
  if (!same) return null;
  if (isAmbiguous(now)) {
    if (!byWorker.has(match)) return now;
    const kept = now.readings.filter((e164) => e164 === match.e164 || !!match.readings?.includes(e164));
    return { ...now, e164: match.e164, readings: kept.length > 1 ? kept : undefined };
  }
  if (isAmbiguous(match)) return { ...now, readings: match.readings };
  return now;
}

/** More than one plausible reading: the agent must choose (never a guess). */
export function isAmbiguous(match: PhoneMatch): match is PhoneMatch & { readings: string[] } {
  return Array.isArray(match.readings) && match.readings.length > 1;
}
