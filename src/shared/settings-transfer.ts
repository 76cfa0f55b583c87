/**
 * Import and export of all settings as JSON. An import is checked key by key: every error is
 * listed (nothing is imported while there is one), unknown keys are reported rather than dropped
 * silently, and keys locked by policy are skipped and said so.
 */
import { IS_DEV_BUILD } from './build-flags';
import { normalizeInstanceUrl } from './instance-url';
import { CURRENT_SETTINGS_VERSION, migrateSettings, SETTINGS_VERSION_KEY } from './settings-migrations';
import { MIGRATION_TOOLS } from './settings-migration-tools';
import { callerIdQueueErrors } from './caller-id';
import { isValidSetting, repairValue, SETTING_KEYS, type SettingKey, type Settings } from './settings';
import { ivrStepNameErrors } from './contact-flow';
import { autofillMappingErrors, screenPopRuleErrors, shownAttributeErrors, type FieldError } from './settings-validate';

export const EXPORT_FORMAT = 'ccp-sidecar-settings';

export interface SettingsFile {
  format: typeof EXPORT_FORMAT;
  settingsVersion: number;
  settings: Settings;
}

export function exportSettings(settings: Settings): string {
  const file: SettingsFile = { format: EXPORT_FORMAT, settingsVersion: CURRENT_SETTINGS_VERSION, settings };
  return JSON.stringify(file, null, 2);
}

/** One problem of an import: the key (and list item) it is about, and why. */
export interface ImportError {
  key: string;
  /** Index of the bad item in a list, when the problem is one item. */
  index?: number;
  field?: string;
  code: FieldError | 'not-json' | 'not-an-object' | 'newer-version';
}

export type ImportResult =
  | { ok: true; values: Partial<Settings>; unknownKeys: string[]; lockedKeys: SettingKey[] }
  | { ok: false; errors: ImportError[]; unknownKeys: string[] };

const LISTS: Partial<Record<SettingKey, (item: unknown) => Record<string, FieldError>>> = {
  screenPopRules: screenPopRuleErrors,
  autofillMappings: autofillMappingErrors,
  shownAttributes: shownAttributeErrors,
  callerIdQueues: callerIdQueueErrors,
  ivrStepNames: ivrStepNameErrors,
};

/**
 * Reads an exported file (or a bare object of settings, as an admin might write by hand).
 * @param locked keys set by policy: reported, never imported
 */
export function parseImport(text: string, locked: readonly SettingKey[] = []): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ key: '', code: 'not-json' }], unknownKeys: [] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, errors: [{ key: '', code: 'not-an-object' }], unknownKeys: [] };
  const record = data as Record<string, unknown>;
  const wrapped = record.format === EXPORT_FORMAT;
  const unknownKeys: string[] = [];
  if (wrapped) {
    for (const key of Object.keys(record)) if (!['format', SETTINGS_VERSION_KEY, 'settings'].includes(key)) unknownKeys.push(key);
  }
  const raw = wrapped ? record.settings : record;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, errors: [{ key: 'settings', code: 'not-an-object' }], unknownKeys };
  const version = wrapped ? record[SETTINGS_VERSION_KEY] : (raw as Record<string, unknown>)[SETTINGS_VERSION_KEY];
  if (typeof version === 'number' && version > CURRENT_SETTINGS_VERSION) {
    return { ok: false, errors: [{ key: SETTINGS_VERSION_KEY, code: 'newer-version' }], unknownKeys };
  }
  // An older file is brought up to date first, as a stored one would be.
  const { values } = migrateSettings({ ...(raw as Record<string, unknown>), [SETTINGS_VERSION_KEY]: typeof version === 'number' ? version : 0 }, MIGRATION_TOOLS);

  const errors: ImportError[] = [];
  const out: Record<string, unknown> = {};
  const lockedKeys: SettingKey[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === SETTINGS_VERSION_KEY) continue;
    if (!(SETTING_KEYS as string[]).includes(key)) {
      unknownKeys.push(key);
      continue;
    }
    const settingKey = key as SettingKey;
    const listCheck = LISTS[settingKey];
    if (listCheck && Array.isArray(value)) {
      value.forEach((item, index) => {
        for (const [field, code] of Object.entries(listCheck(item))) errors.push({ key, index, field, code });
      });
    }
    if (!isValidSetting(settingKey, value)) {
      if (!errors.some((e) => e.key === key)) errors.push({ key, code: errorFor(settingKey, value) });
      continue;
    }
    if (locked.includes(settingKey)) {
      lockedKeys.push(settingKey);
      continue;
    }
    out[key] = repairValue(settingKey, value);
  }
  if (errors.length) return { ok: false, errors, unknownKeys };
  return { ok: true, values: out as Partial<Settings>, unknownKeys, lockedKeys };
}

function errorFor(key: SettingKey, value: unknown): ImportError['code'] {
  if (key === 'instanceUrl' && typeof value === 'string') {
    const result = normalizeInstanceUrl(value, IS_DEV_BUILD);
    return result.ok ? 'wrong-type' : 'instance-url';
  }
  if (key === 'loginUrl' && typeof value === 'string') return 'not-https';
  if (key === 'historyLimit' && typeof value === 'number') return 'out-of-range';
  if ((key === 'crmSites' || key === 'disabledSites') && Array.isArray(value)) return 'not-an-origin';
  if ((key === 'crmSites' || key === 'disabledSites' || LISTS[key]) && Array.isArray(value)) return 'duplicate';
  if (key === 'defaultCountry' && typeof value === 'string') return 'not-an-option';
  if (key === 'otherCountries' && Array.isArray(value)) return 'not-an-option';
  return 'wrong-type';
}
