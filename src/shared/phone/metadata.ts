/**
 * The libphonenumber metadata every reading of a number uses: the full ("max") set, whose
 * per-type patterns tell a real number from one that only has a possible length and prefix
 * ("+1 310-7022", "+81 77-0090-0123" pass the min set's checks). The content script is built
 * with metadata.min.ts in its place (build.mjs: its gzip budget cannot hold the full set): what
 * it reads itself is checked again here, by the worker, before anything is dialled.
 */
export { default } from 'libphonenumber-js/max/metadata';
