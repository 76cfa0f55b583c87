/**
 * Enterprise policy: values from `storage.managed` win over the agent's own and lock their keys.
 * Pure, so the merge is unit-tested without a browser; settings.ts feeds it.
 */
import type { SettingKey, Settings } from './settings';

export interface PolicyResult {
  settings: Settings;
  /** Keys set by policy: shown as locked, never saved from the UI. */
  locked: SettingKey[];
  /** Policy keys whose value does not fit (ignored, not locked): shown to the admin in options. */
  invalid: string[];
}

/**
 * @param repair returns the valid (normalised) value for a key (settings.ts' key-by-key repair)
 * @param isValid whether a value fits the key as it is (no item dropped, no fallback)
 * @param keys every setting key
 */
export function mergePolicy(
  local: Settings,
  managed: Record<string, unknown>,
  keys: readonly SettingKey[],
  repair: <K extends SettingKey>(key: K, value: unknown) => Settings[K],
  isValid: (key: SettingKey, value: unknown) => boolean,
): PolicyResult {
  const settings = { ...local };
  const locked: SettingKey[] = [];
  const invalid: string[] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (!(keys as readonly string[]).includes(key)) continue; // not a setting (Chrome drops unknown keys anyway)
    const settingKey = key as SettingKey;
    // A policy value that does not fit is not what the admin meant: ignore it, loudly, rather
    // than lock agents to a half-applied value.
    if (!isValid(settingKey, value)) {
      invalid.push(key);
      continue;
    }
    (settings as Record<SettingKey, unknown>)[settingKey] = repair(settingKey, value);
    locked.push(settingKey);
  }
  return { settings, locked, invalid };
}
