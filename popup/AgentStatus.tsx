import { useState } from 'preact/hooks';
import { stateLabel } from '../src/shared/agent-states';
import { t } from '../src/shared/i18n';
import { ask } from '../src/shared/messaging';
import type { AgentSnapshot } from '../src/shared/protocol';

/** The agent's name and state, with a menu of the states their routing profile allows. */
export function AgentStatus({ agent }: { agent: AgentSnapshot }) {
  const [error, setError] = useState(false);
  // A system state (Busy, AfterCallWork, MissedCallAgent) is shown but cannot be chosen.
  const current = agent.states.some((s) => s.name === agent.state.name) ? agent.state.name : '';
  const choose = async (name: string) => {
    const reply = await ask({ type: 'set-agent-state', name }).catch(() => null);
    setError(!reply?.ok);
  };
  return (
    <div class="agent">
      <span class="name" id="agent-name">{agent.name}</span>
      <span class={`pill ${agent.state.type}`} id="agent-state" title={agent.state.name}>{stateLabel(agent.state)}</span>
      <label class="visually-hidden" for="agent-state-select">{t('popupChangeState')}</label>
      <select id="agent-state-select" value={current} onChange={(e) => void choose((e.target as HTMLSelectElement).value)} title={t('popupChangeState')}>
        {!current && <option value="" disabled>{t('popupChangeState')}</option>}
        {agent.states.map((s) => <option key={s.name} value={s.name}>{stateLabel(s)}</option>)}
      </select>
      {error && <p class="field-error" role="alert">{t('popupStateFailed')}</p>}
    </div>
  );
}
