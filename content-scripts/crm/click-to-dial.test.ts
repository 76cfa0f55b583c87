// @vitest-environment happy-dom
// The click path with matches built here: the agent's click dials what the text under the pointer
// says now, a number with more than one reading asks, and a script's click does nothing at all.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PhoneMatch } from '../../src/shared/phone';

vi.stubGlobal('chrome', { i18n: { getMessage: (key: string, subs?: string[]) => (key === 'localeTag' ? 'en' : [key, ...(subs ?? [])].join(' ')) } });

/** What the detector answers for a text, set per test: the matches are built, not detected. */
const detector = vi.hoisted(() => ({ answer: (_text: string): PhoneMatch[] => [] }));
vi.mock('../../src/shared/phone', async (original) => ({
  ...(await original<typeof import('../../src/shared/phone')>()),
  findPhoneNumbers: (text: string) => detector.answer(text),
}));
const trust = vi.hoisted(() => ({ agent: true }));
vi.mock('./trusted-input', () => ({ isAgentInput: (event: Event) => trust.agent && event instanceof Event }));

const { installClickToDial } = await import('./click-to-dial');
const { createNumberChooser } = await import('./number-chooser');
const { createGuestRoot } = await import('./guest-root');

const UK = '+442079460958';
const JP = '+812079460958';
const ambiguous: PhoneMatch = { start: 5, end: 18, e164: UK, readings: [UK, JP] };

function world(text: string, recorded: PhoneMatch) {
  document.body.replaceChildren();
  const p = document.createElement('p');
  p.textContent = text;
  const link = document.createElement('a');
  link.href = 'tel:+81312345678';
  link.textContent = 'call';
  document.body.append(p, link);
  const node = p.firstChild as Text;
  const controller = new AbortController();
  const guest = createGuestRoot(controller.signal);
  const dialled: string[] = [];
  const failures: string[] = [];
  const dialer = {
    dial: (e164: string) => dialled.push(e164),
    unreadable: (raw: string) => failures.push(raw),
    failed: () => undefined, sent: () => undefined, finished: () => undefined, format: (e164: string) => e164,
  };
  const chooser = createNumberChooser(guest, controller.signal);
  const highlighting = {
    update: () => undefined,
    mayHoldNumber: () => true,
    numberAt: () => ({ node, offset: 8, match: recorded, rect: new DOMRect(10, 10, 100, 16) }),
  };
  installClickToDial({ signal: controller.signal, guest, highlighting, dialer, chooser, country: () => 'JP', handleTelLinks: () => true });
  const click = (target: EventTarget) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: 20, clientY: 15, button: 0 });
    target.dispatchEvent(event);
    return event;
  };
  const options = () => [...guest.root.querySelectorAll<HTMLButtonElement>('[data-ccps-chooser] button')];
  return { p, link, node, guest, chooser, dialled, failures, click, options, stop: () => controller.abort() };
}

beforeEach(() => {
  trust.agent = true;
});

describe('a click on a highlighted number', () => {
  it('dials the number the text under the pointer still says', () => {
    const match: PhoneMatch = { start: 5, end: 17, e164: '+81312345678' };
    detector.answer = () => [match];
    const w = world('Tel: 03-1234-5678', match);
    expect(w.click(w.p).defaultPrevented).toBe(true);
    expect(w.dialled).toEqual(['+81312345678']);
    w.stop();
  });

  it('dials nothing when the text now reads as another number, and says so', () => {
    const recorded: PhoneMatch = { start: 5, end: 17, e164: '+81312345678' };
    detector.answer = () => [{ start: 5, end: 17, e164: '+81398765432' }]; // the page swapped the digits
    const w = world('Tel: 03-9876-5432', recorded);
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    expect(w.guest.stack.textContent).toContain('toastNumberChanged');
    detector.answer = () => []; // or no number at all any more
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    w.stop();
  });

  it('a script’s click does nothing, not even preventDefault', () => {
    const match: PhoneMatch = { start: 5, end: 17, e164: '+81312345678' };
    detector.answer = () => [match];
    const w = world('Tel: 03-1234-5678', match);
    trust.agent = false;
    expect(w.click(w.p).defaultPrevented).toBe(false);
    expect(w.click(w.link).defaultPrevented).toBe(false);
    expect(w.dialled).toEqual([]);
    trust.agent = true;
    expect(w.click(w.link).defaultPrevented).toBe(true);
    expect(w.dialled).toEqual(['+81312345678']);
    w.stop();
  });
});

describe('a number with more than one plausible reading', () => {
  it('asks which, and dials only the reading the agent clicks', () => {
    detector.answer = () => [ambiguous];
    const w = world('Tel: 020 7946 0958', ambiguous);
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    expect(w.chooser.isOpen).toBe(true);
    const shown = w.options().map((b) => b.textContent);
    expect(shown).toEqual(['+44 20 7946 0958United Kingdom', '+81 20-7946-0958Japan']);

    trust.agent = false; // a script pressing an option
    w.options()[1]!.click();
    expect(w.dialled).toEqual([]);
    expect(w.chooser.isOpen).toBe(true);

    trust.agent = true;
    w.options()[1]!.click();
    expect(w.dialled).toEqual([JP]);
    expect(w.chooser.isOpen).toBe(false);
    w.stop();
  });

  it('Escape or a press elsewhere closes the list and dials nothing', () => {
    detector.answer = () => [ambiguous];
    const w = world('Tel: 020 7946 0958', ambiguous);
    w.click(w.p);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(w.chooser.isOpen).toBe(false);
    w.click(w.p);
    expect(w.chooser.isOpen).toBe(true);
    w.p.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(w.chooser.isOpen).toBe(false);
    expect(w.dialled).toEqual([]);
    w.stop();
  });

  it('ambiguous in either reading (the scan\'s or the click\'s): asks, never dials at once', () => {
    detector.answer = () => [ambiguous];
    let w = world('Tel: 020 7946 0958', { start: 5, end: 18, e164: JP });
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    expect(w.options().map((b) => b.textContent?.slice(0, 3))).toEqual(['+44', '+81']);
    w.stop();
    detector.answer = () => [{ start: 5, end: 18, e164: UK }];
    w = world('Tel: 020 7946 0958', ambiguous);
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    expect(w.chooser.isOpen).toBe(true);
    w.stop();
  });

  it('a reading that does not hold the recorded number is no match', () => {
    detector.answer = () => [{ start: 5, end: 18, e164: '+81207946000', readings: ['+81207946000', '+44207946000'] }];
    const w = world('Tel: 020 7946 0958', ambiguous);
    w.click(w.p);
    expect(w.dialled).toEqual([]);
    expect(w.chooser.isOpen).toBe(false);
    w.stop();
  });
});
