import type { CountryCode } from 'libphonenumber-js/max';

/**
 * dev: tuned on. seen: was the holdout until 2026-12-04; scored once untouched, then opened for
 * tuning (its items are byte-for-byte the old holdout's, so figures on it stay comparable).
 * seen2: was the holdout from 2026-12-04 15:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen3: was the holdout built 2026-12-04 ~15:30; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen4: was the holdout built 2026-12-04 ~17:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen5: was the holdout rebuilt 2026-12-04 ~17:50; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen6: was the holdout built 2026-12-04 ~20:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen7: was the holdout built 2026-12-04 ~21:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen8: was the holdout built 2026-12-04 ~23:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * seen9: was the holdout built 2026-12-05 ~00:00; scored once untouched, then opened for tuning (its
 * items are byte-for-byte that holdout's but for the id prefix and split name).
 * holdout: built 2026-12-05 ~00:30 (seed holdout-2026-12-05-0030) with its own seeds, families, ways of writing and bait; never tuned on.
 */
export type Split = 'dev' | 'seen' | 'seen2' | 'seen3' | 'seen4' | 'seen5' | 'seen6' | 'seen7' | 'seen8' | 'seen9' | 'holdout';
export const SPLITS: readonly Split[] = ['dev', 'seen', 'seen2', 'seen3', 'seen4', 'seen5', 'seen6', 'seen7', 'seen8', 'seen9', 'holdout'];

export interface EvalLabel {
  start: number;
  end: number;
  e164: string;
  extension?: string;
  /** Set when no evidence settles the country: every plausible reading; the detector should ask. */
  readings?: string[];
}

export interface EvalItem {
  id: string;
  split: Split;
  /** Template family, for the per-family table. */
  family: string;
  text: string;
  options: { defaultCountry: CountryCode; otherCountries?: CountryCode[]; wholeCell?: boolean };
  /** The other texts of the same row/record (cells, fields), in page order: evidence for its country. */
  recordTexts?: string[];
  expect: EvalLabel[];
}

/** What else the generator put in an item's text, for the error listing and per-kind counts (not part of the item). */
export interface Planted {
  start: number;
  end: number;
  /** "bait:date", "bait:order-id", "fax", … */
  kind: string;
}
