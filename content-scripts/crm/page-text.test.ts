// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shadowRootsIn, skippedElementsIn } from './page-text';

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
