import type { CountryCode } from '../country';

/** One labelled string: what a CRM page shows, and the numbers a person would call from it. */
export interface CorpusEntry {
  text: string;
  country: CountryCode;
  /** The text is a whole table cell / input value. */
  wholeCell?: boolean;
  /** E.164 numbers that must be found; empty for bait. */
  expect: string[];
  /** Extension of the (single) expected number, when it has one. */
  extension?: string;
  /** The exact substring each found number must span, in order (checked for a sample). */
  written?: string[];
}

/** Builders that keep the corpus files one line per entry. */
export function entries(country: CountryCode) {
  return {
    /** A string holding the given numbers. */
    hit: (text: string, ...expect: string[]): CorpusEntry => ({ text, country, expect }),
    /** A whole cell holding the given numbers. */
    cell: (text: string, ...expect: string[]): CorpusEntry => ({ text, country, wholeCell: true, expect }),
    /** A string with no phone number in it. */
    bait: (text: string): CorpusEntry => ({ text, country, expect: [] }),
    /** A whole cell with no phone number in it. */
    baitCell: (text: string): CorpusEntry => ({ text, country, wholeCell: true, expect: [] }),
    /** A number whose written span and extension are checked too. */
    exact: (text: string, e164: string, written: string, extension?: string): CorpusEntry => ({
      text, country, expect: [e164], written: [written], ...(extension ? { extension } : {}),
    }),
  };
}
