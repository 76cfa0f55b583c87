// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createScanner } from './scanner';
import { createTimeSlicer, type TimeSlicer, type Work } from './time-slicer';
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

/** A slicer the test runs by hand, one slice at a time, each as short as the work allows. */
function manualSlicer() {
  const queue: Work[] = [];
  const slicer: TimeSlicer = {
    push: (work, urgent) => void (urgent ? queue.unshift(work) : queue.push(work)),
    runNow: () => undefined,
    clear: () => void (queue.length = 0),
    get idle() {
      return queue.length === 0;
    },
    longestSliceMs: 0,
    busyMs: 0,
  };
  const step = () => {
    const work = queue[0];
    if (work?.(() => true)) queue.splice(queue.indexOf(work), 1);
  };
  const finish = () => {
    while (queue.length) step();
  };
  return { slicer, step, finish };
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

  it('leaves alone text in SVG, lists of options, nested editors, and shadow roots inside what it skips', async () => {
    const fake = fakeHighlighter();
    const main = page(`<svg><text>03-9999-0010</text></svg><select><option>03-9999-0011</option></select>
      <div contenteditable><p>03-9999-0012</p><script>"03-9999-0013"</script><x-card class="in-editor"></x-card></div>
      <x-card class="outside"></x-card><p>03-1234-5678</p>`);
    for (const card of main.querySelectorAll('x-card')) {
      card.attachShadow({ mode: 'open' }).append(card.classList.contains('outside') ? '06-6123-4567' : '03-9999-0014');
    }
    const roots: ShadowRoot[] = [];
    await scanned(document.body, fake, roots);
    expect(roots.map((r) => (r.host as Element).className)).toEqual(['outside']);
    expect(fake.numbers()).toEqual(['03-1234-5678 → +81312345678', '06-6123-4567 → +81661234567']);
  });

  it('still jumps over editors when the page adds text to one, or removes one, between two slices', () => {
    const numbers = (from: number) => Array.from({ length: 8 }, (_, i) => `<p>03-1234-${from + i}</p>`).join('');
    const changes: Array<(main: HTMLElement) => void> = [
      (main) => main.querySelector('#a')!.prepend('TEL 03-9999-0003 '),
      (main) => {
        main.querySelector('#a')!.remove();
        main.querySelector('#b')!.prepend('TEL 03-9999-0004 ');
      },
      (main) => main.querySelector('#empty')!.append('TEL 03-9999-0005'), // typed into an editor that was empty
    ];
    for (const change of changes) {
      const fake = fakeHighlighter();
      const main = page(`${numbers(1000)}<div contenteditable id="a"><p>03-9999-0001</p></div>${numbers(2000)}
        <div contenteditable id="b"><p>03-9999-0002</p></div>${numbers(3000)}<div contenteditable id="empty"></div>`);
      const { slicer, step, finish } = manualSlicer();
      const scanner = createScanner({ highlighter: fake.highlighter, slicer, signal: new AbortController().signal, country: () => 'JP', onShadowRoot: () => undefined });
      scanner.scan(document.body);
      step(); // a few numbers read; the walk knows where editor a's text starts
      change(main);
      finish();
      const found = fake.numbers();
      expect(found.filter((n) => !n.startsWith('03-1234'))).toEqual([]);
      expect(found).toHaveLength(24);
    }
  });

  it('walks into shadow roots when its walk ends right where it yields', () => {
    const fake = fakeHighlighter();
    // Four numbers: a walk reading here checks the clock after every four reads.
    const main = page('<p>03-1234-0001</p><p>03-1234-0002</p><p>03-1234-0003</p><x-card></x-card><p>03-1234-0004</p>');
    main.querySelector('x-card')!.attachShadow({ mode: 'open' }).append('06-6123-4567');
    const { slicer, finish } = manualSlicer();
    const scanner = createScanner({ highlighter: fake.highlighter, slicer, signal: new AbortController().signal, country: () => 'JP', onShadowRoot: (r) => scanner.scan(r) });
    scanner.scan(document.body);
    finish();
    expect(fake.numbers()).toContain('06-6123-4567 → +81661234567');
    expect(fake.numbers()).toHaveLength(5);
  });

  it('surveys a large page in slices: no slice asks the browser for more than one scan by name', () => {
    const fake = fakeHighlighter();
    const rows = Array.from({ length: 700 }, (_, i) => `<tr><td>${i}</td><td>03-1234-${1000 + i}</td></tr>`).join('');
    const main = page(`<textarea>03-9999-0001</textarea><table><tbody>${rows}</tbody></table><x-card></x-card>`);
    main.querySelector('x-card')!.attachShadow({ mode: 'open' }).append('06-6123-4567');
    const { slicer, step } = manualSlicer();
    const roots: ShadowRoot[] = [];
    const scanner = createScanner({ highlighter: fake.highlighter, slicer, signal: new AbortController().signal, country: () => 'JP', onShadowRoot: (r) => roots.push(r) });
    scanner.scan(document.body);
    const scans = vi.spyOn(Element.prototype, 'getElementsByTagName');
    let most = 0;
    try {
      while (!slicer.idle) {
        scans.mockClear();
        step();
        most = Math.max(most, scans.mock.calls.filter(([name]) => name !== '*').length);
      }
    } finally {
      scans.mockRestore();
    }
    expect(most).toBe(1);
    expect(roots).toHaveLength(1);
    expect(fake.numbers()).toHaveLength(700);
    expect(fake.numbers()).not.toContain('03-9999-0001 → +81399990001');
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
