// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => key } });
import { isPhoneField, offerFor } from './input-dial-button';

function input(attrs: Record<string, string>, value = ''): HTMLInputElement {
  const el = document.createElement('input');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = value;
  document.body.append(el);
  return el;
}

describe('isPhoneField', () => {
  it('knows phone fields by type, autocomplete, name, placeholder or label', () => {
    expect(isPhoneField(input({ type: 'tel' }))).toBe(true);
    expect(isPhoneField(input({ autocomplete: 'mobile tel' }))).toBe(true);
    expect(isPhoneField(input({ name: 'contact_phone' }))).toBe(true);
    expect(isPhoneField(input({ placeholder: '電話番号' }))).toBe(true);
    const labelled = input({ id: 'f1' });
    const label = document.createElement('label');
    label.htmlFor = 'f1';
    label.textContent = 'Mobile';
    document.body.append(label);
    expect(isPhoneField(labelled)).toBe(true);
    expect(isPhoneField(input({ name: 'order_id' }))).toBe(false);
  });
});

describe('offerFor', () => {
  it('offers the number of a phone field, and says when it cannot be read', () => {
    expect(offerFor(input({ type: 'tel' }, '(03) 1234-5678'), 'JP')).toEqual({ e164: '+81312345678' });
    expect(offerFor(input({ type: 'tel' }, '12-34'), 'JP')).toEqual({ unreadable: '12-34' });
    expect(offerFor(input({ type: 'tel' }, '  '), 'JP')).toBeNull();
  });

  it('offers a number in any text field only when the value is one', () => {
    expect(offerFor(input({ name: 'memo' }, '+44 20 7946 0958'), 'JP')).toEqual({ e164: '+442079460958' });
    expect(offerFor(input({ name: 'memo' }, 'Order #2024031501'), 'JP')).toBeNull();
  });

  it('in a note, offers the number at the caret, else the first', () => {
    const note = document.createElement('textarea');
    note.value = 'Office 03-1234-5678, mobile 090-1234-5678';
    document.body.append(note);
    note.setSelectionRange(0, 0);
    expect(offerFor(note, 'JP')).toEqual({ e164: '+81312345678' });
    note.setSelectionRange(32, 32);
    expect(offerFor(note, 'JP')).toEqual({ e164: '+819012345678' });
    note.value = 'Invoice 2024-03-15 ¥12,000';
    expect(offerFor(note, 'JP')).toBeNull();
  });
});
