import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { ContactSnapshot } from '../../shared/protocol';
import type { Settings } from '../../shared/settings';
import { saveWrapUp, useWrapUp } from './wrap-up';

const DURING = new Set(['connecting', 'connected', 'on-hold', 'ended']);

/**
 * Notes during the call and, in after-contact work, the wrap-up form: the admin's dispositions
 * (required or optional) and the notes. Both are saved as typed and kept with the call.
 */
export function CallNotes({ contact, settings }: { contact: ContactSnapshot; settings: Pick<Settings, 'dispositions' | 'dispositionRequired'> }) {
  const wrapUp = useWrapUp(contact.contactId);
  // What this panel typed is its own: the stored value (saved as typed) lags a keystroke behind
  // and must not overwrite the field; another panel's notes show until this one types.
  const [draft, setDraft] = useState<string | null>(null);
  if (contact.channel !== 'voice' || !DURING.has(contact.phase)) return null;
  const wrapping = contact.phase === 'ended';
  const id = (name: string) => `${name}-${contact.contactId}`;
  const required = settings.dispositionRequired;
  return (
    <div class={wrapping ? 'call-notes wrap-up' : 'call-notes'}>
      {wrapping && <h3 class="wrap-up-title">{t('wrapUpTitle')}</h3>}
      {wrapping && settings.dispositions.length > 0 && (
        <>
          <label for={id('disposition')}>{t(required ? 'wrapUpDispositionRequired' : 'wrapUpDisposition')}</label>
          <select id={id('disposition')} class="disposition" required={required} aria-invalid={required && !wrapUp.disposition ? 'true' : 'false'}
            value={wrapUp.disposition ?? ''} onChange={(e) => void saveWrapUp(contact.contactId, { disposition: (e.target as HTMLSelectElement).value || null })}>
            <option value="">{t('wrapUpChoose')}</option>
            {settings.dispositions.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
          {required && !wrapUp.disposition && <p class="field-error wrap-up-needed">{t('wrapUpNeedsDisposition')}</p>}
        </>
      )}
      <label for={id('notes')}>{t('callNotes')}</label>
      <textarea id={id('notes')} class="notes" rows={wrapping ? 4 : 3} maxLength={5000} value={draft ?? wrapUp.notes} placeholder={t('callNotesPlaceholder')}
        onInput={(e) => {
          const notes = (e.target as HTMLTextAreaElement).value;
          setDraft(notes);
          void saveWrapUp(contact.contactId, { notes });
        }} />
    </div>
  );
}
