import { describe, expect, it } from 'vitest';
import { normalizeDigits } from './normalize';

describe('normalizeDigits', () => {
  it.each([
    ['０３－１２３４－５６７８', '03-1234-5678'],
    ['＋８１\u3000３（１２３４）５６７８', '+81 3(1234)5678'],
    ['03ー1234ー5678', '03-1234-5678'],
    ['０９０ｰ１２３４ｰ５６７８', '090-1234-5678'],
    ['03‐1234‑5678', '03-1234-5678'],
    ['415–555—0132', '415-555-0132'],
    ['415．555．0132', '415.555.0132'],
    ['TEL：03\u00a01234\u20095678', 'TEL:03 1234 5678'],
  ])('%s → %s', (input, output) => {
    expect(normalizeDigits(input)).toBe(output);
  });

  it('keeps a long-vowel mark that is not between digits (it is a letter in katakana)', () => {
    expect(normalizeDigits('コール 03ー1234')).toBe('コール 03-1234');
    expect(normalizeDigits('ー1234')).toBe('ー1234');
  });

  it('preserves length, so offsets map back to the original text', () => {
    const samples = ['（０３）１２３４－５６７８　内線１２３', 'メール：ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ 📞 ０３ー１２３４ー５６７８', 'plain ascii 415-555-0132'];
    for (const s of samples) expect(normalizeDigits(s).length).toBe(s.length);
  });

  it('returns ASCII text unchanged', () => {
    const text = 'Call 415-555-0132';
    expect(normalizeDigits(text)).toBe(text);
  });
});
