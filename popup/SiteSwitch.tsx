import { t } from '../src/shared/i18n';
import { saveSettings, type Settings } from '../src/shared/settings';

/** Number highlighting on the current tab's site: on, or off for this site alone (`disabledSites`). */
export function SiteSwitch({ origin, settings, locked }: { origin: string; settings: Settings; locked: boolean }) {
  const on = settings.highlightNumbers && !settings.disabledSites.includes(origin);
  // With highlighting off everywhere, a per-site switch would change nothing the agent can see.
  const offEverywhere = !settings.highlightNumbers;
  const toggle = (enable: boolean) =>
    void saveSettings({ disabledSites: enable ? settings.disabledSites.filter((s) => s !== origin) : [...settings.disabledSites, origin] });
  return (
    <div class="site-switch" data-locked={locked ? 'true' : 'false'}>
      <label class="switch">
        <input id="site-highlight" type="checkbox" checked={on} disabled={locked || offEverywhere} onChange={(e) => toggle((e.target as HTMLInputElement).checked)} />
        <span>{t('popupHighlightOn', new URL(origin).host)}</span>
      </label>
      {locked && <p class="locked-note" data-locked-note>{t('lockedByPolicy')}</p>}
      {!locked && offEverywhere && <p class="muted" id="highlight-off-everywhere">{t('popupHighlightOffEverywhere')}</p>}
    </div>
  );
}
