/**
 * A small in-memory stand-in for the parts of the WebExtension API the background uses, so the
 * relay's decisions are unit-tested without a browser.
 */
type Listener = (...args: unknown[]) => unknown;

function area() {
  let data: Record<string, unknown> = {};
  return {
    async get(keys?: string[] | string | null) {
      if (keys == null) return structuredClone(data);
      const list = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(patch: Record<string, unknown>) {
      data = { ...data, ...structuredClone(patch) };
    },
    async clear() {
      data = {};
    },
  };
}

export function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    fire: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
  };
}

export function createFakeBrowser() {
  const sentToTabs: Array<{ tabId: number; message: unknown }> = [];
  const openTabs: Array<{ id: number; url: string }> = [];
  const granted = new Set<string>();
  return {
    sentToTabs,
    openTabs,
    granted,
    runtime: { id: 'test-extension', getURL: (p: string) => `chrome-extension://test-extension/${p}`, onMessage: event() },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en-US' },
    windows: { get: async (id: number) => ({ id, focused: true }), update: async () => undefined },
    storage: { session: area(), local: area(), managed: area(), onChanged: event() },
    alarms: { create: async () => undefined, onAlarm: event() },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    tabs: {
      query: async ({ url }: { url: string[] }) =>
        openTabs.filter((t) => url.some((pattern) => t.url.startsWith(pattern.replace(/\/\*$/, '')))),
      sendMessage: async (tabId: number, message: unknown) => {
        sentToTabs.push({ tabId, message });
      },
    },
  };
}

/** The parts of `chrome.*` the background calls directly (badge, notifications), as no-ops. */
export function stubChrome(): void {
  const noop = async () => undefined;
  (globalThis as { chrome?: unknown }).chrome = {
    action: { setBadgeBackgroundColor: noop, setBadgeText: noop, setTitle: noop, setBadgeTextColor: noop },
    notifications: { create: noop, clear: noop },
    runtime: { getURL: (p: string) => `chrome-extension://test-extension/${p}` },
  };
}
