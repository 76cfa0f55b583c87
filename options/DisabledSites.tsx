import { t } from '../src/shared/i18n';
import { saveSettings } from '../src/shared/settings';
import { LockNote } from './LockNote';

/** Sites where the agent switched highlighting off from the popup; each can be switched back on. */
export function DisabledSites({ sites, locked }: { sites: string[]; locked: boolean }) {
  return (
    <div class="disabled-sites" id="disabled-sites">
      <h3>{t('disabledSitesLabel')}</h3>
      <LockNote locked={locked} />
      {sites.length === 0 ? (
        <p class="muted">{t('disabledSitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              {!locked && <button type="button" onClick={() => void saveSettings({ disabledSites: sites.filter((s) => s !== site) })}>{t('disabledSitesEnable')}</button>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
