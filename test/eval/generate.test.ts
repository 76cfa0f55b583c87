// Checks the evaluation set itself: a label that is not the number written at its span, or a
// number libphonenumber calls invalid, would score the detector against a wrong answer.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidPhoneNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { FAMILIES, generate, SPLITS, type EvalSet, type Split } from './generate';
import { REGIONS } from './numbers';
import { WIDE_REGIONS } from './numbers-wide';
import { WIDE_COUNTRY_NAMES } from './bait-seen4';
import { WORLD_COUNTRY_NAMES } from './bait-seen5';
import { WORLD_REGIONS } from './numbers-world';
import { WORLD_EXAMPLE_NUMBERS } from './examples-world';
import { EXAMPLE_NUMBERS } from './examples';
import { countryNames } from './bait-seen6';
import { SEEN6_EXAMPLE_NUMBERS } from './examples-seen6';
import { SEEN6_REGIONS, NEW_REGIONS } from './numbers-seen6';
import { SEEN7_NEW_REGIONS, SEEN7_REGIONS } from './numbers-seen7';
import { SEEN8_NEW_REGIONS, SEEN8_REGIONS } from './numbers-seen8';
import { SEEN8_EXAMPLE_NUMBERS } from './examples-seen8';
import { SEEN9_REGIONS } from './numbers-seen9';
import { HOLDOUT_REGIONS } from './numbers-holdout';

const sets = Object.fromEntries(SPLITS.map((split) => [split, generate(split)])) as Record<Split, EvalSet>;

/** A digest of everything a split holds: its items (texts, options, records, labels), bait spans and styles. */
const digest = (set: EvalSet): string =>
  createHash('sha256').update(JSON.stringify({ items: set.items, planted: [...set.planted], styles: [...set.styles] })).digest('hex');

/** The E.164 the written text reads as in a country (libphonenumber, max metadata). */
function reads(written: string, country: CountryCode): string | undefined {
  return parsePhoneNumberFromString(written, { defaultCountry: country })?.number;
}
// Asked of every label by several tests: parsed once each (the seven splits hold some 90,000 labels).
const countries = new Map<string, CountryCode | undefined>();
function countryOf(e164: string): CountryCode | undefined {
  if (!countries.has(e164)) countries.set(e164, parsePhoneNumberFromString(e164)?.country);
  return countries.get(e164);
}

/** The splits seen6 (the holdout built ~20:00) is compared with: those made before it. */
const OLDER_THAN_SEEN6: Split[] = ['dev', 'seen', 'seen2', 'seen3', 'seen4', 'seen5'];
/** The splits seen7 (the holdout built ~21:00) is compared with: those made before it. */
const OLDER_THAN_SEEN7: Split[] = [...OLDER_THAN_SEEN6, 'seen6'];
/** The splits seen8 (the holdout built ~23:00) is compared with: those made before it. */
const OLDER_THAN_SEEN8: Split[] = [...OLDER_THAN_SEEN7, 'seen7'];
/** The splits seen9 (the holdout built ~00:00) is compared with: those made before it. */
const OLDER_THAN_SEEN9: Split[] = [...OLDER_THAN_SEEN8, 'seen8'];

