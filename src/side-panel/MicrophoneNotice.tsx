import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { Microphone } from '../shared/protocol';

/**
 * The first-run step the phone needs: the CCP frame in the offscreen phone document gets the
 * microphone only once our origin has it, and neither that document nor a side panel can show
 * Chrome's prompt. A tab can: this opens it (mic-permission.html), and the phone sees the grant live.
 */
export function MicrophoneNotice({ microphone }: { microphone: Microphone }) {
  if (microphone !== 'prompt' && microphone !== 'denied') return null;
  const open = () => void browser.tabs.create({ url: browser.runtime.getURL('mic-permission.html') });
  return (
    <div class="message warning" id="microphone-notice" data-microphone={microphone} role="alert">
      <p>{t(microphone === 'denied' ? 'micNoticeDenied' : 'micNoticePrompt')}</p>
      <button class="primary" id="allow-microphone" onClick={open}>{t('micNoticeAllow')}</button>
    </div>
  );
}
