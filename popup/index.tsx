import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { uiLocale } from '../src/shared/ui-locale';
import { t } from '../src/shared/i18n';
import { agentCountry, parseDialInput } from '../src/shared/phone';
import { ask } from '../src/shared/messaging';
import type { DIAL_SOURCES, Replies } from '../src/shared/protocol';
import { usePhoneView } from '../src/shared/use-phone-view';
import { MicrophoneNotice } from '../src/side-panel/MicrophoneNotice';
import { SessionWarning } from '../src/side-panel/SessionWarning';
import { loadSettingsWithPolicy, watchSettingsWithPolicy, type SettingsWithPolicy } from '../src/shared/settings';
import { AgentStatus } from './AgentStatus';
import { useCallHistory } from '../src/shared/use-call-history';
import { CurrentContact } from './CurrentContact';
import { DialField } from './DialField';
import { PendingDials } from '../src/side-panel/PendingDials';
import { RecentCalls } from './RecentCalls';
import { SiteSwitch } from './SiteSwitch';

const RECENT_CALLS = 5;

/** The origin of the tab the popup was opened over, when we may see it (a granted CRM site). */
async function currentTabOrigin(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

function Popup() {
  const [windowId, setWindowId] = useState<number | null>(null);
  const [policy, setPolicy] = useState<SettingsWithPolicy | null>(null);
  const history = useCallHistory(RECENT_CALLS);
  const [origin, setOrigin] = useState<string | null>(null);
  // A view of the phone like the side panel; opening the popup starts the phone if it is not running.
  const phone = usePhoneView('popup');

  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null));
    void currentTabOrigin().then(setOrigin);
    void loadSettingsWithPolicy().then(setPolicy);
    return watchSettingsWithPolicy(setPolicy);
  }, []);

  const settings = policy?.settings;
  const country = agentCountry(settings?.defaultCountry ?? '', navigator.language);
  const phoneUp = phone.status === 'ready';

  const openPanel = () => {
    // sidePanel.open must be called within the click (user gesture): no await before it.
    if (windowId !== null) void chrome.sidePanel.open({ windowId }).catch(() => undefined);
  };

  const dial = async (e164: string, source: (typeof DIAL_SOURCES)[number]): Promise<Replies['dial-number']> => {
    // The call's controls are in the side panel: open it, still within the click. A dial waits in
    // the background (a few seconds at most) until the phone is ready.
    if (!phoneUp) openPanel();
    return (await ask({ type: 'dial-number', e164, source }).catch(() => null)) ?? { ok: false, error: 'no-answer' };
  };

  const redial = (number: string) => {
    const parsed = parseDialInput(number, country);
    if (parsed.ok) void dial(parsed.e164, 'history');
  };

  const siteLocked = Boolean(policy && (policy.locked.includes('disabledSites') || policy.locked.includes('highlightNumbers')));
  const onCrmSite = Boolean(origin && settings?.crmSites.some((s) => new URL(s).hostname === new URL(origin).hostname));
  const contact = phone.contacts.find((c) => c.phase !== 'destroyed') ?? null;

  return (
    <div class="popup" data-phone={phone.known ? phone.status : 'unknown'}>
      {phone.agent && phoneUp ? <AgentStatus agent={phone.agent} /> : <p class="muted" id="phone-off">{t(phone.status === 'loading' || phone.status === 'off' ? 'panelLoading' : phone.status === 'unconfigured' ? 'panelNotConfigured' : 'popupPhoneOff')}</p>}
      <SessionWarning warning={phone.sessionWarning} staySignedIn={phone.staySignedIn} />
      <MicrophoneNotice microphone={phone.microphone} />
      {contact && settings && <CurrentContact contact={contact} country={country} />}
      <div class="actions">
        <button class="primary" id="open-panel" onClick={() => { openPanel(); window.close(); }}>{t('popupOpenPanel')}</button>
        <button id="open-settings" onClick={() => void browser.runtime.openOptionsPage()}>{t('popupSettings')}</button>
      </div>
      {settings && <DialField country={country} dial={(e164) => dial(e164, 'popup')} />}
      <PendingDials country={country} />
      {settings && origin && onCrmSite && <SiteSwitch origin={origin} settings={settings} locked={siteLocked} />}
      {settings && <RecentCalls entries={history} country={country} redial={redial} />}
    </div>
  );
}

document.documentElement.lang = uiLocale();
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
