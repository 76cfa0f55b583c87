// The scorer's verdicts on hand-made cases: each counter must move for the case it names.
import { describe, expect, it } from 'vitest';
import { scoreItem, precision, recall, type Match } from './score';
import type { EvalItem } from './types';

const item = (text: string, expect: EvalItem['expect']): EvalItem => ({ id: 't', split: 'dev', family: 'f', text, options: { defaultCountry: 'JP' }, expect });
const valid = (e164: string) => e164 !== '+8100';
const TOKYO = { start: 4, end: 16, e164: '+81312345678' };

describe('scoreItem', () => {
  it('counts the exact span with the labelled number as a true positive', () => {
    const { tally } = scoreItem(item('TEL 03-1234-5678', [TOKYO]), [{ start: 4, end: 16, e164: '+81312345678' }], [], valid);
    expect(tally).toMatchObject({ tp: 1, fp: 0, fn: 0, wrong: 0, cut: 0, invalid: 0 });
    expect(precision(tally)).toBe(1);
    expect(recall(tally)).toBe(1);
  });

  it('counts another number at the span, or a span cut short, as wrong', () => {
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [{ start: 4, end: 16, e164: '+81312345679' }], [], valid).tally).toMatchObject({ tp: 0, wrong: 1, cut: 0, fn: 0 });
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [{ start: 7, end: 16, e164: '+8112345678' }], [], valid).tally).toMatchObject({ tp: 0, wrong: 1, cut: 1, fn: 0 });
  });

  it('counts a match over no label as a false positive and a label with no match as a false negative', () => {
    const { tally, verdicts } = scoreItem(item('SO 1310 7022 / 03-1234-5678', [{ start: 15, end: 27, e164: '+81312345678' }]), [{ start: 0, end: 12, e164: '+13107022' }], [{ start: 0, end: 12, kind: 'bait:order-id' }], valid);
    expect(tally).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(verdicts.find((v) => v.kind === 'fp')).toMatchObject({ planted: { kind: 'bait:order-id' } });
  });

  it('wants an ambiguous number asked about, with every reading', () => {
    const label = { start: 0, end: 11, e164: '+818000800844', readings: ['+448000800844', '+818000800844'] };
    const text = '08000800844';
    const guess: Match = { start: 0, end: 11, e164: '+818000800844' };
    const asksOne: Match = { ...guess, readings: ['+818000800844'] };
    const asksAll: Match = { ...guess, readings: ['+818000800844', '+448000800844'] };
    expect(scoreItem(item(text, [label]), [guess], [], valid).tally).toMatchObject({ tp: 0, wrong: 1 });
    expect(scoreItem(item(text, [label]), [asksOne], [], valid).tally).toMatchObject({ tp: 0, wrong: 1 });
    expect(scoreItem(item(text, [label]), [asksAll], [], valid).tally).toMatchObject({ tp: 1, asked: 1, wrong: 0 });
  });

  it('takes a needless question as right only if the number is among its readings', () => {
    const asks: Match = { start: 4, end: 16, e164: '+81312345678', readings: ['+81312345678', '+61312345678'] };
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [asks], [], valid).tally).toMatchObject({ tp: 1, askedNeedlessly: 1 });
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [{ ...asks, readings: ['+61312345678'] }], [], valid).tally).toMatchObject({ tp: 0, wrong: 1 });
  });

  it('counts a number or reading the full metadata calls invalid', () => {
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [{ ...TOKYO, readings: ['+81312345678', '+8100'] }], [], valid).tally.invalid).toBe(1);
  });

  it('counts a second match over the same number as wrong, not a second hit', () => {
    expect(scoreItem(item('TEL 03-1234-5678', [TOKYO]), [TOKYO, TOKYO], [], valid).tally).toMatchObject({ tp: 1, wrong: 1 });
  });
});
