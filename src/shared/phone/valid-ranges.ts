/**
 * The content script's compact stand-in for the full metadata's per-type patterns: the min set
 * checks a number against its country's general pattern only, so "+353 800 732 4304" or
 * "+81 74-5702-3051" pass it though no range of the country has them. valid-ranges.data.ts holds,
 * per calling code and length of national number, which first digits the general pattern lets
 * through and no type pattern does (generated from the full set by valid-ranges.gen.mjs, for the
 * calling codes of the countries the settings offer).
 */
import { DIGITS, RANGES } from './valid-ranges.data';

/** False when the full metadata has no number of this length starting with these digits. */
export function inKnownRange(callingCode: string, nationalNumber: string): boolean {
  const refused = RANGES[callingCode]?.[nationalNumber.length];
  if (!refused || nationalNumber.length < DIGITS) return true;
  // A bitmap in hex: prefix p is bit (3 - p % 4) of hex digit p / 4.
  const prefix = Number(nationalNumber.slice(0, DIGITS));
  return ((parseInt(refused[prefix >> 2]!, 16) >> (3 - (prefix & 3))) & 1) === 0;
}
