/**
 * The settings this page follows, live: the countries national numbers are read in (the other
 * countries go to read-options.ts, which every read of page text asks), whether tel:
 * links are ours, and whether numbers are highlighted here (off everywhere, or off for this site
 * from the popup's switch, which stores the tab's origin in `disabledSites`).
 */
import { agentCountry, type CountryCode } from '../../src/shared/phone';
import { loadPageSettings, pageDefaults, watchPageSettings, type PageSettingValues } from '../../src/shared/settings-page';
import { readInOtherCountries } from './read-options';

export interface PageSettings {
  readonly current: PageSettingValues;
  country(): CountryCode;
  highlightsOn(): boolean;
}

/** The tab's origin, also from inside a frame: the per-site switch is about the site in the address bar. */
export function siteOrigin(): string {
  const ancestors = location.ancestorOrigins;
  return ancestors && ancestors.length > 0 ? (ancestors[ancestors.length - 1] ?? location.origin) : location.origin;
}

/** `onChange` runs once the stored settings are read, then on every change. */
export function followSettings(signal: AbortSignal, onChange: (settings: PageSettings) => void): PageSettings {
  let current: PageSettingValues = pageDefaults;
  const site = siteOrigin();
  const page: PageSettings = {
    get current() {
      return current;
    },
    country: () => agentCountry(current.defaultCountry, navigator.language),
    highlightsOn: () => current.highlightNumbers && !current.disabledSites.includes(site),
  };
  const take = (settings: PageSettingValues) => {
    if (signal.aborted) return;
    current = settings;
    readInOtherCountries(settings.otherCountries);
    onChange(page);
  };
  void loadPageSettings().then(take, () => take(pageDefaults));
  const unwatch = watchPageSettings(take);
  signal.addEventListener('abort', unwatch, { once: true });
  return page;
}
