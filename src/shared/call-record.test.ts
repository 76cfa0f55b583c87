import { describe, expect, it } from 'vitest';
import { buildRecord, callFields, lifeStep, recordIdFrom, renderCallTemplate, summaryText, type CallLife, type RecordExtras } from './call-record';
import type { ContactSnapshot } from './protocol';

const snap = (phase: ContactSnapshot['phase'], phaseSince: number, more: Partial<ContactSnapshot> = {}): ContactSnapshot => ({
  contactId: 'c1', channel: 'voice', direction: 'inbound', phase, phaseSince, phoneNumber: '+81312345678',
  queue: { name: 'SupportQueue-JP', arn: 'arn:q' }, queueTimestamp: 1_000, attributes: { CustomerId: 'C-1', Secret: 'x' }, ...more,
});
const fold = (events: ContactSnapshot[]) => events.reduce<CallLife | undefined>((life, e) => lifeStep(life, e), undefined)!;
const extras: RecordExtras = { agent: 'Sato', notes: 'n', disposition: 'Resolved', crmPage: null, attributeKeys: ['CustomerId'], format: (n) => `fmt ${n}` };

describe('call record', () => {
  it('an answered call: waiting from the queue, talk without hold, hold summed, ACW until closed', () => {
    const life = fold([
      snap('incoming', 3_000), snap('connecting', 4_000), snap('connected', 5_000),
      snap('on-hold', 10_000), snap('connected', 14_000), snap('on-hold', 20_000), snap('connected', 21_000),
      snap('ended', 65_000), snap('destroyed', 95_000),
    ]);
    const record = buildRecord(life, extras);
    expect(record).toMatchObject({
      contactId: 'c1', direction: 'inbound', outcome: 'answered', phone: { e164: '+81312345678', formatted: 'fmt +81312345678' },
      queue: 'SupportQueue-JP', agent: 'Sato', startTime: new Date(3_000).toISOString(), connectTime: new Date(5_000).toISOString(),
      endTime: new Date(65_000).toISOString(), waitingSeconds: 4, talkSeconds: 55, holdSeconds: 5, acwSeconds: 30,
      attributes: { CustomerId: 'C-1' }, notes: 'n', disposition: 'Resolved',
    });
  });

  it('repeated events (a replay after a worker stop) change nothing', () => {
    const once = fold([snap('incoming', 3_000), snap('connected', 5_000), snap('on-hold', 6_000), snap('connected', 8_000), snap('ended', 9_000)]);
    const twice = fold([snap('incoming', 3_000), snap('connected', 5_000), snap('connected', 5_000), snap('on-hold', 6_000), snap('on-hold', 6_000), snap('connected', 8_000), snap('connected', 8_000), snap('ended', 9_000), snap('ended', 9_000)]);
    expect(twice).toEqual(once);
  });

  it('a missed call: waited until it stopped ringing, no talk, hold or ACW', () => {
    const record = buildRecord(fold([snap('incoming', 3_000), snap('missed', 23_000), snap('destroyed', 30_000)]), extras);
    expect(record).toMatchObject({ outcome: 'missed', connectTime: null, waitingSeconds: 22, talkSeconds: null, holdSeconds: null, acwSeconds: null });
  });

  it('a rejected call, and an outbound call nobody answered', () => {
    expect(buildRecord(fold([snap('incoming', 3_000), snap('rejected', 4_000), snap('destroyed', 5_000)]), extras).outcome).toBe('rejected');
    const out = fold([snap('connecting', 3_000, { direction: 'outbound', queueTimestamp: null }), snap('ended', 9_000, { direction: 'outbound', queueTimestamp: null })]);
    expect(buildRecord(out, extras)).toMatchObject({ outcome: 'failed', direction: 'outbound', waitingSeconds: 6 });
  });

  it('takes the record ID from the dial page by the admin pattern', () => {
    expect(recordIdFrom('https://crm.example.com/accounts/0015g00000ABC?tab=1', '/accounts/(\\w+)')).toBe('0015g00000ABC');
    expect(recordIdFrom('https://crm.example.com/x', '/accounts/(\\w+)')).toBeNull();
    expect(recordIdFrom('https://crm.example.com/x', '(')).toBeNull();
    expect(recordIdFrom('https://crm.example.com/x', '')).toBeNull();
  });

  it('fills {call.…} templates and a summary', () => {
    const record = buildRecord(fold([snap('incoming', 0), snap('connected', 2_000), snap('ended', 62_000), snap('destroyed', 70_000)]), extras);
    expect(renderCallTemplate('{call.disposition}: {call.notes} ({call.talkSeconds}s) {call.attr.CustomerId} {call.nope}', record)).toBe('Resolved: n (60s) C-1 ');
    expect(callFields(record)['call.number']).toBe('fmt +81312345678');
    expect(summaryText(record, (k) => k.toUpperCase())).toContain('DISPOSITION: Resolved');
  });
});
