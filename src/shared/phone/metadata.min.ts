/**
 * The content script's stand-in for metadata.ts (build.mjs swaps it in): the min set, about 40 KB
 * gzip smaller. It reads the same formats; it calls valid some numbers the full set does not, so
 * it comes with a compact table of the ranges that have no numbers (valid-ranges.ts), and the
 * worker (max) still has the last word on a dial.
 */
export { default } from 'libphonenumber-js/min/metadata';
export { inKnownRange } from './valid-ranges';
