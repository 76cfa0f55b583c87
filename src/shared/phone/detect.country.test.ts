import { describe, expect, it } from 'vitest';
import { findPhoneNumbers, type FindOptions } from './detect';

const read = (text: string, options: FindOptions) =>
  findPhoneNumbers(text, { wholeCell: true, ...options }).map((m) => (m.readings ? { e164: m.e164, readings: m.readings } : m.e164));

describe('a country per number', () => {
  it('reads a national number as its record\'s country', () => {
    expect(read('07911 123456', { defaultCountry: 'JP', recordCountry: 'GB' })).toEqual(['+447911123456']);
    expect(read('090-1234-5678', { defaultCountry: 'GB', recordCountry: 'JP' })).toEqual(['+819012345678']);
    expect(read('(415) 555-0132', { defaultCountry: 'JP', recordCountry: 'US' })).toEqual(['+14155550132']);
    // A record country the number cannot be read in leaves the agent's countries to read it.
    expect(read('03-1234-5678', { defaultCountry: 'JP', recordCountry: 'GB' })).toEqual(['+81312345678']);
    // Read there in any of its groupings: the record's Country field is what the writer meant.
    expect(read('(069) 7132-4255', { defaultCountry: 'DE', otherCountries: ['AT'], recordCountry: 'DE' })).toEqual(['+496971324255']);
  });

  it('asks, not guesses, when another country\'s grouping fits a valid number of one of the agent\'s countries', () => {
    // "01-4706-2764" is grouped as Malaysians write a mobile; a Thai agent's own +66 1 4706 2764
    // is valid as well: reading it only as Malaysian was a guess.
    const th = { defaultCountry: 'TH', otherCountries: ['VN', 'SG', 'MY'] } as const;
    expect(read('01-4706-2764', th)).toEqual([{ e164: '+66147062764', readings: ['+66147062764', '+60147062764'] }]);
    expect(read('18-0026-8826', th)).toEqual([{ e164: '+661800268826', readings: ['+661800268826', '+841800268826', '+601800268826'] }]);
    // The record's country reads it as written (its area code apart, as Thai writers put it).
    expect(read('01-4706-2764', { defaultCountry: 'SG', otherCountries: ['MY'], recordCountry: 'TH' })).toEqual(['+66147062764']);
    expect(read('01-4540-0988', { defaultCountry: 'SG', otherCountries: ['TH', 'MY'] })).toEqual([{ e164: '+66145400988', readings: ['+66145400988', '+60145400988'] }]);
  });

  it('reads a national number in the one country where it is valid and written that country\'s way', () => {
    const jpWithOthers = { defaultCountry: 'JP', otherCountries: ['GB', 'US'] } as const;
    expect(read('07911 123456', jpWithOthers)).toEqual(['+447911123456']);
    expect(read('03-1234-5678', jpWithOthers)).toEqual(['+81312345678']);
    expect(read('(415) 555-0132', jpWithOthers)).toEqual(['+14155550132']);
    // Japan writes 0120-123-456; 0120 12 3456 is one of its other groupings, and Britain's
    // standard one for 01201 23456 is not this.
    expect(read('0161 496 0123', { defaultCountry: 'JP', otherCountries: ['GB'] })).toEqual(['+441614960123']);
  });

  it('keeps the reading of every country whose writers group a number this way, not only the best fit', () => {
    // Ireland and Japan write 086 212 1331 so; Australia reads it too, in a looser grouping.
    expect(read('086 212 1331', { defaultCountry: 'GB', otherCountries: ['IE', 'AU', 'JP'] })).toEqual([{ e164: '+353862121331', readings: ['+353862121331', '+61862121331', '+81862121331'] }]);
    // The Dutch standard grouping of Eindhoven's numbers, and a way Germans write Hamburg's.
    expect(read('040 229 9836', { defaultCountry: 'NL', otherCountries: ['BE', 'DE', 'GB'] })).toEqual([{ e164: '+31402299836', readings: ['+31402299836', '+49402299836'] }]);
  });
  it('does not ask where no other country writes the number that way', () => {
    expect(read('03-1234-5678', { defaultCountry: 'JP', otherCountries: ['GB', 'US', 'DE'] })).toEqual(['+81312345678']);
  });

  it('keeps every plausible reading when nothing settles the country, the default\'s first', () => {
    // Same digits and grouping in both: hyphens or spaces do not settle it.
    expect(read('070-1234-5678', { defaultCountry: 'GB', otherCountries: ['JP'] })).toEqual([{ e164: '+447012345678', readings: ['+447012345678', '+817012345678'] }]);
    expect(read('020 7946 0958', { defaultCountry: 'JP', otherCountries: ['GB'] })).toEqual([{ e164: '+812079460958', readings: ['+812079460958', '+442079460958'] }]);
    expect(read('07012345678', { defaultCountry: 'JP', otherCountries: ['GB'] })).toEqual([{ e164: '+817012345678', readings: ['+817012345678', '+447012345678'] }]);
    expect(read('07012345678', { defaultCountry: 'GB', otherCountries: ['JP'] })).toEqual([{ e164: '+447012345678', readings: ['+447012345678', '+817012345678'] }]);
  });

  it('asks where the digits are valid in a country that has no format for them, not only where they are formatted', () => {
    // Australia's 7-digit 180x toll-free and Papua New Guinea's 180 2409; Singapore's 6919 1596
    // and Vietnam's UAN; India's 1800 460 1946 and Nepal's toll-free: reading only the formatted
    // one was a guess (a related list's Phone column, no record country).
    const row = (number: string) => `Ava Thompson\tBuyer\t${number}\t0277510064\tk.tanaka@example.org`;
    expect(read(row('1802409'), { defaultCountry: 'AU', otherCountries: ['PG', 'NC', 'NZ'], wholeCell: false })[0]).toEqual({ e164: '+611802409', readings: ['+611802409', '+6751802409'] });
    expect(read(row('69191596'), { defaultCountry: 'SG', otherCountries: ['MY', 'ID', 'PH', 'VN'], wholeCell: false })[0]).toEqual({ e164: '+6569191596', readings: ['+6569191596', '+8469191596'] });
    expect(read('18004601946', { defaultCountry: 'IN', otherCountries: ['AF', 'BT', 'NP', 'LK'] })).toEqual([{ e164: '+9118004601946', readings: ['+9118004601946', '+97718004601946'] }]);
    // Alone, a country's unformatted range is not read at all: nothing says how it is written.
    expect(read('1802409', { defaultCountry: 'AU' })).toEqual([]);
  });

  it('asks about a block read with its prefix in one country and as dialled in another ("18007988817")', () => {
    // The US toll-free 1 800 798 8817 with its "1", and the Philippines' and Singapore's 1800
    // numbers as they are dialled there: reading only the US was a guess.
    const found = findPhoneNumbers('Salamat po! Pwede rin sa 18007988817.', { defaultCountry: 'PH', otherCountries: ['US', 'SG'] });
    expect(found.map((m) => [...(m.readings ?? [m.e164])].sort())).toEqual([['+18007988817', '+6318007988817', '+6518007988817']]);
  });

  it('reads +CC numbers as written, whatever the countries', () => {
    expect(read('+44 20 7946 0958', { defaultCountry: 'JP', otherCountries: ['US'], recordCountry: 'US' })).toEqual(['+442079460958']);
  });

  it('reads as before with no other country', () => {
    expect(read('07911 123456', { defaultCountry: 'JP' })).toEqual([]);
    expect(read('07012345678', { defaultCountry: 'GB' })).toEqual(['+447012345678']);
  });
});
