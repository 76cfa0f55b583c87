/** The migrations' tools for every context that reads the instance URL (all but the content script). */
import { IS_DEV_BUILD } from './build-flags';
import { normalizeInstanceUrl } from './instance-url';
import type { MigrationTools } from './settings-migrations';

export const MIGRATION_TOOLS: MigrationTools = {
  ccpUrlOf(typed) {
    const result = normalizeInstanceUrl(typed, IS_DEV_BUILD);
    return result.ok ? result.ccpUrl : null;
  },
};
