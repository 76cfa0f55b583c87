/**
 * Grants the microphone to the extension's origin. A side panel cannot show Chrome's permission
 * prompt (the request is refused silently), so the setup check opens this page in a tab; once
 * granted here, the phone in the side panel has the microphone too (same origin).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

type State = 'idle' | 'asking' | 'granted' | 'denied' | 'no-device';

function MicPermission() {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    void navigator.permissions.query({ name: 'microphone' as PermissionName }).then((status) => {
      if (status.state === 'granted') setState('granted');
    });
  }, []);

  const ask = async () => {
    setState('asking');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
      setState('granted');
    } catch (error) {
      setState((error as DOMException).name === 'NotFoundError' ? 'no-device' : 'denied');
    }
  };

  return (
    <>
      <h1>{t('micPageTitle')}</h1>
      <p>{t('micPageExplain')}</p>
      {state !== 'granted' && (
        <button class="primary" id="mic-allow" disabled={state === 'asking'} onClick={() => void ask()}>{t('micAllow')}</button>
      )}
      <p id="mic-result" data-state={state} role="status">
        {state === 'granted' && <span class="status-ok">{t('micGranted')}</span>}
        {state === 'denied' && <span class="field-error">{t('micDenied')}</span>}
        {state === 'no-device' && <span class="field-error">{t('micNoDevice')}</span>}
      </p>
    </>
  );
}

document.title = t('micPageTitle');
render(<MicPermission />, document.getElementById('app')!);
