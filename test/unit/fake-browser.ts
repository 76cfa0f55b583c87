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
    windows: {
      get: async (id: number) => ({ id, focused: true }),
      getLastFocused: async (): Promise<{ id: number; focused: boolean }> => ({ id: 1, focused: true }),
      update: async () => undefined,
    },
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

/**
 * The parts of `chrome.*` the background calls directly (badge, notifications, the offscreen phone
 * document, i18n), as stand-ins; `phoneDocuments` lists the offscreen documents open.
 */
export function stubChrome(): { phoneDocuments: string[]; sidePanelsOpened: number[] } {
  const noop = async () => undefined;
  const phoneDocuments: string[] = [];
  const sidePanelsOpened: number[] = [];
  const getURL = (p: string) => `chrome-extension://test-extension/${p}`;
  (globalThis as { chrome?: unknown }).chrome = {
    action: { setBadgeBackgroundColor: noop, setBadgeText: noop, setTitle: noop, setBadgeTextColor: noop },
    notifications: { create: noop, clear: noop },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en-US' },
    runtime: {
      getURL,
      ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      getContexts: async () => phoneDocuments.map((url) => ({ contextType: 'OFFSCREEN_DOCUMENT', documentUrl: url })),
    },
    offscreen: {
      Reason: { USER_MEDIA: 'USER_MEDIA', WEB_RTC: 'WEB_RTC' },
      createDocument: async ({ url }: { url: string }) => {
        if (phoneDocuments.length) throw new Error('Only a single offscreen document may be created.');
        phoneDocuments.push(getURL(url));
      },
      closeDocument: async () => {
        phoneDocuments.length = 0;
      },
    },
    windows: { getLastFocused: async () => ({ id: 1, focused: true }) },
    sidePanel: {
      open: async ({ windowId }: { windowId: number }) => {
        sidePanelsOpened.push(windowId);
      },
    },
  };
  return { phoneDocuments, sidePanelsOpened };
}
