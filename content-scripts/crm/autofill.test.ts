// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { installAutofill } from './autofill';
import { findField, normalizeLabel } from './autofill-find';

beforeEach(() => {
  document.body.replaceChildren();
  const form = document.createElement('form');
  form.append(
    Object.assign(document.createElement('label'), { htmlFor: 'phone', textContent: 'Phone number *' }),
    Object.assign(document.createElement('input'), { id: 'phone' }),
    Object.assign(document.createElement('input'), { id: 'acct', placeholder: 'Account' }),
    Object.assign(document.createElement('input'), { id: 'ro', name: 'locked', readOnly: true }),
    Object.assign(document.createElement('textarea'), { id: 'notes', name: 'notes' }),
  );
  const wrapped = document.createElement('label');
  wrapped.append('Customer ID: ', Object.assign(document.createElement('input'), { id: 'cid' }));
  form.append(wrapped);
  document.body.append(form);
});

describe('finding a field', () => {
  it('by selector, label (for= or wrapping), name or placeholder; never a read-only one', () => {
    expect(findField(document, '#notes', '')?.id).toBe('notes');
    expect(findField(document, '', 'phone number')?.id).toBe('phone');
    expect(findField(document, '', 'Customer ID')?.id).toBe('cid');
    expect(findField(document, '', 'notes')?.id).toBe('notes');
    expect(findField(document, '', 'Account')?.id).toBe('acct');
    expect(findField(document, '', 'locked')).toBeNull();
    expect(findField(document, '[[bad', '')).toBeNull();
    expect(normalizeLabel('  Phone   number *: ')).toBe('phone number');
  });
});

describe('filling', () => {
  it('sets values with input and change events, keeps what someone else typed unless told to overwrite', () => {
    const fill = installAutofill(new AbortController().signal);
    const events: string[] = [];
    document.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).id}`));
    document.addEventListener('change', (e) => events.push(`change:${(e.target as HTMLElement).id}`));
    (document.getElementById('acct') as HTMLInputElement).value = 'typed before';
    const reply = fill({
      type: 'fill-fields', contactId: 'c',
      fields: [
        { id: '1', selector: '', label: 'Phone number', value: '03-1234-5678', overwrite: false },
        { id: '2', selector: '', label: 'Account', value: 'A-1', overwrite: false },
        { id: '3', selector: '#notes', label: '', value: 'note', overwrite: true },
        { id: '4', selector: '#nowhere', label: '', value: 'x', overwrite: false },
      ],
    });
    expect(reply?.results).toEqual([{ id: '1', status: 'filled' }, { id: '2', status: 'kept' }, { id: '3', status: 'filled' }, { id: '4', status: 'not-found' }]);
    expect((document.getElementById('phone') as HTMLInputElement).value).toBe('03-1234-5678');
    expect((document.getElementById('acct') as HTMLInputElement).value).toBe('typed before');
    expect(events).toEqual(['input:phone', 'change:phone', 'input:notes', 'change:notes']);
    // What we filled ourselves may be filled again for the next call.
    const again = fill({ type: 'fill-fields', contactId: 'd', fields: [{ id: '1', selector: '#phone', label: '', value: '090-1234-5678', overwrite: false }] });
    expect(again?.results[0]?.status).toBe('filled');
  });
});
