import { describe, expect, it } from 'vitest';
import type { ContactSnapshot } from './protocol';
import { activeContactId, hangUpAction } from './active-contact';

const contact = (id: string, channel: ContactSnapshot['channel'], phase: ContactSnapshot['phase'], since: number, direction: ContactSnapshot['direction'] = 'inbound'): ContactSnapshot => ({
  contactId: id, channel, direction, phase, phoneNumber: null, queue: null, queueTimestamp: null, phaseSince: since, attributes: {},
});

describe('the active contact', () => {
  it('is a ringing contact first, then the live call, then other live work, then after-contact work', () => {
    const call = contact('call', 'voice', 'connected', 10);
    const task = contact('task', 'task', 'connected', 20);
    const chatRinging = contact('chat', 'chat', 'incoming', 30);
    const acw = contact('acw', 'voice', 'ended', 5);
    expect(activeContactId([acw, task, call, chatRinging])).toBe('chat');
    expect(activeContactId([acw, task, call])).toBe('call');
    expect(activeContactId([acw, task])).toBe('task');
    expect(activeContactId([acw])).toBe('acw');
    expect(activeContactId([])).toBeNull();
    // A call on hold is still the call the agent is on.
    expect(activeContactId([task, contact('held', 'voice', 'on-hold', 40)])).toBe('held');
  });

  it('with two calls, the one the agent talks on: not the one whose customer waits on hold', () => {
    const held = contact('held', 'voice', 'on-hold', 10);
    const talking = contact('talking', 'voice', 'connected', 20);
    expect(activeContactId([held, talking])).toBe('talking');
    expect(activeContactId([talking, held])).toBe('talking');
    // A chat does not outrank a held call.
    expect(activeContactId([contact('chat', 'chat', 'connected', 5), held])).toBe('held');
  });

  it('picks the one that rang first among several ringing', () => {
    expect(activeContactId([contact('b', 'chat', 'incoming', 20), contact('a', 'task', 'incoming', 10)])).toBe('a');
  });

  it('hangs up a contact by its state', () => {
    expect(hangUpAction(contact('r', 'voice', 'incoming', 1))).toBe('reject');
    expect(hangUpAction(contact('c', 'voice', 'on-hold', 1))).toBe('end-call');
    expect(hangUpAction(contact('t', 'task', 'connected', 1))).toBe('end');
    expect(hangUpAction(contact('o', 'voice', 'connecting', 1, 'outbound'))).toBe('end');
    expect(hangUpAction(contact('e', 'voice', 'ended', 1))).toBeNull();
  });
});
