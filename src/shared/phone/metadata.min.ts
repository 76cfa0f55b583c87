/**
 * The content script's stand-in for metadata.ts (build.mjs swaps it in): the min set, about 40 KB
 * gzip smaller. It reads the same formats, but calls valid some numbers the full set does not
 * (it knows a country's general pattern, not its ranges): the worker reads the rest of the page
 * with the full set, and it has the last word on every dial (src/background/dialable.ts).
 */
export { default } from 'libphonenumber-js/min/metadata';
