/**
 * The agent's state as the agent reads it. Connect reports system states by their code names
 * (`PendingBusy`, `AfterCallWork`, `MissedCallAgent`: Streams' AgentAvailStates and
 * AgentErrorStates); we show them in the agent's words, in their language. States the admin
 * configured (`Available`, `Break`, `昼休憩`) are the admin's own words and are shown as named.
 */
import { t, type MessageKey } from './i18n';

/** Connect's system and error state names that have a message of their own (`agentState_<name>`). */
export const SYSTEM_STATE_NAMES = [
  'Init', 'Busy', 'AfterCallWork', 'CallingCustomer', 'Dialing', 'Joining', 'PendingAvailable', 'PendingBusy',
  'Error', 'AgentHungUp', 'BadAddressAgent', 'BadAddressCustomer', 'Default', 'FailedConnectAgent', 'FailedConnectCustomer',
  'InvalidLocale', 'LineEngagedAgent', 'LineEngagedCustomer', 'MissedCallAgent', 'MissedCallCustomer', 'MultipleCcpWindows',
  'RealtimeCommunicationError',
] as const;

const SYSTEM = new Set<string>(SYSTEM_STATE_NAMES);

/** The message key for a system state, or null for a state the admin configured. */
export function stateMessageKey(state: { name: string; type: string }): MessageKey | null {
  // A configured state is routable, not_routable or offline; only Connect's own states are renamed.
  if (state.type === 'routable' || state.type === 'not_routable' || state.type === 'offline') return null;
  return SYSTEM.has(state.name) ? (`agentState_${state.name}` as MessageKey) : null;
}

export function stateLabel(state: { name: string; type: string }): string {
  const key = stateMessageKey(state);
  return key ? t(key) : state.name;
}
