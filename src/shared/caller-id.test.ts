import { describe, expect, it } from 'vitest';
import { callerIdQueueErrors, callerIdQueueFor } from './caller-id';

const queues = [{ name: 'BasicQueue', arn: 'arn:q/basic' }, { name: 'SupportQueue-JP', arn: 'arn:q/support' }, { name: 'Sales-JP', arn: 'arn:q/sales' }];
const siteDefaults = [{ site: 'https://crm.example.com', queue: 'SupportQueue-JP' }, { site: 'https://sales.example.com', queue: 'arn:q/sales' }];

describe('caller-ID queue of a dial', () => {
  it('is the agent\'s pick, then the site\'s default (by name or ARN), then none (Connect\'s default)', () => {
    expect(callerIdQueueFor({ pick: 'arn:q/basic', siteDefaults, origin: 'https://crm.example.com', queues })).toBe('arn:q/basic');
    expect(callerIdQueueFor({ pick: null, siteDefaults, origin: 'https://crm.example.com', queues })).toBe('arn:q/support');
    expect(callerIdQueueFor({ pick: null, siteDefaults, origin: 'https://sales.example.com', queues })).toBe('arn:q/sales');
    expect(callerIdQueueFor({ pick: null, siteDefaults, origin: 'https://other.example.com', queues })).toBeNull();
    expect(callerIdQueueFor({ pick: null, siteDefaults, origin: null, queues })).toBeNull();
  });

  it('never sends a queue the routing profile does not have: a stale pick or an unknown default falls back', () => {
    expect(callerIdQueueFor({ pick: 'arn:q/gone', siteDefaults, origin: 'https://crm.example.com', queues })).toBe('arn:q/support');
    expect(callerIdQueueFor({ pick: null, siteDefaults: [{ site: 'https://crm.example.com', queue: 'Billing-JP' }], origin: 'https://crm.example.com', queues })).toBeNull();
    // Before the phone has said which queues the agent has, the agent's pick stands.
    expect(callerIdQueueFor({ pick: 'arn:q/sales', siteDefaults, origin: null, queues: null })).toBe('arn:q/sales');
  });

  it('checks an admin\'s record: an origin and a queue', () => {
    expect(callerIdQueueErrors({ site: 'https://crm.example.com', queue: 'BasicQueue' })).toEqual({});
    expect(callerIdQueueErrors({ site: 'https://crm.example.com/path', queue: 'BasicQueue' })).toEqual({ site: 'not-an-origin' });
    expect(callerIdQueueErrors({ site: '', queue: ' ' })).toEqual({ site: 'required', queue: 'required' });
    expect(callerIdQueueErrors('BasicQueue')).toEqual({ item: 'wrong-type' });
  });
});
