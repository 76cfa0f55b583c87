// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isAgentInput } from './trusted-input';

describe('isAgentInput', () => {
  it('refuses every event a script made', () => {
    expect(isAgentInput(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }))).toBe(false);
    const a = document.createElement('a');
    let seen: Event | null = null;
    a.addEventListener('click', (e) => (seen = e));
    a.click();
    expect(seen).not.toBeNull();
    expect(isAgentInput(seen!)).toBe(false);
  });
});
