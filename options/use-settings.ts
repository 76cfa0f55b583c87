import { useEffect, useState } from 'preact/hooks';
import { loadSettingsWithPolicy, watchSettingsWithPolicy, type SettingsWithPolicy } from '../src/shared/settings';

/** The settings with their policy locks, kept fresh as storage or policy change. */
export function useSettings(): SettingsWithPolicy | null {
  const [value, setValue] = useState<SettingsWithPolicy | null>(null);
  useEffect(() => {
    void loadSettingsWithPolicy().then(setValue);
    return watchSettingsWithPolicy(setValue);
  }, []);
  return value;
}
