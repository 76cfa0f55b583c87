/**
 * What the records bundle (content-records.js, records-entry.ts) hands the main content script:
 * the record-evidence functions, on the content script's isolated-world global (the page never
 * sees that global). The bundle is registered only while the agent has other countries, and runs
 * before content-crm.js in the same world; most agents never set other countries, and the
 * evidence code (3.6 KB gzip of content-crm.js, measured) stays off their pages.
 *
 * Both bundles import this file; it holds a type, the key and a one-line getter, so no evidence code
 * is bundled twice.
 */
import type { CountryCode } from '../../src/shared/phone';

export interface RecordEvidence {
  /** The country the record of `node` names, if it names one. */
  recordCountryOf(node: Text): CountryCode | undefined;
  /** Compiles what evidence needs, a task per kind of text (once per page). */
  warmUpEvidence(): void;
  /** The record element a node belongs to, or null. */
  recordOf(node: Node): Element | null;
  /** The record's country (null: none), from what is kept, else read now and kept. */
  answerFor(record: Element): CountryCode | null;
  /** The answer kept for `record`: a country, null (none), or undefined (not asked, or forgotten). */
  knownAnswer(record: Element): CountryCode | null | undefined;
  /** Forgets the answer for `record` (the page changed it). */
  forgetRecord(record: Element): void;
}

export const RECORD_EVIDENCE_KEY = Symbol.for('ccps.record-evidence');

/** The records bundle's functions, when it ran in this world before us; else undefined. */
export function loadedRecordEvidence(): RecordEvidence | undefined {
  return (globalThis as { [RECORD_EVIDENCE_KEY]?: RecordEvidence })[RECORD_EVIDENCE_KEY];
}
