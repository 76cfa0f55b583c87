import * as v from 'valibot';
import { callerIdDefaultErrors, callerIdQueueNote, queueNamedBy, type CallerIdQueue } from '../src/shared/caller-id';
import { t } from '../src/shared/i18n';
import { AgentSnapshotSchema, type AgentSnapshot } from '../src/shared/protocol';
import { saveSettings } from '../src/shared/settings';
import { RecordListEditor, type FieldSpec } from './RecordListEditor';
import { Section } from './Section';
import { useStorageValue } from '../src/shared/use-storage';

type Queue = NonNullable<AgentSnapshot['outboundQueues']>[number];

interface DefaultDraft extends Record<string, string | boolean> {
  site: string;
  queue: string;
}

const fromDraft = (d: DefaultDraft): CallerIdQueue => ({ site: d.site, queue: d.queue.trim() });

/** The outbound queues of the agent signed in in this browser, as the background keeps them; null when nobody is. */
function useKnownQueues(): Queue[] | null {
  // storage.session is written by the background only, but read like anything stored: checked.
  return useStorageValue('session', 'agent', (agent) => {
    const parsed = v.safeParse(AgentSnapshotSchema, agent);
    return parsed.success ? (parsed.output.outboundQueues ?? null) : null;
  });
}

/**
 * The admin's caller ID per CRM site: the queue (by name or ARN) whose outbound caller ID a dial
 * from that site goes out with, unless the agent picks one in the side panel.
 */
export function CallerIdDefaults({ defaults, crmSites, locked }: { defaults: CallerIdQueue[]; crmSites: string[]; locked: boolean }) {
  const known = useKnownQueues();
  // A default's site may have stopped being a CRM site: it stays choosable while it is edited.
  const siteOptions = [...new Set([...crmSites, ...defaults.map((d) => d.site)])].map((site) => ({ value: site, text: site }));
  const fields: ReadonlyArray<FieldSpec<DefaultDraft>> = [
    { name: 'site', label: 'callerIdSite', kind: 'select', options: siteOptions },
    { name: 'queue', label: 'callerIdQueue', kind: 'text', placeholder: 'SupportQueue-JP', help: 'callerIdQueueHelp', suggestions: known?.map((q) => q.name) ?? [] },
  ];
  const noSites = crmSites.length === 0 && defaults.length === 0;
  return (
    <Section id="caller-id-section" title="callerIdDefaultsLabel" help="callerIdDefaultsHelp" locked={locked}>
      {noSites ? (
        <p class="muted" id="caller-id-no-sites">{t('callerIdDefaultsNoSites')}</p>
      ) : (
        <RecordListEditor<CallerIdQueue, DefaultDraft>
          id="caller-id"
          items={defaults}
          locked={locked}
          fields={fields}
          // The first CRM site without a default, as that is the one most likely meant.
          empty={() => ({ site: crmSites.find((s) => !defaults.some((d) => d.site === s)) ?? crmSites[0] ?? '', queue: '' })}
          toDraft={(d) => ({ site: d.site, queue: d.queue })}
          fromDraft={fromDraft}
          errorsOf={(d, others) => callerIdDefaultErrors(fromDraft(d), crmSites, others)}
          hintsOf={(d): Record<string, string> => {
            const note = callerIdQueueNote(d.queue, known);
            if (!note) return {};
            return { queue: note.kind === 'names' ? t('callerIdQueueIs', note.name) : t('callerIdQueueUnknown', note.names.join(', ')) };
          }}
          summary={(d) => {
            const match = known ? queueNamedBy(d.queue, known) : undefined;
            return (
              <>
                <span class="mono">{d.site}</span> → <strong class="caller-id-queue">{d.queue}</strong>
                {match && match.arn === d.queue && <span class="muted"> ({match.name})</span>}
                {!crmSites.includes(d.site) && <>{' '}<span class="pill warn caller-id-not-crm">{t('callerIdSiteGone')}</span></>}
                {known?.length && !match ? <>{' '}<span class="pill warn caller-id-unknown">{t('callerIdQueueNotHere')}</span></> : null}
              </>
            );
          }}
          save={async (callerIdQueues) => void (await saveSettings({ callerIdQueues }))}
          addLabel="callerIdDefaultsAdd"
          emptyLabel="callerIdDefaultsEmpty"
        />
      )}
    </Section>
  );
}
