import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../src/shared/i18n';
import { parseDialInput, type CountryCode } from '../src/shared/phone';
import { dialErrorText } from '../src/shared/dial-errors';
import type { Replies } from '../src/shared/protocol';

/** A number typed by the agent, read in their country, dialled as E.164. */
export function DialField({ country, dial }: { country: CountryCode; dial: (e164: string) => Promise<Replies['dial-number']> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseDialInput(text, country);
    if (!parsed.ok) return setError(t(`dialInputError_${parsed.reason.replace(/-/g, '_')}` as MessageKey));
    setError(null);
    const reply = await dial(parsed.e164);
    if (reply.ok) {
      setSent(parsed.international);
      setText('');
    } else {
      // Why, in the agent's words: "Could not call +81 3-0123-4567: this is not a valid phone number…".
      setError(t('toastDialFailed', parsed.international, dialErrorText(reply.error)));
    }
  };

  return (
    <form class="dial" onSubmit={onSubmit} noValidate>
      <label for="dial-input">{t('popupDialLabel')}</label>
      <div class="row">
        <input id="dial-input" type="tel" autocomplete="off" value={text} aria-invalid={error ? 'true' : 'false'} aria-describedby="dial-error"
          onInput={(e) => { setText((e.target as HTMLInputElement).value); setError(null); setSent(null); }} />
        <button class="primary" type="submit" id="dial-button">{t('popupCall')}</button>
      </div>
      {error && <p class="field-error" id="dial-error" role="alert">{error}</p>}
      {sent && <p class="status-ok" id="dial-sent" role="status">{t('popupCalling', sent)}</p>}
    </form>
  );
}
