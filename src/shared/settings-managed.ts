/**
 * Enterprise policy (`storage.managed`), read the same way by every context. The storage is passed
 * in: the polyfill's `browser.storage` in the extension's pages, Chrome's own `chrome.storage` in
 * the content script (which does not carry the polyfill).
 */
import { IS_DEV_BUILD } from './build-flags';
import { DEV_MANAGED_OVERRIDE_KEY } from './settings-defaults';

export interface ManagedAndLocal {
  managed: { get(): Promise<Record<string, unknown>> };
  local: { get(key: string): Promise<Record<string, unknown>> };
}

export async function readManaged(storage: ManagedAndLocal): Promise<Record<string, unknown>> {
  // Without a policy this gives {} or rejects; a browser (or a test double) may have no managed
  // storage at all. None of that may stop a context from reading its settings.
  const managed: Record<string, unknown> = await Promise.resolve()
    .then(() => storage.managed.get())
    .catch(() => ({}));
  if (!IS_DEV_BUILD) return managed;
  const local = await storage.local.get(DEV_MANAGED_OVERRIDE_KEY);
  const override = local[DEV_MANAGED_OVERRIDE_KEY];
  return override && typeof override === 'object' ? { ...managed, ...(override as Record<string, unknown>) } : managed;
}
