import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { loginUrlFor, openLoginWindow } from '../shared/login-window';
import type { PhoneStatus } from '../shared/protocol';
import { loadSettings, watchSettings } from '../shared/settings';

/** Loading longer than this means the CCP is not answering: most often, the agent is signed out. */
export const SLOW_LOAD_MS = 6000;

/**
 * The signed-out state of a view. Streams runs with `loginPopup: false`; we open the sign-in
 * window ourselves (the SAML URL or the instance's), and the phone recovers by itself: when that
 * window closes it restarts, and the phone document restarts Streams every so often while signed
 * out or failed (src/phone/index.ts). While it is still loading, Streams retries the frame itself.
 */
export function SignIn({ status, detail, ccpUrl, restart }: { status: PhoneStatus; detail: string | undefined; ccpUrl: string; restart: () => void }) {
  const [loginUrl, setLoginUrl] = useState<string | null>(null);
  const [slow, setSlow] = useState(false);
  const [loginWindow, setLoginWindow] = useState<number | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => setLoginUrl(loginUrlFor(s)));
    return watchSettings((s) => setLoginUrl(loginUrlFor(s)));
  }, []);

  useEffect(() => {
    setSlow(false);
    if (status !== 'loading') return;
    const timer = setTimeout(() => setSlow(true), SLOW_LOAD_MS);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (loginWindow === null) return;
    const onRemoved = (windowId: number) => {
      if (windowId !== loginWindow) return;
      setLoginWindow(null);
      restart();
    };
    browser.windows.onRemoved.addListener(onRemoved);
    return () => browser.windows.onRemoved.removeListener(onRemoved);
  }, [loginWindow, restart]);

  const signedOut = status === 'logged-out';
  if (!signedOut && status !== 'failed' && !(status === 'loading' && slow)) return null;

  const signIn = async () => {
    if (loginUrl) setLoginWindow(await openLoginWindow(loginUrl));
  };
  const openSetupCheck = () => void browser.tabs.create({ url: browser.runtime.getURL('options.html#setup-check') });

  return (
    <div class="message sign-in" id="sign-in" data-reason={signedOut ? 'logged-out' : status === 'failed' ? 'failed' : 'no-answer'}>
      <p class="title" id={signedOut ? 'logged-out' : 'failed'}>{signedOut ? t(detail === 'session-expired' ? 'panelSessionExpired' : detail === 'agent-signed-out' ? 'panelSignedOutByAgent' : 'panelLoggedOut') : t('panelNoAnswer')}</p>
      {!signedOut && <p class="muted">{t('panelFailed', ccpUrl)}</p>}
      <div class="row">
        <button class="primary" id="sign-in-button" disabled={!loginUrl} onClick={() => void signIn()}>{t('panelSignIn')}</button>
        <button id="retry-button" onClick={restart}>{t('panelRetry')}</button>
      </div>
      <p class="muted" id="sign-in-hint">{loginWindow !== null ? t('panelSignInWaiting') : t('panelSignInHint')}</p>
      <button class="link" id="open-setup-check" onClick={openSetupCheck}>{t('panelCheckSetup')}</button>
    </div>
  );
}
