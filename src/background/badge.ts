/**
 * The toolbar badge: its colour says the agent's state, its text says whether a contact is
 * ringing or live, so the agent sees both without opening anything.
 */
import { t } from '../shared/i18n';
import type { AgentSnapshot, ContactSnapshot } from '../shared/protocol';

export interface Badge {
  color: string;
  text: string;
  title: string;
}

const COLORS: Record<string, string> = {
  routable: '#1a7f37', // Available
  not_routable: '#6e7781', // Break, Lunch…
  offline: '#424a53',
  error: '#cf222e', // missed call, failed connection
  system: '#0b6bcb', // Busy, PendingBusy, AfterCallWork
  after_call_work: '#0b6bcb',
};
const RINGING = '#d97706';

export function badgeFor(agent: AgentSnapshot | null, contacts: ContactSnapshot[]): Badge {
  const ringing = contacts.some((c) => c.phase === 'incoming');
  const live = contacts.some((c) => c.phase === 'connecting' || c.phase === 'connected' || c.phase === 'on-hold');
  const state = agent ? agent.state.name : t('badgePhoneOff');
  if (ringing) return { color: RINGING, text: t('badgeRinging'), title: t('badgeTitle', state) };
  if (!agent) return { color: '#8c959f', text: '', title: t('badgeTitle', state) };
  // A badge shows its colour only with text: a blank keeps a plain coloured dot.
  return { color: COLORS[agent.state.type] ?? COLORS.not_routable!, text: live ? t('badgeOnContact') : ' ', title: t('badgeTitle', state) };
}

let shown = '';
export async function showBadge(badge: Badge): Promise<void> {
  const key = `${badge.color}|${badge.text}|${badge.title}`;
  if (key === shown) return; // in-memory only to skip repeats; a restarted worker sets it again
  shown = key;
  await Promise.all([
    chrome.action.setBadgeBackgroundColor({ color: badge.color }),
    chrome.action.setBadgeText({ text: badge.text }),
    chrome.action.setTitle({ title: badge.title }),
    chrome.action.setBadgeTextColor?.({ color: '#ffffff' }),
  ]);
}
