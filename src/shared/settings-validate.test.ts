import { describe, expect, it } from 'vitest';
import {
  autofillMappingErrors,
  screenPopRuleErrors,
  shownAttributeErrors,
  validateConditionField,
  validateLoginUrl,
  validateTemplate,
  validateUrlTemplate,
} from './settings-validate';

const rule = {
  id: 'r1', name: 'Find caller', urlTemplate: 'https://crm.example.com/search?q={phone.e164}',
  trigger: 'ringing', target: 'new-tab', condition: null, enabled: true,
};

describe('templates', () => {
  it('takes every documented placeholder', () => {
    for (const p of ['{phone.e164}', '{phone.national}', '{phone.international}', '{phone.digits}', '{contact.id}', '{queue.name}', '{attr.CustomerId}', '{attr.account-no.2}']) {
      expect(validateTemplate(`x ${p} y`), p).toBeNull();
    }
  });
  it('refuses unknown placeholders and stray braces', () => {
    expect(validateTemplate('{phone}')).toBe('unknown-placeholder');
    expect(validateTemplate('{attr.}')).toBe('unknown-placeholder');
    expect(validateTemplate('{attr.a b}')).toBe('unknown-placeholder');
    expect(validateTemplate('{phone.e164')).toBe('unbalanced-braces');
    expect(validateTemplate('phone.e164}')).toBe('unbalanced-braces');
    expect(validateTemplate('{{phone.e164}}')).toBe('unbalanced-braces');
    expect(validateTemplate('  ')).toBe('required');
  });
  it('lets URL templates make only http(s) URLs on a written-out host', () => {
    expect(validateUrlTemplate('https://crm.example.com/c/{attr.Id}?n={phone.digits}#x')).toBeNull();
    expect(validateUrlTemplate('http://127.0.0.1:8080/{contact.id}')).toBeNull();
    expect(validateUrlTemplate('javascript:alert({phone.e164})')).toBe('not-https');
    expect(validateUrlTemplate('ftp://crm.example.com/{phone.e164}')).toBe('not-https');
    expect(validateUrlTemplate('crm.example.com/{phone.e164}')).toBe('not-a-url');
    expect(validateUrlTemplate('{attr.Url}')).toBe('not-a-url');
    expect(validateUrlTemplate('https://{attr.Host}/x')).toBe('placeholder-in-origin');
    expect(validateUrlTemplate('https://crm.example.com{attr.Host}/x')).toBe('placeholder-in-origin');
    expect(validateUrlTemplate('https://user:pw@crm.example.com/')).toBe('not-a-url');
  });
});

describe('login URL', () => {
  it('is optional, https only; loopback http only in a development build', () => {
    expect(validateLoginUrl('', false)).toBeNull();
    expect(validateLoginUrl('https://idp.example.com/saml?RelayState=x', false)).toBeNull();
    expect(validateLoginUrl('http://idp.example.com/', false)).toBe('not-https');
    expect(validateLoginUrl('http://127.0.0.1:9000/login', false)).toBe('not-https');
    expect(validateLoginUrl('http://127.0.0.1:9000/login', true)).toBeNull();
    expect(validateLoginUrl('idp', false)).toBe('not-a-url');
  });
});

describe('records', () => {
  it('a valid screen-pop rule has no errors; each bad field is named', () => {
    expect(screenPopRuleErrors(rule)).toEqual({});
    expect(screenPopRuleErrors({ ...rule, condition: { field: 'attr.Tier', equals: 'Gold' } })).toEqual({});
    expect(screenPopRuleErrors({ ...rule, name: '', trigger: 'later', target: 'x', urlTemplate: 'javascript:x' })).toEqual({
      name: 'required', trigger: 'not-an-option', target: 'not-an-option', urlTemplate: 'not-https',
    });
    expect(screenPopRuleErrors({ ...rule, condition: { field: 'colour', equals: '' } })).toEqual({ conditionField: 'bad-condition-field', conditionEquals: 'required' });
    expect(screenPopRuleErrors('rule')).toEqual({ rule: 'wrong-type' });
  });
  it('condition fields are queue or attr.Name', () => {
    expect(validateConditionField('queue')).toBeNull();
    expect(validateConditionField('attr.Language')).toBeNull();
    expect(validateConditionField('attr.')).toBe('bad-condition-field');
  });
  it('an auto-fill mapping needs a selector or a label, and a known template', () => {
    const mapping = { id: 'm1', selector: '#phone', label: '', template: '{phone.national}', overwrite: false };
    expect(autofillMappingErrors(mapping)).toEqual({});
    expect(autofillMappingErrors({ ...mapping, selector: '', label: 'Phone' })).toEqual({});
    expect(autofillMappingErrors({ ...mapping, selector: ' ', label: '' })).toEqual({ selector: 'required' });
    expect(autofillMappingErrors({ ...mapping, template: '{nope}' })).toEqual({ template: 'unknown-placeholder' });
  });
  it('a shown attribute has a Connect attribute name and a label', () => {
    expect(shownAttributeErrors({ key: 'CustomerId', label: 'Customer' })).toEqual({});
    expect(shownAttributeErrors({ key: 'bad name', label: '' })).toEqual({ key: 'bad-attribute-name', label: 'required' });
  });
});

describe('agrees with the renderer (src/shared/templates.ts)', async () => {
  const { renderUrl } = await import('./templates');
  const contact = {
    contactId: 'c-1', channel: 'voice' as const, direction: 'inbound' as const, phase: 'incoming' as const, phoneNumber: '+81312345678',
    queue: { name: 'BasicQueue', arn: 'arn' }, queueTimestamp: null, phaseSince: 0, attributes: { CustomerId: 'A 1', Host: 'evil.example' },
  };
  it('every URL template the options page accepts renders to an http(s) URL on its own host', () => {
    for (const template of [
      'https://crm.example.com/search?q={phone.e164}', 'http://127.0.0.1:8080/{contact.id}', 'https://crm.example.com?id={attr.CustomerId}',
      'https://crm.example.com#/{queue.name}/{phone.digits}', 'https://crm.example.com/{phone.national}/{phone.international}',
    ]) {
      expect(validateUrlTemplate(template), template).toBeNull();
      const result = renderUrl(template, contact);
      expect(result.ok, template).toBe(true);
      if (result.ok) expect(new URL(result.value).host).toBe(new URL(template.replace(/\{[^}]*\}/g, 'x')).host);
    }
  });
  it('what the options page refuses, the renderer refuses too', () => {
    for (const template of ['javascript:alert({phone.e164})', 'https://{attr.Host}/x', '{attr.Host}']) {
      expect(validateUrlTemplate(template), template).not.toBeNull();
      expect(renderUrl(template, contact).ok, template).toBe(false);
    }
  });
});
