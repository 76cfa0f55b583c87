/**
 * Settings: one `defaults` object from which the type is derived. Every context reads through
 * here; stored values are migrated (settings-migrations.ts), then repaired key by key (and lists
 * item by item), so a corrupt value never crashes a context and never takes the good values down
 * with it. Values set by enterprise policy (`storage.managed`) win and lock their keys
 * (settings-policy.ts).
 */
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from './build-flags';
import { normalizeInstanceUrl } from './instance-url';
import { migrateSettings, SETTINGS_VERSION_KEY, storedVersion } from './settings-migrations';
import { MIGRATION_TOOLS } from './settings-migration-tools';
import { mergePolicy } from './settings-policy';
import { readManaged } from './settings-managed';
import { defaults, DEV_MANAGED_OVERRIDE_KEY, SETTING_KEYS, type AutofillMapping, type ScreenPopRule, type Settings, type SettingKey, type ShownAttribute } from './settings-defaults';
import { callerIdQueueErrors, type CallerIdQueue } from './caller-id';
import { ivrAttributeError, ivrSeparatorError, ivrStepNameErrors, type IvrStepName } from './contact-flow';
import { keptAsIs, repairBasic } from './settings-basic';
import {
  autofillMappingErrors,
  screenPopRuleErrors,
  shownAttributeErrors,
  validateHistoryLimit,
  validateLoginUrl,
} from './settings-validate';
import {
  attributeKeysFrom, dispositionsFrom, logTargetErrors, lookupFieldErrors, parseHeaderLine, validateLookupUrl,
  type LogTarget, type LookupField,
} from './settings-call-log';

// The defaults, keys and types, for the contexts that read and write settings through here.
export * from './settings-defaults';

/** Keeps the items of a list that pass `errorsOf`, without repeating an `idKey`. */
function validItems<T>(value: unknown, errorsOf: (item: unknown) => Record<string, unknown>, idKey: string): T[] | null {
  if (!Array.isArray(value)) return null;
  const seen = new Set<unknown>();
  const out: T[] = [];
  for (const item of value) {
    if (Object.keys(errorsOf(item)).length) continue;
    const id = (item as Record<string, unknown>)[idKey];
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(item as T);
  }
  return out;
}

function isRegExp(text: string): boolean {
  try {
    new RegExp(text);
    return true;
  } catch {
    return false;
  }
}

function withNullCondition(item: unknown): unknown {
  return item && typeof item === 'object' && !('condition' in item) ? { ...item, condition: null } : item;
}

/** Returns a valid value for `key`, or the default when `value` does not fit. */
export function repairValue<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const fallback = defaults[key];
  const result = ((): unknown => {
    const basic = repairBasic(key, value, fallback);
    if (basic !== undefined) return basic;
    switch (key) {
      case 'screenPopRules':
        // A rule without a condition (a policy cannot write null) fires always.
        return validItems<ScreenPopRule>(Array.isArray(value) ? value.map(withNullCondition) : value, screenPopRuleErrors, 'id');
      case 'autofillMappings':
        return validItems<AutofillMapping>(value, autofillMappingErrors, 'id');
      case 'shownAttributes':
        return validItems<ShownAttribute>(value, shownAttributeErrors, 'key');
      case 'callerIdQueues':
        return validItems<CallerIdQueue>(value, callerIdQueueErrors, 'site');
      case 'ivrFlowAttribute':
      case 'ivrPathAttribute':
        return ivrAttributeError(value) ? null : value;
      case 'ivrPathSeparator':
        return ivrSeparatorError(value) ? null : value;
      case 'ivrStepNames':
        return validItems<IvrStepName>(value, ivrStepNameErrors, 'path');
      case 'historyLimit':
        return validateHistoryLimit(value) ? null : value;
      case 'dispositions':
        return Array.isArray(value) ? dispositionsFrom(value) : null;
      case 'logAttributes':
        return Array.isArray(value) ? attributeKeysFrom(value) : null;
      case 'logTargets':
        return validItems<LogTarget>(value, (t) => logTargetErrors(t, IS_DEV_BUILD), 'id');
      case 'lookupFields':
        return validItems<LookupField>(value, lookupFieldErrors, 'label');
      case 'lookupUrl':
      case 'lookupCreateUrl':
        return value === '' || (typeof value === 'string' && !validateLookupUrl(value, IS_DEV_BUILD)) ? value : null;
      case 'lookupHeader':
        return value === '' || (typeof value === 'string' && parseHeaderLine(value)) ? value : null;
      case 'crmRecordPattern':
        return typeof value === 'string' && value.length <= 500 && isRegExp(value) ? value : null;
      case 'instanceUrl': {
        if (value === '') return value;
        const result = typeof value === 'string' ? normalizeInstanceUrl(value, IS_DEV_BUILD) : null;
        return result?.ok ? result.ccpUrl : null;
      }
      case 'loginUrl':
        return typeof value === 'string' && !validateLoginUrl(value, IS_DEV_BUILD) ? value.trim() : null;
      default:
        return typeof value === typeof fallback ? value : null;
    }
  })();
  return (result === null ? structuredClone(fallback) : result) as Settings[K];
}

