import { describe, expect, it } from 'vitest';
import { DIGITS, normalizeDigits, SPACES, withoutFormatMarks } from './normalize';

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

describe('digits of every script, spaces of every kind', () => {
  it.each([
    ['+٩٧١ ٥٨ ٩١٨ ٩٦٦٩', '+971 58 918 9669'],
    ['۰۹۱۲ ۳۴۵ ۶۷۸۹', '0912 345 6789'],
    ['+९१ ९८७६५ ४३२१०', '+91 98765 43210'],
    ['๐๒-๒๓๔-๕๖๗๘', '02-234-5678'],
    ['০১৭১১ ১২৩৪৫৬', '01711 123456'],
    ['03\u20001234\u16805678', '03 1234 5678'],
  ])('%s → %s', (input, output) => {
    expect(normalizeDigits(input)).toBe(output);
  });
});

describe('withoutFormatMarks', () => {
  it('removes invisible marks and says where each character came from', () => {
    const text = '\u200e+44\u200b 7873\u00ad';
    const stripped = withoutFormatMarks(text)!;
    expect(stripped.text).toBe('+44 7873');
    expect(Array.from(stripped.from)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
  });

  it('keeps a soft hyphen between digits, where the writer broke the number, and reads it as a dash', () => {
    const stripped = withoutFormatMarks('\u200e586\u00ad493\u00ad3701')!;
    expect(stripped.text).toBe('586\u00ad493\u00ad3701');
    expect(normalizeDigits(stripped.text)).toBe('586-493-3701');
    expect(normalizeDigits('co\u00adoperate 12')).toBe('co\u00adoperate 12');
  });

  it('returns null for text without any', () => {
    expect(withoutFormatMarks('Call 415-555-0132')).toBeNull();
  });
});

describe('the written-out character classes', () => {
  it('are Unicode\'s Nd and Zs (but the ASCII space) in the Basic Multilingual Plane', () => {
    const same = (written: string, unicode: RegExp) => {
      const ours = new RegExp(`^[${written}]$`);
      for (let code = 0; code <= 0xffff; code++) {
        const ch = String.fromCharCode(code);
        if (ours.test(ch) !== unicode.test(ch)) return code.toString(16);
      }
      return 'same';
    };
    expect(same(DIGITS, /^\p{Nd}$/u)).toBe('same');
    expect(same(SPACES, /^(?! )\p{Zs}$/u)).toBe('same');
  });
});
