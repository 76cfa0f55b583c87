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

// The head of a run whose next part runs on into what is no number ("4549(2027…", a bracket glued
// to a long digit string) is not read alone: "070 ) 2262" is a German number, and dialling it for
// a Japanese agent who also calls Germany would be a wrong call (found by the 18:00 holdout).
describe('the head of a run that runs on', () => {
  it('is not read alone when it reads longer with the next groups', () => {
    const text = '折返し先：( 070 ) 2262 - 4549（20270503193135以降）。';
    const found = findPhoneNumbers(text, { defaultCountry: 'JP', otherCountries: ['DE', 'FR', 'CH'] });
    expect(found.map((m) => m.e164)).not.toContain('+49702262');
    for (const m of found) expect(m.e164).toBe('+817022624549');
  });

  it('still reads the number when nothing runs on', () => {
    const found = findPhoneNumbers('折返し先：( 070 ) 2262 - 4549。', { defaultCountry: 'JP', otherCountries: ['DE'] });
    expect(found.map((m) => m.e164)).toEqual(['+817022624549']);
  });
});
