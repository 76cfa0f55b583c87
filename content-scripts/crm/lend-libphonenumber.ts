/**
 * Lends this bundle's libphonenumber to the records bundle (borrowed-libphonenumber-api.ts). The
 * three are in this bundle already (the detector and read-options.ts use them), so lending costs
 * a few bytes.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/min/metadata';
import { LIBPHONENUMBER_KEY, type LentLibphonenumber } from './borrowed-libphonenumber-api';

export function lendLibphonenumber(): void {
  (globalThis as { [LIBPHONENUMBER_KEY]?: LentLibphonenumber })[LIBPHONENUMBER_KEY] ??= { parsePhoneNumberFromString, isSupportedCountry, metadata };
}
