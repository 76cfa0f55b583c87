import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './detect';

// An internationally written number the detector cannot read whole must not give its tail, read
// as a national number of the agent's country: that is a wrong number, the worst answer.
describe('the tail of an international number', () => {
  it('is not read as a number of its own', () => {
    for (const [text, country] of [
      ['ANI 0044 20 0668 0503 queue 261', 'DE'],
      ['ANI +44 20 0668 0503 queue 261', 'DE'],
      ['Tel 0044 20 0668 0503', 'DE'],
    ] as const) {
      for (const match of findPhoneNumbers(text, { defaultCountry: country })) {
        expect(text.slice(0, match.start), `${text}: ${text.slice(match.start, match.end)} → ${match.e164}`).toMatch(/^(Tel|ANI) $/);
      }
    }
  });

  it('still lets a list of numbers after one written internationally be read', () => {
    const found = findPhoneNumbers('Tel +44 20 7946 0958 020 7946 0959', { defaultCountry: 'GB' }).map((m) => m.e164);
    expect(found).toEqual(['+442079460958', '+442079460959']);
  });
});
