import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { IS_DEV_BUILD } from '../shared/build-flags';
import { t } from '../shared/i18n';
import { normalizeInstanceUrl } from '../shared/instance-url';
import { loginUrlFor, openLoginWindow } from '../shared/login-window';
import { ask } from '../shared/messaging';
import type { PhoneStatus } from '../shared/protocol';
import type { Settings } from '../shared/settings';
import { handshakeOutcome, microphoneState, PROBE_TIMEOUT_MS, type CheckState, type HandshakeOutcome } from './checks';
import { isProbeMessage } from './probe-message';
import { crmMatchPattern } from '../shared/crm-site';


function Check({ id, state, title, children }: { id: string; state: CheckState; title: string; children?: ComponentChildren }) {
  const mark = state === 'ok' ? '✓' : state === 'bad' ? '✗' : state === 'running' ? '…' : '·';
  return (
    <li class={`check ${state}`} data-check={id} data-state={state}>
      <span class="mark" aria-hidden="true">{mark}</span>
      <div class="body">
        <strong>{title}</strong>
        {children}
      </div>
    </li>
  );
}

/** Runs the phone once in a hidden frame and resolves with what it reached. */
function probeHandshake(ccpUrl: string, host: HTMLElement): Promise<HandshakeOutcome> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.id = 'setup-probe';
    frame.src = browser.runtime.getURL(`setup-probe.html?ccp=${encodeURIComponent(ccpUrl)}`);
    let last: { status: PhoneStatus; detail: string | undefined; elapsedMs: number } | null = null;
    const finish = (outcome: HandshakeOutcome) => {
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove(); // tears Streams down with the frame
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.origin !== location.origin || !isProbeMessage(event.data)) return;
      last = { status: event.data.status, detail: event.data.detail, elapsedMs: event.data.elapsedMs };
      if (last.status !== 'loading') finish(handshakeOutcome(last.status, last.detail, last.elapsedMs));
    };
    const timer = setTimeout(() => finish(handshakeOutcome('timeout', last?.detail, null)), PROBE_TIMEOUT_MS);
    window.addEventListener('message', onMessage);
    host.append(frame);
  });
}

/**
 * "Check my setup": each check green or red, with the fix beside it. The handshake check reuses
 * the side panel's phone when it is already connected, and otherwise runs the phone once in a
 * hidden frame (the probe) for at most PROBE_TIMEOUT_MS.
 */
