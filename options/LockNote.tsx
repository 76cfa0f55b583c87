import { t } from '../src/shared/i18n';

/** Shown beside a setting that enterprise policy sets: the agent sees it, cannot change it. */
export function LockNote({ locked }: { locked: boolean }) {
  if (!locked) return null;
  return <p class="locked-note" data-locked-note>{t('lockedByPolicy')}</p>;
}
