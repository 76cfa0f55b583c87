import { describe, expect, it, vi } from 'vitest';
import en from '../_locales/en/messages.json';
import ja from '../_locales/ja/messages.json';

vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => (en as Record<string, { message: string }>)[key]?.message ?? '' } });
const { SYSTEM_STATE_NAMES, stateLabel, stateMessageKey } = await import('./agent-states');

describe('agent state names', () => {
  it('reads Connect\'s system states in the agent\'s words', () => {
    expect(stateLabel({ name: 'PendingBusy', type: 'system' })).toBe('Incoming contact');
    expect(stateLabel({ name: 'AfterCallWork', type: 'system' })).toBe('After-contact work');
    expect(stateLabel({ name: 'MissedCallAgent', type: 'error' })).toBe('Missed contact');
    expect(stateLabel({ name: 'CallingCustomer', type: 'system' })).toBe('Calling the customer');
    expect(stateLabel({ name: 'Busy', type: 'system' })).toBe('On a contact');
  });

  it('keeps the states an admin configured as they named them, even a name Connect also uses', () => {
    expect(stateLabel({ name: 'Available', type: 'routable' })).toBe('Available');
    expect(stateLabel({ name: '昼休憩', type: 'not_routable' })).toBe('昼休憩');
    expect(stateMessageKey({ name: 'Busy', type: 'not_routable' })).toBeNull();
    // A system state we do not know is shown as Connect names it, never as a message key.
    expect(stateLabel({ name: 'SomethingNew', type: 'system' })).toBe('SomethingNew');
  });

  it('has an English and a Japanese message for every system state', () => {
    for (const name of SYSTEM_STATE_NAMES) {
      const key = stateMessageKey({ name, type: 'system' })!;
      expect((en as Record<string, { message: string }>)[key]?.message, name).toBeTruthy();
      expect((ja as Record<string, { message: string }>)[key]?.message, name).toBeTruthy();
    }
    expect(ja.agentState_AfterCallWork.message).toBe('後処理中');
  });
});
