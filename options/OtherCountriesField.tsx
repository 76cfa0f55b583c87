import { useState } from 'preact/hooks';
import { uiLocale } from '../src/shared/ui-locale';
import { t } from '../src/shared/i18n';
import { SUPPORTED_COUNTRIES } from '../src/shared/phone';
import { MAX_OTHER_COUNTRIES, saveSettings } from '../src/shared/settings';
import { Section } from './Section';

const names = new Intl.DisplayNames([uiLocale()], { type: 'region' });
const nameOf = (code: string) => `${names.of(code) ?? code} (${code})`;

/**
 * The other countries the agent calls, besides the default: each shown with a Remove button, and
 * a list to add one from (the default country and those already chosen are not offered).
 */
export function OtherCountriesField({ value, defaultCountry, locked }: { value: string[]; defaultCountry: string; locked: boolean }) {
  const [adding, setAdding] = useState('');
  const offered = SUPPORTED_COUNTRIES.filter((code) => code !== defaultCountry && !value.includes(code));
  const full = value.length >= MAX_OTHER_COUNTRIES;
  const add = () => {
    if (!adding || value.includes(adding) || full) return;
    void saveSettings({ otherCountries: [...value, adding] });
    setAdding('');
  };
  return (
    <Section id="other-countries-section" title="otherCountriesLabel" help="otherCountriesHelp" locked={locked} labelFor="other-country-add">
      {value.length === 0 ? (
        <p class="muted" id="other-countries-empty">{t('otherCountriesEmpty')}</p>
      ) : (
        <ul class="sites" id="other-countries">
          {value.map((code) => (
            <li key={code} data-country={code}>
              <span class="site">{nameOf(code)}</span>
              {!locked && <button type="button" onClick={() => void saveSettings({ otherCountries: value.filter((c) => c !== code) })}>{t('otherCountriesRemove')}</button>}
            </li>
          ))}
        </ul>
      )}
      {!locked && !full && (
        <div class="row">
          <select id="other-country-add" value={adding} onChange={(e) => setAdding((e.target as HTMLSelectElement).value)}>
            <option value="">{t('otherCountriesChoose')}</option>
            {offered.map((code) => (
              <option key={code} value={code}>{nameOf(code)}</option>
            ))}
          </select>
          <button type="button" id="other-country-add-button" disabled={!adding} onClick={add}>{t('otherCountriesAdd')}</button>
        </div>
      )}
    </Section>
  );
}
