/**
 * Dialling the selected text, for the context menu ("Call <selection>") and the keyboard
 * shortcut: the background asks every frame of the tab, and the frame holding the selection (or
 * the frame the menu was opened in, which is given the text) reads it and dials.
 */
import { parseDialInput, type CountryCode } from '../../src/shared/phone';
import type { Dialer } from './dialer';

/** The selected text of this frame: in page text, or inside the focused field. */
export function selectedText(): string {
  const active = document.activeElement;
  if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.selectionStart !== null && active.selectionEnd !== null) {
    const inField = active.value.slice(active.selectionStart, active.selectionEnd);
    if (inField.trim()) return inField;
  }
  return document.getSelection()?.toString() ?? '';
}

/**
 * Handles one request; returns false when this frame has nothing selected (so another frame, or
 * the background, answers instead).
 */
export function dialSelection(text: string | undefined, source: 'context-menu' | 'shortcut', dialer: Dialer, country: CountryCode): boolean {
  const raw = text ?? selectedText();
  if (!raw.trim()) return false;
  const parsed = parseDialInput(raw, country);
  if (parsed.ok) dialer.dial(parsed.e164, source);
  else dialer.unreadable(raw, parsed.reason);
  return true;
}
