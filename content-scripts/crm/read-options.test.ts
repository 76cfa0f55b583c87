// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findOptionsFor, readInOtherCountries } from './read-options';
import { RECORD_EVIDENCE_KEY, type RecordEvidence } from './record-evidence-api';

const global = globalThis as { [RECORD_EVIDENCE_KEY]?: RecordEvidence };

/** A British mobile number in a row whose Country column says United Kingdom. */
function ukRow(): Text {
  document.body.replaceChildren(...new DOMParser().parseFromString(`<table><tr><th>Phone</th><th>Country</th></tr>
    <tr><td id="n">07700 900123</td><td>United Kingdom</td></tr></table>`, 'text/html').body.childNodes);
  return document.getElementById('n')!.firstChild as Text;
}

afterEach(() => {
  readInOtherCountries([]);
  delete global[RECORD_EVIDENCE_KEY];
});

describe('findOptionsFor', () => {
  it('reads in the agent\'s country alone, and asks no record, with no other countries', async () => {
    await import('./records-entry');
    expect(global[RECORD_EVIDENCE_KEY]).toBeDefined();
    expect(findOptionsFor(ukRow(), 'JP')).toEqual({ defaultCountry: 'JP', wholeCell: true });
  });

  it('carries the record\'s country when the records bundle ran in the page', async () => {
    const { answerFor, forgetRecord, knownAnswer, recordCountryOf, recordOf, warmUpEvidence } = await import('./record-evidence');
    global[RECORD_EVIDENCE_KEY] = { answerFor, forgetRecord, knownAnswer, recordCountryOf, recordOf, warmUpEvidence };
    readInOtherCountries(['GB']);
    expect(findOptionsFor(ukRow(), 'JP')).toEqual({ defaultCountry: 'JP', wholeCell: true, otherCountries: ['GB'], recordCountry: 'GB' });
  });

  it('without the records bundle (a tab opened before other countries were set), reads in them with no record country', () => {
    expect(global[RECORD_EVIDENCE_KEY]).toBeUndefined();
    readInOtherCountries(['GB']);
    // The detector, given no record country, asks about a number valid in more than one of the
    // agent's countries instead of guessing (src/shared/phone/detect.ts).
    expect(findOptionsFor(ukRow(), 'JP')).toEqual({ defaultCountry: 'JP', wholeCell: true, otherCountries: ['GB'] });
  });
});
