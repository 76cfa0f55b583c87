/**
 * When a number reads as more than one plausible number (a national number with no evidence of
 * its country, issue #10), a click asks which: a small list in our closed shadow root, each
 * reading formatted with its country's name. Only the agent's own click on one of them dials it;
 * Escape or a click elsewhere closes the list and dials nothing.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { formatInternational } from '../../src/shared/phone';
import { t } from '../../src/shared/i18n';
import { uiLocale } from '../../src/shared/ui-locale';
import type { GuestRoot } from './guest-root';
import { isAgentInput } from './trusted-input';

export interface NumberChooser {
  /** Lists `readings` under `anchor`; `onPick` gets the one the agent clicked. */
  open(readings: readonly string[], anchor: DOMRect, onPick: (e164: string) => void): void;
  close(): void;
  readonly isOpen: boolean;
}

const GAP_PX = 6;

/** "Japan", "United Kingdom" (in the UI's language) for the country an E.164 number belongs to. */
export function countryNameOf(e164: string): string {
  const country = parsePhoneNumberFromString(e164)?.country;
  if (!country) return '';
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'region' }).of(country) ?? country;
  } catch {
    return country;
  }
}

export function createNumberChooser(guest: GuestRoot, signal: AbortSignal): NumberChooser {
  const element = document.createElement('div');
  element.className = 'chooser';
  element.hidden = true;
  element.setAttribute('role', 'dialog');
  element.dataset.ccpsChooser = '';
  guest.root.append(element);
  signal.addEventListener('abort', () => element.remove(), { once: true });

  const close = () => {
    element.hidden = true;
    element.replaceChildren();
  };

  // A press anywhere but on the list closes it (inside our root the path starts at our host).
  document.addEventListener('pointerdown', (event) => {
    if (!element.hidden && event.composedPath()[0] !== guest.root.host) close();
  }, { capture: true, signal });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !element.hidden) close();
  }, { capture: true, signal });
  document.addEventListener('scroll', () => {
    if (!element.hidden) close(); // placed for one scroll position
  }, { capture: true, passive: true, signal });

  return {
    open(readings, anchor, onPick) {
      const title = document.createElement('div');
      title.className = 'title';
      title.id = 'ccps-chooser-title';
      title.textContent = t('chooserTitle');
      const buttons = readings.map((e164) => {
        const button = document.createElement('button');
        button.type = 'button';
        const number = document.createElement('span');
        number.textContent = formatInternational(e164);
        const country = document.createElement('span');
        country.className = 'country';
        country.textContent = countryNameOf(e164);
        button.append(number, country);
        button.setAttribute('aria-label', t('chooserOption', formatInternational(e164), country.textContent));
        button.addEventListener('click', (event) => {
          event.stopPropagation();
          if (!isAgentInput(event)) return;
          close();
          onPick(e164); // synchronous: the background opens the side panel in this click's gesture
        });
        return button;
      });
      element.setAttribute('aria-labelledby', title.id);
      element.replaceChildren(title, ...buttons);
      element.hidden = false;
      const { width, height } = element.getBoundingClientRect();
      const left = Math.max(4, Math.min(anchor.left, innerWidth - width - 4));
      const top = anchor.bottom + GAP_PX + height <= innerHeight ? anchor.bottom + GAP_PX : Math.max(4, anchor.top - GAP_PX - height);
      element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
      buttons[0]?.focus({ preventScroll: true });
    },
    close,
    get isOpen() {
      return !element.hidden;
    },
  };
}
