// Checks the evaluation set itself: a label that is not the number written at its span, or a
// number libphonenumber calls invalid, would score the detector against a wrong answer.
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { FAMILIES, generate, type EvalSet } from './generate';
import { REGIONS } from './numbers';

const sets: Record<'dev' | 'holdout', EvalSet> = { dev: generate('dev'), holdout: generate('holdout') };

/** The E.164 the written text reads as in a country (libphonenumber, max metadata). */
function reads(written: string, country: CountryCode): string | undefined {
  return parsePhoneNumberFromString(written, { defaultCountry: country })?.number;
}
const countryOf = (e164: string): CountryCode | undefined => parsePhoneNumberFromString(e164)?.country;

describe.each(['dev', 'holdout'] as const)('the %s split', (split) => {
  const { items, planted } = sets[split];
  const labels = items.flatMap((item) => item.expect.map((label) => ({ item, label })));

  it('labels the number written at each span, as the whole number', () => {
    const bad: string[] = [];
    for (const { item, label } of labels) {
      const written = item.text.slice(label.start, label.end);
      // Read in the number's own country, or in the agent's for "010-44-…" (an international prefix).
      const ok = [countryOf(label.e164), item.options.defaultCountry].some((c) => c && reads(written, c) === label.e164);
      const before = item.text[label.start - 1] ?? '';
      const after = item.text[label.end] ?? '';
      if (!ok || /[0-9０-９+]/.test(before) || /[0-9０-９]/.test(after)) bad.push(`${item.id}: ${JSON.stringify(written)} ≠ ${label.e164}`);
      for (const reading of label.readings ?? []) {
        const c = countryOf(reading);
        if (!c || reads(written, c) !== reading) bad.push(`${item.id}: ${JSON.stringify(written)} does not read as ${reading}`);
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('labels only numbers libphonenumber (max metadata) calls valid', () => {
    const invalid = labels.flatMap(({ label }) => [label.e164, ...(label.readings ?? [])]).filter((e164) => !isValidPhoneNumber(e164));
    expect(invalid).toEqual([]);
  });

  it('puts no label over bait or a fax line', () => {
    for (const item of items) {
      for (const p of planted.get(item.id) ?? []) {
        expect(item.expect.filter((l) => l.start < p.end && p.start < l.end), `${item.id} ${p.kind}`).toEqual([]);
      }
    }
  });

  it('is big and varied enough', () => {
    const kinds = [...planted.values()].flat().map((p) => p.kind);
    expect(labels.length).toBeGreaterThanOrEqual(3000);
    expect(kinds.filter((k) => k.startsWith('bait:')).length).toBeGreaterThanOrEqual(3000);
    expect(kinds.filter((k) => k === 'fax').length).toBeGreaterThanOrEqual(200);
    const regions = new Set(labels.map(({ label }) => countryOf(label.e164)));
    expect(regions.size).toBeGreaterThanOrEqual(30);
    for (const c of ['JP', 'US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'IT', 'NL', 'KR', 'CN', 'TW', 'HK', 'SG', 'IN', 'BR', 'MX']) expect(regions, c).toContain(c);
    expect(labels.filter(({ label }) => label.readings).length).toBeGreaterThanOrEqual(50);
    expect(labels.filter(({ label }) => label.extension).length).toBeGreaterThanOrEqual(50);
    expect(labels.filter(({ item, label }) => /[０-９]/.test(item.text.slice(label.start, label.end))).length).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => i.recordTexts && i.options.otherCountries).length).toBeGreaterThanOrEqual(300);
  });

  it('labels a national number of another country only where the record says so or the labels ask', () => {
    for (const { item, label } of labels) {
      const written = item.text.slice(label.start, label.end);
      if (/^[+＋(（]?[+＋]/.test(written) || label.readings || !item.options.otherCountries) continue;
      const c = countryOf(label.e164)!;
      const agent = [item.options.defaultCountry, ...item.options.otherCountries];
      expect(agent.includes(c) || /^0[01]/.test(written.replace(/\D/g, '')), `${item.id} ${written}`).toBe(true);
    }
  });
});

describe('the splits', () => {
  it('share no template family', () => {
    const dev = new Set(FAMILIES.filter((f) => f.split === 'dev').map((f) => f.name));
    const holdout = FAMILIES.filter((f) => f.split === 'holdout').map((f) => f.name);
    expect(holdout.filter((f) => dev.has(f))).toEqual([]);
    expect(new Set(sets.dev.items.map((i) => i.family))).toEqual(dev);
    expect(new Set(sets.holdout.items.map((i) => i.family))).toEqual(new Set(holdout));
    expect(sets.holdout.items.every((i) => i.split === 'holdout' && !dev.has(i.family))).toBe(true);
  });

  it('each cover every region drawn from', () => {
    for (const split of ['dev', 'holdout'] as const) {
      const regions = new Set(sets[split].items.flatMap((i) => i.expect.map((l) => countryOf(l.e164))));
      expect(REGIONS.filter((r) => !regions.has(r)), split).toEqual([]);
    }
  });

  it('are generated the same way every time', () => {
    const again = generate('dev');
    expect(again.items.length).toBe(sets.dev.items.length);
    expect(JSON.stringify(again.items)).toBe(JSON.stringify(sets.dev.items));
  }, 60_000);
});
