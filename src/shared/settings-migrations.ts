/**
 * Settings versions. Each migration is a pure function from the stored values of one version to
 * the next; `migrateSettings` runs the ones a store still needs. Stored values may be anything (an
 * old build, a hand-edited import, a broken sync): a migration changes only what it recognises and
 * leaves the rest to the key-by-key repair that follows.
 */
export const SETTINGS_VERSION_KEY = 'settingsVersion';

type Stored = Record<string, unknown>;

/**
 * What a migration needs from outside: the instance URL's reading (settings-migration-tools.ts).
 * The content script reads no instance URL: it passes none, and so does not carry the URL parser
 * (0.5 KB gzip of its budget). Every context that reads or stores the instance URL passes it.
 */
export interface MigrationTools {
  ccpUrlOf?(typed: string): string | null;
}

export interface Migration {
  /** The version this migration produces. */
  to: number;
  /** What it changes, for the commit log and the tests. */
  what: string;
  run(stored: Stored, tools: MigrationTools): Stored;
}

function toOrigin(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const url = new URL(/^https?:\/\//i.test(value.trim()) ? value.trim() : `https://${value.trim()}`);
    return url.origin;
  } catch {
    return value;
  }
}

export const migrations: Migration[] = [
  {
    to: 1,
    what: 'unversioned (walking skeleton) → 1: instance URL stored as typed, sites with paths, attributes as names, numbers as text',
    run(stored, tools) {
      const out = { ...stored };
      // The skeleton's demo and scripts wrote the instance URL as typed ("my-centre", no /ccp-v2/).
      if (tools.ccpUrlOf && typeof out.instanceUrl === 'string' && out.instanceUrl) {
        const url = tools.ccpUrlOf(out.instanceUrl);
        if (url) out.instanceUrl = url;
      }
      for (const key of ['crmSites', 'disabledSites']) {
        if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map(toOrigin);
      }
      // Attributes to show were first a plain list of names.
      if (Array.isArray(out.shownAttributes)) {
        out.shownAttributes = (out.shownAttributes as unknown[]).map((item) => (typeof item === 'string' ? { key: item, label: item } : item));
      }
      if (typeof out.historyLimit === 'string' && /^\d+$/.test(out.historyLimit.trim())) out.historyLimit = Number(out.historyLimit.trim());
      return out;
    },
  },
];

export const CURRENT_SETTINGS_VERSION = migrations.at(-1)!.to;

/** The stored version: 0 when there is none (the skeleton stored none), or unreadable. */
export function storedVersion(stored: Stored): number {
  const version = stored[SETTINGS_VERSION_KEY];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Runs every migration newer than the stored version. A store from a newer build (a downgrade)
 * is left as it is: the repair keeps what this build understands.
 */
export function migrateSettings(stored: Stored, tools: MigrationTools = {}): { values: Stored; version: number; applied: number[] } {
  const from = storedVersion(stored);
  let values = { ...stored };
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.to <= from) continue;
    try {
      values = migration.run(values, tools);
      applied.push(migration.to);
    } catch (error) {
      // A migration must never take a context down; the repair will fall back to defaults.
      console.warn(`[ccp-sidecar] settings migration to ${migration.to} failed`, error);
    }
  }
  return { values, version: Math.max(from, CURRENT_SETTINGS_VERSION), applied };
}