describe.each(SPLITS)('the %s split', (split) => {
  const { items, planted } = sets[split];
  const labels = items.flatMap((item) => item.expect.map((label) => ({ item, label })));

  it('labels the number written at each span, as the whole number', () => {
    const bad: string[] = [];
    for (const { item, label } of labels) {
      const written = item.text.slice(label.start, label.end);
      // Read in the number's own country, or in the agent's for "010-44-…" (an international prefix);
      // as written, or with full-width characters made half-width (libphonenumber-js takes "＋" for no plus).
      const ok = [countryOf(label.e164), item.options.defaultCountry].some((c) => c && [written, written.normalize('NFKC')].some((w) => reads(w, c) === label.e164));
      const before = item.text[label.start - 1] ?? '';
      const after = item.text[label.end] ?? '';
      if (!ok || /[0-9０-９+]/.test(before) || /[0-9０-９]/.test(after)) bad.push(`${item.id}: ${JSON.stringify(written)} ≠ ${label.e164}`);
      for (const reading of label.readings ?? []) {
        const c = countryOf(reading);
        if (!c || ![written, written.normalize('NFKC')].some((w) => reads(w, c) === reading)) bad.push(`${item.id}: ${JSON.stringify(written)} does not read as ${reading}`);
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
    const names = (split: Split) => FAMILIES.filter((f) => f.split === split).map((f) => f.name);
    for (const a of SPLITS) {
      expect(new Set(sets[a].items.map((i) => i.family)), a).toEqual(new Set(names(a)));
      expect(sets[a].items.every((i) => i.split === a && i.id.startsWith(`${a}/`)), a).toBe(true);
      for (const b of SPLITS) if (a < b) expect(names(a).filter((f) => names(b).includes(f)), `${a} and ${b}`).toEqual([]);
    }
  });

  it('seen3 is the holdout built 2026-12-04 ~15:30 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit cbbd8d0, its "holdout/" ids and split
    // renamed "seen3": figures on seen3 compare with the ones taken on that holdout (full metadata:
    // P 0.978, R 0.934, 31 wrong, 0 invalid).
    expect(digest(sets.seen3)).toBe('9b7b661b64329398684022fba55cfeaee120cedba3d6623b25e18dbb09d3ac4e');
  });

  it('seen2 is the holdout of 2026-12-04 15:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 2de8795, its "holdout/" ids and split
    // renamed "seen2": figures on seen2 compare with the ones taken on that holdout (P 0.969, R 0.947).
    expect(digest(sets.seen2)).toBe('77a3187140704b29384b3ce3a54955dfeb11f5e9fafbd475c6836806a5d72cd9');
  });

  it('seen is the holdout as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 13bc584, its "holdout/" ids and split
    // renamed "seen": figures on seen compare with the ones taken on the holdout then.
    expect(digest(sets.seen)).toBe('9694026ae0941dd60050c608ea3991bdca905976405bbd4318f9f3a1ac89d44d');
  });

  it('differ in ways of writing and in ID formats, so seen tests more than dev shows', () => {
    const styles = (set: EvalSet) => new Set([...set.styles.values()].flat());
    const dev = styles(sets.dev);
    expect([...styles(sets.seen)].filter((s) => !dev.has(s)).sort()).toEqual(expect.arrayContaining(['national:londonMisgrouped', 'national:minusSign', 'national:spacedSlash']));
    const ids = (set: EvalSet) => new Set([...set.planted.values()].flat().map((p) => p.kind));
    expect(ids(sets.dev)).toEqual(ids(sets.seen)); // the same kinds of bait…
    const orderIds = (set: EvalSet) => set.items.flatMap((i) => (set.planted.get(i.id) ?? []).filter((p) => p.kind === 'bait:order-id').map((p) => i.text.slice(p.start, p.end)));
    expect(orderIds(sets.dev).some((t) => /^SO[ -]/.test(t))).toBe(true); // …written differently
    expect(orderIds(sets.seen).some((t) => /^SO[ -]/.test(t))).toBe(false);
  });

  it('seen2 (the holdout of 2026-12-04 15:00) has ways of writing, bait and fax phrasings dev and seen have not', () => {
    const styles = (split: Split) => new Set([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => new Set([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Set<string>) => new Set([...of('dev'), ...of('seen')]);
    const newStyles = [...styles('seen2')].filter((s) => !elsewhere(styles).has(s)).sort();
    expect(newStyles).toEqual(expect.arrayContaining([
      'international:areaInBrackets', 'international:ccBracketsTight', 'international:ccDots', 'international:nbsp', 'international:trunkHyphen',
      'national:choon', 'national:dinPairs', 'national:esPairs', 'national:fullWidthDash', 'national:fullWidthParenMiddle', 'national:inNoTrunk', 'national:nanpaParenSpace', 'national:nbsp',
    ]));
    const newKinds = [...kinds('seen2')].filter((k) => !elsewhere(kinds).has(k)).sort();
    expect(newKinds).toEqual(['bait:aws', 'bait:bank-jp', 'bait:compact-datetime', 'bait:customs', 'bait:jan', 'bait:log-id', 'bait:lot', 'bait:meeting-id', 'bait:mynumber', 'bait:patent', 'bait:tracking-spaced']);
    // Every new way and kind is there often enough to weigh in the totals.
    const styleCount = (s: string) => [...sets.seen2.styles.values()].flat().filter((x) => x === s).length;
    for (const s of newStyles) expect(styleCount(s), s).toBeGreaterThanOrEqual(10);
    const kindCount = (k: string) => [...sets.seen2.planted.values()].flat().filter((p) => p.kind === k).length;
    for (const k of newKinds) expect(kindCount(k), k).toBeGreaterThanOrEqual(50);
    // Fax lines as only seen2 words them, each with its label in the same text.
    const faxLabels = sets.seen2.items.flatMap((i) => (sets.seen2.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 14), p.start)));
    for (const label of ['Fax-Nr.', 'FAX/', '(F)', 'ファクシミリ', '📠']) expect(faxLabels.filter((l) => l.includes(label)).length, label).toBeGreaterThanOrEqual(10);
    // The order IDs of dev and seen are not seen2's.
    const orderIds = sets.seen2.items.flatMap((i) => (sets.seen2.planted.get(i.id) ?? []).filter((p) => p.kind === 'bait:order-id').map((p) => i.text.slice(p.start, p.end)));
    expect(orderIds.filter((t) => /^(SO|SR|WO|RMA|PO#|ORD-|Q-)/.test(t))).toEqual([]);
  });

  it('seen3 (the holdout built ~15:30) has ways of writing, IDs, bait and fax phrasings dev, seen and seen2 have not', () => {
    const others: Split[] = ['dev', 'seen', 'seen2'];
    const styles = (split: Split) => new Set([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => new Set([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Set<string>) => new Set(others.flatMap((s) => [...of(s)]));
    const newStyles = [...styles('seen3')].filter((s) => !elsewhere(styles).has(s)).sort();
    expect(newStyles).toEqual([
      'international:ccSlash', 'international:fullWidthPlus', 'international:plusSpace',
      'national:areaDashRest', 'national:areaSpacedDash', 'national:brNoParen', 'national:enDash', 'national:fullWidthSpaced', 'national:slashAll', 'national:tightParenRest',
    ]);
    const newKinds = [...kinds('seen3')].filter((k) => !elsewhere(kinds).has(k)).sort();
    expect(newKinds).toEqual(['bait:case-ref', 'bait:gps', 'bait:hojin', 'bait:iso-dt', 'bait:ivr-node', 'bait:postal-fw', 'bait:room', 'bait:sku-ean', 'bait:sms-code', 'bait:swift', 'bait:vin']);
    const styleCount = (s: string) => [...sets.seen3.styles.values()].flat().filter((x) => x === s).length;
    for (const s of newStyles) expect(styleCount(s), s).toBeGreaterThanOrEqual(10);
    const kindCount = (k: string) => [...sets.seen3.planted.values()].flat().filter((p) => p.kind === k).length;
    for (const k of newKinds) expect(kindCount(k), k).toBeGreaterThanOrEqual(50);
    // Fax lines as only seen3 words them, each with its label in the same text.
    const faxLabels = sets.seen3.items.flatMap((i) => (sets.seen3.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 16), p.start)));
    for (const label of ['Fax line', 'Fax no.', 'Telefax', 'Fax/Telecopier', 'Fax (Business)', '传真', '傳真', '팩스', 'ＦＡＸ送付先', 'Faxnummer', 'Fax nº']) expect(faxLabels.filter((l) => l.includes(label)).length, label).toBeGreaterThanOrEqual(10);
    // No labelled ID of seen3's is shaped as dev's, seen's or seen2's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen3')].filter((t) => otherIdShapes.has(t))).toEqual([]);
  });

  it('seen4 is the holdout built 2026-12-04 ~17:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 4303154 (digest c7cb32e3…, its own test's),
    // its "holdout/" ids and split renamed "seen4": figures on seen4 compare with the ones taken on
    // that holdout (full metadata: P 0.979, R 0.966, 1 wrong, 0 invalid).
    expect(digest(sets.seen4)).toBe('65baf34744b9b0a48c72a762e93040b1920e473a0704927482ff475c821a3588');
  });

  it('seen4 (the holdout built ~17:00) is at least as big as seen3, of 81 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.seen4.items.length).toBeGreaterThanOrEqual(sets.seen3.items.length);
    expect(labels('seen4').length).toBeGreaterThanOrEqual(labels('seen3').length);
    const regions = new Set(labels('seen4').map((l) => countryOf(l.e164)));
    expect(WIDE_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    const types = labels('seen4').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN', 'PERSONAL_NUMBER'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(40);
    const examples = new Set(Object.values(EXAMPLE_NUMBERS).flatMap((byKind) => Object.values(byKind ?? {})));
    expect(new Set(labels('seen4').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(150);
  });

  it('seen4 (the holdout built ~17:00) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // The grid without a country column labels by the way the number is written alone (readings.ts): left out here.
    for (const item of sets.seen4.items.filter((i) => i.family !== 'tsv-grid-no-country')) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen4.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!(WIDE_COUNTRY_NAMES[country] ?? []).some((name) => record.includes(name))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
  });

  it('seen4 (the holdout built ~17:00) has families, ways of writing, IDs, bait and fax phrasings dev, seen, seen2 and seen3 have not', () => {
    const others: Split[] = ['dev', 'seen', 'seen2', 'seen3'];
    const styles = (split: Split) => new Set([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => new Set([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Set<string>) => new Set(others.flatMap((s) => [...of(s)]));
    const newStyles = [...styles('seen4')].filter((s) => !elsewhere(styles).has(s)).sort();
    expect(newStyles).toEqual([
      'international:ccAreaSlash', 'international:ccHyphenNsn', 'international:ccSpaceNsn', 'international:fullWidthAll', 'international:oneTap', 'international:telUri', 'international:trunkParenSpaced',
      'national:areaSpaceRest', 'national:brTrunkParen', 'national:fwParenHalf', 'national:inHyphenNoTrunk', 'national:ocrGap', 'national:pairsAfterArea', 'national:parenRest',
      'national:spacedHyphens', 'national:threes', 'national:tightParenUnbroken',
    ]);
    const styleCount = (s: string) => [...sets.seen4.styles.values()].flat().filter((x) => x === s).length;
    for (const s of newStyles) expect(styleCount(s), s).toBeGreaterThanOrEqual(10);
    const newKinds = [...kinds('seen4')].filter((k) => !elsewhere(kinds).has(k)).sort();
    expect(newKinds).toEqual([
      'bait:build', 'bait:dial-pin', 'bait:iban-world', 'bait:id-phone-shaped', 'bait:latlng', 'bait:log-time', 'bait:money', 'bait:parcel', 'bait:passport', 'bait:pdf-furniture',
      'bait:postal-world', 'bait:street-world',
    ]);
    const kindCount = (k: string) => [...sets.seen4.planted.values()].flat().filter((p) => p.kind === k).length;
    for (const k of newKinds) expect(kindCount(k), k).toBeGreaterThanOrEqual(50);
    // Fax lines as only seen4 words them, each with its label in the same text.
    const faxLabels = sets.seen4.items.flatMap((i) => (sets.seen4.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 16), p.start)));
    for (const label of ['Fax machine', 'eFax', 'FAX（代表）', 'Faks', 'Fax Nr', 'Fax (Sales)']) expect(faxLabels.filter((l) => l.includes(label)).length, label).toBeGreaterThanOrEqual(10);
    // No labelled ID of seen4's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen4')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words (a bare digit block filling a cell reads as a number).
    const bareInCell = sets.seen4.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen4.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|id-phone-shaped)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('seen5 is the holdout rebuilt 2026-12-04 ~17:50 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 6dbadbe (digest 8e60238f…, its own test's),
    // its "holdout/" ids and split renamed "seen5": figures on seen5 compare with the ones taken on
    // that holdout (full metadata: P 0.979, R 0.948, 219 wrong, 0 invalid).
    expect(digest(sets.seen5)).toBe('462df1e926b33ad7cb3cc0c6cdb80c5266d504af72ed15e133fc0b99317073de');
  });

  it('seen5 (the holdout rebuilt ~17:50) is at least as big as seen3 and seen4, of 128 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    for (const older of ['seen3', 'seen4'] as const) {
      expect(sets.seen5.items.length, older).toBeGreaterThanOrEqual(sets[older].items.length * (older === 'seen4' ? 0.98 : 1));
      expect(labels('seen5').length, older).toBeGreaterThanOrEqual(labels(older).length);
    }
    const regions = new Set(labels('seen5').map((l) => countryOf(l.e164)));
    expect(WORLD_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect(WORLD_REGIONS.length).toBe(128);
    const types = labels('seen5').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN', 'PERSONAL_NUMBER'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(50);
    const examples = new Set([...Object.values(EXAMPLE_NUMBERS), ...Object.values(WORLD_EXAMPLE_NUMBERS)].flatMap((byKind) => Object.values(byKind ?? {})));
    expect(new Set(labels('seen5').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(300);
  });

  it('seen5 (the holdout rebuilt ~17:50) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // The callback queue has no country column: its numbers are labelled by how they are written alone (readings.ts).
    for (const item of sets.seen5.items.filter((i) => i.family !== 'callback-queue')) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen5.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!(WORLD_COUNTRY_NAMES[country] ?? []).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
  });

  it('seen5 (the holdout rebuilt ~17:50) has families, ways of writing, IDs, bait, extension and fax phrasings dev and seen..seen4 have not', () => {
    const others: Split[] = ['dev', 'seen', 'seen2', 'seen3', 'seen4'];
    const styles = (split: Split) => new Set([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => new Set([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Set<string>) => new Set(others.flatMap((s) => [...of(s)]));
    const newStyles = [...styles('seen5')].filter((s) => !elsewhere(styles).has(s)).sort();
    expect(newStyles).toEqual([
      'international:areaParenHyphen', 'international:ccPairs', 'international:doubleSpace', 'international:keepTrunk', 'international:narrowNbsp', 'international:plusOutsideParen',
      'national:airyParen', 'national:brTightParen', 'national:doubleSpace', 'national:fwDigitsHalfDash', 'national:halfKanaBar', 'national:halfParen', 'national:nanpaParenDot',
      'national:narrowNbsp', 'national:slashGrouped', 'national:trunk8Tight', 'national:trunkApart',
    ]);
    const styleCount = (s: string) => [...sets.seen5.styles.values()].flat().filter((x) => x === s).length;
    for (const s of newStyles) expect(styleCount(s), s).toBeGreaterThanOrEqual(30);
    const newKinds = [...kinds('seen5')].filter((k) => !elsewhere(kinds).has(k)).sort();
    expect(newKinds).toEqual([
      'bait:address-line', 'bait:bank-acct', 'bait:booking-ref', 'bait:event-ticket', 'bait:flight', 'bait:freight', 'bait:gs1', 'bait:listing-ref', 'bait:measure', 'bait:med-id',
      'bait:num-range', 'bait:policy-claim', 'bait:score', 'bait:seat-room', 'bait:tax-world', 'bait:ts-world',
    ]);
    const kindCount = (k: string) => [...sets.seen5.planted.values()].flat().filter((p) => p.kind === k).length;
    for (const k of newKinds) expect(kindCount(k), k).toBeGreaterThanOrEqual(150);
    // Families: none shared (the test above); every family of seen5 has labelled numbers and bait.
    const families = new Set(sets.seen5.items.map((i) => i.family));
    expect(families.size).toBeGreaterThanOrEqual(22);
    // Fax lines as only seen5 words them, each with its label in the same text.
    const faxLabels = sets.seen5.items.flatMap((i) => (sets.seen5.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 16), p.start)));
    for (const label of ['Fax #', 'Télécopie', 'Telefaks', 'Faxnr.', 'ファクス', 'Fax (24h)', 'Fax only', 'ＦＡＸ番号', 'Pharmacy fax', 'Dispatcher fax', '処方箋FAX番号']) expect(faxLabels.filter((l) => l.includes(label)).length, label).toBeGreaterThanOrEqual(10);
    // Extensions as only seen5 writes them.
    const extTexts = sets.seen5.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 16)));
    for (const form of [' X', ' ext.: ', ' Ext #', ' (extension ', '（内線：', ' 内線No.', ' 〔内線']) expect(extTexts.filter((t) => t.startsWith(form)).length, form).toBeGreaterThanOrEqual(10);
    // No labelled ID of seen5's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen5')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.seen5.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen5.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|booking-ref|policy-claim|med-id|listing-ref|event-ticket|bank-acct)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('seen6 is the holdout built 2026-12-04 ~20:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit dc7f19e (digest eb06161c…, its own test's),
    // its "holdout/" ids and split renamed "seen6": figures on seen6 compare with the ones taken on
    // that holdout (full metadata: P 0.979, R 0.960, 13 wrong, 0 invalid).
    expect(digest(sets.seen6)).toBe('aa0421f10d3a73cc083964850ec41d1e89a9f2e4e38d9554607a2394240740f8');
  });

  it('seen6 (the holdout built ~20:00) is at least as big as seen5, of 179 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.seen6.items.length).toBeGreaterThanOrEqual(sets.seen5.items.length);
    expect(labels('seen6').length).toBeGreaterThanOrEqual(labels('seen5').length);
    const regions = new Set(labels('seen6').map((l) => countryOf(l.e164)));
    expect(SEEN6_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect([SEEN6_REGIONS.length, NEW_REGIONS.length]).toEqual([179, 51]);
    // None of its new regions is drawn by an older split.
    const older = new Set(OLDER_THAN_SEEN6.flatMap((s) => labels(s).map((l) => countryOf(l.e164))));
    expect(NEW_REGIONS.filter((r) => older.has(r))).toEqual([]);
    const types = labels('seen6').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN', 'PERSONAL_NUMBER'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(150);
    const examples = new Set([EXAMPLE_NUMBERS, WORLD_EXAMPLE_NUMBERS, SEEN6_EXAMPLE_NUMBERS].flatMap((table) => Object.values(table).flatMap((byKind) => Object.values(byKind ?? {}))));
    expect(new Set(labels('seen6').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(400);
  });

  it('seen6 (the holdout built ~20:00) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // The related list has no country column: its numbers are labelled by how they are written alone (readings.ts).
    for (const item of sets.seen6.items.filter((i) => i.family !== 'sf-related-list')) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen6.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!countryNames(country).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
  });

  it('seen6 (the holdout built ~20:00) has families, ways of writing, IDs, bait, extension and fax phrasings dev and seen..seen5 have not', () => {
    const others = OLDER_THAN_SEEN6;
    // Counted once per split (this split alone is as big as three older ones).
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const styles = (split: Split) => count([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => count([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Map<string, number>) => new Set(others.flatMap((s) => [...of(s).keys()]));
    const [holdoutStyles, holdoutKinds, olderStyles, olderKinds] = [styles('seen6'), kinds('seen6'), elsewhere(styles), elsewhere(kinds)];
    const newStyles = [...holdoutStyles.keys()].filter((s) => !olderStyles.has(s)).sort();
    expect(newStyles).toEqual([
      'international:ccBracketsKeepTrunk', 'international:ccGluedArea', 'international:dinDirectDialIntl', 'international:nbHyphenIntl', 'international:trunkTightParen',
      'national:areaHyphenGrouped', 'national:auMobile244', 'national:brNineApart', 'national:dinDirectDial', 'national:fwParenArea', 'national:hyphenThrees', 'national:nanpaOneTight',
      'national:nbHyphen', 'national:parenMiddleSpaced', 'national:ruNoTrunk', 'national:sixAsThrees',
    ]);
    for (const s of newStyles) expect(holdoutStyles.get(s), s).toBeGreaterThanOrEqual(30);
    const newKinds = [...holdoutKinds.keys()].filter((k) => !olderKinds.has(k)).sort();
    expect(newKinds).toEqual([
      'bait:access-code', 'bait:addr-multi', 'bait:agent-stat', 'bait:cc-metric', 'bait:company-reg', 'bait:contact-id', 'bait:ctr-field', 'bait:debt-ref', 'bait:era-date', 'bait:hr-ref',
      'bait:json-num', 'bait:mail-date', 'bait:meter-id', 'bait:nat-id-asia', 'bait:period', 'bait:qa-ja', 'bait:qa-ja-metric', 'bait:roadside', 'bait:service-code', 'bait:sim-id', 'bait:tz', 'bait:vehicle',
    ]);
    for (const k of newKinds) expect(holdoutKinds.get(k), k).toBeGreaterThanOrEqual(150);
    // Families: none shared (the test above), and as many as seen5 has.
    expect(new Set(sets.seen6.items.map((i) => i.family)).size).toBeGreaterThanOrEqual(25);
    // Fax lines as only seen6 words them, each with its label in the same text.
    const faxLabels = sets.seen6.items.flatMap((i) => (sets.seen6.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 16), p.start)));
    for (const label of ['Факс', 'Facsímil', '"fax": "', 'FAX専用', 'Télécopieur', 'Fernkopie', 'FAX受付', 'by fax', 'team fax', 'Claims fax']) expect(faxLabels.filter((l) => l.includes(label)).length, label).toBeGreaterThanOrEqual(50);
    // Extensions as only seen6 writes them.
    const extTexts = sets.seen6.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 16)));
    for (const form of [/^ #\d/, /^ \(Ext: \d/, /^, extension \d/, /^ ext\d/, /^ 内線\d+番/, /^（内線 \d+番）/, /^ 内線（\d/, /^, Durchwahl \d/, /^ Nst\. \d/, /^ \(App\. \d/, /^, poste \d/, /^ - Poste \d/]) {
      expect(extTexts.filter((t) => form.test(t)).length, String(form)).toBeGreaterThanOrEqual(50);
    }
    // No labelled ID of seen6's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff\uac00-\ud7af]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen6')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.seen6.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen6.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|sim-id|meter-id|contact-id|hr-ref)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff\uac00-\ud7af]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('seen7 is the holdout built 2026-12-04 ~21:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 4b3b4b3 (digest 2a2d1f8f…, its own test's),
    // its "holdout/" ids and split renamed "seen7": figures on seen7 compare with the ones taken on
    // that holdout (full metadata: P 0.971, R 0.901, 73 wrong, 0 invalid).
    expect(digest(sets.seen7)).toBe('875243bb7dbbb55e452b4a844d8b8450b5053fc82a3e90f182cb6370255737a1');
  });

  it('seen7 (the holdout built ~21:00) is bigger than seen6, of 219 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.seen7.items.length).toBeGreaterThanOrEqual(sets.seen6.items.length);
    expect(labels('seen7').length).toBeGreaterThanOrEqual(labels('seen6').length);
    const regions = new Set(labels('seen7').map((l) => countryOf(l.e164)));
    expect(SEEN7_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect([SEEN7_REGIONS.length, SEEN7_NEW_REGIONS.length]).toEqual([219, 40]);
    // None of its new regions is drawn by an older split.
    const older = new Set(OLDER_THAN_SEEN7.flatMap((s) => labels(s).map((l) => countryOf(l.e164))));
    expect(SEEN7_NEW_REGIONS.filter((r) => older.has(r))).toEqual([]);
    const types = labels('seen7').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(150);
    expect(types.filter((x) => x === 'PERSONAL_NUMBER').length).toBeGreaterThanOrEqual(40);
    const examples = new Set([EXAMPLE_NUMBERS, WORLD_EXAMPLE_NUMBERS, SEEN6_EXAMPLE_NUMBERS].flatMap((table) => Object.values(table).flatMap((byKind) => Object.values(byKind ?? {}))));
    expect(new Set(labels('seen7').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(350);
  });

  it('seen7 (the holdout built ~21:00) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // Families whose records name no country: their numbers are labelled by how they are written alone (readings.ts).
    const nameless = new Set(['callback-grid-world', 'hikitsugi-memo-ja', 'korean-business-mail', 'chinese-business-notice', 'thai-business-text', 'vietnamese-business-text', 'indonesian-business-text',
      'arabic-business-text', 'hebrew-business-text', 'turkish-business-text', 'polish-business-text']);
    let named = 0;
    for (const item of sets.seen7.items.filter((i) => !nameless.has(i.family))) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen7.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        named++;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!countryNames(country).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
    expect(named).toBeGreaterThanOrEqual(300);
  });

  it('seen7 (the holdout built ~21:00) has families, ways of writing, IDs, bait, extension and fax phrasings dev and seen..seen6 have not', () => {
    const others = OLDER_THAN_SEEN7;
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const styles = (split: Split) => count([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => count([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Map<string, number>) => new Set(others.flatMap((s) => [...of(s).keys()]));
    const [holdoutStyles, holdoutKinds, olderStyles, olderKinds] = [styles('seen7'), kinds('seen7'), elsewhere(styles), elsewhere(kinds)];
    const newStyles = [...holdoutStyles.keys()].filter((s) => !olderStyles.has(s)).sort();
    expect(newStyles).toEqual([
      'international:arabicDigitsIntl', 'international:ccParenHyphens', 'international:gbLondonMisgrouped', 'international:iddTrunkParen', 'international:inDashFives', 'international:nanpaPlusHyphen',
      'international:zwspIntl', 'national:arabicDigits', 'national:idMobileFours', 'national:idParenHyphen', 'national:persianDigits', 'national:plAreaPairs', 'national:thZeroDash',
      'national:trZeroParen', 'national:wordJoined', 'national:zwspGroups',
    ]);
    for (const s of newStyles) expect(holdoutStyles.get(s), s).toBeGreaterThanOrEqual(30);
    const newKinds = [...holdoutKinds.keys()].filter((k) => !olderKinds.has(k)).sort();
    expect(newKinds).toEqual([
      'bait:bank-local', 'bait:calendar-date', 'bait:chat-meta', 'bait:civil-id', 'bait:clinical', 'bait:complaint-ref', 'bait:html-residue', 'bait:local-amount', 'bait:muni-ref', 'bait:order-line',
      'bait:provider-id', 'bait:school-ref', 'bait:sheet-artefact', 'bait:sms-meta', 'bait:takuhai', 'bait:trade-id',
    ]);
    for (const k of newKinds) expect(holdoutKinds.get(k), k).toBeGreaterThanOrEqual(150);
    // Families: none shared (the test above), and more than seen6 has.
    expect(new Set(sets.seen7.items.map((i) => i.family)).size).toBeGreaterThanOrEqual(28);
    // Fax lines as only seen7 words them, each with its label in the same text.
    const faxLabels = sets.seen7.items.flatMap((i) => (sets.seen7.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 24), p.start)));
    for (const label of ['TELFX ', 'Fax:&nbsp;', 'Secure fax for results: ', 'fax signed copy to ', 'お詫び状をFAX ', 'FAXは ', 'Telefax: ', 'Faks: ', 'faks ', 'פקס: ', 'فاكس: ', 'แฟกซ์ ', '传真：', '팩스: ']) {
      expect(faxLabels.filter((l) => l.endsWith(label)).length, label).toBeGreaterThanOrEqual(50);
    }
    // Extensions as only seen7 writes them.
    const extTexts = sets.seen7.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 30)));
    for (const form of [/^;ext=\d/, /^ \(Ext\. No\. \d/, /^ x\.\d/, /^ - ext\. \d/, /^ 〈内線\d/, /^ ＜内線\d/, /^（内線\d+まで）/, /^ \/ Durchwahl \d/, /^ App\.-Nr\. \d/, /^ \(Nebenstelle: \d/]) {
      expect(extTexts.filter((t) => form.test(t)).length, String(form)).toBeGreaterThanOrEqual(30);
    }
    // No labelled ID of seen7's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen7')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.seen7.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen7.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|school-ref|muni-ref|civil-id|provider-id)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('seen8 is the holdout built 2026-12-04 ~23:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit 580047e (digest d787c584…, its own test's),
    // its "holdout/" ids and split renamed "seen8": figures on seen8 compare with the one score
    // taken on that holdout (22:52).
    expect(digest(sets.seen8)).toBe('57e54db5e979630097264d7c3295d775cc74d55e619448029916673a73136292');
  });

  it('seen8 (the holdout built ~23:00) is at least as big as seen6, of 233 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.seen8.items.length).toBeGreaterThanOrEqual(15_000);
    expect(labels('seen8').length).toBeGreaterThanOrEqual(Math.max(25_000, labels('seen6').length));
    const regions = new Set(labels('seen8').map((l) => countryOf(l.e164)));
    expect(SEEN8_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect([SEEN8_REGIONS.length, SEEN8_NEW_REGIONS.length]).toEqual([233, 14]);
    // None of its new regions is drawn by an older split.
    const older = new Set(OLDER_THAN_SEEN8.flatMap((s) => labels(s).map((l) => countryOf(l.e164))));
    expect(SEEN8_NEW_REGIONS.filter((r) => older.has(r))).toEqual([]);
    const types = labels('seen8').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(150);
    expect(types.filter((x) => x === 'PERSONAL_NUMBER').length).toBeGreaterThanOrEqual(60);
    const examples = new Set([EXAMPLE_NUMBERS, WORLD_EXAMPLE_NUMBERS, SEEN6_EXAMPLE_NUMBERS, SEEN8_EXAMPLE_NUMBERS].flatMap((table) => Object.values(table).flatMap((byKind) => Object.values(byKind ?? {}))));
    expect(new Set(labels('seen8').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(400);
  });

  it('seen8 (the holdout built ~23:00) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // Families whose records name no country: their numbers are labelled by how they are written alone (readings.ts).
    const nameless = new Set(['notion-markdown-table', 'factura-es', 'nota-fiscal-br', 'rekvizity-ru', 'faktura-se', 'timologio-gr', 'malay-business-text', 'hindi-notice-in']);
    let named = 0;
    for (const item of sets.seen8.items.filter((i) => !nameless.has(i.family))) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen8.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        named++;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!countryNames(country).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
    expect(named).toBeGreaterThanOrEqual(1000);
  });

  it('seen8 (the holdout built ~23:00) has families, ways of writing, IDs, bait, extension and fax phrasings dev and seen..seen7 have not', () => {
    const others = OLDER_THAN_SEEN8;
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const styles = (split: Split) => count([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => count([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Map<string, number>) => new Set(others.flatMap((s) => [...of(s).keys()]));
    const [holdoutStyles, holdoutKinds, olderStyles, olderKinds] = [styles('seen8'), kinds('seen8'), elsewhere(styles), elsewhere(kinds)];
    const newStyles = [...holdoutStyles.keys()].filter((s) => !olderStyles.has(s)).sort();
    expect(newStyles).toEqual([
      'international:brPlusParen', 'international:fullWidthIntlHyphen', 'international:idPlusFours', 'international:iddInBrackets', 'international:persianDigitsIntl', 'international:softHyphenIntl',
      'international:trPlusParen', 'national:beSlashDots', 'national:dinOldPairs', 'national:emDashArea', 'national:fullWidthChoon', 'national:fullWidthParenArea', 'national:fullWidthUnspaced',
      'national:itDotPrefix', 'national:softHyphen', 'national:vnDots',
    ]);
    for (const s of newStyles) expect(holdoutStyles.get(s), s).toBeGreaterThanOrEqual(50);
    const newKinds = [...holdoutKinds.keys()].filter((k) => !olderKinds.has(k)).sort();
    expect(newKinds).toEqual([
      'bait:court-ref', 'bait:land-ref', 'bait:loyalty', 'bait:mobile-money', 'bait:payroll', 'bait:receipt-line', 'bait:requisites', 'bait:rx', 'bait:securities', 'bait:shipping-doc', 'bait:warranty',
    ]);
    for (const k of newKinds) expect(holdoutKinds.get(k), k).toBeGreaterThanOrEqual(150);
    // Families: none shared (the test above), and more than seen7 has.
    expect(new Set(sets.seen8.items.map((i) => i.family)).size).toBeGreaterThanOrEqual(30);
    // Fax lines as only seen8 words them, each with its label in the same text.
    const faxLabels = sets.seen8.items.flatMap((i) => (sets.seen8.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 24), p.start)));
    for (const label of ['Fax-to-email: ', 'Fax n° ', 'Fax do escritório: ', 'факс: ', 'Fax nr. ', 'Φαξ: ', 'फ़ैक्स: ', 'Prescriber fax: ', 'Fax orders to ', 'ＦＡＸでのご注文は ', 'TEL;TYPE=WORK,FAX:', 'FAXでのご連絡は F：']) {
      expect(faxLabels.filter((l) => l.endsWith(label)).length, label).toBeGreaterThanOrEqual(50);
    }
    // Extensions as only seen8 writes them.
    const extTexts = sets.seen8.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 30)));
    for (const form of [/^,,\d/, /^ \/ Ext\. \d/, /^ \[x\d/, /^ \(ext no \d/, /^【内線\d/, /^ 内線／\d/, /^（内線＃\d/, /^ Durchwahl-Nr\. \d/, /^ \(Apparat \d/, /^, App\. \d/, /^ \/ poste \d/, /^ \(Poste : \d/]) {
      expect(extTexts.filter((t) => form.test(t)).length, String(form)).toBeGreaterThanOrEqual(30);
    }
    // No labelled ID of seen8's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0400-\u04ff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen8')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.seen8.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen8.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|requisites|loyalty|securities|shipping-doc)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff\u0400-\u04ff]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('seen9 is the holdout built 2026-12-05 ~00:00 as it was scored untouched (only its ids and split name changed)', () => {
    // Computed on 2026-12-04 from the holdout of commit a3057e3 (digest a2b46ce1…, its own test's),
    // its "holdout/" ids and split renamed "seen9": figures on seen9 compare with the one score
    // taken on that holdout (23:43).
    expect(digest(sets.seen9)).toBe('236c8c6d6731c704f1122b23c33d847372467dc76a107c41a9d1f1de34a5ee93');
  });

  it('seen9 (the holdout built ~00:00) is at least as big as seen8 in numbers, of 233 regions and every number type, libphonenumber\'s example numbers among them', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.seen9.items.length).toBeGreaterThanOrEqual(15_000);
    expect(labels('seen9').length).toBeGreaterThanOrEqual(Math.max(25_000, labels('seen7').length));
    const regions = new Set(labels('seen9').map((l) => countryOf(l.e164)));
    expect(SEEN9_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect(SEEN9_REGIONS.length).toBe(233);
    const types = labels('seen9').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'UAN'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(150);
    expect(types.filter((x) => x === 'PERSONAL_NUMBER').length).toBeGreaterThanOrEqual(60);
    const examples = new Set([EXAMPLE_NUMBERS, WORLD_EXAMPLE_NUMBERS, SEEN6_EXAMPLE_NUMBERS, SEEN8_EXAMPLE_NUMBERS].flatMap((table) => Object.values(table).flatMap((byKind) => Object.values(byKind ?? {}))));
    expect(new Set(labels('seen9').map((l) => l.e164).filter((e) => examples.has(e))).size).toBeGreaterThanOrEqual(350);
    // Its numbers are drawn anew (its own seed and stream): most are in no older split.
    const older = new Set(OLDER_THAN_SEEN9.flatMap((s) => labels(s).map((l) => l.e164)));
    const own = new Set(labels('seen9').map((l) => l.e164));
    expect([...own].filter((e) => !older.has(e)).length / own.size).toBeGreaterThan(0.5);
  });

  it('seen9 (the holdout built ~00:00) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // Families whose records name no country: their numbers are labelled by how they are written alone (readings.ts).
    const nameless = new Set(['dynamics-phone-call', 'wfm-oncall-roster', 'fax-cover-sheet', 'danovy-doklad-cz', 'szamla-hu', 'factura-ro', 'lasku-fi', 'fatura-pt', 'gyeonjeokseo-kr', 'rakhunok-ua', 'presupuesto-ar',
      'cotizacion-mx', 'taglish-sms-ph', 'naija-business-text']);
    let named = 0;
    for (const item of sets.seen9.items.filter((i) => !nameless.has(i.family))) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.seen9.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        named++;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!countryNames(country).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
    expect(named).toBeGreaterThanOrEqual(1000);
  });

  it('seen9 (the holdout built ~00:00) has families, ways of writing, IDs, bait, extension and fax phrasings dev and seen..seen8 have not', () => {
    const others = OLDER_THAN_SEEN9;
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const styles = (split: Split) => count([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => count([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Map<string, number>) => new Set(others.flatMap((s) => [...of(s).keys()]));
    const [holdoutStyles, holdoutKinds, olderStyles, olderKinds] = [styles('seen9'), kinds('seen9'), elsewhere(styles), elsewhere(kinds)];
    const newStyles = [...holdoutStyles.keys()].filter((s) => !olderStyles.has(s)).sort();
    expect(newStyles).toEqual([
      'international:deTrunkSlash', 'international:frPlusDots', 'international:huIntlSlash', 'international:nlTrunkDash', 'international:trunkZeroWorld', 'national:arParen15', 'national:huTrunkSlash',
      'national:ideoSpace', 'national:krDots', 'national:krParenClose', 'national:mxParenHyphen', 'national:nanpaSlash', 'national:nlDashPairs', 'national:phMobileDashes', 'national:uaParenPairs',
    ]);
    for (const s of newStyles) expect(holdoutStyles.get(s), s).toBeGreaterThanOrEqual(30);
    const newKinds = [...holdoutKinds.keys()].filter((k) => !olderKinds.has(k)).sort();
    expect(newKinds).toEqual([
      'bait:cdr-field', 'bait:chat-permalink', 'bait:dialler-meta', 'bait:job-ref', 'bait:licence-no', 'bait:payment-ref', 'bait:porting-ref', 'bait:rail-ticket', 'bait:registry-id', 'bait:sds-code',
      'bait:sip-uri', 'bait:sla-matrix', 'bait:voucher', 'bait:wfm-shift',
    ]);
    for (const k of newKinds) expect(holdoutKinds.get(k), k).toBeGreaterThanOrEqual(150);
    expect(new Set(sets.seen9.items.map((i) => i.family)).size).toBeGreaterThanOrEqual(35);
    // Fax lines as only seen9 words them, each with its label in the same text.
    const faxLabels = sets.seen9.items.flatMap((i) => (sets.seen9.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 24), p.start)));
    for (const label of ['Recipient fax: ', 'Sender fax: ', 'Fax č.: ', 'Faxszám: ', 'Faksi: ', 'Fax direkt: ', 'Fax-nummer: ', 'Fax n.º ', '팩스번호: ', 'ファクシミリ番号：', 'Fax-back to ', 'Fax the signed form to ']) {
      expect(faxLabels.filter((l) => l.endsWith(label)).length, label).toBeGreaterThanOrEqual(50);
    }
    // Extensions as only seen9 writes them.
    const extTexts = sets.seen9.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 30)));
    for (const form of [/^ Extn: \d/, /^ \(extn \d/, /^ — ext\. \d/, /^ EXT: \d/, /^ 内線番号：\d/, /^［内線：\d/, /^ 内線 No\.\d/, /^ \(Durchwahl: \d/, /^ – Durchwahl \d/, /^ Nebenst\. \d/]) {
      expect(extTexts.filter((t) => form.test(t)).length, String(form)).toBeGreaterThanOrEqual(30);
    }
    // No labelled ID of seen9's is shaped as an older split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0400-\u04ff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('seen9')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.seen9.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.seen9.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|registry-id|payment-ref|dialler-meta|porting-ref)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff\u0400-\u04ff\uac00-\ud7af]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('holdout is the one built 2026-12-05 ~00:30 and first scored then (any change to it is a new holdout)', () => {
    // Computed on 2026-12-04 ~23:55 when the holdout was built (seed holdout-2026-12-05-0030), before it was ever scored.
    expect(digest(sets.holdout)).toBe('5f8963b6798c3958b00b2a059290ce2e63c1ba82b5f093c8ecee88361dfcac6c');
  });

  it('holdout (built ~00:30) has 8,000+ texts and 25,000+ numbers of 233 regions and every number type, most drawn anew', () => {
    const labels = (split: Split) => sets[split].items.flatMap((i) => i.expect);
    expect(sets.holdout.items.length).toBeGreaterThanOrEqual(8_000);
    expect(labels('holdout').length).toBeGreaterThanOrEqual(25_000);
    const regions = new Set(labels('holdout').map((l) => countryOf(l.e164)));
    expect(HOLDOUT_REGIONS.filter((r) => !regions.has(r))).toEqual([]);
    expect(HOLDOUT_REGIONS.length).toBe(233);
    const types = labels('holdout').map((l) => parsePhoneNumberFromString(l.e164)?.getType());
    for (const t of ['FIXED_LINE', 'MOBILE', 'TOLL_FREE', 'UAN'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(1000);
    for (const t of ['SHARED_COST', 'VOIP', 'PERSONAL_NUMBER'] as const) expect(types.filter((x) => x === t).length, t).toBeGreaterThanOrEqual(150);
    // Its numbers are drawn anew (its own seed and stream): most are in no older split.
    const older = new Set(SPLITS.filter((s) => s !== 'holdout').flatMap((s) => labels(s).map((l) => l.e164)));
    const own = new Set(labels('holdout').map((l) => l.e164));
    expect([...own].filter((e) => !older.has(e)).length / own.size).toBeGreaterThan(0.5);
  });

  it('holdout (built ~00:30) labels a national number of another country than the agent\'s own only where its record names that country', () => {
    const unnamed: string[] = [];
    // Families whose records name no country: their numbers are labelled by how they are written alone (readings.ts).
    const nameless = new Set(['hatzaat-mechir-il', 'sales-tax-invoice-pk', 'notice-lk', 'baojiadan-cn', 'xenodocheio-folio-gr']);
    let named = 0;
    for (const item of sets.holdout.items.filter((i) => !nameless.has(i.family))) {
      item.expect.forEach((label, i) => {
        const written = item.text.slice(label.start, label.end);
        const country = countryOf(label.e164)!;
        const national = sets.holdout.styles.get(item.id)![i]!.startsWith('national:');
        if (label.readings || !national || country === item.options.defaultCountry) return;
        named++;
        const record = [item.text, ...(item.recordTexts ?? [])];
        if (!countryNames(country).some((name) => record.some((t) => t.includes(name)))) unnamed.push(`${item.id} ${written} ${country}`);
      });
    }
    expect(unnamed.slice(0, 10)).toEqual([]);
    expect(named).toBeGreaterThanOrEqual(1000);
  });

  it('holdout (built ~00:30) has families, ways of writing, IDs, bait, extension and fax phrasings no other split has', () => {
    const others = SPLITS.filter((s) => s !== 'holdout');
    const count = (values: string[]) => values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>());
    const styles = (split: Split) => count([...sets[split].styles.values()].flat());
    const kinds = (split: Split) => count([...sets[split].planted.values()].flat().map((p) => p.kind));
    const elsewhere = (of: (split: Split) => Map<string, number>) => new Set(others.flatMap((s) => [...of(s).keys()]));
    const [holdoutStyles, holdoutKinds, olderStyles, olderKinds] = [styles('holdout'), kinds('holdout'), elsewhere(styles), elsewhere(kinds)];
    const newStyles = [...holdoutStyles.keys()].filter((s) => !olderStyles.has(s)).sort();
    expect(newStyles).toEqual([
      'international:cnIntlDash', 'international:grIntlArea', 'international:ilIntlDash', 'international:lkIntlDash', 'national:cnAreaDash', 'national:grAreaGlued', 'national:ilDashGlued',
      'national:lkDashSeven', 'national:pkMobileDash',
    ]);
    for (const s of newStyles) expect(holdoutStyles.get(s), s).toBeGreaterThanOrEqual(30);
    const newKinds = [...holdoutKinds.keys()].filter((k) => !olderKinds.has(k)).sort();
    expect(newKinds).toEqual([
      'bait:cheque-micr', 'bait:fx-rate', 'bait:guest-folio', 'bait:lab-sample', 'bait:pallet-bin', 'bait:subscription-plan', 'bait:tender-ref', 'bait:visa-ref',
    ]);
    for (const k of newKinds) expect(holdoutKinds.get(k), k).toBeGreaterThanOrEqual(150);
    expect(new Set(sets.holdout.items.map((i) => i.family)).size).toBeGreaterThanOrEqual(23);
    // Fax lines as only the holdout words them, each with its label in the same text.
    const faxLabels = sets.holdout.items.flatMap((i) => (sets.holdout.planted.get(i.id) ?? []).filter((p) => p.kind === 'fax').map((p) => i.text.slice(Math.max(0, p.start - 32), p.start)));
    for (const label of ['Fax the completed form to ', 'Remittance fax: ', 'Tender fax: ', 'Facsimile No.: ', 'Lab fax: ', 'Fax (hotel): ', 'ファックス番号：', 'מס׳ פקס: ', 'فیکس: ', 'Fax No: ', '传真号码：', 'Φαξ ξενοδοχείου: ']) {
      expect(faxLabels.filter((l) => l.endsWith(label)).length, label).toBeGreaterThanOrEqual(50);
      expect(others.some((s) => sets[s].items.some((i) => (sets[s].planted.get(i.id) ?? []).some((p) => p.kind === 'fax' && i.text.slice(0, p.start).endsWith(label)))), label).toBe(false);
    }
    // Extensions as only the holdout writes them.
    const extTexts = sets.holdout.items.flatMap((i) => i.expect.filter((l) => l.extension).map((l) => i.text.slice(l.end, l.end + 30)));
    for (const form of [/^ Ext No: \d/, /^ \(ext-\d/, /^ \/ extension \d/, /^ 内：\d/, /^［内線 \d/, /^ 内線番号＝\d/]) {
      expect(extTexts.filter((t) => form.test(t)).length, String(form)).toBeGreaterThanOrEqual(30);
    }
    // No labelled ID of the holdout's is shaped as another split's (digits aside): its ID formats are its own.
    const idTexts = (split: Split) => new Set(sets[split].items.flatMap((i) => (sets[split].planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial)$/.test(p.kind)).map((p) => i.text.slice(p.start, p.end).replace(/\d/g, '9')).filter((t) => /[A-Za-z\u3040-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0400-\u04ff\u0370-\u03ff\u0590-\u05ff]/.test(t))));
    const otherIdShapes = new Set(others.flatMap((s) => [...idTexts(s)]));
    expect([...idTexts('holdout')].filter((t) => otherIdShapes.has(t))).toEqual([]);
    // A reference alone in a whole cell keeps its label words.
    const bareInCell = sets.holdout.items.filter((i) => i.options.wholeCell).flatMap((i) => (sets.holdout.planted.get(i.id) ?? [])
      .filter((p) => /^bait:(order-id|case-id|invoice|customer-id|serial|subscription-plan)$/.test(p.kind) && !/[A-Za-z\u3040-\u9fff\u0400-\u04ff]/.test(i.text.slice(p.start, p.end))).map(() => i.text));
    expect(bareInCell).toEqual([]);
  });

  it('each cover every region drawn from', () => {
    for (const split of SPLITS) {
      const regions = new Set(sets[split].items.flatMap((i) => i.expect.map((l) => countryOf(l.e164))));
      expect(REGIONS.filter((r) => !regions.has(r)), split).toEqual([]);
    }
  });

  it('are generated the same way every time', () => {
    for (const split of ['dev', 'holdout'] as const) {
      const again = generate(split);
      expect(again.items.length, split).toBe(sets[split].items.length);
      expect(digest(again), split).toBe(digest(sets[split]));
    }
  }, 120_000);
});
