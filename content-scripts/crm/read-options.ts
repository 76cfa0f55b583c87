/**
 * How one text node of the page is read: the options passed to `findPhoneNumbers` for it. The
 * scan (on the page and through the worker) and the re-read at the moment of a click use this one
 * function, so a click re-reads the text exactly as the highlight was read.
 *
 * With no other countries set (the default), a text is read in the agent's country alone, as it
 * always was, and no record is looked at: nothing here costs anything. With other countries, each
 * text that may hold a number carries the country its record names (record-evidence.ts, in the
 * records bundle, which the worker registers only while other countries are set).
 *
 * Other countries set but no records bundle in this page (a tab opened before the agent set them):
 * numbers are read with the other countries and no record country. That is safe: a national number
 * valid in more than one of the agent's countries is then asked about (the chooser), never guessed.
 * The next load of the page has the bundle.
 */
import { isSupportedCountry } from 'libphonenumber-js';
import { shortestNumber, type CountryCode, type FindOptions } from '../../src/shared/phone';
import { isWholeCell } from './page-text';
import { loadedRecordEvidence } from './record-evidence-api';

/** The agent's other countries, as set (page-settings.ts keeps this in step with the settings). */
let others: readonly CountryCode[] = [];
/** `others` without the default country, for the last default asked about. */
let othersFor: { defaultCountry: CountryCode; list: readonly CountryCode[] } | null = null;

/** Takes the agent's other countries (codes libphonenumber does not know are left out); true when they changed. */
export function readInOtherCountries(list: readonly string[]): boolean {
  const usable = list.filter((code): code is CountryCode => isSupportedCountry(code));
  if (usable.length === others.length && usable.every((code, i) => code === others[i])) return false;
  others = usable;
  othersFor = null;
  if (others.length) loadedRecordEvidence()?.warmUpEvidence();
  return true;
}

/** The agent's other countries, besides `defaultCountry`. */
export function otherCountriesBesides(defaultCountry: CountryCode): readonly CountryCode[] {
  if (others.length === 0) return others;
  if (othersFor?.defaultCountry !== defaultCountry) othersFor = { defaultCountry, list: others.filter((code) => code !== defaultCountry) };
  return othersFor.list;
}

/** Is the record of each number looked at? Only when the agent calls other countries. */
export function readsRecords(defaultCountry: CountryCode): boolean {
  return otherCountriesBesides(defaultCountry).length > 0;
}

/** The fewest digits a number of the agent's countries has (7, or 5–6 for the Faroes, Greenland…): the scan's pre-check. */
export function fewestDigitsFor(defaultCountry: CountryCode): number {
  return shortestNumber({ defaultCountry, otherCountries: otherCountriesBesides(defaultCountry) });
}

export function findOptionsFor(node: Text, defaultCountry: CountryCode, whole: boolean = isWholeCell(node)): FindOptions {
  const otherCountries = otherCountriesBesides(defaultCountry);
  if (otherCountries.length === 0) return { defaultCountry, wholeCell: whole };
  const recordCountry = loadedRecordEvidence()?.recordCountryOf(node);
  return recordCountry ? { defaultCountry, wholeCell: whole, otherCountries, recordCountry } : { defaultCountry, wholeCell: whole, otherCountries };
}
