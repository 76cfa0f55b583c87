import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../src/shared/i18n';
import { saveSettings, type SettingKey, type Settings } from '../src/shared/settings';
import { exportSettings, parseImport, type ImportError } from '../src/shared/settings-transfer';
import { Section } from './Section';

type Report =
  | { ok: true; imported: string[]; unknownKeys: string[]; lockedKeys: SettingKey[] }
  | { ok: false; errors: ImportError[]; unknownKeys: string[] };

function errorLine(error: ImportError): string {
  const code = t(`importError_${error.code.replace(/-/g, '_')}` as MessageKey);
  const where = error.index === undefined ? error.key : `${error.key}[${error.index}]${error.field ? `.${error.field}` : ''}`;
  return where ? `${where}: ${code}` : code;
}

/** All settings as one JSON file, for moving a tested set-up to other machines or to policy. */
export function ImportExport({ settings, locked }: { settings: Settings; locked: SettingKey[] }) {
  const [report, setReport] = useState<Report | null>(null);

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'ccp-sidecar-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const importFile = async (file: File) => {
    const result = parseImport(await file.text(), locked);
    if (!result.ok) return setReport(result);
    await saveSettings(result.values);
    setReport({ ok: true, imported: Object.keys(result.values), unknownKeys: result.unknownKeys, lockedKeys: result.lockedKeys });
  };

  return (
    <Section id="transfer-section" title="transferLabel" help="transferHelp">
      <div class="row">
        <button type="button" id="export-settings" onClick={download}>{t('exportSettings')}</button>
        <label class="button-like" for="import-file">{t('importSettings')}</label>
        <input id="import-file" type="file" accept="application/json,.json" class="visually-hidden"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }} />
      </div>
      {report && (
        <div id="import-report" data-ok={report.ok ? 'true' : 'false'} role="status">
          {report.ok ? <p class="status-ok">{t('importDone', String(report.imported.length))}</p> : <p class="field-error">{t('importFailed')}</p>}
          {!report.ok && (
            <ul class="import-errors">
              {report.errors.map((e, i) => <li key={i}>{errorLine(e)}</li>)}
            </ul>
          )}
          {report.unknownKeys.length > 0 && <p class="warn" id="import-unknown">{t('importUnknownKeys', report.unknownKeys.join(', '))}</p>}
          {report.ok && report.lockedKeys.length > 0 && <p class="warn" id="import-locked">{t('importLockedKeys', report.lockedKeys.join(', '))}</p>}
        </div>
      )}
    </Section>
  );
}
