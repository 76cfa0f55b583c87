import { useEffect, useState } from 'preact/hooks';
import { defaults, loadSettings, watchSettings, type Settings } from '../shared/settings';

/** The settings the panel renders with, kept fresh as the admin changes them. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaults);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

