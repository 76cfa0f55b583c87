import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';

/** The stored shape (background/history.ts writes it; the popup reads it too). */
export interface CallHistoryEntry {
  id: string;
  contactId: string;
  direction: 'inbound' | 'outbound';
  number: string | null;
  queue: string | null;
  startedAt: number;
  durationMs: number | null;
  outcome: 'answered' | 'missed' | 'rejected' | 'failed';
}

const KEY = 'callHistory';

/** Call history from storage.local, newest first, updated as calls come and go. */
export function useCallHistory(): CallHistoryEntry[] {
  const [entries, setEntries] = useState<CallHistoryEntry[]>([]);
  useEffect(() => {
    const read = () =>
      void browser.storage.local.get(KEY).then((stored) => {
        const list = stored[KEY];
        setEntries(Array.isArray(list) ? (list as CallHistoryEntry[]) : []);
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && KEY in changes) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return entries;
}