export function SetupCheck({ settings }: { settings: Settings }) {
  const origin = new URL(browser.runtime.getURL('')).origin;
  const host = useRef<HTMLDivElement>(null);
  const [ran, setRan] = useState(false);
  const [running, setRunning] = useState(false);
  const [handshake, setHandshake] = useState<HandshakeOutcome | null>(null);
  const [mic, setMic] = useState<PermissionState | 'unknown'>('unknown');
  const [granted, setGranted] = useState<Record<string, boolean>>({});

  const instance = normalizeInstanceUrl(settings.instanceUrl, IS_DEV_BUILD);
  const loginUrl = loginUrlFor(settings);

  useEffect(() => {
    // The microphone check follows the permission live: granting it in the tab turns it green here.
    let status: PermissionStatus | null = null;
    const update = () => status && setMic(status.state);
    void navigator.permissions.query({ name: 'microphone' as PermissionName }).then((s) => {
      status = s;
      update();
      s.addEventListener('change', update);
    }).catch(() => setMic('unknown'));
    return () => status?.removeEventListener('change', update);
  }, []);

  const checkSites = async () => {
    const pairs = await Promise.all(settings.crmSites.map(async (s) => [s, await browser.permissions.contains({ origins: [crmMatchPattern(s)] })] as const));
    setGranted(Object.fromEntries(pairs));
  };
  useEffect(() => void checkSites(), [settings.crmSites]);

  const run = async () => {
    setRan(true);
    setRunning(true);
    setHandshake(null);
    await checkSites();
    if (!instance.ok) {
      setHandshake(handshakeOutcome('unconfigured', undefined, 0));
    } else {
      // The phone document may already be connected: then the handshake is proven.
      const phone = await ask({ type: 'get-phone-status' }).catch(() => null);
      setHandshake(phone?.status === 'ready' ? { state: 'ok', via: 'phone', elapsedMs: null } : await probeHandshake(instance.ccpUrl, host.current!));
    }
    setRunning(false);
  };

  useEffect(() => {
    if (location.hash === '#setup-check') void run();
  }, []);

  const grantSite = async (site: string) => {
    const ok = await browser.permissions.request({ origins: [crmMatchPattern(site)] });
    setGranted((g) => ({ ...g, [site]: ok }));
  };

  const handshakeState: CheckState = !ran ? 'pending' : running && !handshake ? 'running' : (handshake?.state ?? 'pending');
  const originState: CheckState = handshakeState === 'ok' ? 'ok' : handshake?.state === 'bad' && handshake.cause === 'no-answer' ? 'bad' : handshakeState === 'running' ? 'running' : 'pending';
  const notGranted = settings.crmSites.filter((s) => granted[s] === false);
  const signIn = loginUrl ? <button type="button" class="sign-in" onClick={() => void openLoginWindow(loginUrl)}>{t('signInButton')}</button> : null;

  return (
    <section class="setting" id="setup-check">
      <h2>{t('setupCheckLabel')}</h2>
      <p class="help">{t('setupCheckHelp')}</p>
      <button type="button" class="primary" id="run-setup-check" disabled={running} onClick={() => void run()}>{running ? t('setupCheckRunning') : t('setupCheckRun')}</button>
      <ul class="checks" id="setup-checks">
        <Check id="instance" state={instance.ok ? 'ok' : 'bad'} title={t('checkInstance')}>
          <p>{instance.ok ? t('checkInstanceOk', instance.ccpUrl) : t('checkInstanceBad')}</p>
        </Check>
        <Check id="handshake" state={handshakeState} title={t('checkHandshake')}>
          {handshakeState === 'pending' && <p class="muted">{t('checkNotRunYet')}</p>}
          {handshakeState === 'running' && <p class="muted">{t('checkHandshakeRunning', String(PROBE_TIMEOUT_MS / 1000))}</p>}
          {handshake?.state === 'ok' && <p>{handshake.via === 'phone' ? t('checkHandshakeOkPanel') : t('checkHandshakeOk', String(handshake.elapsedMs ?? 0))}</p>}
          {handshake?.state === 'bad' && handshake.cause === 'unconfigured' && <p>{t('checkInstanceBad')}</p>}
          {handshake?.state === 'bad' && handshake.cause === 'signed-out' && (
            <>
              <p class="cause">{t('checkHandshakeSignedOut')}</p>
              {signIn}
            </>
          )}
          {handshake?.state === 'bad' && handshake.cause === 'no-answer' && (
            <>
              <p class="cause">{t('checkHandshakeNoAnswer', String(PROBE_TIMEOUT_MS / 1000))}</p>
              <ol class="causes" id="handshake-causes">
                <li>{t('causeOriginNotApproved', origin)}</li>
                <li>{t('causeSignedOut')} {signIn}</li>
                <li>{t('causeWrongUrl', instance.ok ? instance.ccpUrl : settings.instanceUrl)}</li>
              </ol>
            </>
          )}
        </Check>
        <Check id="origin" state={originState} title={t('checkOrigin')}>
          <p>{t('checkOriginFix')}</p>
          <code class="origin" id="check-origin">{origin}</code>
        </Check>
        <Check id="microphone" state={microphoneState(mic)} title={t('checkMicrophone')}>
          {mic === 'granted' ? (
            <p>{t('checkMicrophoneOk')}</p>
          ) : (
            <>
              <p>{mic === 'denied' ? t('checkMicrophoneDenied') : t('checkMicrophoneBad')}</p>
              <button type="button" id="open-mic-permission" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('mic-permission.html') })}>{t('checkMicrophoneFix')}</button>
            </>
          )}
        </Check>
        <Check id="crm-sites" state={settings.crmSites.length && !notGranted.length ? 'ok' : 'bad'} title={t('checkCrmSites')}>
          {settings.crmSites.length === 0 && <p>{t('checkCrmSitesNone')}</p>}
          <ul class="sites">
            {settings.crmSites.map((site) => (
              <li key={site} data-site={site} data-granted={granted[site] ? 'true' : 'false'}>
                <span class="site">{site}</span>{' '}
                {granted[site] ? <span class="status-ok">{t('checkSiteGranted')}</span> : (
                  <>
                    <span class="field-error">{t('checkSiteNotGranted')}</span>{' '}
                    <button type="button" onClick={() => void grantSite(site)}>{t('crmSiteGrant')}</button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Check>
      </ul>
      <div ref={host} />
    </section>
  );
}
