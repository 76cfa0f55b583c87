import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { t } from '../shared/i18n';
import { normalizeInstanceUrl } from '../shared/instance-url';
import { loadSettings, watchSettings } from '../shared/settings';
import { usePhoneView } from '../shared/use-phone-view';
import { AgentBar } from './AgentBar';
import { CallHistory } from './CallHistory';
import { activeContactId } from '../shared/active-contact';
import { useCallKeys } from './use-call-keys';
import { Dialer } from './Dialer';
import { PendingDials } from './PendingDials';
import { ContactCard } from './ContactCard';
import { MicrophoneNotice } from './MicrophoneNotice';
import { SessionWarning } from './SessionWarning';
import { SignIn } from './SignIn';
import { agentCountry } from '../shared/phone';
import { useSettings } from './use-settings';
import { useAmazonPanel } from './use-amazon-panel';

type Tab = 'phone' | 'history';

/**
 * The side panel: a view of the phone, which runs in the offscreen phone document. Any number of
 * windows may show one; closing it never touches a call.
 */
function SidePanel() {
  const [ccpUrl, setCcpUrl] = useState<string | null | undefined>(undefined);
  const [tab, setTab] = useState<Tab>('phone');
  const settings = useSettings();
  const country = agentCountry(settings.defaultCountry, navigator.language);
  const view = usePhoneView('side-panel');
  const ccp = useRef<HTMLDivElement>(null);
  const amazon = useAmazonPanel(Boolean(ccpUrl) && settings.amazonPanel, ccp, view.status);

  useEffect(() => {
    const apply = (instanceUrl: string) => {
      const result = normalizeInstanceUrl(instanceUrl, IS_DEV_BUILD);
      setCcpUrl(result.ok ? result.ccpUrl : null);
    };
    void loadSettings().then((s) => apply(s.instanceUrl));
    return watchSettings((s) => apply(s.instanceUrl));
  }, []);

  const actOnContact = view.status === 'ready' ? view.act : null;
  useCallKeys(view.contacts, view.agent?.muted ?? false, actOnContact);
  const activeId = activeContactId(view.contacts);
  const configured = Boolean(ccpUrl);
  const loading = configured && (view.status === 'loading' || view.status === 'off');

  return (
    <>
      {view.agent && view.status === 'ready' && <AgentBar agent={view.agent} contactsOpen={view.contacts.length > 0} />}
      <nav class="tabs" role="tablist">
        <button role="tab" id="tab-phone" aria-selected={tab === 'phone'} onClick={() => setTab('phone')}>{t('tabPhone')}</button>
        <button role="tab" id="tab-history" aria-selected={tab === 'history'} onClick={() => setTab('history')}>{t('tabHistory')}</button>
      </nav>
      {ccpUrl === null && (
        <div class="message" id="not-configured">
          <p>{t('panelNotConfigured')}</p>
          <button class="primary" onClick={() => void browser.runtime.openOptionsPage()}>{t('panelOpenOptions')}</button>
        </div>
      )}
      {loading && <p class="message muted" id="loading">{t('panelLoading')}</p>}
      {configured && view.known && <SignIn status={view.status} detail={view.detail} ccpUrl={ccpUrl ?? ''} restart={view.restart} />}
      <SessionWarning warning={view.sessionWarning} staySignedIn={view.staySignedIn} />
      {configured && <MicrophoneNotice microphone={view.microphone} />}
      <PendingDials country={country} />
      <div class="contacts">
        {view.contacts.map((contact) => (
          <ContactCard
            key={contact.contactId}
            contact={contact}
            country={country}
            shownAttributes={settings.shownAttributes}
            activity={view.activity[contact.contactId] ?? []}
            act={view.status === 'ready' ? view.act : null}
            muted={view.agent?.muted ?? false}
            active={view.contacts.length > 1 && contact.contactId === activeId}
          />
        ))}
      </div>
      {view.contacts.length > 0 && view.status === 'ready' && <p class="keys-hint muted">{t('panelKeysHint')}</p>}
      {tab === 'phone' && view.agent && view.status === 'ready' && <Dialer agent={view.agent} country={country} />}
      {tab === 'history' && <CallHistory country={country} storeNumbers={settings.historyStoreNumbers} />}
      {amazon.elsewhere && <p class="message muted" id="amazon-panel-elsewhere">{t('amazonPanelElsewhere')}</p>}
      {/* The opt-in mode: Amazon's own CCP, hosted here; hidden on the history tab, never unmounted (that would end the call). */}
      <div id="ccp" ref={ccp} hidden={!amazon.hosting || tab !== 'phone'} />
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);
