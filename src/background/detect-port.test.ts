import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, event } from '../../test/unit/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: createFakeBrowser() }));
const { acceptDetectPort } = await import('./detect-port');

function port(sender: object) {
  const p = { name: 'ccps-detect', sender, posted: [] as unknown[], disconnected: false, onMessage: event(), onDisconnect: event(),
    postMessage: (m: unknown) => void p.posted.push(m), disconnect: () => void (p.disconnected = true) };
  return p;
}
const fromTab = { id: 'test-extension', tab: { id: 7 }, url: 'https://crm.example.com/accounts' };
const request = (texts: string[], extra: object = {}) => ({ type: 'detect-numbers', batchId: 3, country: 'JP', texts, wholeCells: texts.map(() => true), ...extra });

describe('acceptDetectPort', () => {
  it('reads a content script\'s batch and answers with each number\'s text, offsets, E.164 and extension', () => {
    const p = port(fromTab);
    acceptDetectPort(p as never);
    p.onMessage.fire(request(['Order #2024031501', 'TEL 03-1234-5678 内線 12', '＋８１ ９０－１２３４－５６７８']));
    expect(p.posted).toHaveLength(1);
    expect(p.posted[0]).toMatchObject({
      type: 'numbers-detected', batchId: 3,
      spans: [1, 4, 16, 2, 0, 16], e164: ['+81312345678', '+819012345678'], extensions: ['12', ''],
    });
  });

  it('talks only to our content scripts, and answers nothing it cannot check', () => {
    const page = port({ id: 'test-extension', url: 'chrome-extension://test-extension/popup.html' });
    acceptDetectPort(page as never);
    expect(page.disconnected).toBe(true);
    const p = port(fromTab);
    acceptDetectPort(p as never);
    p.onMessage.fire(request(['03-1234-5678'], { country: 'XX' }));
    p.onMessage.fire(request(['03-1234-5678'], { wholeCells: [] }));
    p.onMessage.fire(request(['x'.repeat(20_001)]));
    p.onMessage.fire(request([42 as unknown as string]));
    p.onMessage.fire(request(['03-1234-5678'], { wholeCells: ['yes'] }));
    p.onMessage.fire(request(['03-1234-5678'], { texts: '03-1234-5678' }));
    p.onMessage.fire({ type: 'detect-numbers' });
    expect(p.posted).toEqual([]);
  });
});
