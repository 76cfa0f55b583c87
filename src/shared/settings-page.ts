/**
 * The settings a CRM page's content script follows, read with only their own checks (the simple
 * repairs of settings-basic.ts), policy included. Reading them through loadSettings() would carry
 * the validation of every setting into the content script, whose size budget cannot hold it (the
 * call-log, lookup and caller-ID settings alone added 1.3 KB gzip). Same values as loadSettings().
 */
import { IS_DEV_BUILD } from './build-flags';
import { defaults, DEV_MANAGED_OVERRIDE_KEY, SETTING_KEYS, type SettingKey, type Settings } from './settings-defaults';
import { readManaged } from './settings-managed';
import { keptAsIs, repairBasic } from './settings-basic';
import { migrateSettings, SETTINGS_VERSION_KEY } from './settings-migrations';
import { mergePolicy } from './settings-policy';

export const PAGE_SETTING_KEYS = ['crmSites', 'disabledSites', 'highlightNumbers', 'handleTelLinks', 'defaultCountry', 'otherCountries'] as const satisfies readonly SettingKey[];
type PageSettingKey = (typeof PAGE_SETTING_KEYS)[number];
export type PageSettingValues = Pick<Settings, PageSettingKey>;

function repair<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const fixed = repairBasic(key, value, defaults[key]);
  return (fixed === null || fixed === undefined ? structuredClone(defaults[key]) : fixed) as Settings[K];
}

const isValid = (key: SettingKey, value: unknown): boolean => keptAsIs(value, defaults[key], repair(key, value));

function pick(settings: Settings): PageSettingValues {
  const out = {} as Record<PageSettingKey, unknown>;
  for (const key of PAGE_SETTING_KEYS) out[key] = settings[key];
  return out as PageSettingValues;
}

export const pageDefaults: PageSettingValues = pick(defaults);

export async function loadPageSettings(): Promise<PageSettingValues> {
  const [stored, managed] = await Promise.all([chrome.storage.local.get([...SETTING_KEYS, SETTINGS_VERSION_KEY]), readManaged(chrome.storage)]);
  const { values } = migrateSettings(stored);
  const local = structuredClone(defaults);
  for (const key of PAGE_SETTING_KEYS) if (key in values) (local as Record<SettingKey, unknown>)[key] = repair(key, values[key]);
  return pick(mergePolicy(local, managed, PAGE_SETTING_KEYS, repair, isValid).settings);
}

/** Calls `listener` with fresh page settings whenever one of them or a policy changes. */
export function watchPageSettings(listener: (settings: PageSettingValues) => void): () => void {
  const keys = new Set<string>(PAGE_SETTING_KEYS);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const relevant = area === 'managed' || (area === 'local' && Object.keys(changes).some((k) => keys.has(k) || (IS_DEV_BUILD && k === DEV_MANAGED_OVERRIDE_KEY)));
    if (relevant) void loadPageSettings().then(listener);
  };
  chrome.storage.onChanged.addListener(onChanged);
  return () => chrome.storage.onChanged.removeListener(onChanged);
}
