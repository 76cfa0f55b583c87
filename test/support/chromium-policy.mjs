// Chromium's managed policy directory on Linux: tests that need a real policy (enterprise settings
// reaching storage.managed, a force-installed .crx) write one file there and remove it. Only root
// can, so those tests skip elsewhere; .ci/run removes a file an interrupted run left behind.
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';

export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = path.join(POLICY_DIR, 'ccps-e2e-policy.json');

export async function canWritePolicy() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    await mkdir(POLICY_DIR, { recursive: true });
    await access(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
