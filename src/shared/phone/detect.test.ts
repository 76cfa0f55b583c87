import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CORPUS, type CorpusEntry } from './corpus';
import { findPhoneNumbers, looksLikeItMayHoldAPhoneNumber } from './detect';
import type { CountryCode } from './country';

interface Score { tp: number; fp: number; fn: number; entries: number; bait: number }

function score(entries: CorpusEntry[]): { score: Score; misses: string[] } {
  const s: Score = { tp: 0, fp: 0, fn: 0, entries: entries.length, bait: 0 };
  const misses: string[] = [];
  for (const entry of entries) {
    if (entry.expect.length === 0) s.bait++;
    const found = findPhoneNumbers(entry.text, { defaultCountry: entry.country, wholeCell: entry.wholeCell ?? false });
    const expected = [...entry.expect];
    for (const match of found) {
      const i = expected.indexOf(match.e164);
      if (i === -1) {
        s.fp++;
        misses.push(`FP ${entry.country} ${JSON.stringify(entry.text)} → ${match.e164} "${entry.text.slice(match.start, match.end)}"`);
      } else {
        s.tp++;
        expected.splice(i, 1);
      }
    }
    s.fn += expected.length;
    for (const e164 of expected) misses.push(`FN ${entry.country} ${JSON.stringify(entry.text)} ✗ ${e164}`);
  }
  return { score: s, misses };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('the labelled corpus', () => {
  it('has at least 400 entries across JP, US and GB, about half of them bait', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(400);
    const bait = CORPUS.filter((e) => e.expect.length === 0).length;
    expect(bait / CORPUS.length).toBeGreaterThan(0.4);
    expect(bait / CORPUS.length).toBeLessThan(0.6);
  });

  it('expects only numbers that are valid per the full metadata', () => {
    for (const entry of CORPUS) {
      for (const e164 of entry.expect) expect(parsePhoneNumberFromString(e164)?.isValid(), e164).toBe(true);
    }
  });

  it('is detected with precision and recall ≥ 0.99 per country and overall', () => {
    const countries: CountryCode[] = ['JP', 'US', 'GB'];
    const all = score(CORPUS);
    const lines = countries.map((c) => {
      const { score: s } = score(CORPUS.filter((e) => e.country === c));
      return `${c}: P ${ratio(s.tp, s.tp + s.fp).toFixed(3)} R ${ratio(s.tp, s.tp + s.fn).toFixed(3)} (${s.entries} entries, ${s.bait} bait, tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
    });
    const s = all.score;
    lines.push(`all: P ${ratio(s.tp, s.tp + s.fp).toFixed(3)} R ${ratio(s.tp, s.tp + s.fn).toFixed(3)} (${s.entries} entries, ${s.bait} bait, tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
    console.log(['phone detection on the corpus:', ...lines, ...all.misses].join('\n'));
    for (const c of countries) {
      const { score: cs } = score(CORPUS.filter((e) => e.country === c));
      expect(ratio(cs.tp, cs.tp + cs.fp), `${c} precision`).toBeGreaterThanOrEqual(0.99);
      expect(ratio(cs.tp, cs.tp + cs.fn), `${c} recall`).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('spans the number as written and returns its extension apart', () => {
    const sample = CORPUS.filter((e) => e.written);
    expect(sample.length).toBeGreaterThan(10);
    for (const entry of sample) {
      const found = findPhoneNumbers(entry.text, { defaultCountry: entry.country, wholeCell: entry.wholeCell ?? false });
      expect(found.map((m) => entry.text.slice(m.start, m.end)).slice(0, entry.written?.length), entry.text).toEqual(entry.written);
      expect(found[0]?.extension, entry.text).toBe(entry.extension);
    }
  });

  it('passes every corpus string with a number through the cheap pre-check', () => {
    for (const entry of CORPUS.filter((e) => e.expect.length > 0)) expect(looksLikeItMayHoldAPhoneNumber(entry.text), entry.text).toBe(true);
  });
});
