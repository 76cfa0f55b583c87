import { useState } from 'preact/hooks';
import { stateLabel } from '../shared/agent-states';
import { formatDuration } from '../shared/durations';
import { t } from '../shared/i18n';
import { ask } from '../shared/messaging';
import type { AgentSnapshot } from '../shared/protocol';
import { useNow } from './use-now';

/**
 * The agent: name, state in their words (Connect's `PendingBusy` reads "Incoming contact"), how
 * long they have been in it, and a menu of the states their routing profile allows. A system
 * state cannot be chosen; choosing a state during after-contact work ends it, as in the CCP.
 * Sign out asks once more, and waits while a contact is open (`contactsOpen`): it never cuts a call.
 */
export function AgentBar({ agent, contactsOpen }: { agent: AgentSnapshot; contactsOpen: boolean }) {
  const [error, setError] = useState(false);
  const now = useNow(agent.stateSince !== undefined);
  const current = agent.states.some((s) => s.name === agent.state.name) ? agent.state.name : '';
  const choose = async (name: string) => {
    const reply = await ask({ type: 'set-agent-state', name }).catch(() => null);
    setError(!reply?.ok);
  };
  return (
    <header class="agent">
      <span class="name">{agent.name}</span>
      <span class={`pill ${agent.state.type}`} data-agent-state={agent.state.name} title={agent.state.name}>{stateLabel(agent.state)}</span>
      {agent.stateSince !== undefined && <span class="state-time muted" title={t('agentStateTime')}>{formatDuration(now - agent.stateSince)}</span>}
      <select class="state-menu" value={current} aria-label={t('agentStateMenu')} title={t('agentStateMenu')} onChange={(e) => void choose((e.target as HTMLSelectElement).value)}>
        {!current && <option value="" disabled>{t('agentStateMenu')}</option>}
        {agent.states.map((s) => <option key={s.name} value={s.name}>{stateLabel(s)}</option>)}
      </select>
      <SignOut contactsOpen={contactsOpen} />
      {error && <p class="field-error" role="alert">{t('popupStateFailed')}</p>}
    </header>
  );
}

function SignOut({ contactsOpen }: { contactsOpen: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    const reply = await ask({ type: 'sign-out' }).catch(() => null);
    setBusy(false);
    setConfirming(false);
    setFailed(reply?.ok ? null : reply?.error === 'contacts-open' ? t('agentSignOutBusy') : t('agentSignOutFailed'));
  };
  if (!confirming) {
    return (
      <>
        <button class="link sign-out" id="sign-out" disabled={contactsOpen} title={contactsOpen ? t('agentSignOutBusy') : undefined} onClick={() => setConfirming(true)}>{t('agentSignOut')}</button>
        {failed && <p class="field-error" role="alert">{failed}</p>}
      </>
    );
  }
  return (
    <div class="sign-out-confirm" role="group" aria-label={t('agentSignOutConfirm')}>
      <span>{t('agentSignOutConfirm')}</span>
      <button class="danger" id="sign-out-confirm" disabled={busy || contactsOpen} onClick={() => void signOut()}>{t('agentSignOut')}</button>
      <button id="sign-out-cancel" onClick={() => setConfirming(false)}>{t('cancel')}</button>
    </div>
  );
}
