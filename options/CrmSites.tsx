import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n';
import { saveSettings } from '../src/shared/settings';
import { LockNote } from './LockNote';
import { crmMatchPattern } from '../src/shared/crm-site';

/** `crm.example.com/path` or `https://crm.example.com` → `https://crm.example.com`, or null. */
export function siteOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (url.username || url.password || !url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}


/**
 * CRM sites: each one asks the browser for that origin alone (optional host permission), in the
 * click's gesture; the background registers the content script for granted ones.
 */
export function CrmSites({ sites, locked = false }: { sites: string[]; locked?: boolean }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  useEffect(() => {
    void Promise.all(sites.map(async (s) => [s, await browser.permissions.contains({ origins: [crmMatchPattern(s)] })] as const)).then((pairs) =>
      setGranted(Object.fromEntries(pairs)),
    );
  }, [sites]);

  const grant = async (origin: string): Promise<boolean> => {
    // permissions.request must be the first await in the click handler (user gesture).
    const ok = await browser.permissions.request({ origins: [crmMatchPattern(origin)] });
    setGranted((g) => ({ ...g, [origin]: ok }));
    return ok;
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const origin = siteOrigin(text);
    if (!origin) return setError(t('crmSiteInvalid'));
    const ok = await grant(origin);
    if (!ok) return setError(t('crmSiteDenied'));
    setError(null);
    setText('');
    if (!sites.includes(origin)) await saveSettings({ crmSites: [...sites, origin] });
  };

  return (
    <section class="setting" id="crm-sites-section" data-locked={locked ? 'true' : 'false'}>
      <h2><label for="crm-site">{t('crmSitesLabel')}</label></h2>
      <p class="help">{t('crmSitesHelp')}</p>
      <LockNote locked={locked} />
      <ul class="sites" id="crm-sites">
        {sites.map((site) => (
          <li key={site}>
            <span class="site">{site}</span>
            {granted[site] === false && (
              <>
                <span class="muted">{t('crmSiteNotGranted')}</span>
                <button onClick={() => void grant(site)}>{t('crmSiteGrant')}</button>
              </>
            )}
            {!locked && <button onClick={() => void saveSettings({ crmSites: sites.filter((s) => s !== site) })}>{t('crmSiteRemove')}</button>}
          </li>
        ))}
      </ul>
      {!locked && <form class="row" onSubmit={add} noValidate>
        <input id="crm-site" type="text" placeholder="https://crm.example.com" value={text} aria-invalid={error ? 'true' : 'false'}
          onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="submit" id="crm-site-add">{t('crmSiteAdd')}</button>
      </form>}
      {error && <p class="field-error" role="alert">{error}</p>}
    </section>
  );
}
