/**
 * The records bundle (content-records.js): the record-evidence code, loaded only on pages of an
 * agent who has other countries (src/background/content-scripts.ts registers it then, before
 * content-crm.js). It only hands its functions to the main script (record-evidence-api.ts).
 */
import { RECORD_EVIDENCE_KEY, type RecordEvidence } from './record-evidence-api';
import { answerFor, forgetRecord, knownAnswer, recordCountryOf, recordOf, warmUpEvidence } from './record-evidence';

const evidence: RecordEvidence = { answerFor, forgetRecord, knownAnswer, recordCountryOf, recordOf, warmUpEvidence };
(globalThis as { [RECORD_EVIDENCE_KEY]?: RecordEvidence })[RECORD_EVIDENCE_KEY] ??= evidence;
