import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../test/unit/fake-browser';
import type { ContactSnapshot } from '../shared/protocol';
import type { ScreenPopRule } from '../shared/settings';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser() }));
const { duePops, triggerReached } = await import('./screen-pop');

const contact = (phase: ContactSnapshot['phase'], extra: Partial<ContactSnapshot> = {}): ContactSnapshot => ({
  contactId: 'c1', channel: 'voice', direction: 'inbound', phase, phaseSince: 1, phoneNumber: '+81312345678',
  queue: { name: 'SupportQueue-JP', arn: 'a' }, queueTimestamp: 0, attributes: { CustomerId: 'C-1', Tier: 'gold' }, ...extra,
});
const rule = (fields: Partial<ScreenPopRule>): ScreenPopRule => ({
  id: 'r', name: 'Record', urlTemplate: 'https://crm.example.com/?q={phone.e164}', trigger: 'ringing', target: 'new-tab', condition: null, enabled: true, ...fields,
});

describe('screen-pop rules', () => {
  it('fire at their moment: ringing, accepted, connected', () => {
    expect(triggerReached('ringing', contact('incoming'))).toBe(true);
    expect(triggerReached('ringing', contact('connected'))).toBe(false);
    expect(triggerReached('accepted', contact('connecting'))).toBe(true);
    expect(triggerReached('accepted', contact('incoming'))).toBe(false);
    expect(triggerReached('connected', contact('on-hold'))).toBe(true);
    expect(triggerReached('connected', contact('connecting'))).toBe(false);
  });

  it('fire once per contact, only when enabled and when the condition holds', () => {
    expect(duePops([rule({})], contact('incoming'), [])).toHaveLength(1);
    expect(duePops([rule({})], contact('incoming'), ['r'])).toHaveLength(0);
    expect(duePops([rule({ enabled: false })], contact('incoming'), [])).toHaveLength(0);
    expect(duePops([rule({ condition: { field: 'queue', equals: 'BasicQueue' } })], contact('incoming'), [])).toHaveLength(0);
    expect(duePops([rule({ condition: { field: 'attr.Tier', equals: 'gold' } })], contact('incoming'), [])).toHaveLength(1);
    expect(duePops([rule({ condition: { field: 'attr.Missing', equals: '' } })], contact('incoming'), [])).toHaveLength(0);
  });

  it('give the URL, or why there is none', () => {
    const [ok] = duePops([rule({ urlTemplate: 'https://crm.example.com/c/{attr.CustomerId}' })], contact('incoming'), []);
    expect(ok).toMatchObject({ url: 'https://crm.example.com/c/C-1', activity: null });
    const [skipped] = duePops([rule({ urlTemplate: 'https://crm.example.com/a/{attr.AccountId}' })], contact('incoming'), []);
    expect(skipped).toMatchObject({ url: null, activity: { kind: 'screen-pop', status: 'skipped', detail: 'missing:attr.AccountId' } });
  });
});
