import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/**
 * Shown in a side panel that does not run the phone: only one panel per browser may (two would
 * fight over the microphone and double every event). Says where it is and offers to move it here.
 */
export function StandbyNotice({ phoneWindowId, takeOver }: { phoneWindowId: number | null; takeOver: () => void }) {
  return (
    <div class="message standby" id="standby">
      <p>{phoneWindowId === null ? t('standbyStarting') : t('standbyElsewhere')}</p>
      <div class="actions">
        {phoneWindowId !== null && (
          <button id="show-phone" onClick={() => void browser.windows.update(phoneWindowId, { focused: true })}>{t('standbyShow')}</button>
        )}
        <button class="primary" id="take-over" onClick={takeOver}>{t('standbyTakeOver')}</button>
      </div>
    </div>
  );
}
