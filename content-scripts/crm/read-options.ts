/**
 * How one text node of the page is read: the options passed to `findPhoneNumbers` for it. The
 * scan and the re-read at the moment of a click use this one function, so a click re-reads the
 * text exactly as the highlight was read.
 */
import type { CountryCode, FindOptions } from '../../src/shared/phone';
import { isWholeCell } from './page-text';

export function findOptionsFor(node: Text, defaultCountry: CountryCode, whole: boolean = isWholeCell(node)): FindOptions {
  return { defaultCountry, wholeCell: whole };
}
