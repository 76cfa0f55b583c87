import { expect, it } from 'vitest';
import { formatDuration } from './durations';

it('formats durations as a clock', () => {
  expect(formatDuration(7_400)).toBe('0:07');
  expect(formatDuration(750_000)).toBe('12:30');
  expect(formatDuration(3_723_000)).toBe('1:02:03');
  expect(formatDuration(-5)).toBe('0:00');
});
