// `npm run package` (issue 14): the store zip passes what the Chrome Web Store and Edge Add-ons
// check and loads in Chromium; the source maps go apart; the self-hosted .crx is a valid CRX3
// whose signature verifies and whose ID is the one derived from the admin's key; the update
// manifest names that ID, the version and the codebase. A throwaway key is made in a temp dir.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, waitInPage } from '../support/extension-browser.mjs';
import { extensionIdOfDer, publicKeyDer } from '../../scripts/extension-id.mjs';
import { readCrx3, unzip } from './package-support.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const sourceManifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
const FIXED_ID = 'jfnmdgfcdlnaebojhdhmioechdnkhncf'; // the manifest `key`'s
const CODEBASE = 'https://updates.example.com/ccp/ccp-sidecar.crx?channel=stable&v=1';
const base = `${pkg.name}-${pkg.version}`;

let temp;
let out;
let keyPem;
let run;
before(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'ccps-package-'));
  out = path.join(temp, 'out');
  keyPem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
  await writeFile(path.join(temp, 'admin.pem'), keyPem, { mode: 0o600 });
  run = spawnSync(process.execPath, ['scripts/package.mjs', '--key', path.join(temp, 'admin.pem'), '--codebase', CODEBASE, '--out', out], { cwd: root, encoding: 'utf8' });
}, { timeout: 120_000 });
after(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** Writes a zip's files into a fresh folder, for loading unpacked. */
async function extract(files, name) {
  const dir = path.join(temp, name);
  for (const [file, data] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), data);
  }
  return dir;
}

/** A manifest string with every __MSG_x__ replaced from one locale's messages.json. */
function localize(value, messages) {
  return value.replace(/__MSG_(\w+)__/g, (_, key) => {
    const entry = Object.entries(messages).find(([k]) => k.toLowerCase() === key.toLowerCase());
    assert.ok(entry, `message ${key} is missing`);
    return entry[1].message;
  });
}

test('npm run package writes the store zip, its source maps, the .crx and the update manifest', () => {
  assert.equal(run.status, 0, run.stderr);
  return readdir(out).then((names) => assert.deepEqual(names.sort(), [`${base}-sourcemaps.zip`, `${base}.crx`, `${base}.zip`, `${pkg.name}-update.xml`].sort()));
});

test('the store zip passes what the stores check', async () => {
  const files = await unzip(await readFile(path.join(out, `${base}.zip`)));
  const manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
  assert.equal(manifest.key, undefined, 'no key: the store assigns the ID');
  assert.equal(manifest.version, pkg.version);
  // Everything else, permissions included, as in the source manifest.
  const { key: _key, ...source } = sourceManifest;
  assert.deepEqual(manifest, { ...source, version: pkg.version });
  assert.deepEqual(manifest.permissions, sourceManifest.permissions);
  assert.deepEqual(manifest.host_permissions, sourceManifest.host_permissions);
  assert.deepEqual(manifest.optional_host_permissions, sourceManifest.optional_host_permissions);

  // Name ≤ 75 and description ≤ 132 characters in every locale, after substitution.
  const locales = [...files.keys()].filter((f) => /^_locales\/[^/]+\/messages\.json$/.test(f));
  assert.deepEqual(locales.map((f) => f.split('/')[1]).sort(), ['en', 'ja']);
  for (const file of locales) {
    const messages = JSON.parse(files.get(file).toString('utf8'));
    const name = localize(manifest.name, messages);
    const description = localize(manifest.description, messages);
    assert.ok(name.length > 0 && name.length <= 75, `${file}: name "${name}" is ${name.length} characters`);
    assert.ok(description.length > 0 && description.length <= 132, `${file}: description is ${description.length} characters`);
  }

  // A 128 px icon, really 128 × 128 (PNG IHDR width and height).
  const icon = files.get(manifest.icons['128']);
  assert.ok(icon, `${manifest.icons['128']} is in the zip`);
  assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([icon.readUInt32BE(16), icon.readUInt32BE(20)], [128, 128]);

  // No source maps, and nothing pointing at one.
  const names = [...files.keys()];
  assert.deepEqual(names.filter((f) => f.endsWith('.map')), []);
  assert.deepEqual(names.filter((f) => files.get(f).toString('latin1').includes('sourceMappingURL')), []);
  // The maps are kept apart, one per script shipped.
  const maps = await unzip(await readFile(path.join(out, `${base}-sourcemaps.zip`)));
  assert.deepEqual([...maps.keys()].sort(), names.filter((f) => f.endsWith('.js')).map((f) => `${f}.map`).sort());
});

