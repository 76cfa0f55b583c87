// @vitest-environment happy-dom
// The highlighter with the browser's Highlight API, StaticRange and IntersectionObserver stood in
// for (happy-dom has none of them): what reaches the highlight, and when; what is observed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from './highlighter';
import type { PhoneMatch } from '../../src/shared/phone';

class FakeHighlight extends Set<object> {}
const registry = new Map<string, FakeHighlight>();
let observed: Set<Element>;
let report: (records: Array<Partial<IntersectionObserverEntry>>) => void;

class FakeObserver {
  constructor(callback: (records: IntersectionObserverEntry[]) => void) {
    report = (records) => callback(records as IntersectionObserverEntry[]);
  }
  observe(element: Element) {
    observed.add(element);
  }
  unobserve(element: Element) {
    observed.delete(element);
  }
  disconnect() {
    observed.clear();
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  observed = new Set();
  registry.clear();
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: registry });
  vi.stubGlobal('StaticRange', class { constructor(readonly init: StaticRangeInit) {} });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function table(n: number): Text[] {
  const rows = Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>03-1234-${1000 + i}</td></tr>`).join('');
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(`<table><tbody>${rows}</tbody></table>`, 'text/html').body.childNodes);
  document.body.replaceChildren(main);
  return [...main.querySelectorAll('td:nth-child(2)')].map((td) => td.firstChild as Text);
}

const number = (text: Text): PhoneMatch[] => [{ start: 0, end: text.data.length, e164: '+81312341000' }];
const rect = (top: number, bottom: number) => ({ top, bottom }) as DOMRectReadOnly;
const ROOT = rect(-800, 1600);
const near = (target: Element) => ({ target, isIntersecting: true, boundingClientRect: rect(0, 20), rootBounds: ROOT });
const above = (target: Element) => ({ target, isIntersecting: false, boundingClientRect: rect(-2000, -1980), rootBounds: ROOT });
const below = (target: Element) => ({ target, isIntersecting: false, boundingClientRect: rect(3000, 3020), rootBounds: ROOT });

describe('createHighlighter', () => {
  it('observes only the two ends of each block of table cells, in slices', () => {
    const texts = table(100);
    const highlighter = createHighlighter();
    for (const text of texts) highlighter.set(text, text.data, true, number(text));
    expect(highlighter.untracked).toBe(100);
    expect(highlighter.track(() => true)).toBe(true); // 100 < one check's worth
    expect(observed.size).toBe(2 * 4); // blocks of 32, 32, 32 and 4 cells
    expect(observed.has(texts[0]!.parentElement!)).toBe(true);
    expect(observed.has(texts[31]!.parentElement!)).toBe(true);
    expect(observed.has(texts[1]!.parentElement!)).toBe(false);
  });

  it('paints a whole block when an end comes near or when it spans the viewport, and takes it out when it leaves', () => {
    const texts = table(32);
    const highlighter = createHighlighter();
    for (const text of texts) highlighter.set(text, text.data, true, number(text));
    highlighter.track();
    const [first, last] = [texts[0]!.parentElement!, texts[31]!.parentElement!];
    const highlight = registry.get('ccps-phone')!;
    report([above(first), below(last)]); // a tall block across the screen
    vi.advanceTimersByTime(100);
    expect(highlight.size).toBe(32);
    report([above(last)]);
    vi.advanceTimersByTime(100);
    expect(highlight.size).toBe(0);
    report([near(last)]);
    vi.advanceTimersByTime(100);
    expect(highlight.size).toBe(32);
  });

  it('applies the changes of a stream of edits together: when they pause, or every so often while they go on', () => {
    const texts = table(10);
    const highlighter = createHighlighter();
    for (const text of texts) highlighter.set(text, text.data, true, number(text));
    highlighter.track();
    report([near(texts[0]!.parentElement!)]);
    vi.advanceTimersByTime(100);
    const highlight = registry.get('ccps-phone')!;
    expect(highlight.size).toBe(10);
    // The page rewrites a number every 10 ms: the highlight does not follow each change.
    const flushedAt = new Set<number>();
    const add = highlight.add.bind(highlight);
    highlight.add = (range) => (flushedAt.add(Date.now()), add(range));
    for (let i = 0; i < 50; i++) {
      const text = texts[i % 10]!;
      text.data = `03-5678-${1000 + i}`;
      highlighter.set(text, text.data, true, number(text));
      vi.advanceTimersByTime(10);
    }
    expect(flushedAt.size).toBeGreaterThanOrEqual(1); // it does follow, while they go on
    expect(flushedAt.size).toBeLessThanOrEqual(3); // 500 ms of changes: one flush each 200 ms
    vi.advanceTimersByTime(40); // the edits stopped: applied within the quiet time
    expect(highlight.size).toBe(10);
    expect([...highlight].every((range) => texts.includes((range as { init: StaticRangeInit }).init.startContainer as Text))).toBe(true);
  });

  it('lights numbers the viewport pass found at once', () => {
    const [text] = table(1);
    const highlighter = createHighlighter();
    highlighter.set(text!, text!.data, true, number(text!), true);
    expect(registry.get('ccps-phone')!.size).toBe(1);
  });

  it('drops the numbers of removed rows, looking only at what was removed, and follows a block the page cut into anew', () => {
    const texts = table(40);
    const highlighter = createHighlighter();
    for (const text of texts) highlighter.set(text, text.data, true, number(text));
    highlighter.track();
    expect(observed.size).toBe(4);
    const row = texts[31]!.parentElement!.parentElement!; // the last cell of the first block
    row.remove();
    const sweep = highlighter.sweepRemoved([row]);
    while (!sweep(() => true));
    expect(highlighter.count).toBe(39);
    expect(highlighter.matchesOf(texts[31]!)).toBeNull(); // read again if it comes back
    highlighter.track(); // the rest of its block, grouped again
    expect(observed.size).toBe(4);
    expect(observed.has(texts[30]!.parentElement!)).toBe(true);
    expect(observed.has(texts[31]!.parentElement!)).toBe(false);
  });
});
