// The labels' rule for numbers no evidence places: every country whose writers could have written
// the text (and where it is valid) is a reading; one reading is a plain label, more mean "ask".
import { describe, expect, it } from 'vitest';
import { nationalLabel, readingIn } from './readings';

describe('plausible readings of a national number', () => {
  it('are every agent country whose writers write it so', () => {
    // Free dial in Japan, 0800 in Britain: Britons hyphenate too.
    expect(nationalLabel('0800-819-5124', '+818008195124', ['JP', 'GB'], false, 'dev')).toEqual({ e164: '+818008195124', readings: ['+448008195124', '+818008195124'] });
    expect(nationalLabel('08008195124', '+818008195124', ['JP', 'US', 'GB'], false, 'dev').readings).toEqual(['+448008195124', '+818008195124']);
  });

  it('leave out a country whose writers group it otherwise', () => {
    // A Briton writes "(070) 3508 3285"; the brackets without a space and the hyphen are Japanese.
    expect(readingIn('(070)3508-3285', 'GB', 'dev')).toBeNull();
    expect(nationalLabel('(070)3508-3285', '+817035083285', ['JP', 'GB'], false, 'dev')).toEqual({ e164: '+817035083285' });
  });

  it('need the trunk prefix where the country dials one', () => {
    expect(readingIn('03-1234-5678', 'JP', 'dev')).toBe('+81312345678');
    expect(readingIn('3-1234-5678', 'JP', 'dev')).toBeNull();
  });

  it('give way to evidence of the record', () => {
    expect(nationalLabel('0800-819-5124', '+448008195124', ['JP', 'GB'], true, 'dev')).toEqual({ e164: '+448008195124' });
  });
});