test('the store zip loads in Chromium with an ID of its own, and the options page shows that origin', { timeout: 60_000 }, async () => {
  const dir = await extract(await unzip(await readFile(path.join(out, `${base}.zip`))), 'store');
  const ext = await launchWithExtension({ dist: dir });
  try {
    assert.match(ext.extensionId, /^[a-p]{32}$/);
    assert.notEqual(ext.extensionId, FIXED_ID, 'without the key, not the fixed ID');
    const options = await ext.openExtensionPage('options.html');
    assert.equal(await options.evaluate(() => chrome.runtime.getManifest().version), pkg.version);
    await waitInPage(options, () => Boolean(document.querySelector('#extension-origin')));
    assert.equal(await options.$eval('#extension-origin', (el) => el.textContent), ext.origin);
    await options.close();
  } finally {
    await ext.close();
  }
});

test('the .crx is a CRX3 signed by the admin\'s key, with the ID derived from it', { timeout: 60_000 }, async () => {
  const crx = readCrx3(await readFile(path.join(out, `${base}.crx`)));
  const der = publicKeyDer(keyPem);
  const id = extensionIdOfDer(der);
  assert.equal(crx.proofs.length, 1);
  assert.ok(crx.proofs[0].publicKey.equals(der), 'signed with the admin\'s key');
  assert.equal(crx.proofs[0].verified, true, 'the signature verifies');
  assert.equal(extensionIdOfDer(crx.proofs[0].publicKey), id);
  assert.equal(crx.crxId.toString('hex'), [...id].map((c) => (c.charCodeAt(0) - 97).toString(16)).join(''));
  // A signature over another zip does not verify (the check above can fail).
  const tampered = Buffer.from(await readFile(path.join(out, `${base}.crx`)));
  tampered[tampered.length - 30] ^= 1;
  assert.equal(readCrx3(tampered).proofs[0].verified, false);

  // Its contents: the store's, with the admin's public key as `key`, so unpacked it keeps the ID.
  const files = await unzip(crx.zip);
  const manifest = JSON.parse(files.get('manifest.json').toString('utf8'));
  assert.equal(manifest.key, der.toString('base64'));
  assert.deepEqual([...files.keys()].filter((f) => f.endsWith('.map')), []);
  const ext = await launchWithExtension({ dist: await extract(files, 'crx') });
  try {
    assert.equal(ext.extensionId, id);
  } finally {
    await ext.close();
  }

  const xml = await readFile(path.join(out, `${pkg.name}-update.xml`), 'utf8');
  assert.match(xml, /<gupdate xmlns="http:\/\/www\.google\.com\/update2\/response" protocol="2\.0">/);
  assert.match(xml, new RegExp(`<app appid="${id}">`));
  assert.ok(xml.includes(`codebase="${CODEBASE.replace(/&/g, '&amp;')}"`), 'the codebase, escaped');
  assert.ok(xml.includes(`version="${pkg.version}"`));
  assert.ok(xml.includes(`prodversionmin="${sourceManifest.minimum_chrome_version}"`));
  assert.match(run.stdout, new RegExp(`chrome-extension://${id}`), 'the origin to approve is printed');
});

test('the repository\'s manifest key gives the fixed ID by the same rule', () => {
  assert.equal(extensionIdOfDer(Buffer.from(sourceManifest.key, 'base64')), FIXED_ID);
});

test('a missing key or codebase is refused, and no .crx is written', () => {
  const dir = path.join(temp, 'refused');
  const noKey = spawnSync(process.execPath, ['scripts/package.mjs', '--no-build', '--key', path.join(temp, 'absent.pem'), '--codebase', CODEBASE, '--out', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(noKey.status, 1);
  assert.match(noKey.stderr, /cannot read the private key/);
  const noCodebase = spawnSync(process.execPath, ['scripts/package.mjs', '--no-build', '--key', path.join(temp, 'admin.pem'), '--out', dir], { cwd: root, encoding: 'utf8' });
  assert.equal(noCodebase.status, 1);
  assert.match(noCodebase.stderr, /needs both --key/);
  return readdir(dir).then((names) => assert.fail(`wrote ${names}`), (e) => assert.equal(e.code, 'ENOENT'));
});
