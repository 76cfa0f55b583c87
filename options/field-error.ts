import { t, type MessageKey } from '../src/shared/i18n';
import type { FieldError } from '../src/shared/settings-validate';

/** The message shown at a field for a validation error. */
export function fieldErrorText(code: FieldError): string {
  return t(`fieldError_${code.replace(/-/g, '_')}` as MessageKey);
}
