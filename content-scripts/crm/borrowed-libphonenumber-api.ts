/**
 * What the main content script lends the records bundle (content-records.js): its own copy of
 * libphonenumber and the min metadata. The records bundle reads `+CC` numbers and country codes
 * too, and carrying a second copy cost every page of an agent with other countries ≈ 30 KB gzip
 * (measured: 33,481 bytes for the records bundle with it). Lent on the content script's
 * isolated-world global, which the page never sees.
 */
import type { isSupportedCountry } from 'libphonenumber-js';
import type { parsePhoneNumberFromString } from 'libphonenumber-js/core';

export interface LentLibphonenumber {
  parsePhoneNumberFromString: typeof parsePhoneNumberFromString;
  isSupportedCountry: typeof isSupportedCountry;
  metadata: object;
}

export const LIBPHONENUMBER_KEY = Symbol.for('ccps.libphonenumber');

export function lentLibphonenumber(): LentLibphonenumber {
  const lent = (globalThis as { [LIBPHONENUMBER_KEY]?: LentLibphonenumber })[LIBPHONENUMBER_KEY];
  // The records bundle runs first, but its functions are only called by the main script, which
  // lends this at start-up: a call without it is a build or registration mistake, not a page's.
  if (!lent) throw new Error('[ccp-sidecar] the records bundle ran without the main content script');
  return lent;
}
