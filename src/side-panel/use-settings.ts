import { useEffect, useState } from 'preact/hooks';
import { defaultCountryFromLanguage, type CountryCode } from '../shared/phone';
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

/** The agent's country, for reading and formatting numbers: the setting, else the browser language. */
export function agentCountry(settings: Settings): CountryCode {
  return (settings.defaultCountry || defaultCountryFromLanguage(navigator.language)) as CountryCode;
}
