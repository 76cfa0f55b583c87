import { useState } from 'preact/hooks';
import { formatDuration } from '../shared/durations';
import { t, type MessageKey } from '../shared/i18n';
import { formatForAgent, type CountryCode } from '../shared/phone';
import type { CallCommand, ContactSnapshot, PartySnapshot } from '../shared/protocol';
import { dialErrorText } from '../shared/dial-errors';
import { sendCallControl } from './call-control';
import { Keypad } from './Keypad';
import { QuickConnects } from './QuickConnects';
import { useNow } from './use-now';

const ACTIVE = new Set(['init', 'connecting', 'connected', 'hold']);

export interface CallControlsProps {
  contact: ContactSnapshot;
  muted: boolean;
  country: CountryCode;
}

/**
 * The live voice call's controls, each one Streams call in the phone (phone/call-commands.ts):
 * hold / resume, mute, keypad, transfer (quick connects), end; with a third party on the line, the
 * parties one by one and conference, swap, hold all and leave. Leave and End differ: leaving hands
 * the call to the third party (a transfer), ending hangs up on everyone.
 */
export function CallControls({ contact, muted, country }: CallControlsProps) {
  const [keypad, setKeypad] = useState(false);
  const [transfer, setTransfer] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (command: CallCommand) => {
    setBusy(true);
    const failed = await sendCallControl(contact.contactId, command);
    setBusy(false);
    setError(failed);
    return failed === null;
  };
  const parties = (contact.parties ?? []).filter((p) => ACTIVE.has(p.state));
  const customer = parties.find((p) => p.role === 'customer') ?? null;
  const thirdParties = parties.filter((p) => p.role === 'third-party');
  const consulting = thirdParties.length > 0;
  const holdTarget = customer ?? parties[0] ?? null;

  return (
    <div class="call-controls" data-consulting={consulting ? 'true' : 'false'}>
      <div class="actions">
        {!consulting && holdTarget && (
          holdTarget.state === 'hold'
            ? <button type="button" data-control="resume" disabled={busy} onClick={() => void run({ kind: 'resume', connectionId: holdTarget.connectionId })}>{t('controlsResume')}</button>
            : <button type="button" data-control="hold" disabled={busy || holdTarget.state !== 'connected'} onClick={() => void run({ kind: 'hold', connectionId: holdTarget.connectionId })}>{t('controlsHold')}</button>
        )}
        <button type="button" data-control={muted ? 'unmute' : 'mute'} aria-pressed={muted ? 'true' : 'false'} disabled={busy} onClick={() => void run({ kind: 'mute', muted: !muted })}>
          {t(muted ? 'controlsUnmute' : 'controlsMute')}
        </button>
        <button type="button" data-control="keypad" aria-expanded={keypad ? 'true' : 'false'} onClick={() => setKeypad(!keypad)}>{t('controlsKeypad')}</button>
        {!consulting && <button type="button" data-control="transfer" aria-expanded={transfer ? 'true' : 'false'} onClick={() => setTransfer(!transfer)}>{t('controlsTransfer')}</button>}
        <button type="button" class="danger" data-control="end" disabled={busy} onClick={() => void run({ kind: 'end' })}>{t('controlsEnd')}</button>
      </div>
      {muted && <p class="muted-flag" role="status">{t('controlsMuted')}</p>}
      {consulting && (
        <>
          <ul class="parties">
            {parties.map((p) => <Party key={p.connectionId} party={p} country={country} busy={busy} run={run} />)}
          </ul>
          <div class="actions">
            <button type="button" data-control="conference" disabled={busy} onClick={() => void run({ kind: 'conference' })}>{t('controlsConference')}</button>
            <button type="button" data-control="swap" disabled={busy} onClick={() => void run({ kind: 'swap' })}>{t('controlsSwap')}</button>
            <button type="button" data-control="hold-all" disabled={busy} onClick={() => void run({ kind: 'hold-all' })}>{t('controlsHoldAll')}</button>
            <button type="button" data-control="leave" disabled={busy} onClick={() => void run({ kind: 'leave' })}>{t('controlsLeave')}</button>
          </div>
        </>
      )}
      {keypad && <Keypad send={(digits) => void run({ kind: 'digits', digits })} />}
      {transfer && !consulting && (
        <QuickConnects country={country} close={() => setTransfer(false)} add={(command) => void run(command).then((ok) => ok && setTransfer(false))} />
      )}
      {error && <p class="field-error" role="alert" data-error={error}>{t('controlsFailed', dialErrorText(error))}</p>}
    </div>
  );
}

function Party({ party, country, busy, run }: { party: PartySnapshot; country: CountryCode; busy: boolean; run: (c: CallCommand) => Promise<boolean> }) {
  const who = party.role === 'customer'
    ? t('partyCustomer')
    : party.name ?? (party.phoneNumber && party.phoneNumber !== 'INTERNAL-TRANSFER' ? formatForAgent(party.phoneNumber, country) : '—');
  const stateKey = `partyState_${party.state}` as MessageKey;
  const stateText = t(stateKey) === stateKey ? party.state : t(stateKey);
  return (
    <li class="party" data-role={party.role} data-state={party.state} data-connection-id={party.connectionId}>
      <span class="who">{who}</span>
      <span class="pill">{stateText}</span>
      {party.state === 'hold' && <button type="button" data-control="resume" disabled={busy} onClick={() => void run({ kind: 'resume', connectionId: party.connectionId })}>{t('controlsResume')}</button>}
      {party.state === 'connected' && <button type="button" data-control="hold" disabled={busy} onClick={() => void run({ kind: 'hold', connectionId: party.connectionId })}>{t('controlsHold')}</button>}
      {party.role === 'third-party' && <button type="button" class="drop" data-control="drop" disabled={busy} onClick={() => void run({ kind: 'drop', connectionId: party.connectionId })}>{t('controlsDrop')}</button>}
    </li>
  );
}

/** After-contact work: how long it has lasted, live. */
export function AcwTimer({ since }: { since: number }) {
  const now = useNow(true);
  return (
    <p class="acw" data-acw-since={since}>
      {t('controlsAcw')} <span class="acw-time">{formatDuration(now - since)}</span>
    </p>
  );
}
