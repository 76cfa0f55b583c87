import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage: () => '' }, runtime: {} } }));
const { matchQuickConnects } = await import('./QuickConnects');

const list = [
  { arn: 'a1', type: 'agent', name: '佐藤 花子 (Sato Hanako)', phoneNumber: null },
  { arn: 'q1', type: 'queue', name: 'サポート窓口 (SupportQueue-JP)', phoneNumber: null },
  { arn: 'n1', type: 'phone_number', name: '大阪支店 (Osaka branch)', phoneNumber: '+81665550123' },
] as const;

describe('quick connect search', () => {
  it('matches every word, in any case and width', () => {
    expect(matchQuickConnects(list, 'sato').map((q) => q.arn)).toEqual(['a1']);
    expect(matchQuickConnects(list, 'ＳＡＴＯ　hanako').map((q) => q.arn)).toEqual(['a1']);
    expect(matchQuickConnects(list, '窓口').map((q) => q.arn)).toEqual(['q1']);
    expect(matchQuickConnects(list, 'queue').map((q) => q.arn)).toEqual(['q1']);
    expect(matchQuickConnects(list, '+8166').map((q) => q.arn)).toEqual(['n1']);
    expect(matchQuickConnects(list, '').length).toBe(3);
    expect(matchQuickConnects(list, 'sato osaka')).toEqual([]);
  });
});
