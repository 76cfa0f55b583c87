import { describe, expect, it } from 'vitest';
import { logTargetErrors, parseHeaderLine, validateCallTemplate, validateEndpoint } from './settings-call-log';

describe('call-log settings', () => {
  it('endpoints are https with a literal host; loopback http only in the development build', () => {
    expect(validateEndpoint('https://crm.example.com/api/customers?phone={phone.e164}', false)).toBeNull();
    expect(validateEndpoint('http://crm.example.com/api', false)).toBe('not-https');
    expect(validateEndpoint('http://127.0.0.1:8080/calls', false)).toBe('not-https');
    expect(validateEndpoint('http://127.0.0.1:8080/calls', true)).toBeNull();
    expect(validateEndpoint('https://{attr.Host}/x', true)).toBe('placeholder-in-origin');
    expect(validateEndpoint('javascript:alert(1)', true)).toBe('not-https');
  });

  it('{call.…} templates know their placeholders', () => {
    expect(validateCallTemplate('{call.notes} / {call.disposition} / {call.attr.CustomerId}')).toBeNull();
    expect(validateCallTemplate('{phone.e164}')).toBe('unknown-placeholder');
    expect(validateCallTemplate('{call.notes')).toBe('unbalanced-braces');
  });

  it('a webhook target needs an endpoint and a secret', () => {
    const target = { id: 't', kind: 'webhook', site: '', url: 'https://hooks.example.com/calls', secret: 's3cret', fields: [], enabled: true };
    expect(logTargetErrors(target, false)).toEqual({});
    expect(logTargetErrors({ ...target, secret: '' }, false)).toEqual({ secret: 'required' });
    expect(logTargetErrors({ ...target, site: 'https://crm.example.com/path' }, false)).toEqual({ site: 'not-an-origin' });
    expect(logTargetErrors({ ...target, kind: 'crm-form', secret: '', url: 'https://crm.example.com/log?c={call.contactId}', fields: [{ id: 'f', selector: '#notes', label: '', template: '{call.notes}' }] }, false)).toEqual({});
  });

  it('one header line', () => {
    expect(parseHeaderLine('X-Api-Key: abc: def')).toEqual(['X-Api-Key', 'abc: def']);
    expect(parseHeaderLine('no colon')).toBeNull();
    expect(parseHeaderLine('Bad Name: x')).toBeNull();
  });
});

describe('lookup URLs', () => {
  it('fill {phone.e164} and {phone.digits} on the template\'s own host, nothing else', async () => {
    const { renderLookupUrl, validateLookupUrl } = await import('./settings-call-log');
    expect(renderLookupUrl('https://crm.example.com/api?phone={phone.e164}&d={phone.digits}', '+81312345678')).toBe('https://crm.example.com/api?phone=%2B81312345678&d=81312345678');
    expect(renderLookupUrl('https://crm.example.com/api?q={attr.X}', '+81312345678')).toBeNull();
    expect(validateLookupUrl('https://crm.example.com@evil.example/{phone.e164}', false)).toBe('not-a-url');
    expect(validateLookupUrl('https://crm.example.com/api?q={phone.national}', false)).toBe('unknown-placeholder');
    expect(validateLookupUrl('https://crm.example.com/api?q={phone.e164}', false)).toBeNull();
  });
});
