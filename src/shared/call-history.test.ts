import { describe, expect, it } from 'vitest';
import { readCallHistory } from './call-history';

const entry = { id: 'h1', contactId: 'c1', direction: 'inbound', number: '+81312345678', queue: 'BasicQueue', startedAt: 1, durationMs: 1000, outcome: 'answered' };

describe('readCallHistory', () => {
  it('keeps good entries, newest first as stored, up to the limit', () => {
    expect(readCallHistory([entry, { ...entry, id: 'h2', number: null, outcome: 'missed' }], 5).map((e) => e.id)).toEqual(['h1', 'h2']);
    expect(readCallHistory(Array.from({ length: 9 }, (_, i) => ({ ...entry, id: `h${i}` })), 3)).toHaveLength(3);
  });
  it('skips what does not fit, and reads nothing from junk', () => {
    expect(readCallHistory([entry, { ...entry, outcome: 'exploded' }, null, 'x', { ...entry, number: 7 }])).toEqual([entry]);
    expect(readCallHistory(undefined)).toEqual([]);
    expect(readCallHistory({ a: 1 })).toEqual([]);
  });
});
