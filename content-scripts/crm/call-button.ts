/**
 * The "Call …" label our features float over the page: a button beside a focused phone field, or
 * a tooltip beside a hovered number. It lives in our shadow root and is placed with fixed
 * coordinates, so the page's layout never moves. The tooltip takes no pointer events: it may lie
 * over the next row's number, and a click there must reach that number, not dial this one. A
 * pointerdown on the button is cancelled so the field keeps its focus. Only the agent's own click
 * presses the button: a script's `.click()` (if it ever reached our closed root) does nothing.
 */
import type { GuestRoot } from './guest-root';
import { isAgentInput } from './trusted-input';

export interface CallButton {
  element: HTMLElement;
  show(label: string, sub?: string): void;
  /** Places the button beside `anchor`: below it (hover) or to its right (a field). */
  place(anchor: DOMRect, side: 'below' | 'right'): void;
  hide(): void;
  readonly shown: boolean;
}

const GAP_PX = 6;

/** `onPress` null makes a tooltip (role=tooltip, no pointer events) instead of a button. */
export function createCallButton(guest: GuestRoot, signal: AbortSignal, onPress: (() => void) | null, className = 'call'): CallButton {
  const element = document.createElement(onPress ? 'button' : 'div');
  element.className = onPress ? className : `${className} tip`;
  element.hidden = true;
  if (onPress && element instanceof HTMLButtonElement) {
    element.type = 'button';
    element.addEventListener('pointerdown', (event) => event.preventDefault(), { signal });
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      if (!isAgentInput(event)) return;
      onPress(); // synchronous: the background opens the side panel in this click's gesture
    }, { signal });
  } else {
    element.setAttribute('role', 'tooltip');
  }
  guest.root.append(element);
  signal.addEventListener('abort', () => element.remove(), { once: true });

  return {
    element,
    show(label, sub) {
      const main = document.createElement('span');
      main.textContent = label;
      const parts: Node[] = [main];
      if (sub) {
        const extra = document.createElement('span');
        extra.className = 'ext';
        extra.textContent = sub;
        parts.push(extra);
      }
      element.replaceChildren(...parts);
      element.setAttribute('aria-label', sub ? `${label}. ${sub}` : label);
      element.hidden = false;
    },
    place(anchor, side) {
      const { width, height } = element.getBoundingClientRect();
      let left: number;
      let top: number;
      if (side === 'right' && anchor.right + GAP_PX + width <= innerWidth) {
        left = anchor.right + GAP_PX;
        top = anchor.top + (anchor.height - height) / 2;
      } else {
        left = side === 'right' ? anchor.right - width : anchor.left;
        top = anchor.bottom + GAP_PX + height <= innerHeight ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;
      }
      left = Math.max(4, Math.min(left, innerWidth - width - 4));
      element.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    },
    hide() {
      element.hidden = true;
    },
    get shown() {
      return !element.hidden;
    },
  };
}
