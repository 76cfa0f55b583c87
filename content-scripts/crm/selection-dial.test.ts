// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Dialer } from './dialer';
import { dialSelection } from './selection-dial';

function fakeDialer() {
  const log: string[] = [];
  const dialer: Dialer = {
    dial: (e164, source) => log.push(`dial ${e164} ${source}`),
    unreadable: (raw) => log.push(`unreadable ${raw}`),
    failed: (what, error) => log.push(`failed ${what} ${error}`),
    sent: () => undefined,
    finished: () => undefined,
    format: (e164) => e164,
  };
  return { dialer, log };
}

describe('dialSelection', () => {
  it('dials the text the context menu gave, read in the agent country', () => {
    const { dialer, log } = fakeDialer();
    expect(dialSelection('０３（１２３４）５６７８', 'context-menu', dialer, 'JP')).toBe(true);
    expect(dialSelection('Call Ken on 090-1234-5678 x12', 'context-menu', dialer, 'JP')).toBe(true);
    expect(log).toEqual(['dial +81312345678 context-menu', 'dial +819012345678 context-menu']);
  });

  it('never guesses: text that is not one number gets a message, not a call', () => {
    const { dialer, log } = fakeDialer();
    dialSelection('Order #2024031501', 'shortcut', dialer, 'JP');
    dialSelection('03-1234-5678 or 06-6123-4567', 'shortcut', dialer, 'JP');
    expect(log).toEqual(['unreadable Order #2024031501', 'unreadable 03-1234-5678 or 06-6123-4567']);
  });

  it('leaves the request to another frame when nothing is selected here', () => {
    const { dialer, log } = fakeDialer();
    expect(dialSelection(undefined, 'shortcut', dialer, 'JP')).toBe(false);
    expect(log).toEqual([]);
  });
});
