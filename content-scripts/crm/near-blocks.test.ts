// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createBlockBuilder, isBlockNear, whereIs, type Block } from './near-blocks';

function page(html: string): HTMLElement {
  const main = document.createElement('main');
  main.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.replaceChildren(main);
  return main;
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>${i}</td><td>03-1234-${1000 + i}</td></tr>`).join('');

function blocksOf(elements: Element[], size?: number): Block[] {
  const blocks: Block[] = [];
  const builder = createBlockBuilder((b) => blocks.push(b), size);
  for (const element of elements) builder.add(element);
  builder.close();
  return blocks;
}

describe('createBlockBuilder', () => {
  it('groups cells of nearby rows of one table section, up to the block size', () => {
    const main = page(`<table><tbody id="a">${rows(70)}</tbody><tbody id="b">${rows(3)}</tbody></table>`);
    const cells = [...main.querySelectorAll('td:nth-child(2)')];
    const blocks = blocksOf(cells);
    expect(blocks.map((b) => b.members.length)).toEqual([32, 32, 6, 3]);
    expect(blocks[0]!.first).toBe(cells[0]);
    expect(blocks[0]!.last).toBe(cells[31]);
  });

  it('takes two cells of one row, and rows a few apart, but not rows far apart', () => {
    const main = page(`<table><tbody>${rows(20)}</tbody></table>`);
    const cells = [...main.querySelectorAll('td')];
    // Row 0's two cells, row 3 (two rows without numbers between), then row 15.
    expect(blocksOf([cells[0]!, cells[1]!, cells[7]!, cells[31]!]).map((b) => b.members.length)).toEqual([3, 1]);
  });

  it('keeps anything else, and cells found out of document order, in blocks of their own', () => {
    const main = page(`<p id="p1">x</p><p id="p2">y</p><table><tbody>${rows(4)}</tbody></table>`);
    const cells = [...main.querySelectorAll('td:nth-child(2)')];
    const blocks = blocksOf([main.querySelector('#p1')!, main.querySelector('#p2')!, cells[2]!, cells[3]!, cells[0]!, cells[1]!]);
    expect(blocks.map((b) => b.members.length)).toEqual([1, 1, 2, 2]);
  });
});

describe('isBlockNear', () => {
  const block = (firstAt: Block['firstAt'], lastAt: Block['lastAt']) => ({ firstAt, lastAt } as Block);
  it('is near when an end is near, or when the block spans the widened viewport', () => {
    expect(isBlockNear(block('near', 'below'))).toBe(true);
    expect(isBlockNear(block('above', 'near'))).toBe(true);
    expect(isBlockNear(block('above', 'below'))).toBe(true);
    expect(isBlockNear(block('above', 'above'))).toBe(false);
    expect(isBlockNear(block('below', 'below'))).toBe(false);
  });

  it('tells above from below by the root bounds', () => {
    const rect = (top: number, bottom: number) => ({ top, bottom } as DOMRectReadOnly);
    expect(whereIs({ isIntersecting: true, boundingClientRect: rect(0, 10), rootBounds: rect(-800, 1600) })).toBe('near');
    expect(whereIs({ isIntersecting: false, boundingClientRect: rect(-900, -850), rootBounds: rect(-800, 1600) })).toBe('above');
    expect(whereIs({ isIntersecting: false, boundingClientRect: rect(1700, 1720), rootBounds: rect(-800, 1600) })).toBe('below');
    expect(whereIs({ isIntersecting: false, boundingClientRect: rect(-900, -850), rootBounds: null })).toBe('below');
  });
});
