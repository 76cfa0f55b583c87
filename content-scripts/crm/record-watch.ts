/**
 * When the page changes a record (its Country cell re-rendered, a field of a form edited), the
 * country that record names is asked again, and if it changed, the numbers already read in that
 * record are read again with it: their own text did not change, so nothing else would re-read
 * them. Only records whose country was asked are followed, and only while the agent calls other
 * countries (read-options.ts) and the records bundle is in the page (record-evidence-api.ts:
 * without it no record was asked, so there is nothing to follow); changes are gathered and
 * handled once per microtask.
 */
import { looksLikeItMayHoldAPhoneNumber, findPhoneNumbers, type CountryCode } from '../../src/shared/phone';
import type { Highlighter } from './highlighter';
import { isInsideSkipped, isWholeCell } from './page-text';
import { fewestDigitsFor, findOptionsFor, readsRecords } from './read-options';
import { loadedRecordEvidence } from './record-evidence-api';

export interface RecordWatch {
  /** The page changed `node` (added it, or changed its text). */
  changed(node: Node): void;
}

export function watchRecords({ highlighter, country, signal }: { highlighter: Highlighter; country(): CountryCode; signal: AbortSignal }): RecordWatch {
  // The records bundle runs before this script or not at all in a page.
  const evidence = loadedRecordEvidence();
  if (!evidence) return { changed: () => undefined };
  const { answerFor, forgetRecord, knownAnswer, recordOf } = evidence;
  const pending = new Map<Element, CountryCode | null>();
  let queued = false;

  const reread = (record: Element) => {
    const walker = document.createTreeWalker(record, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      // Only text already read: what was not is read by the scan, with the record as it is now.
      if (highlighter.matchesOf(node) === null || !looksLikeItMayHoldAPhoneNumber(node.data, fewestDigitsFor(country())) || isInsideSkipped(node)) continue;
      const whole = isWholeCell(node);
      highlighter.set(node, node.data, whole, findPhoneNumbers(node.data, findOptionsFor(node, country(), whole)));
    }
  };

  const flush = () => {
    queued = false;
    if (signal.aborted) return;
    for (const [record, before] of pending) {
      forgetRecord(record);
      if (record.isConnected && answerFor(record) !== before) reread(record);
    }
    pending.clear();
  };

  const changed = (node: Node) => {
    if (signal.aborted || !readsRecords(country())) return;
    const record = recordOf(node);
    if (!record || record === node) return; // a record the page added is read by the scan
    const before = knownAnswer(record);
    if (before === undefined || pending.has(record)) return; // never asked, or already queued
    pending.set(record, before);
    if (!queued) {
      queued = true;
      queueMicrotask(flush);
    }
  };

  // Typing in a form's field or choosing from its list changes no DOM the observer sees.
  const onEdit = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof Element) changed(target);
  };
  document.addEventListener('change', onEdit, { capture: true, signal });
  document.addEventListener('input', onEdit, { capture: true, signal });
  return { changed };
}
