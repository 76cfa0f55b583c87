import { t, type MessageKey } from '../src/shared/i18n';
import { formatForAgent, type CountryCode } from '../src/shared/phone';
import type { ContactSnapshot } from '../src/shared/protocol';
import { formatDuration } from '../src/shared/durations';
import { useNow } from './use-now';

/** The current contact: who, from which queue, in what phase and for how long. */
export function CurrentContact({ contact, country }: { contact: ContactSnapshot; country: CountryCode }) {
  const now = useNow();
  const who = contact.phoneNumber ? formatForAgent(contact.phoneNumber, country) : t(`channel_${contact.channel}`);
  return (
    <div class="current-contact" id="current-contact" data-phase={contact.phase}>
      <div class="who">{who}</div>
      <div class="muted">
        {t(`phase_${contact.phase.replace('-', '_')}` as MessageKey)}
        {contact.queue && ` · ${contact.queue.name}`}
      </div>
      <span class="timer" id="contact-timer">{formatDuration(now - contact.phaseSince)}</span>
    </div>
  );
}
