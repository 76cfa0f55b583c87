import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { t } from '../shared/i18n';
import { normalizeInstanceUrl } from '../shared/instance-url';
import { loadSettings, watchSettings } from '../shared/settings';
import { CallHistory } from './CallHistory';
import { PendingDials } from './PendingDials';
import { ContactCard } from './ContactCard';
import { SignIn } from './SignIn';
import { StandbyNotice } from './StandbyNotice';
import { usePhone } from './use-phone';
import { agentCountry } from '../shared/phone';
import { useSettings } from './use-settings';

type Tab = 'phone' | 'history';

function SidePanel({ restart }: { restart: () => void }) {
  const [ccpUrl, setCcpUrl] = useState<string | null | undefined>(undefined);
  const [windowId, setWindowId] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>('phone');
  const container = useRef<HTMLDivElement>(null);
  const settings = useSettings();
  const country = agentCountry(settings.defaultCountry, navigator.language);

  useEffect(() => {
    // A stored URL is re-checked here: a corrupt setting must show "not configured", not load
    // an arbitrary page into the phone's frame.
    const apply = (instanceUrl: string) => {
      const result = normalizeInstanceUrl(instanceUrl, IS_DEV_BUILD);
      setCcpUrl(result.ok ? result.ccpUrl : null);
    };
    void loadSettings().then((s) => apply(s.instanceUrl));
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null));
    return watchSettings((s) => apply(s.instanceUrl));
  }, []);

  const view = usePhone(container, ccpUrl ?? null, windowId);
  const configured = Boolean(ccpUrl);
  const standby = configured && view.role === 'standby';
  const acts = view.phone || standby ? view.act : null;

  return (
    <>
      {view.agent && (
        <header class="agent">
          <span class="name">{view.agent.name}</span>
          <span class={`pill ${view.agent.state.type}`} data-agent-state={view.agent.state.name}>{view.agent.state.name}</span>
        </header>
      )}
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
      {standby && <StandbyNotice phoneWindowId={view.phoneWindowId} takeOver={view.takeOver} />}
      {configured && !standby && view.status === 'loading' && <p class="message muted" id="loading">{t('panelLoading')}</p>}
      {configured && !standby && <SignIn status={view.status} ccpUrl={ccpUrl ?? ''} restart={restart} />}
      <PendingDials country={country} />
      <div class="contacts">
        {view.contacts.map((contact) => (
          <ContactCard
            key={contact.contactId}
            contact={contact}
            country={country}
            shownAttributes={settings.shownAttributes}
            activity={view.activity[contact.contactId] ?? []}
            act={acts}
          />
        ))}
      </div>
      {tab === 'history' && <CallHistory country={country} storeNumbers={settings.historyStoreNumbers} />}
      {/* Always mounted while the phone runs: Streams owns this frame; hiding it keeps the call. */}
      <div id="ccp" ref={container} hidden={!configured || standby || tab !== 'phone'} />
    </>
  );
}

/** Restarting the phone (after signing in) remounts the panel: Streams is torn down and started afresh. */
function Root() {
  const [attempt, setAttempt] = useState(0);
  const restart = useCallback(() => setAttempt((n) => n + 1), []);
  return <SidePanel key={attempt} restart={restart} />;
}

render(<Root />, document.getElementById('app')!);
