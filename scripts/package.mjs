// Packages the release build (node build.mjs → dist/chrome/) for publishing and self-hosting:
//
//   npm run package
//     dist/package/ccp-sidecar-<version>.zip             for the Chrome Web Store and Edge Add-ons:
//                                                        no `key` (the store assigns the ID), no source maps
//     dist/package/ccp-sidecar-<version>-sourcemaps.zip  the source maps, kept to read error reports
//   npm run package -- --key <private key .pem> --codebase <https URL of the .crx>
//     also dist/package/ccp-sidecar-<version>.crx        signed CRX3, for ExtensionInstallForcelist
//     and  dist/package/ccp-sidecar-update.xml           its update manifest (gupdate)
//
// The key and URL may also come from CCPS_CRX_KEY and CCPS_CRX_CODEBASE. The private key never
// belongs in the repository: it fixes the self-hosted extension's ID (printed here), and whoever
// holds it can publish updates to every browser that installed the .crx.
// Options: --out <dir> (default dist/package/), --no-build (package dist/chrome/ as it is).
import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import crx3 from 'crx3';
import yazl from 'yazl';
import { extensionIdOfDer, publicKeyDer } from './extension-id.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const releaseDir = path.join(root, 'dist', 'chrome');
const defaultOut = path.join(root, 'dist', 'package');
// A fixed date for every zip entry: the same build gives the same archive.
const ENTRY_DATE = new Date(2000, 0, 1);

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: { key: { type: 'string' }, codebase: { type: 'string' }, out: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
const keyPath = args.key ?? process.env.CCPS_CRX_KEY ?? '';
const codebaseArg = args.codebase ?? process.env.CCPS_CRX_CODEBASE ?? '';
const outDir = path.resolve(args.out ?? defaultOut);

if (Boolean(keyPath) !== Boolean(codebaseArg)) {
  fail('a self-hosted .crx needs both --key <private key .pem> and --codebase <URL where the .crx will be served>');
}
let privateKey = null;
if (keyPath) {
  const pem = await readFile(keyPath).catch((e) => fail(`cannot read the private key ${keyPath}: ${e.message}`));
  try {
    privateKey = createPrivateKey(pem);
  } catch (e) {
    fail(`${keyPath} is not a private key in PEM (${e.message}); make one with: openssl genrsa -out ccp-sidecar.pem 2048`);
  }
  if (privateKey.asymmetricKeyType !== 'rsa') fail(`${keyPath} is a ${privateKey.asymmetricKeyType} key; a CRX3 is signed with RSA`);
}

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
// Chrome's rule for manifest versions: one to four dot-separated integers, each 0–65535, no leading zeros.
if (!/^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){0,3}$/.test(pkg.version) || pkg.version.split('.').some((n) => Number(n) > 65535)) {
  fail(`package.json version "${pkg.version}" is not a Chrome extension version (1 to 4 numbers, e.g. 1.2.0)`);
}

if (!args['no-build']) {
  const build = spawnSync(process.execPath, ['build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('the release build failed');
}

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
async function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of (await readdir(path.join(dir, prefix), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, rel)));
    else files.push(rel);
  }
  return files;
}

/** @param {Array<[string, Buffer]>} entries @returns {Promise<Buffer>} */
function zipOf(entries) {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name, { mtime: ENTRY_DATE, mode: 0o100644 });
  zip.end();
  const chunks = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c) => chunks.push(c)).on('error', reject).on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function xmlAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const files = await listFiles(releaseDir).catch(() => fail(`no release build in ${path.relative(root, releaseDir)}/ (run without --no-build)`));
const maps = [];
const shipped = [];
let manifest = null;
for (const name of files) {
  const data = await readFile(path.join(releaseDir, name));
  if (name.endsWith('.map')) maps.push([name, data]);
  else if (name === 'manifest.json') manifest = JSON.parse(data.toString('utf8'));
  // The maps are not shipped, so nothing may point at them (DevTools would warn on every load).
  else if (name.endsWith('.js')) shipped.push([name, Buffer.from(data.toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\.map\s*$/, '\n'))]);
  else shipped.push([name, data]);
}
if (!manifest) fail(`${path.relative(root, releaseDir)}/manifest.json is missing`);
if (manifest.version !== pkg.version) console.warn(`package: manifest.json says version ${manifest.version}; packaged as ${pkg.version}, from package.json`);
const pointing = shipped.filter(([, data]) => /sourceMappingURL=/.test(data.toString('latin1'))).map(([name]) => name);
if (pointing.length) fail(`still pointing at a source map: ${pointing.join(', ')}`);

const { key: _devKey, ...storeManifest } = manifest; // the store assigns the ID
storeManifest.version = pkg.version;
const manifestEntry = (m) => ['manifest.json', Buffer.from(`${JSON.stringify(m, null, 2)}\n`)];

if (outDir === defaultOut) await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const base = `${pkg.name}-${pkg.version}`;
const written = [];
const write = async (name, data) => {
  await writeFile(path.join(outDir, name), data);
  written.push(path.join(outDir, name));
};

await write(`${base}.zip`, await zipOf([manifestEntry(storeManifest), ...shipped]));
await write(`${base}-sourcemaps.zip`, await zipOf(maps));

let selfHosted = null;
if (privateKey) {
  const der = publicKeyDer(privateKey);
  const id = extensionIdOfDer(der);
  // The public key as the manifest `key` too: unpacked from the .crx, it keeps the same ID.
  const crxZip = await zipOf([manifestEntry({ ...storeManifest, key: der.toString('base64') }), ...shipped]);
  const crxPath = path.join(outDir, `${base}.crx`);
  const info = await crx3(Readable.from([crxZip]), { keyPath: path.resolve(keyPath), crxPath });
  if (info.appId !== id) fail(`the .crx was signed as ${info.appId}, not ${id}`);
  written.push(crxPath);
  const codebase = codebaseArg.endsWith('/') ? new URL(`${base}.crx`, codebaseArg).href : codebaseArg;
  if (!URL.canParse(codebase) || !/^https?:$/.test(new URL(codebase).protocol)) fail(`--codebase must be an http(s) URL, not "${codebaseArg}"`);
  await write(`${pkg.name}-update.xml`, `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${id}">
    <updatecheck codebase="${xmlAttr(codebase)}" version="${xmlAttr(pkg.version)}" prodversionmin="${xmlAttr(manifest.minimum_chrome_version ?? '')}" />
  </app>
</gupdate>
`);
  selfHosted = { id, updateUrl: new URL(`${pkg.name}-update.xml`, codebase).href };
}

for (const file of written) console.log(`wrote ${path.relative(process.cwd(), file)} (${((await stat(file)).size / 1024).toFixed(0)} KB)`);
if (selfHosted) {
  console.log(`self-hosted extension ID ${selfHosted.id}: approve chrome-extension://${selfHosted.id} in Amazon Connect`);
  console.log(`ExtensionInstallForcelist entry, with the update manifest served beside the .crx: "${selfHosted.id};${selfHosted.updateUrl}"`);
} else {
  console.log('no .crx: pass --key <private key .pem> and --codebase <URL of the .crx> to self-host');
}