/** True when `value` fits `key` as it is: nothing dropped, nothing defaulted (normalising is fine). */
export function isValidSetting(key: SettingKey, value: unknown): boolean {
  if (key === 'instanceUrl') return value === '' || (typeof value === 'string' && normalizeInstanceUrl(value, IS_DEV_BUILD).ok);
  if (key === 'loginUrl') return typeof value === 'string' && !validateLoginUrl(value, IS_DEV_BUILD);
  return keptAsIs(value, defaults[key], repairValue(key, value));
}

/** Stored values as read (anything may be there), migrated, then repaired key by key. */
export function repairSettings(stored: Record<string, unknown>): Settings {
  const { values } = migrateSettings(stored, MIGRATION_TOOLS);
  const out = structuredClone(defaults);
  for (const key of SETTING_KEYS) {
    if (key in values) (out as Record<SettingKey, unknown>)[key] = repairValue(key, values[key]);
  }
  return out;
}

export interface SettingsWithPolicy {
  settings: Settings;
  locked: SettingKey[];
  /** Policy keys whose value was refused (shown to admins on the options page). */
  invalidPolicy: string[];
}

export async function loadSettingsWithPolicy(): Promise<SettingsWithPolicy> {
  const [stored, managed] = await Promise.all([browser.storage.local.get([...SETTING_KEYS, SETTINGS_VERSION_KEY]), readManaged(browser.storage)]);
  const { settings, locked, invalid } = mergePolicy(repairSettings(stored), managed, SETTING_KEYS, repairValue, isValidSetting);
  if (invalid.length) console.warn(`[ccp-sidecar] policy values ignored (they do not fit): ${invalid.join(', ')}`);
  return { settings, locked, invalidPolicy: invalid };
}

/** The settings every context uses: stored ones, repaired, with policy values winning. */
export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithPolicy()).settings;
}

/**
 * Saves the agent's or admin's changes, except keys locked by policy (those are refused and
 * returned: the UI never offers them, so a refusal here means a stale page).
 */
export async function saveSettings(patch: Partial<Settings>): Promise<{ refused: SettingKey[] }> {
  const { locked } = await loadSettingsWithPolicy();
  const allowed: Record<string, unknown> = {};
  const refused: SettingKey[] = [];
  for (const [key, value] of Object.entries(patch) as Array<[SettingKey, unknown]>) {
    if (locked.includes(key)) refused.push(key);
    else allowed[key] = value;
  }
  if (Object.keys(allowed).length) await browser.storage.local.set(allowed);
  return { refused };
}

/**
 * Brings the stored settings to the current version and writes the repaired values back, key by
 * key. Run by the background at install, update and start-up; every other context repairs in
 * memory on read, so none depends on this having run.
 */
export async function migrateStoredSettings(): Promise<{ from: number; applied: number[]; repaired: SettingKey[] }> {
  const stored = await browser.storage.local.get([...SETTING_KEYS, SETTINGS_VERSION_KEY]);
  const { values, version, applied } = migrateSettings(stored, MIGRATION_TOOLS);
  const patch: Record<string, unknown> = {};
  const repaired: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (!(key in stored)) continue;
    const fixed = repairValue(key, values[key]);
    if (JSON.stringify(fixed) !== JSON.stringify(stored[key])) {
      patch[key] = fixed;
      repaired.push(key);
    }
  }
  if (stored[SETTINGS_VERSION_KEY] !== version) patch[SETTINGS_VERSION_KEY] = version;
  if (Object.keys(patch).length) await browser.storage.local.set(patch);
  return { from: storedVersion(stored), applied, repaired };
}

/** Calls `listener` with fresh settings (and locks) whenever a setting or a policy changes. */
export function watchSettingsWithPolicy(listener: (value: SettingsWithPolicy) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const relevant =
      area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => k in defaults || (IS_DEV_BUILD && k === DEV_MANAGED_OVERRIDE_KEY)));
    if (relevant) void loadSettingsWithPolicy().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/** Calls `listener` with fresh settings whenever any setting or policy changes; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return watchSettingsWithPolicy((value) => listener(value.settings));
}

/** A fresh id for a new rule, mapping or the like. */
export function newId(): string {
  return crypto.randomUUID();
}

