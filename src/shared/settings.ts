/**
 * Settings: one `defaults` object from which the type is derived. Every context reads through
 * here; stored values are repaired key by key, so a corrupt value never crashes a context and
 * never takes the good values down with it.
 */
import browser from 'webextension-polyfill';

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
  /** ISO country for national numbers; '' means "from the browser's language". */
  defaultCountry: '',
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
};

export type Settings = typeof defaults;
export type SettingKey = keyof Settings;

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/** Returns a valid value for `key`, or the default when `value` does not fit. */
function repairValue<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  const fallback = defaults[key];
  if (key === 'crmSites' || key === 'disabledSites') {
    if (!Array.isArray(value)) return fallback;
    const clean = value.filter((item): item is string => typeof item === 'string' && ORIGIN.test(item));
    return [...new Set(clean)] as Settings[K];
  }
  if (Array.isArray(fallback)) {
    // Lists of records are checked item by item by their owners (options page, screen pop);
    // here a list that is not a list of objects falls back whole.
    return (Array.isArray(value) && value.every((item) => item && typeof item === 'object') ? value : fallback) as Settings[K];
  }
  if (key === 'historyLimit') {
    return (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000 ? value : fallback) as Settings[K];
  }
  if (key === 'defaultCountry') {
    return (typeof value === 'string' && /^([A-Z]{2})?$/.test(value) ? value : fallback) as Settings[K];
  }
  return (typeof value === typeof fallback ? value : fallback) as Settings[K];
}

/** Stored values as read (anything may be there), repaired key by key from the defaults. */
export function repairSettings(stored: Record<string, unknown>): Settings {
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as SettingKey[]) {
    if (key in stored) (out as Record<SettingKey, unknown>)[key] = repairValue(key, stored[key]);
  }
  return out;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(Object.keys(defaults));
  return repairSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(patch);
}

/** Calls `listener` with fresh settings whenever any setting changes; returns the unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some((k) => k in defaults)) return;
    void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
