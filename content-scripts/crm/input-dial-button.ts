/**
 * A "Call …" button beside a focused field that holds a phone number: a phone field (type=tel,
 * autocomplete tel, a name or label that says phone) or any text field or note whose value holds
 * one. In a note with several numbers, the one at the caret (else the first) is offered.
 */
import { findPhoneNumbers, parseDialInput, type CountryCode } from '../../src/shared/phone';
import { t } from '../../src/shared/i18n';
import { createCallButton } from './call-button';
import type { Dialer } from './dialer';
import type { GuestRoot } from './guest-root';
import type { NumberChooser } from './number-chooser';

type Field = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(['text', 'tel', 'search', '']);
const PHONE_WORDS = /phone|tel|mobile|cell|fax|電話|携帯|ＴＥＬ/i;

function isField(target: EventTarget | undefined): target is Field {
  if (target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_TYPES.has(target.type);
}

/** Does the page say this field is for a phone number? */
export function isPhoneField(field: Field): boolean {
  if (field instanceof HTMLInputElement && field.type === 'tel') return true;
  if (/\btel\b/.test(field.autocomplete)) return true;
  const labels = field.labels ? [...field.labels].map((l) => l.textContent ?? '').join(' ') : '';
  return PHONE_WORDS.test(`${field.name} ${field.id} ${field.placeholder} ${field.getAttribute('aria-label') ?? ''} ${labels}`);
}

/** What the button would dial for this field's value: a number, a value we cannot read, or nothing. */
export type Offer = { e164: string; readings?: string[] } | { unreadable: string } | null;

/** An ambiguous number (several plausible readings) carries them: the press asks which. */
const offerOf = (match: { e164: string; readings?: string[] }): Offer =>
  match.readings && match.readings.length > 1 ? { e164: match.e164, readings: match.readings } : { e164: match.e164 };

export function offerFor(field: Field, country: CountryCode): Offer {
  const value = field.value;
  if (!value.trim()) return null;
  if (field instanceof HTMLTextAreaElement) {
    const found = findPhoneNumbers(value, { defaultCountry: country });
    const caret = field.selectionStart ?? 0;
    const match = found.find((m) => caret >= m.start && caret <= m.end) ?? found[0];
    return match ? offerOf(match) : null;
  }
  if (isPhoneField(field)) {
    const parsed = parseDialInput(value, country);
    return parsed.ok ? { e164: parsed.e164 } : { unreadable: value };
  }
  const found = findPhoneNumbers(value, { defaultCountry: country, wholeCell: true });
  return found.length === 1 && found[0] ? offerOf(found[0]) : null;
}

export function installInputDialButton(guest: GuestRoot, dialer: Dialer, chooser: NumberChooser, country: () => CountryCode, signal: AbortSignal): void {
  let field: Field | null = null;
  let offer: Offer = null;
  const button = createCallButton(guest, signal, () => {
    if (!field) return;
    offer = offerFor(field, country()); // the value may have changed since it was shown
    if (offer && 'readings' in offer && offer.readings) chooser.open(offer.readings, button.element.getBoundingClientRect(), (e164) => dialer.dial(e164, 'input-button'));
    else if (offer && 'e164' in offer) dialer.dial(offer.e164, 'input-button');
    else if (offer) dialer.unreadable(offer.unreadable);
  }, 'call small');
  button.element.dataset.ccpsInputDial = '';

  const refresh = () => {
    if (!field || !field.isConnected) return button.hide();
    offer = offerFor(field, country());
    if (!offer) return button.hide();
    button.show('e164' in offer ? t('hoverCall', dialer.format(offer.e164)) : t('inputCallUnreadable'));
    button.place(field.getBoundingClientRect(), 'right');
  };

  let frame = 0;
  const refreshSoon = () => {
    if (!frame && field) frame = requestAnimationFrame(() => {
      frame = 0;
      refresh();
    });
  };

  document.addEventListener('focusin', (event) => {
    const target = event.composedPath()[0];
    if (target instanceof Node && (target === guest.root.host || guest.root.contains(target))) return; // our own button: keep the field
    field = isField(target) ? target : null;
    refresh();
  }, { capture: true, signal });
  document.addEventListener('focusout', (event) => {
    if (event.composedPath()[0] !== field) return;
    // Keyboard users may tab to the button: it is focusable, so wait to see where focus lands.
    setTimeout(() => {
      const active = document.activeElement;
      if (active !== field && active !== guest.root.host) {
        field = null;
        button.hide();
      }
    }, 0);
  }, { capture: true, signal });
  document.addEventListener('input', (event) => {
    if (event.composedPath()[0] === field) refreshSoon();
  }, { capture: true, signal });
  document.addEventListener('selectionchange', refreshSoon, { signal });
  document.addEventListener('scroll', refreshSoon, { capture: true, passive: true, signal });
  window.addEventListener('resize', refreshSoon, { signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame), { once: true });
}
