import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../src/shared/i18n';
import { loadSettings, watchSettings, type Settings } from '../src/shared/settings';
import { ApprovedOrigin } from './ApprovedOrigin';
import { CrmSites } from './CrmSites';
import { InstanceUrlField } from './InstanceUrlField';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <InstanceUrlField saved={settings.instanceUrl} />
      <ApprovedOrigin />
      <CrmSites sites={settings.crmSites} />
    </>
  );
}

document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
