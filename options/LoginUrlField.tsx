import { useEffect, useState } from 'preact/hooks';
import { IS_DEV_BUILD } from '../src/shared/build-flags';
import { t } from '../src/shared/i18n';
import { saveSettings } from '../src/shared/settings';
import { validateLoginUrl } from '../src/shared/settings-validate';
import { fieldErrorText } from './field-error';
import { Section } from './Section';

/** The optional sign-in (SAML) URL the side panel opens when the agent is signed out. */
export function LoginUrlField({ saved, locked }: { saved: string; locked: boolean }) {
  const [text, setText] = useState(saved);
  const [touched, setTouched] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => setText(saved), [saved]);
  const code = validateLoginUrl(text, IS_DEV_BUILD);
  const error = touched && code ? fieldErrorText(code) : null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (code) return;
    await saveSettings({ loginUrl: text.trim() });
    setJustSaved(true);
  };

  return (
    <Section id="login-url-section" title="loginUrlLabel" help="loginUrlHelp" locked={locked} labelFor="login-url">
      <form class="row" onSubmit={onSubmit} noValidate>
        <input id="login-url" type="text" spellcheck={false} autocomplete="off" placeholder="https://idp.example.com/…" value={text} disabled={locked}
          aria-invalid={error ? 'true' : 'false'} aria-describedby="login-url-error"
          onInput={(e) => { setText((e.target as HTMLInputElement).value); setJustSaved(false); }} onBlur={() => setTouched(true)} />
        <button class="primary" type="submit" id="login-url-save" disabled={locked}>{t('save')}</button>
      </form>
      {error && <p class="field-error" id="login-url-error" role="alert">{error}</p>}
      {justSaved && <p class="status-ok" id="login-url-saved" role="status">{t('saved')}</p>}
    </Section>
  );
}
