/**
 * The contact flow / IVR information on the contact card (the seminar's "IVRフロー" column): what
 * the caller went through before the agent, as the admin's flows record it in contact attributes
 * (a Set contact attributes block: the flow's name, and the menu choices as a path such as `1>3`
 * or `Main>Billing>Refund`). Streams gives no flow name of its own, so the attributes are the
 * source; the admin names the steps agents would not read (`1>3` → "Returns").
 */
import { isAttributeName, validateText, type FieldError } from './settings-validate';

/** A name for one menu step, by its path from the start (`1`, `1>3`), written with the separator. */
export interface IvrStepName {
  path: string;
  label: string;
}

export interface ContactFlowSettings {
  ivrFlowAttribute: string;
  ivrPathAttribute: string;
  ivrPathSeparator: string;
  ivrStepNames: IvrStepName[];
}

export interface ContactFlowInfo {
  flow: string | null;
  /** Each step the caller took, named where the admin named its path. */
  steps: Array<{ code: string; label: string }>;
}

/** A path longer than this is not a menu the caller walked: the rest is left out, never guessed. */
export const MAX_IVR_STEPS = 20;
const MAX_SEPARATOR = 5;

/** An attribute setting: empty (none) or a Connect attribute name. */
export function ivrAttributeError(value: unknown): FieldError | null {
  if (typeof value !== 'string') return 'wrong-type';
  return value === '' || isAttributeName(value) ? null : 'bad-attribute-name';
}

export function ivrSeparatorError(value: unknown): FieldError | null {
  if (typeof value !== 'string') return 'wrong-type';
  if (!value.trim()) return 'required';
  return value.length > MAX_SEPARATOR ? 'too-long' : null;
}

export function ivrStepNameErrors(item: unknown): Record<string, FieldError> {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return { item: 'wrong-type' };
  const { path, label } = item as Record<string, unknown>;
  const errors: Record<string, FieldError> = {};
  const pathError = typeof path === 'string' ? validateText(path, 200) : 'wrong-type';
  if (pathError) errors.path = pathError;
  const labelError = typeof label === 'string' ? validateText(label, 100) : 'wrong-type';
  if (labelError) errors.label = labelError;
  return errors;
}

/** A path's steps, trimmed: `1 > 3` and `1>3` are the same two steps. */
function stepsOf(path: string, mark: string): string[] {
  return path
    .split(mark)
    .map((step) => step.trim())
    .filter(Boolean);
}

/** What the card shows of a contact's flow, or null when the admin mapped nothing it has. */
export function contactFlowOf(attributes: Readonly<Record<string, string>>, settings: ContactFlowSettings): ContactFlowInfo | null {
  const flow = settings.ivrFlowAttribute ? attributes[settings.ivrFlowAttribute]?.trim() || null : null;
  const path = settings.ivrPathAttribute ? attributes[settings.ivrPathAttribute] : undefined;
  // The separator as it marks a step, spaces around it aside (a stored one is never blank).
  const mark = settings.ivrPathSeparator.trim() || '>';
  const codes = path ? stepsOf(path, mark).slice(0, MAX_IVR_STEPS) : [];
  if (!flow && !codes.length) return null;
  // Each name by its path as one key: its steps joined by the bare mark.
  const names = new Map(settings.ivrStepNames.map((n) => [stepsOf(n.path, mark).join(mark), n.label]));
  const steps = codes.map((code, i) => ({ code, label: names.get(codes.slice(0, i + 1).join(mark)) ?? code }));
  return { flow, steps };
}
