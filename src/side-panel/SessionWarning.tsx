import { t } from '../shared/i18n';
import type { SessionWarning as Warning } from '../shared/protocol';

/** Connect's inactivity warning, with the one button that keeps the agent signed in. */
export function SessionWarning({ warning, staySignedIn }: { warning: Warning; staySignedIn: () => void }) {
  if (!warning) return null;
  const at = new Date(warning.expiresAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <div class="message warning" id="session-warning" role="alert">
      <p>{t('sessionWarning', at)}</p>
      <button class="primary" id="stay-signed-in" onClick={staySignedIn}>{t('sessionStay')}</button>
    </div>
  );
}
