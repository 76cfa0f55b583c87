/**
 * Call records, the background's half: every contact event is folded into the contact's life
 * (storage.session `callLives`, so a stopped worker loses nothing); when the agent closes the
 * contact (destroyed) the record is made with the agent's notes and disposition and the page it
 * was dialled from, kept with history (storage.local `callRecords`, the history entry gets the notes
 * and disposition) and handed to the admin's log targets: webhooks through the outbox, the CRM's
 * own log form filled in a tab. Called inside contacts.ts's serialized step.
 */
import browser from 'webextension-polyfill';
import { buildRecord, lifeStep, recordIdFrom, type CallLife, type CallRecord } from '../../shared/call-record';
import { CALL_RECORDS_KEY, readCallRecords, readWrapUps, WRAP_UPS_KEY } from '../../shared/call-log-store';
import type { ContactEvent } from '../../shared/protocol';
import { formatInternational } from '../../shared/phone';
import type { LogTarget } from '../../shared/settings-call-log';
import { findHistoryEntry, upsertHistory } from '../history';
import { currentSettings } from '../settings-cache';
import { takeDialPage } from './dial-pages';
import { enqueue } from './outbox';
import { openLogForm } from './crm-form';

const LIVES_KEY = 'callLives';

async function readLives(): Promise<Record<string, CallLife>> {
  const value = (await browser.storage.session.get(LIVES_KEY))[LIVES_KEY];
  return value && typeof value === 'object' ? (value as Record<string, CallLife>) : {};
}

export async function trackCallEvent(event: ContactEvent, agentName: string | null): Promise<void> {
  const contact = event.contact;
  if (contact.channel !== 'voice') return;
  const lives = await readLives();
  // A destroyed event handled again after a stop: its record was made already.
  if (contact.phase === 'destroyed' && !lives[contact.contactId]) return;
  const life = lifeStep(lives[contact.contactId], contact);
  if (contact.phase !== 'destroyed') {
    lives[contact.contactId] = life;
    await browser.storage.session.set({ [LIVES_KEY]: lives });
    return;
  }
  const record = await finishRecord(life, agentName);
  delete lives[contact.contactId];
  await browser.storage.session.set({ [LIVES_KEY]: lives });
  await logRecord(record);
}

async function finishRecord(life: CallLife, agentName: string | null): Promise<CallRecord> {
  const settings = await currentSettings();
  const wrapUps = readWrapUps((await browser.storage.session.get(WRAP_UPS_KEY))[WRAP_UPS_KEY]);
  const wrapUp = wrapUps[life.contactId] ?? { notes: '', disposition: null };
  const page = life.direction === 'outbound' ? await takeDialPage(life.phoneNumber, life.startedAt) : null;
  const record = buildRecord(life, {
    agent: agentName,
    notes: wrapUp.notes,
    disposition: wrapUp.disposition,
    crmPage: page ? { ...page, recordId: recordIdFrom(page.url, settings.crmRecordPattern) } : null,
    attributeKeys: settings.logAttributes,
    format: formatInternational,
  });
  delete wrapUps[life.contactId];
  await browser.storage.session.set({ [WRAP_UPS_KEY]: wrapUps });
  return record;
}

/** Whether a target takes this call: every call, or calls dialled from its CRM site. */
export function targetTakes(target: LogTarget, record: CallRecord): boolean {
  if (!target.enabled) return false;
  if (!target.site) return true;
  try {
    return record.crmPage !== null && new URL(record.crmPage.url).origin === target.site;
  } catch {
    return false;
  }
}

async function logRecord(record: CallRecord): Promise<void> {
  const settings = await currentSettings();
  // Kept with history: the record (numbers left out when the agent keeps them out of history) and
  // the notes and disposition on the history entry.
  const stored = settings.historyStoreNumbers ? record : { ...record, phone: { e164: null, formatted: null } };
  const records = readCallRecords((await browser.storage.local.get(CALL_RECORDS_KEY))[CALL_RECORDS_KEY]).filter((r) => r.contactId !== record.contactId);
  await browser.storage.local.set({ [CALL_RECORDS_KEY]: [stored, ...records].slice(0, settings.historyLimit) });
  const entry = await findHistoryEntry(record.contactId);
  if (entry && (record.notes || record.disposition)) await upsertHistory({ ...entry, notes: record.notes, disposition: record.disposition });

  const body = JSON.stringify(record);
  for (const target of settings.logTargets.filter((t) => targetTakes(t, record))) {
    if (target.kind === 'webhook') await enqueue(target.id, record.contactId, body);
    else if (target.kind === 'crm-form') void openLogForm(target, record).catch(() => undefined);
  }
}

/**
 * Whether the agent may close this contact now: not while its after-contact work still lacks the
 * disposition the admin requires (the panel's button says so too; this holds for any view).
 */
export async function mayClose(contactId: string, phase: string | undefined): Promise<boolean> {
  if (phase !== 'ended') return true;
  const { dispositionRequired, dispositions } = await currentSettings();
  if (!dispositionRequired || !dispositions.length) return true;
  const lives = await readLives();
  if (lives[contactId]?.connectedAt == null) return true; // nothing was said: no wrap-up
  const wrapUps = readWrapUps((await browser.storage.session.get(WRAP_UPS_KEY))[WRAP_UPS_KEY]);
  return Boolean(wrapUps[contactId]?.disposition);
}
