import { useEffect, useState } from 'preact/hooks';
import { IS_DEV_BUILD } from '../src/shared/build-flags';
import { t, type MessageKey } from '../src/shared/i18n';
import { normalizeInstanceUrl } from '../src/shared/instance-url';
import { saveSettings } from '../src/shared/settings';
import { LockNote } from './LockNote';

/** The instance URL: validated as the admin types, saved only when valid, normalised on save. */
export function InstanceUrlField({ saved, locked = false }: { saved: string; locked?: boolean }) {
  const [text, setText] = useState(saved);
  const [touched, setTouched] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  useEffect(() => setText(saved), [saved]);

  const result = normalizeInstanceUrl(text, IS_DEV_BUILD);
  const error = touched && !result.ok ? t(`instanceUrlError_${result.error.replace(/-/g, '_')}` as MessageKey) : null;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (!result.ok || locked) return;
    await saveSettings({ instanceUrl: result.ccpUrl });
    setText(result.ccpUrl);
    setJustSaved(true);
  };

  return (
    <section class="setting" id="instance-url-section" data-locked={locked ? 'true' : 'false'}>
      <h2><label for="instance-url">{t('instanceUrlLabel')}</label></h2>
      <p class="help" id="instance-url-help">{t('instanceUrlHelp')}</p>
      <LockNote locked={locked} />
      <form class="row" onSubmit={onSubmit} noValidate>
        <input
          id="instance-url"
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder="my-centre"
          value={text}
          disabled={locked}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby="instance-url-help instance-url-error"
          onInput={(e) => {
            setText((e.target as HTMLInputElement).value);
            setJustSaved(false);
          }}
          onBlur={() => setTouched(true)}
        />
        <button class="primary" type="submit" id="instance-url-save" disabled={locked}>{t('save')}</button>
      </form>
      {error && <p class="field-error" id="instance-url-error" role="alert">{error}</p>}
      {!error && result.ok && text.trim() !== result.ccpUrl && <p class="muted" id="instance-url-preview">{t('instanceUrlWillUse', result.ccpUrl)}</p>}
      {justSaved && <p class="status-ok" id="instance-url-saved" role="status">{t('saved')}</p>}
    </section>
  );
}
