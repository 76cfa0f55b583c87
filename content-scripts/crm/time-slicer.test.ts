import { describe, expect, it, vi } from 'vitest';
import { createTimeSlicer, type Work } from './time-slicer';

const idle = (slicer: { idle: boolean }) => new Promise<void>((resolve) => {
  const check = () => (slicer.idle ? resolve() : setTimeout(check, 1));
  check();
});

describe('createTimeSlicer', () => {
  it('runs long work in slices near the budget and reports when it is done', async () => {
    let idleCalls = 0;
    const slicer = createTimeSlicer(new AbortController().signal, () => idleCalls++, 4);
    let steps = 0;
    const work: Work = (shouldYield) => {
      while (steps < 2000) {
        steps++;
        const until = performance.now() + 0.01;
        while (performance.now() < until);
        if (shouldYield()) return false;
      }
      return true;
    };
    slicer.push(work);
    await idle(slicer);
    expect(steps).toBe(2000);
    expect(idleCalls).toBe(1);
    expect(slicer.longestSliceMs).toBeLessThan(20);
    expect(slicer.busyMs).toBeGreaterThan(15);
  });

  it('runs work that queues urgent work once, and reports idle once (not again from an empty slice)', async () => {
    let idleCalls = 0;
    const slicer = createTimeSlicer(new AbortController().signal, () => idleCalls++);
    const ran: string[] = [];
    // As a worker's answer does: its handling queues the recording, which the same slice runs.
    slicer.push(() => {
      ran.push('answer');
      slicer.push(() => (ran.push('record'), true), true);
      return true;
    });
    await idle(slicer);
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['answer', 'record']);
    expect(idleCalls).toBe(1);
  });

  it('runs urgent work before what is already queued', async () => {
    const slicer = createTimeSlicer(new AbortController().signal);
    const order: string[] = [];
    slicer.push(() => (order.push('walk'), true));
    slicer.push(() => (order.push('mutation'), true), true);
    await idle(slicer);
    expect(order).toEqual(['mutation', 'walk']);
  });

  it('keeps going after a step throws, and stops for good when aborted', async () => {
    const controller = new AbortController();
    const slicer = createTimeSlicer(controller.signal);
    const ran: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    slicer.push(() => {
      throw new Error('broken');
    });
    slicer.push(() => (ran.push('next'), true));
    await idle(slicer);
    expect(ran).toEqual(['next']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    controller.abort();
    slicer.push(() => (ran.push('after abort'), true));
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['next']);
  });
});
