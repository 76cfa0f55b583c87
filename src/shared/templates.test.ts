import { describe, expect, it } from 'vitest';
import type { ContactSnapshot } from './protocol';
import { renderText, renderUrl } from './templates';

const contact: ContactSnapshot = {
  contactId: 'c-1', channel: 'voice', direction: 'inbound', phase: 'incoming', phaseSince: 1,
  phoneNumber: '+81312345678', queue: { name: 'Support JP', arn: 'arn:q' }, queueTimestamp: 1,
  attributes: { CustomerId: 'C 10/01&x=1', Empty: '' },
};

describe('URL templates', () => {
  it('fills and URL-encodes every field', () => {
    const r = renderUrl('https://crm.example.com/search?q={phone.e164}&id={attr.CustomerId}&c={contact.id}&queue={queue.name}', contact);
    expect(r).toEqual({ ok: true, value: 'https://crm.example.com/search?q=%2B81312345678&id=C%2010%2F01%26x%3D1&c=c-1&queue=Support%20JP' });
  });

  it('formats numbers national, international and as digits', () => {
    expect(renderUrl('https://x.example/{phone.national}/{phone.international}/{phone.digits}', contact)).toEqual({
      ok: true, value: 'https://x.example/03-1234-5678/%2B81%203-1234-5678/81312345678',
    });
  });

  it('leaves the rule unfired when an attribute is missing or empty', () => {
    expect(renderUrl('https://crm.example.com/?id={attr.AccountId}', contact)).toEqual({ ok: false, reason: 'missing', field: 'attr.AccountId' });
    expect(renderUrl('https://crm.example.com/?id={attr.Empty}', contact)).toEqual({ ok: false, reason: 'missing', field: 'attr.Empty' });
    expect(renderUrl('https://crm.example.com/?n={phone.e164}', { ...contact, phoneNumber: null })).toMatchObject({ ok: false, field: 'phone.e164' });
  });

  it('never produces anything but an http(s) URL on the template\'s own host', () => {
    const evil = { ...contact, attributes: { Url: 'javascript:alert(1)', Host: 'evil.example' } };
    expect(renderUrl('{attr.Url}', evil)).toEqual({ ok: false, reason: 'not-http' });
    expect(renderUrl('javascript:alert({contact.id})', evil)).toEqual({ ok: false, reason: 'not-http' });
    expect(renderUrl('https://{attr.Host}/x', evil)).toEqual({ ok: false, reason: 'not-http' });
    expect(renderUrl('data:text/html,hi', evil)).toEqual({ ok: false, reason: 'not-http' });
    expect(renderUrl('https://crm.example.com@{attr.Host}/', evil)).toEqual({ ok: false, reason: 'not-http' });
    expect(renderUrl('https://crm.example.com{attr.Host}', evil)).toEqual({ ok: false, reason: 'not-http' });
  });

  it('names an unknown field', () => {
    expect(renderUrl('https://crm.example.com/{agent.name}', contact)).toEqual({ ok: false, reason: 'unknown-field', field: 'agent.name' });
  });
});

describe('value templates', () => {
  it('fills values as they are', () => {
    expect(renderText('{phone.national} ({attr.CustomerId})', contact)).toEqual({ ok: true, value: '03-1234-5678 (C 10/01&x=1)' });
  });
});
