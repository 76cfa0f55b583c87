/**
 * Finding the CRM field a mapping names: a CSS selector, or the field's visible label, `name`,
 * `aria-label`, `placeholder` or `id` (admins write what they see on the form).
 */
export type FillableElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLElement;

const FIELDS = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=checkbox]):not([type=radio]):not([type=file]), textarea, select, [contenteditable=""], [contenteditable="true"]';

/** `Phone number *:` and `phone number` are the same label. */
export function normalizeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\s:*：]+$/u, '').toLowerCase();
}

function fillable(el: Element | null): FillableElement | null {
  if (!el || !(el instanceof HTMLElement) || !el.matches(FIELDS)) return null;
  if ((el as HTMLInputElement).disabled || (el as HTMLInputElement).readOnly) return null;
  return el;
}

export function findField(root: Document, selector: string, label: string): FillableElement | null {
  if (selector) {
    try {
      return fillable(root.querySelector(selector));
    } catch {
      return null; // an invalid selector finds nothing
    }
  }
  const want = normalizeLabel(label);
  if (!want) return null;
  for (const el of root.querySelectorAll('label')) {
    // The label's own text, without the text of the field inside it.
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(' ');
    if (normalizeLabel(own) === want || normalizeLabel(el.textContent ?? '') === want) {
      const field = fillable(el.control ?? el.querySelector(FIELDS));
      if (field) return field;
    }
  }
  for (const el of root.querySelectorAll(FIELDS)) {
    const names = [el.getAttribute('name'), el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.id];
    if (names.some((n) => n && normalizeLabel(n) === want)) return fillable(el);
  }
  return null;
}
