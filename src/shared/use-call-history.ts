import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CALL_HISTORY_KEY, readCallHistory, type CallHistoryEntry } from './call-history';

/** Call history from storage.local, newest first, updated as calls come and go. */
export function useCallHistory(limit = Infinity): CallHistoryEntry[] {
  const [entries, setEntries] = useState<CallHistoryEntry[]>([]);
  useEffect(() => {
    const read = () => void browser.storage.local.get(CALL_HISTORY_KEY).then((stored) => setEntries(readCallHistory(stored[CALL_HISTORY_KEY], limit)));
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CALL_HISTORY_KEY in changes) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [limit]);
  return entries;
}
