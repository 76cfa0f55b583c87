// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createScanner } from './scanner';
import { createTimeSlicer } from './time-slicer';
import { fakeHighlighter } from '../../test/unit/fake-highlighter';

async function scanned(root: Node, { highlighter }: ReturnType<typeof fakeHighlighter>, shadowRoots: ShadowRoot[] = []) {
  const signal = new AbortController().signal;
  const slicer = createTimeSlicer(signal);
  const scanner = createScanner({
    highlighter,
    slicer,
    signal,
    country: () => 'JP',
    onShadowRoot: (r) => {
      shadowRoots.push(r);
      scanner.scan(r);
    },
  });
  scanner.scan(root);
  await new Promise<void>((resolve) => {
    const check = () => (slicer.idle ? resolve() : setTimeout(check, 1));
    check();
  });
  return scanner;
}

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(main);
  return main;
}

describe('createScanner', () => {
  it('reads page text and leaves code, styles, fields, editors and our own UI alone', async () => {
    const fake = fakeHighlighter();
    page(`<table><tr><td>03-1234-5678</td><td>Order #2024031501</td></tr></table>
      <p>Call back on <b>090-1234-5678</b> after 18:00</p>
      <script>var phone = "03-9999-0000";</script><style>.x{content:"03-9999-0001"}</style>
      <textarea>03-9999-0002</textarea><div contenteditable="true">03-9999-0003</div>
      <div contenteditable="false">06-6123-4567</div><ccps-root>03-9999-0004</ccps-root>`);
    await scanned(document.body, fake);
    expect(fake.numbers()).toEqual(['03-1234-5678 → +81312345678', '06-6123-4567 → +81661234567', '090-1234-5678 → +819012345678']);
  });

  it('walks into open shadow roots', async () => {
    const fake = fakeHighlighter();
    const main = page('<div id="host"></div>');
    const root = main.querySelector('#host')!.attachShadow({ mode: 'open' });
    const span = document.createElement('span');
    span.textContent = '+44 20 7946 0958';
    root.append(span);
    const roots: ShadowRoot[] = [];
    await scanned(document.body, fake, roots);
    expect(roots).toEqual([root]);
    expect(fake.numbers()).toEqual(['+44 20 7946 0958 → +442079460958']);
  });

  it('reads a node again only when its text changed', async () => {
    const fake = fakeHighlighter();
    const main = page('<p>03-1234-5678</p><p>090-1234-5678</p>');
    const scanner = await scanned(document.body, fake);
    const first = fake.reads();
    scanner.scan(main);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.reads()).toBe(first);
    (main.querySelector('p')!.firstChild as Text).data = '045-123-4567';
    scanner.scan(main);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.reads()).toBe(first + 1);
    expect(fake.numbers()).toEqual(['045-123-4567 → +81451234567', '090-1234-5678 → +819012345678']);
  });
});
