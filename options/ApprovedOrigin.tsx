import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n';

/** The exact origin admins add to the instance's Approved origins, with a copy button. */
export function ApprovedOrigin() {
  const origin = new URL(browser.runtime.getURL('')).origin;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(origin);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };
  return (
    <section class="setting">
      <h2>{t('approvedOriginLabel')}</h2>
      <p class="help">{t('approvedOriginHelp')}</p>
      <div class="row">
        <code class="origin" id="extension-origin">{origin}</code>
        <button id="copy-origin" onClick={() => void copy()}>{copied ? t('copied') : t('copy')}</button>
      </div>
    </section>
  );
}
