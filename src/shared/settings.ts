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
import { mergePolicy } from './settings-policy';
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

/** When a screen-pop rule fires, in the life of a contact. */
export type ScreenPopTrigger = 'ringing' | 'accepted' | 'connected';
/** Where it opens: always a new tab, a tab already on that CRM site, or a tab whose URL already matches. */
export type ScreenPopTarget = 'new-tab' | 'reuse-crm-tab' | 'focus-matching';

export interface ScreenPopRule {
  id: string;
  name: string;
  /** e.g. `https://crm.example.com/search?q={phone.e164}&id={attr.CustomerId}` */
  urlTemplate: string;
  trigger: ScreenPopTrigger;
  target: ScreenPopTarget;
  /** Fire only when `field` (`queue` or `attr.<Name>`) equals `equals`; null fires always. */
  condition: { field: string; equals: string } | null;
  enabled: boolean;
}

export interface AutofillMapping {
  id: string;
  /** A CSS selector, or a field's label / name / placeholder text: one of the two is set. */
  selector: string;
  label: string;
  /** e.g. `{phone.national}` or `{attr.AccountId}` */
  template: string;
  /** Overwrite a field the agent already typed in. */
  overwrite: boolean;
}

export interface ShownAttribute {
  key: string;
  label: string;
}

export const defaults = {
  /** The normalised CCP URL (`https://alias.my.connect.aws/ccp-v2/`), or '' when not configured. */
  instanceUrl: '',
  /** Where agents sign in (a SAML IdP URL); '' means the instance's own sign-in (the CCP URL). */
  loginUrl: '',
  /**
   * Amazon's own panel in the side panel (the opt-in classic mode): the side panel hosts Streams
   * and shows Amazon's CCP, for what our controls do not cover; the call then ends when that panel
   * closes. Off: the phone runs in the offscreen phone document and outlives every window.
   */
  amazonPanel: false,
  /** ISO country for national numbers; '' means "from the browser's language". */
  defaultCountry: '',
  /**
   * Other countries the agent calls (ISO codes, at most MAX_OTHER_COUNTRIES): a national number
   * may be read as one of them when its record says so, and when no record says, a number that
   * reads validly in two of the agent's countries is asked about, never guessed. Empty: every
   * national number is read in the default country, as before.
   */
  otherCountries: [] as string[],
  /** CRM origins (`https://crm.example.com`) the admin added; each needs a granted permission. */
  crmSites: [] as string[],
  highlightNumbers: true,
  /** Dial `tel:`/`callto:` links through the CCP instead of the operating system's handler. */
  handleTelLinks: true,
  /** Origins where the agent switched highlighting off from the popup. */
  disabledSites: [] as string[],
  screenPopRules: [] as ScreenPopRule[],
  autofillMappings: [] as AutofillMapping[],
  /** Contact attributes shown on the contact card, in this order, with these labels. */
  shownAttributes: [] as ShownAttribute[],
  /** Call history: how many entries are kept (oldest dropped first). */
  historyLimit: 200,
  /** Privacy: keep numbers out of call history. */
  historyStoreNumbers: true,
  // Issue 13 (settings-call-log.ts): after the call and the customer's record.
  /** The admin's dispositions, offered in the wrap-up form. */
  dispositions: [] as string[],
  /** "Close contact" waits for a disposition. */
  dispositionRequired: false,
  /** Contact attributes kept in the call record. */
  logAttributes: [] as string[],
  /** A regular expression taking a record ID from the URL of the CRM page a call was dialled from. */
  crmRecordPattern: '',
  logTargets: [] as LogTarget[],
  /** The customer lookup: an https GET URL template (`{phone.e164}`), '' for none. */
  lookupUrl: '',
  /** One header line sent with it (`X-Api-Key: …`), '' for none. */
  lookupHeader: '',
  /** Send the CRM's own cookies (the lookup's origin must be a granted host). */
  lookupCookies: false,
  /** Where the matches are in the answer (a JSON pointer); '' for the whole answer. */
  lookupListPointer: '',
  lookupFields: [] as LookupField[],
  /** "No record": a link to create one (URL template, `{phone.e164}`), '' for none. */
  lookupCreateUrl: '',
  /** Outbound caller ID: the queue a dial from each CRM site goes out with, unless the agent picked one. */
  callerIdQueues: [] as CallerIdQueue[],
  // The contact flow / IVR on the contact card (contact-flow.ts), from the attributes the flows set.
  /** The attribute holding the contact flow's name, '' for none. */
  ivrFlowAttribute: '',
  /** The attribute holding the caller's menu choices as a path (`1>3`), '' for none. */
  ivrPathAttribute: '',
  ivrPathSeparator: '>',
  /** Names for menu steps by their path (`1>3` → Returns). */
  ivrStepNames: [] as IvrStepName[],
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(defaults) as SettingKey[];

/** Development build only: a `storage.local` stand-in for `storage.managed`, for the e2e tests. */
export const DEV_MANAGED_OVERRIDE_KEY = '__devManagedOverride';

export { MAX_OTHER_COUNTRIES } from './settings-basic';

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
  const { values } = migrateSettings(stored);
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

export async function readManaged(): Promise<Record<string, unknown>> {
  // Without a policy this gives {} or rejects; a browser (or a test double) may have no managed
  // storage at all. None of that may stop a context from reading its settings.
  const managed: Record<string, unknown> = await Promise.resolve()
    .then(() => browser.storage.managed.get())
    .catch(() => ({}));
  if (!IS_DEV_BUILD) return managed;
  const local = await browser.storage.local.get(DEV_MANAGED_OVERRIDE_KEY);
  const override = local[DEV_MANAGED_OVERRIDE_KEY];
  return override && typeof override === 'object' ? { ...managed, ...(override as Record<string, unknown>) } : managed;
}

export async function loadSettingsWithPolicy(): Promise<SettingsWithPolicy> {
  const [stored, managed] = await Promise.all([browser.storage.local.get([...SETTING_KEYS, SETTINGS_VERSION_KEY]), readManaged()]);
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
  const { values, version, applied } = migrateSettings(stored);
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

