import { render } from 'preact';
import { uiLocale } from '../src/shared/ui-locale';
import { t } from '../src/shared/i18n';
import { SetupCheck } from '../src/setup-check/SetupCheck';
import { ApprovedOrigin } from './ApprovedOrigin';
import { AutofillMappings } from './AutofillMappings';
import { CrmSites } from './CrmSites';
import { DefaultCountryField } from './DefaultCountryField';
import { DisabledSites } from './DisabledSites';
import { HistoryFields } from './HistoryFields';
import { ImportExport } from './ImportExport';
import { InstanceUrlField } from './InstanceUrlField';
import { LoginUrlField } from './LoginUrlField';
import { OtherCountriesField } from './OtherCountriesField';
import { Section } from './Section';
import { ScreenPopRules } from './ScreenPopRules';
import { ShownAttributes } from './ShownAttributes';
import { SwitchField } from './SwitchField';
import { useSettings } from './use-settings';
import { WrapUpSettings } from './WrapUpSettings';
import { LogTargets } from './LogTargets';
import { CustomerLookup } from './CustomerLookup';
import { CallerIdDefaults } from './CallerIdDefaults';
import { ContactFlowSettings } from './ContactFlowSettings';

function Options() {
  const value = useSettings();
  if (!value) return null;
  const { settings, locked, invalidPolicy } = value;
  const isLocked = (key: (typeof locked)[number]) => locked.includes(key);
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {locked.length > 0 && <p class="policy-banner" id="policy-banner">{t('policyBanner')}</p>}
      {invalidPolicy.length > 0 && <p class="field-error" id="policy-invalid" role="alert">{t('policyInvalid', invalidPolicy.join(', '))}</p>}

      <h2 class="group">{t('groupConnection')}</h2>
      <InstanceUrlField saved={settings.instanceUrl} locked={isLocked('instanceUrl')} />
      <LoginUrlField saved={settings.loginUrl} locked={isLocked('loginUrl')} />
      <SwitchField name="amazonPanel" value={settings.amazonPanel} label="amazonPanelLabel" help="amazonPanelHelp" locked={isLocked('amazonPanel')} />
      <ApprovedOrigin />
      <SetupCheck settings={settings} />

      <h2 class="group">{t('groupCrm')}</h2>
      <CrmSites sites={settings.crmSites} locked={isLocked('crmSites')} />
      <Section id="numbers-section" title="numbersLabel" help="numbersHelp">
        <SwitchField name="highlightNumbers" value={settings.highlightNumbers} label="highlightNumbersLabel" help="highlightNumbersHelp" locked={isLocked('highlightNumbers')} />
        <SwitchField name="handleTelLinks" value={settings.handleTelLinks} label="handleTelLinksLabel" help="handleTelLinksHelp" locked={isLocked('handleTelLinks')} />
        <DisabledSites sites={settings.disabledSites} locked={isLocked('disabledSites')} />
      </Section>
      <DefaultCountryField value={settings.defaultCountry} locked={isLocked('defaultCountry')} />
      <OtherCountriesField value={settings.otherCountries} defaultCountry={settings.defaultCountry} locked={isLocked('otherCountries')} />
      <CallerIdDefaults defaults={settings.callerIdQueues} crmSites={settings.crmSites} locked={isLocked('callerIdQueues')} />
      <ScreenPopRules rules={settings.screenPopRules} locked={isLocked('screenPopRules')} />
      <AutofillMappings mappings={settings.autofillMappings} locked={isLocked('autofillMappings')} />
      <ShownAttributes attributes={settings.shownAttributes} locked={isLocked('shownAttributes')} />
      <ContactFlowSettings settings={settings} isLocked={isLocked} />
      <CustomerLookup settings={settings} isLocked={isLocked} />

      <h2 class="group">{t('groupAfterCall')}</h2>
      <WrapUpSettings settings={settings} isLocked={isLocked} />
      <LogTargets targets={settings.logTargets} locked={isLocked('logTargets')} />

      <h2 class="group">{t('groupPrivacy')}</h2>
      <HistoryFields limit={settings.historyLimit} storeNumbers={settings.historyStoreNumbers} limitLocked={isLocked('historyLimit')} numbersLocked={isLocked('historyStoreNumbers')} />
      <ImportExport settings={settings} locked={locked} />
    </>
  );
}

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
