import { uiLocale } from '../src/shared/ui-locale';
import { t } from '../src/shared/i18n';
import { SUPPORTED_COUNTRIES } from '../src/shared/phone';
import { saveSettings } from '../src/shared/settings';
import { Section } from './Section';

/** Country names in the browser's language, from the platform rather than our own list. */
const names = new Intl.DisplayNames([uiLocale()], { type: 'region' });

/** The country national numbers are read in; a choice from a list is always valid. */
export function DefaultCountryField({ value, locked }: { value: string; locked: boolean }) {
  const options = SUPPORTED_COUNTRIES.includes(value as (typeof SUPPORTED_COUNTRIES)[number]) || !value ? SUPPORTED_COUNTRIES : [value, ...SUPPORTED_COUNTRIES];
  return (
    <Section id="default-country-section" title="defaultCountryLabel" help="defaultCountryHelp" locked={locked} labelFor="default-country">
      <select id="default-country" value={value} disabled={locked} onChange={(e) => void saveSettings({ defaultCountry: (e.target as HTMLSelectElement).value })}>
        <option value="">{t('defaultCountryFromLanguage')}</option>
        {options.map((code) => (
          <option key={code} value={code}>{`${names.of(code) ?? code} (${code})`}</option>
        ))}
      </select>
    </Section>
  );
}
