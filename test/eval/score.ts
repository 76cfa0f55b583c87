/**
 * Scores what a detector found in the evaluation texts against the labels.
 * - TP: the labelled span exactly, with the labelled E.164; for a label with several readings,
 *   a match that asks (has `readings`) covering them all (also counted as `asked`). A match that
 *   asks where the label has one reading is a TP only if that reading is among its own, and is
 *   counted in `askedNeedlessly`.
 * - wrong: a match over a labelled number with another number (or a guess where it should ask),
 *   or with its span cut short or too long (`cut`, counted within wrong too): the dangerous ones.
 * - FP: a match over no labelled number (bait, fax); FN: a labelled number no match touches.
 * - invalid: a match whose E.164 or any reading libphonenumber's max metadata calls invalid.
 */
import type { EvalItem, EvalLabel, Planted } from './types';

export interface Match {
  start: number;
  end: number;
  e164: string;
  extension?: string;
  readings?: string[];
}

export interface Tally {
  texts: number;
  labelled: number;
  tp: number;
  fp: number;
  fn: number;
  wrong: number;
  cut: number;
  invalid: number;
  asked: number;
  askedNeedlessly: number;
  extensionDiffers: number;
}

export const emptyTally = (): Tally => ({ texts: 0, labelled: 0, tp: 0, fp: 0, fn: 0, wrong: 0, cut: 0, invalid: 0, asked: 0, askedNeedlessly: 0, extensionDiffers: 0 });

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as Array<keyof Tally>) into[key] += from[key];
}

export const precision = (t: Tally): number => (t.tp + t.fp + t.wrong === 0 ? 1 : t.tp / (t.tp + t.fp + t.wrong));
export const recall = (t: Tally): number => (t.labelled === 0 ? 1 : t.tp / t.labelled);

export type Verdict =
  | { kind: 'tp'; label: EvalLabel; match: Match }
  | { kind: 'wrong'; label: EvalLabel; match: Match; cut: boolean }
  | { kind: 'fp'; match: Match; planted?: Planted }
  | { kind: 'fn'; label: EvalLabel };

export interface ItemScore {
  tally: Tally;
  verdicts: Verdict[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function scoreItem(
  item: EvalItem, matches: readonly Match[], planted: readonly Planted[], isValid: (e164: string) => boolean,
  options: { extensionInSpan?: boolean } = {},
): ItemScore {
  const tally = emptyTally();
  const verdicts: Verdict[] = [];
  tally.texts = 1;
  tally.labelled = item.expect.length;
  const touched = new Set<EvalLabel>();
  for (const match of matches) {
    if (!isValid(match.e164) || (match.readings ?? []).some((r) => !isValid(r))) tally.invalid++;
    const label = item.expect.find((l) => overlaps(l, match));
    if (!label) {
      tally.fp++;
      verdicts.push({ kind: 'fp', match, planted: planted.find((p) => overlaps(p, match)) });
      continue;
    }
    const first = !touched.has(label);
    touched.add(label);
    let end = match.end;
    // libphonenumber's own finder counts the extension in its span; the detector must not.
    if (options.extensionInSpan && match.extension && label.extension && end > label.end && item.text.slice(label.end, end).endsWith(match.extension)) end = label.end;
    const exact = match.start === label.start && end === label.end && item.expect.filter((l) => overlaps(l, match)).length === 1;
    if (!exact) {
      tally.wrong++;
      tally.cut++;
      verdicts.push({ kind: 'wrong', label, match, cut: true });
      continue;
    }
    let right: boolean;
    if (label.readings) {
      right = !!match.readings && label.readings.every((r) => match.readings!.includes(r));
      if (right) tally.asked++;
    } else if (match.readings) {
      right = match.readings.includes(label.e164);
      if (right) tally.askedNeedlessly++;
    } else right = match.e164 === label.e164;
    if (right && first) {
      tally.tp++;
      if ((match.extension ?? '') !== (label.extension ?? '')) tally.extensionDiffers++;
      verdicts.push({ kind: 'tp', label, match });
    } else {
      tally.wrong++;
      verdicts.push({ kind: 'wrong', label, match, cut: false });
    }
  }
  for (const label of item.expect) {
    if (!touched.has(label)) {
      tally.fn++;
      verdicts.push({ kind: 'fn', label });
    }
  }
  return { tally, verdicts };
}
