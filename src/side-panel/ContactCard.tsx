import type { ContactSnapshot } from '../shared/protocol';
import type { Phone } from './phone';
import { t, type MessageKey } from '../shared/i18n';

/** One current contact: who, from which queue, in what state, with the actions that fit it. */
export function ContactCard({ contact, phone }: { contact: ContactSnapshot; phone: Phone | null }) {
  const phaseKey = `phase_${contact.phase.replace('-', '_')}` as MessageKey;
  const act = (action: (id: string) => Promise<unknown>) => () => void action(contact.contactId);
  return (
    <section class="contact-card" data-contact-id={contact.contactId} data-phase={contact.phase}>
      <div class="number">{contact.phoneNumber ?? t(`channel_${contact.channel}`)}</div>
      <dl>
        <dt>{t('contactQueue')}</dt>
        <dd class="queue">{contact.queue?.name ?? '—'}</dd>
        <dt>{t(contact.direction === 'inbound' ? 'direction_inbound' : 'direction_outbound')}</dt>
        <dd class="phase">{t(phaseKey)}</dd>
      </dl>
      {phone && (
        <div class="actions">
          {contact.phase === 'incoming' && contact.direction === 'inbound' && (
            <>
              <button class="primary" onClick={act(phone.accept)}>{t('actionAccept')}</button>
              <button onClick={act(phone.reject)}>{t('actionReject')}</button>
            </>
          )}
          {(contact.phase === 'connected' || contact.phase === 'on-hold' || contact.phase === 'connecting') && (
            <button class="danger" onClick={act(phone.end)}>{t('actionHangUp')}</button>
          )}
          {(contact.phase === 'ended' || contact.phase === 'missed' || contact.phase === 'error') && (
            <button onClick={act(phone.end)}>{t('actionClose')}</button>
          )}
        </div>
      )}
    </section>
  );
}
