import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../../../test/unit/fake-browser';
import type { ContactSnapshot } from '../../shared/protocol';
import type { ScreenPopRule } from '../../shared/settings';
import { validateUrlTemplate } from '../../shared/settings-validate';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser() }));
const { duePops } = await import('../screen-pop');

const contact: ContactSnapshot = { contactId: 'c1', channel: 'voice', direction: 'inbound', phase: 'incoming', phaseSince: 1, phoneNumber: '+81312345678', queue: null, queueTimestamp: null, attributes: {} };
const rule = (id: string, urlTemplate: string): ScreenPopRule => ({ id, name: id, urlTemplate, trigger: 'ringing', target: 'new-tab', condition: null, enabled: true });
const rules = [rule('plain', 'https://crm.example.com/search?q={phone.e164}'), rule('record', 'https://crm.example.com/customers/{lookup.id}?n={lookup.Name}')];

describe('screen pops from the customer lookup', () => {
  it('a rule using {lookup.…} waits while the lookup runs; others do not', () => {
    expect(duePops(rules, contact, [], 'pending').map((d) => d.rule.id)).toEqual(['plain']);
  });

  it('fires with the record\'s id and fields, URL-encoded', () => {
    const due = duePops(rules, contact, ['plain'], { id: 'C 1/2', Name: '田中' });
    expect(due.map((d) => d.url)).toEqual(['https://crm.example.com/customers/C%201%2F2?n=%E7%94%B0%E4%B8%AD']);
  });

  it('no single record: skipped with the reason, never a half-filled URL', () => {
    expect(duePops(rules, contact, ['plain'], {})[0]).toMatchObject({ url: null, activity: { status: 'skipped', detail: 'missing:lookup.id' } });
  });

  it('the editor accepts {lookup.…} placeholders, still not in the host', () => {
    expect(validateUrlTemplate('https://crm.example.com/customers/{lookup.id}')).toBeNull();
    expect(validateUrlTemplate('https://{lookup.id}.example.com/')).toBe('placeholder-in-origin');
  });
});
