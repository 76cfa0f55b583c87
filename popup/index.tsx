import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/shared/i18n';
import type { Replies } from '../src/shared/protocol';

type Status = Replies['get-phone-status'];

function Popup() {
  const [status, setStatus] = useState<Status | null>(null);
  const [windowId, setWindowId] = useState<number | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id ?? null));
    const refresh = () => void (browser.runtime.sendMessage({ type: 'get-phone-status' }) as Promise<Status>).then(setStatus);
    refresh();
    const timer = setInterval(refresh, 1000);
    return () => clearInterval(timer);
  }, []);

  const openPanel = async () => {
    // sidePanel.open must be the click's first call (user gesture): the window id is known already.
    if (windowId !== null) await chrome.sidePanel.open({ windowId });
    window.close();
  };

  return (
    <div class="popup">
      {status?.agent ? (
        <div class="agent">
          <span class="name">{status.agent.name}</span>
          <span class={`pill ${status.agent.state.type}`} id="agent-state">{status.agent.state.name}</span>
        </div>
      ) : (
        <p class="muted">{t('popupPhoneOff')}</p>
      )}
      <div class="actions">
        <button class="primary" onClick={() => void openPanel()}>{t('popupOpenPanel')}</button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>{t('popupSettings')}</button>
      </div>
    </div>
  );
}

render(<Popup />, document.getElementById('app')!);
