import { t, type MessageKey } from '../src/shared/i18n';
import { saveSettings, type SettingKey } from '../src/shared/settings';
import { LockNote } from './LockNote';

type BooleanKey = 'highlightNumbers' | 'handleTelLinks' | 'historyStoreNumbers' | 'amazonPanel';

/** An on/off setting, saved as it is switched (a boolean is always valid). */
export function SwitchField({ name, value, label, help, locked }: { name: BooleanKey & SettingKey; value: boolean; label: MessageKey; help: MessageKey; locked: boolean }) {
  const id = `switch-${name}`;
  return (
    <div class="switch-field" data-locked={locked ? 'true' : 'false'}>
      <label class="switch">
        <input id={id} type="checkbox" checked={value} disabled={locked} onChange={(e) => void saveSettings({ [name]: (e.target as HTMLInputElement).checked })} />
        <span>{t(label)}</span>
      </label>
      <p class="help">{t(help)}</p>
      <LockNote locked={locked} />
    </div>
  );
}
