import { describe, expect, it } from 'vitest';
import { formatForAgent, formatInternational, formatNational, toE164OrNull } from './format';

describe('formatForAgent', () => {
  it.each([
    ['+81312345678', 'JP', '03-1234-5678'],
    ['+81312345678', 'US', '+81 3-1234-5678'],
    ['+819012345678', 'GB', '+81 90-1234-5678'],
    ['+14155550132', 'US', '(415) 555-0132'],
    ['+14155550132', 'JP', '+1 415-555-0132'],
    ['+16045550123', 'US', '(604) 555-0123'],
    ['+442079460958', 'GB', '020 7946 0958'],
    ['+442079460958', 'JP', '+44 20 7946 0958'],
    ['not a number', 'JP', 'not a number'],
  ] as const)('%s for a %s agent → %s', (e164, agent, shown) => {
    expect(formatForAgent(e164, agent)).toBe(shown);
  });
});

describe('formatInternational / formatNational', () => {
  it('keeps national grouping after the country code', () => {
    expect(formatInternational('+81120123456')).toBe('+81 120-123-456');
    expect(formatInternational('+18005550199')).toBe('+1 800-555-0199');
    expect(formatInternational('+441614960000')).toBe('+44 161 496 0000');
    expect(formatNational('+81312345678')).toBe('03-1234-5678');
    expect(formatNational('+18005550199')).toBe('(800) 555-0199');
  });
});

describe('toE164OrNull', () => {
  it('reads strings and numbers, and refuses the rest', () => {
    expect(toE164OrNull('03-1234-5678', 'JP')).toBe('+81312345678');
    expect(toE164OrNull(4155550132, 'US')).toBe('+14155550132');
    expect(toE164OrNull('tel:+442079460958', 'JP')).toBe('+442079460958');
    expect(toE164OrNull('123', 'JP')).toBeNull();
    expect(toE164OrNull(null, 'JP')).toBeNull();
    expect(toE164OrNull({ phone: '03-1234-5678' }, 'JP')).toBeNull();
  });
});
