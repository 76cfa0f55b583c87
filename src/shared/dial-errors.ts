/** Why a dial did not happen, in the agent's language (the `dialError_*` strings). */
import { t, type MessageKey } from './i18n';

export function dialErrorText(error: string): string {
  const key = `dialError_${error.replace(/-/g, '_')}` as MessageKey;
  const text = t(key);
  return text === key ? t('dialError_generic', error) : text;
}
