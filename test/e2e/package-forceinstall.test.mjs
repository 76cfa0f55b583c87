// Self-hosting end to end: Chromium, told by a real ExtensionInstallForcelist policy to install our
// extension from the update manifest that `npm run package` wrote, fetches that manifest and the
// .crx from a local server, checks the CRX3 signature and the ID, and installs it, enabled.
// Like policy-real.test.mjs, it needs root on Linux to write /etc/chromium/policies/managed/ (read
// by every Chromium on the machine): the file lives only while this file's browser runs, has the
// same name (so .ci/run removes one left by an interrupted run), and elsewhere the test is skipped.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { canWritePolicy, POLICY_DIR, POLICY_FILE } from '../support/chromium-policy.mjs';
import { findChrome } from '../support/find-chrome.mjs';
import { eventually } from '../support/extension-browser.mjs';
import { extensionIdOfDer, publicKeyDer } from '../../scripts/extension-id.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

const writable = await canWritePolicy();
let temp;
let server;
const fetched = [];
before(async () => {
  if (!writable) return;
  temp = await mkdtemp(path.join(tmpdir(), 'ccps-forceinstall-'));
  server = createServer(async (req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    fetched.push(name);
    const body = await readFile(path.join(temp, 'out', name)).catch(() => null);
    if (!body) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': name.endsWith('.xml') ? 'text/xml' : 'application/x-chrome-extension' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
}, { timeout: 30_000 });
after(async () => {
  await rm(POLICY_FILE, { force: true });
  server?.closeAllConnections();
  server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
}, { timeout: 30_000 });

test('Chromium force-installs the packaged .crx from its update manifest', { timeout: 90_000, skip: writable ? false : `cannot write ${POLICY_DIR} (needs root on Linux)` }, async () => {
  const keyPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
  await writeFile(path.join(temp, 'admin.pem'), keyPem, { mode: 0o600 });
  const id = extensionIdOfDer(publicKeyDer(keyPem));
  const base = `http://127.0.0.1:${server.address().port}/`;
  const run = spawnSync(process.execPath, ['scripts/package.mjs', '--key', path.join(temp, 'admin.pem'), '--codebase', base, '--out', path.join(temp, 'out')], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  await writeFile(POLICY_FILE, JSON.stringify({ ExtensionInstallForcelist: [`${id};${base}${pkg.name}-update.xml`] }));

  const profile = path.join(temp, 'profile');
  const browser = await puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    timeout: 60_000,
    // The extension updater is background networking: let it run.
    ignoreDefaultArgs: ['--disable-background-networking', '--disable-component-update'],
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const installed = path.join(profile, 'Default', 'Extensions', id);
  let manifest;
  try {
    // Chromium unpacks a .crx here only once its signature verified and its ID is the one expected.
    manifest = await eventually(async () => {
      const versions = await readdir(installed).catch(() => []);
      return versions.length ? JSON.parse(await readFile(path.join(installed, versions[0], 'manifest.json'), 'utf8')) : null;
    }, { timeout: 45_000, interval: 250, what: `the extension in ${installed}` });
  } finally {
    await browser.close();
  }
  assert.deepEqual(fetched.slice(0, 2), [`${pkg.name}-update.xml`, `${pkg.name}-${pkg.version}.crx`]);
  assert.equal(manifest.version, pkg.version);
  assert.equal(extensionIdOfDer(Buffer.from(manifest.key, 'base64')), id);
  // Installed enabled (the profile's record, written out when the browser closes).
  const prefs = JSON.parse(await readFile(path.join(profile, 'Default', 'Preferences'), 'utf8'));
  const record = prefs.extensions?.settings?.[id];
  assert.ok(record, 'the profile records the extension');
  assert.deepEqual(record.disable_reasons ?? [], []);
});
