import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** A storage value read through `read` (defensive), kept fresh as it changes. */
export function useStorageValue<T>(area: 'local' | 'session', key: string, read: (value: unknown) => T): T {
  const [value, setValue] = useState<T>(() => read(undefined));
  useEffect(() => {
    let live = true;
    const load = () => void browser.storage[area].get(key).then((stored) => live && setValue(read(stored[key])));
    const onChanged = (changes: Record<string, unknown>, changedArea: string) => {
      if (changedArea === area && key in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [area, key]);
  return value;
}
