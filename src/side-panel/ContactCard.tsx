import type { CountryCode } from '../shared/phone';
import { formatForAgent } from '../shared/phone';
import type { ContactSnapshot, CrmActivity } from '../shared/protocol';
import type { ShownAttribute } from '../shared/settings';
import { t, type MessageKey } from '../shared/i18n';
import { CrmActivityList } from './CrmActivityList';
import type { ContactAction } from '../shared/use-phone-view';
import { WaitingTime } from './WaitingTime';
import { CallNotes } from './call-log/CallNotes';
import { CustomerRecord } from './call-log/CustomerRecord';
import { needsDisposition, useWrapUp } from './call-log/wrap-up';
import { useSettings } from './use-settings';
import { AcwTimer, CallControls } from './CallControls';
import { contactFlowOf } from '../shared/contact-flow';

export interface ContactCardProps {
  contact: ContactSnapshot;
  country: CountryCode;
  shownAttributes: ShownAttribute[];
  activity: CrmActivity[];
  act: ((action: ContactAction, contactId: string) => void) | null;
  /** The agent's microphone is muted (Streams mutes the agent, not a contact). */
  muted?: boolean;
  /** The contact the panel's keys act on, marked when there are several. */
  active?: boolean;
}

/**
 * One current contact: who (formatted for the agent, and E.164), from which queue, how long they
 * waited, on which channel, what the caller went through in the contact flow / IVR (as the admin
 * mapped it from attributes), the attributes the admin chose, what the CRM did, and the actions
 * that fit its state. Everything from the contact is rendered as text.
 */
export function ContactCard({ contact, country, shownAttributes, activity, act, muted = false, active = false }: ContactCardProps) {
  const liveCall = contact.channel === 'voice' && (contact.phase === 'connected' || contact.phase === 'on-hold');
  // A chat or task in progress is not a call: 「対応中」, not 「通話中」.
  const phaseKey = (contact.channel !== 'voice' && contact.phase === 'connected' ? 'phase_connected_other' : `phase_${contact.phase.replace('-', '_')}`) as MessageKey;
  const on = (action: ContactAction) => () => act?.(action, contact.contactId);
  const attributes = shownAttributes.filter((a) => contact.attributes[a.key] !== undefined);
  const settings = useSettings();
  const holdClose = needsDisposition(contact, settings, useWrapUp(contact.contactId));
  const flow = contactFlowOf(contact.attributes, settings);
  return (
    <section class={`contact-card${active ? ' active' : ''}`} data-contact-id={contact.contactId} data-phase={contact.phase} data-channel={contact.channel} aria-current={active ? 'true' : undefined}>
      <div class="number">{contact.phoneNumber ? formatForAgent(contact.phoneNumber, country) : t(`channel_${contact.channel}`)}</div>
      {contact.name && <div class="contact-name">{contact.name}</div>}
      {contact.phoneNumber && <div class="e164 muted">{contact.phoneNumber}</div>}
      <dl>
        <dt>{t('contactState')}</dt>
        <dd class="phase">{t(phaseKey)}</dd>
        <dt>{t('contactQueue')}</dt>
        <dd class="queue">{contact.queue?.name ?? '—'}</dd>
        {contact.direction === 'inbound' && (
          <>
            <dt>{t('contactWaiting')}</dt>
            <dd><WaitingTime contact={contact} /></dd>
          </>
        )}
        <dt>{t('contactChannel')}</dt>
        <dd class="channel">{`${t(`channel_${contact.channel}`)} · ${t(contact.direction === 'inbound' ? 'direction_inbound' : 'direction_outbound')}`}</dd>
        {flow?.flow && (
          <>
            <dt>{t('contactIvrFlow')}</dt>
            <dd class="ivr-flow">{flow.flow}</dd>
          </>
        )}
        {flow && flow.steps.length > 0 && (
          <>
            <dt>{t('contactIvrPath')}</dt>
            <dd>
              <ol class="ivr-path">
                {flow.steps.map((step, i) => <li key={i} data-code={step.code} title={step.label === step.code ? undefined : step.code}>{step.label}</li>)}
              </ol>
            </dd>
          </>
        )}
        {attributes.map((a) => (
          <>
            <dt key={`k-${a.key}`}>{a.label || a.key}</dt>
            <dd key={`v-${a.key}`} class="attribute" data-attribute={a.key}>{contact.attributes[a.key]}</dd>
          </>
        ))}
      </dl>
      <CustomerRecord contactId={contact.contactId} />
      <CrmActivityList items={activity} />
      <CallNotes contact={contact} settings={settings} />
      {act && (
        <div class="actions">
          {contact.phase === 'incoming' && contact.direction === 'inbound' && (
            <>
              <button class="primary" onClick={on('accept')}>{t('actionAccept')}</button>
              <button class="reject" onClick={on('reject')}>{t('actionReject')}</button>
            </>
          )}
          {!liveCall && (contact.phase === 'connected' || contact.phase === 'on-hold' || contact.phase === 'connecting') && (
            <button class="danger" onClick={on('end')}>{t(contact.channel === 'chat' ? 'actionEndChat' : contact.channel === 'task' ? 'actionEndTask' : 'actionHangUp')}</button>
          )}
          {contact.phase === 'ended' && <AcwTimer since={contact.phaseSince} />}
          {(contact.phase === 'ended' || contact.phase === 'missed' || contact.phase === 'error') && (
            <button class="close" disabled={holdClose} onClick={on('end')}>{t('actionClose')}</button>
          )}
        </div>
      )}
      {act && liveCall && <CallControls contact={contact} muted={muted} country={country} />}
    </section>
  );
}
