// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { allAt, shadowRootsIn, shadowRootsSteps, skippedElementsIn, skippedElementsSteps } from './page-text';

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(main);
  return main;
}

const names = (elements: Element[]) => elements.map((e) => e.id || e.localName);

describe('skippedElementsIn', () => {
  it('gives the outermost skipped elements but inputs (empty editors too), in document order, for the whole page or a part', () => {
    const main = page(`<div contenteditable id="editor"><p>x</p><script>1</script></div><input><p>text</p>
      <select id="list"><option>03-1234-5678</option></select><textarea id="notes">x</textarea><style>p{}</style>
      <div contenteditable id="empty-editor"></div>`);
    const expected = ['editor', 'list', 'notes', 'style', 'empty-editor'];
    expect(names(skippedElementsIn(document.body))).toEqual(expected); // one scan by name per name
    expect(names(skippedElementsIn(main))).toEqual(expected); // one query
  });
});

describe('shadowRootsIn', () => {
  it('finds the open shadow roots of custom elements and of the elements that may have one, not inside what it skips', () => {
    const main = page('<x-card id="card"></x-card><section id="section"></section><td-like></td-like><div contenteditable><y-card></y-card></div>');
    for (const id of ['card', 'section']) main.querySelector(`#${id}`)!.attachShadow({ mode: 'open' });
    main.querySelector('y-card')!.attachShadow({ mode: 'open' });
    const found = (root: Element) => shadowRootsIn(root, skippedElementsIn(root)).map((r) => r.host.id).sort();
    expect(found(document.body)).toEqual(['card', 'section']);
    expect(found(main)).toEqual(['card', 'section']);
  });
});

describe('surveys of a large page', () => {
  /** A page of more than 2,000 elements, with what we skip and shadow hosts here and there. */
  function largePage(): HTMLElement {
    const rows = Array.from({ length: 700 }, (_, i) => `<tr><td>${i}</td><td>03-1234-${1000 + i}</td></tr>`).join('');
    const main = page(`<textarea id="notes"></textarea><table><tbody>${rows}</tbody></table><x-card id="card"></x-card>
      <select id="list"><option>1</option></select><section id="section"></section><div contenteditable id="editor"><x-card id="inside"></x-card></div>`);
    for (const id of ['card', 'section', 'inside']) main.querySelector(`#${id}`)!.attachShadow({ mode: 'open' });
    return main;
  }

  /** Runs steps one at a time, counting the scans by name each one asks the browser for. */
  function stepByStep<T>(steps: Generator<void, T, void>): { value: T; steps: number; mostScans: number } {
    const scan = vi.spyOn(Element.prototype, 'getElementsByTagName');
    let count = 0;
    let mostScans = 0;
    try {
      for (;;) {
        scan.mockClear();
        const step = steps.next();
        count++;
        // The first step also counts the root's elements (one scan, no wrappers) to decide.
        mostScans = Math.max(mostScans, scan.mock.calls.filter(([name]) => name !== '*').length);
        if (step.done) return { value: step.value, steps: count, mostScans };
      }
    } finally {
      scan.mockRestore();
    }
  }

  it('finds the same elements in many short steps, each at most one scan by name', () => {
    const main = largePage();
    const skipped = stepByStep(skippedElementsSteps(document.body));
    expect(names(skipped.value)).toEqual(['notes', 'list', 'editor']);
    expect(skipped.value).toEqual(skippedElementsIn(main)); // the small-root query, for comparison
    expect(skipped.steps).toBeGreaterThan(10);
    expect(skipped.mostScans).toBe(1);
    const shadows = stepByStep(shadowRootsSteps(document.body, skipped.value));
    expect(shadows.value.map((r) => r.host.id).sort()).toEqual(['card', 'section']);
    expect(shadows.steps).toBeGreaterThan(10);
    expect(shadows.mostScans).toBe(1);
  });

  it('runs steps to the end at once when asked', () => {
    largePage();
    expect(names(allAt(skippedElementsSteps(document.body)))).toEqual(['notes', 'list', 'editor']);
  });
});
