// @vitest-environment happy-dom
// The reread at the click narrows to the worker's reading: the page reads with the min metadata,
// which may keep a reading the worker (full metadata) dropped; the chooser must not offer it.
import { describe, expect, it, vi } from 'vitest';
import type { PhoneMatch } from '../../src/shared/phone';

const detector = vi.hoisted(() => ({ answer: (_text: string): PhoneMatch[] => [] }));
vi.mock('../../src/shared/phone', async (original) => ({
  ...(await original<typeof import('../../src/shared/phone')>()),
  findPhoneNumbers: (text: string) => detector.answer(text),
}));

const { markReadByWorker, rereadHit } = await import('./reread');

const NL = '+31402299836';
const DE = '+49402299836';
const BE = '+32402299836';

function hitOn(text: string, match: PhoneMatch) {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  return { node: p.firstChild as Text, offset: match.start + 1, match };
}

describe('rereadHit', () => {
  const text = 'Tel 040 229 9836';
  const pageReads = { start: 4, end: 16, e164: NL, readings: [NL, DE, BE] };

  it('offers only the readings the worker kept when the recorded match is the worker\'s', () => {
    detector.answer = () => [pageReads];
    const single = { start: 4, end: 16, e164: NL };
    markReadByWorker([single]);
    const now = rereadHit(hitOn(text, single), 'NL');
    expect(now?.e164).toBe(NL);
    expect(now?.readings).toBeUndefined();

    const two = { start: 4, end: 16, e164: DE, readings: [DE, NL] };
    markReadByWorker([two]);
    expect(rereadHit(hitOn(text, two), 'NL')?.readings).toEqual([NL, DE]);
  });

  it('keeps the page\'s readings when the page read the text itself', () => {
    detector.answer = () => [pageReads];
    const own = { start: 4, end: 16, e164: NL };
    expect(rereadHit(hitOn(text, own), 'NL')?.readings).toEqual([NL, DE, BE]);
  });
});
