/**
 * Auto-fill: puts the connected contact's values into the CRM's form fields as a user typing
 * would, so React, Vue and Angular see them: the value goes through the element prototype's own
 * setter (a framework's per-instance value tracker would swallow a plain assignment), then
 * `input` and `change` events bubble. A field the agent typed in, or that holds something we did
 * not put there, is kept unless the mapping says to overwrite.
 */
import type { AutofillReply, FillFields } from '../../src/shared/protocol';
import { findField, type FillableElement } from './autofill-find';

export type FieldStatus = AutofillReply['results'][number]['status'];

export function installAutofill(signal: AbortSignal): (request: FillFields) => AutofillReply | null {
  // Trusted input events come only from the agent (our own and the page's events are untrusted).
  const typedByAgent = new WeakSet<EventTarget>();
  const filledByUs = new WeakMap<EventTarget, string>();
  document.addEventListener('input', (e) => {
    if (e.isTrusted && e.target) typedByAgent.add(e.target);
  }, { capture: true, signal });

  return (request) => {
    const results = request.fields.map((field) => {
      const el = findField(document, field.selector, field.label);
      if (!el) return { id: field.id, status: 'not-found' as FieldStatus };
      const current = valueOf(el);
      // A text field that already holds something we did not put there is someone's work; a
      // select always holds a value, so only the agent's own choice counts there.
      const someoneElses = !(el instanceof HTMLSelectElement) && current !== '' && filledByUs.get(el) !== current;
      if (!field.overwrite && (typedByAgent.has(el) || someoneElses)) return { id: field.id, status: 'kept' as FieldStatus };
      setLikeAUser(el, field.value);
      filledByUs.set(el, valueOf(el));
      typedByAgent.delete(el);
      return { id: field.id, status: 'filled' as FieldStatus };
    });
    // Every frame gets the request; the top frame always answers, a subframe only when it
    // filled something, so the answer describes the page the agent sees.
    const filledAny = results.some((r) => r.status !== 'not-found');
    return window === window.top || filledAny ? { results } : null;
  };
}

function valueOf(el: FillableElement): string {
  return el instanceof HTMLElement && el.isContentEditable ? (el.textContent ?? '') : (el as HTMLInputElement).value;
}

/** Sets a value the way typing does, through the native setter, then tells the page's framework. */
export function setLikeAUser(el: FillableElement, value: string): void {
  if (el instanceof HTMLElement && el.isContentEditable) {
    el.textContent = value;
  } else {
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(el, value);
    else (el as HTMLInputElement).value = value;
  }
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
