import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { DTMF_PATTERN } from '../shared/protocol';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** Tones for the call's IVR or the far end (DTMF): a key sends its tone at once; typed tones go on Send. */
export function Keypad({ send }: { send: (digits: string) => void }) {
  const [typed, setTyped] = useState('');
  const valid = DTMF_PATTERN.test(typed);
  return (
    <div class="keypad" role="group" aria-label={t('controlsKeypad')}>
      <div class="keys">
        {KEYS.map((key) => (
          <button key={key} type="button" data-digit={key} onClick={() => send(key)}>{key}</button>
        ))}
      </div>
      <form class="row" onSubmit={(e) => { e.preventDefault(); if (valid) { send(typed); setTyped(''); } }}>
        <input class="keypad-input" aria-label={t('controlsKeypadLabel')} inputMode="tel" autocomplete="off" placeholder={t('controlsKeypadLabel')} value={typed}
          aria-invalid={typed && !valid ? 'true' : 'false'} onInput={(e) => setTyped((e.target as HTMLInputElement).value.replace(/\s/g, ''))} />
        <button type="submit" disabled={!valid}>{t('controlsSend')}</button>
      </form>
    </div>
  );
}
