import { describe, expect, it } from 'vitest';
import { callerIdDefaultErrors, callerIdQueueErrors, callerIdQueueFor, callerIdQueueNote } from './caller-id';

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

  it('refuses a queue written as a malformed ARN, which would match no queue (not the agent\'s own queue either)', () => {
    const site = 'https://crm.example.com';
    const good = 'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d-0000-4000-8000-00000000c0de/queue/b0000000-0000-4000-8000-0000000000b2';
    expect(callerIdQueueErrors({ site, queue: good })).toEqual({});
    expect(callerIdQueueErrors({ site, queue: ` ${good} ` })).toEqual({});
    expect(callerIdQueueErrors({ site, queue: good.replace('arn:aws:', 'arn:aws-cn:').replace('ap-northeast-1', 'cn-north-1') })).toEqual({});
    for (const queue of [
      'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d/queue',
      'arn:aws:connect:ap-northeast-1:1234:instance/5a1e0c0d/queue/b2',
      'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d/queue/agent/a1',
      'arn:aws:connect:ap-northeast-1:123456789012:instance/5a1e0c0d/transfer-destination/b2',
      'ARN:aws:connect:',
    ]) expect(callerIdQueueErrors({ site, queue }), queue).toEqual({ queue: 'not-a-queue-arn' });
    // A name is a name, whatever it holds.
    expect(callerIdQueueErrors({ site, queue: 'Support: arn team' })).toEqual({});
    expect(callerIdQueueErrors({ site, queue: 'x'.repeat(501) })).toEqual({ queue: 'too-long' });
  });

  it('an admin\'s default in the options page: one of the CRM sites, once per site', () => {
    const crmSites = ['https://crm.example.com', 'https://sales.example.com'];
    const saved = [{ site: 'https://crm.example.com', queue: 'SupportQueue-JP' }];
    expect(callerIdDefaultErrors({ site: 'https://sales.example.com', queue: 'Sales-JP' }, crmSites, saved)).toEqual({});
    expect(callerIdDefaultErrors({ site: 'https://crm.example.com', queue: 'Sales-JP' }, crmSites, saved)).toEqual({ site: 'duplicate' });
    // Editing the saved one: it is not among the others.
    expect(callerIdDefaultErrors({ site: 'https://crm.example.com', queue: 'Sales-JP' }, crmSites, [])).toEqual({});
    expect(callerIdDefaultErrors({ site: 'https://gone.example.com', queue: 'Sales-JP' }, crmSites, saved)).toEqual({ site: 'not-a-crm-site' });
    expect(callerIdDefaultErrors({ site: '', queue: '' }, crmSites, saved)).toEqual({ site: 'required', queue: 'required' });
    expect(callerIdDefaultErrors({ site: 'https://sales.example.com', queue: 'arn:aws:connect:x' }, crmSites, saved)).toEqual({ queue: 'not-a-queue-arn' });
  });

  it('tells the admin what the signed-in agent\'s queues say of a default, never stopping the save', () => {
    expect(callerIdQueueNote('SupportQueue-JP', queues)).toBeNull();
    expect(callerIdQueueNote('arn:q/sales', queues)).toEqual({ kind: 'names', name: 'Sales-JP' });
    expect(callerIdQueueNote('supportqueue-jp', queues)).toEqual({ kind: 'unknown', names: ['BasicQueue', 'SupportQueue-JP', 'Sales-JP'] });
    expect(callerIdQueueNote('Billing-JP', null)).toBeNull();
    expect(callerIdQueueNote('Billing-JP', [])).toBeNull();
    expect(callerIdQueueNote('  ', queues)).toBeNull();
  });
});
