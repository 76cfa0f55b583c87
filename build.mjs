// Builds every context from one entry table into an unpacked extension.
//   node build.mjs          release: minified, external source maps → dist/chrome/
//   node build.mjs --dev    development: readable, inline maps, may use a 127.0.0.1 instance → dist/chrome-dev/
//   node build.mjs --watch  development build, rebuilt on every change
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Two of libphonenumber-js's hot paths redo work on every call, and reading a 5,000-row page calls
 * them tens of thousands of times (test/bench, A/B of alternating loads):
 * - a few helpers build a RegExp from a metadata string each time (`new RegExp('^(?:' + pattern
 *   + ')$')`), copying and hashing patterns of up to a few KB: compiled once per pattern here,
 *   full scan 416 → 376 ms;
 * - parsing copies its options with Babel's generic object-spread helper, ≈ 4 µs a call (13% of
 *   the extension worker's time in a profile of that page); a plain Object.assign copies the same
 *   keys: the worker's median time went 135 → 130 and 150 → 133 ms in two A/B runs.
 * The patched code computes the same values (the expressions carry no flags, so no lastIndex
 * state), and test/unit/libphonenumber-patches.test.mjs checks every answer is unchanged. The
 * build fails if a patched line is not found where expected.
 */
const LIBPHONENUMBER_PATCHES = {
  'helpers/matchesEntirely.js': [["new RegExp('^(?:' + regularExpressionText + ')$')", "__ccpsRegExp(regularExpressionText, '^(?:', ')$')"]],
  'helpers/extractNationalNumberFromPossiblyIncompleteNumber.js': [
    ["new RegExp('^(?:' + metadata.numberingPlan.nationalPrefixForParsing() + ')')", "__ccpsRegExp(metadata.numberingPlan.nationalPrefixForParsing(), '^(?:', ')')"],
  ],
  'helpers/stripIddPrefix.js': [['new RegExp(metadata.IDDPrefix())', '__ccpsRegExp(metadata.IDDPrefix())']],
  'helpers/getCountryByNationalNumber.js': [['nationalNumber.search(metadata.leadingDigits())', 'nationalNumber.search(__ccpsRegExp(metadata.leadingDigits()))']],
  'parsePhoneNumberWithError_.js': [['_objectSpread(_objectSpread({}, options), {}, {\n    v2: true\n  })', 'Object.assign({}, options, { v2: true })']],
};
const REGEXP_CACHE_MODULE = `
const compiled = new Map();
/** new RegExp(source), or new RegExp(prefix + source + suffix), compiled once per source. */
export function cachedRegExp(source, prefix, suffix) {
  let byWrap = compiled.get(prefix);
  if (!byWrap) compiled.set(prefix, (byWrap = new Map()));
  let re = byWrap.get(source);
  if (!re) byWrap.set(source, (re = prefix === undefined ? new RegExp(source) : new RegExp(prefix + source + suffix)));
  return re;
}`;

/**
 * Babel inlined its helpers (`_typeof`, `_createClass`, `_slicedToArray`…) into each of
 * libphonenumber-js's files, ≈ 1 KB a file: the content script carried 22 copies of some. Each
 * helper whose one-line definition is the same in every file is kept once, in a module of its own
 * (measured: the content script ≈ 1.9 KB gzip smaller). A definition that differs anywhere is left
 * where it is, and test/unit/libphonenumber-patches.test.mjs checks that no answer changes.
 */
const PARSE_ERROR = 'export default class ParseError extends Error { constructor(code) { super(code); this.name = this.constructor.name; } }';
const HELPER_LINE = /^function (_[A-Za-z]+|ownKeys)\(.*\}$/gm;
let babelHelpers = null;
function canonicalBabelHelpers() {
  if (babelHelpers) return babelHelpers;
  const dir = path.join(root, 'node_modules/libphonenumber-js/es6');
  const seen = new Map();
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!name.endsWith('.js')) continue;
    for (const [line, helper] of readFileSync(path.join(dir, name), 'utf8').matchAll(HELPER_LINE)) {
      const known = seen.get(helper);
      if (known === undefined) seen.set(helper, line);
      else if (known !== line) seen.set(helper, null); // not the same everywhere: left inline
    }
  }
  babelHelpers = new Map([...seen].filter(([, line]) => line !== null));
  return babelHelpers;
}
function babelHelpersModule() {
  // Each line is a whole `function _name(…) {…}` (HELPER_LINE), exported as it is.
  return [...canonicalBabelHelpers().values()].map((line) => `export ${line}`).join('\n');
}
function sharedBabelHelpers(contents) {
  const shared = canonicalBabelHelpers();
  const used = [];
  const rest = contents.replace(HELPER_LINE, (line, helper) => {
    if (shared.get(helper) !== line) return line;
    used.push(helper);
    return '';
  });
  return used.length ? `import { ${used.join(', ')} } from 'ccps:babel-helpers';\n${rest}` : contents;
}

export const libphonenumberFastPaths = {
  name: 'libphonenumber-fast-paths',
  setup(build) {
    const patched = new Set();
    build.onStart(() => patched.clear());
    build.onResolve({ filter: /^ccps:regexp-cache$/ }, () => ({ path: 'regexp-cache', namespace: 'ccps' }));
    build.onLoad({ filter: /.*/, namespace: 'ccps' }, () => ({ contents: REGEXP_CACHE_MODULE, loader: 'js' }));
    build.onResolve({ filter: /^ccps:babel-helpers$/ }, () => ({ path: 'babel-helpers', namespace: 'ccps-helpers' }));
    build.onLoad({ filter: /.*/, namespace: 'ccps-helpers' }, () => ({ contents: babelHelpersModule(), loader: 'js' }));
    build.onLoad({ filter: /libphonenumber-js[\\/]es6[\\/].*\.js$/ }, async (args) => {
      const file = Object.keys(LIBPHONENUMBER_PATCHES).find((f) => args.path.replaceAll('\\', '/').endsWith(`/es6/${f}`));
      const unix = args.path.replaceAll('\\', '/');
      // Babel's ES5 subclass of Error needs five helpers of its own (≈ 0.5 KB gzip); a class does
      // the same (the prototype set, the name taken from the constructor).
      if (unix.endsWith('/es6/ParseError.js')) return { contents: PARSE_ERROR, loader: 'js' };
      let contents = sharedBabelHelpers(await readFile(args.path, 'utf8'));
      if (!file) return { contents, loader: 'js' };
      for (const [code, faster] of LIBPHONENUMBER_PATCHES[file]) {
        if (!contents.includes(code)) throw new Error(`libphonenumber-js changed: "${code}" is no longer in ${file}; update LIBPHONENUMBER_PATCHES in build.mjs`);
        contents = contents.replaceAll(code, () => faster); // a function: "$'" in `faster` is not a pattern
      }
      patched.add(file);
      return { contents: `import { cachedRegExp as __ccpsRegExp } from 'ccps:regexp-cache';\n${contents}`, loader: 'js' };
    });
    build.onEnd((result) => {
      // Something that uses the parser must have met every patched file, or one has moved.
      if (patched.size === 0 || result.errors.length) return;
      const missed = Object.keys(LIBPHONENUMBER_PATCHES).filter((f) => !patched.has(f));
      if (missed.length) throw new Error(`libphonenumber-js changed: ${missed.join(', ')} no longer loaded; update LIBPHONENUMBER_PATCHES in build.mjs`);
    });
  },
};
/**
 * The content script reads numbers with libphonenumber's min metadata (src/shared/phone/
 * metadata.min.ts in place of metadata.ts): its gzip budget cannot hold the full set (≈ 94 KB
 * gzip with it, budget 60). Every other context reads with the full set, and the worker checks a
 * number with it before a dial.
 */
export const phoneMetadataMin = {
  name: 'phone-metadata-min',
  setup(build) {
    build.onResolve({ filter: /^\.\/metadata$/ }, (args) =>
      args.importer.replaceAll('\\', '/').includes('/src/shared/phone/') ? { path: path.join(root, 'src/shared/phone/metadata.min.ts') } : undefined);
  },
};
/**
 * The records bundle (content-records.js) borrows the main content script's libphonenumber instead
 * of carrying a second copy (content-scripts/crm/borrowed-libphonenumber.ts): 33 KB gzip → 4 KB.
 */
export const borrowedLibphonenumber = {
  name: 'borrowed-libphonenumber',
  setup(build) {
    const shim = { path: path.join(root, 'content-scripts/crm/borrowed-libphonenumber.ts') };
    build.onResolve({ filter: /^libphonenumber-js(\/core|\/min\/metadata)?$/ }, () => shim);
    build.onResolve({ filter: /^\.\/metadata$/ }, (args) => (args.importer.replaceAll('\\', '/').includes('/src/shared/phone/') ? shim : undefined));
  },
};
/**
 * esbuild keeps a schema that nothing uses when it is built with valibot's namespace calls
 * (`v.object(…)`): it does not carry valibot's no-side-effects marks across `import * as v`. The
 * protocol holds every message of every context, so each bundle carried all of them (the content
 * script ≈ 0.5 KB gzip it never uses). Building a schema has no side effects: the protocol's
 * `v.…(` calls are marked pure, and a bundle keeps only the schemas it uses.
 */
export const pureProtocolSchemas = {
  name: 'pure-protocol-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]shared[\\/]protocol\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace(/\bv\.(\w+)\(/g, '/* @__PURE__ */ v.$1('),
      loader: 'ts',
    }));
  },
};

/** Bundles built with the min metadata (above). */
const MIN_METADATA_BUNDLES = new Set(['content-crm']);
const BORROWING_BUNDLES = new Set(['content-records']);

const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const outdir = path.join(root, 'dist', dev ? 'chrome-dev' : 'chrome');

/** One row per bundle: source entry → output name. Every context is an IIFE (Streams included). */
const entries = [
  { in: 'src/background/index.ts', out: 'background' },
  { in: 'src/phone/index.ts', out: 'phone' },
  { in: 'src/side-panel/index.tsx', out: 'side-panel' },
  { in: 'content-scripts/crm/index.ts', out: 'content-crm' },
  // Record evidence, on the pages of agents with other countries only (src/background/content-scripts.ts).
  { in: 'content-scripts/crm/records-entry.ts', out: 'content-records' },
  { in: 'content-scripts/crm/shadow-announcer.ts', out: 'shadow-announcer' },
  { in: 'popup/index.tsx', out: 'popup' },
  { in: 'options/index.tsx', out: 'options' },
  { in: 'src/setup-check/mic-permission.tsx', out: 'mic-permission' },
  { in: 'src/setup-check/probe.ts', out: 'setup-probe' },
];

/** Static files copied as they are: page shells, styles, icons, translations. */
const statics = [
  ['src/phone/phone.html', 'phone.html'],
  ['src/side-panel/side-panel.html', 'side-panel.html'],
  ['src/side-panel/side-panel.css', 'side-panel.css'],
  ['popup/popup.html', 'popup.html'],
  ['popup/popup.css', 'popup.css'],
  ['options/options.html', 'options.html'],
  ['options/options.css', 'options.css'],
  ['src/shared/ui.css', 'ui.css'],
  ['src/setup-check/mic-permission.html', 'mic-permission.html'],
  ['src/setup-check/probe.html', 'setup-probe.html'],
  ['src/managed-schema.json', 'managed-schema.json'],
  ['src/icons', 'icons'],
  ['src/_locales', '_locales'],
];

async function writeManifest() {
  const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  if (dev) {
    // The demo and the tests serve the simulated instance and CRM pages on loopback; granting it
    // up front spares a permission prompt that a headless browser cannot answer.
    manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
    manifest.name = 'CCP Sidecar (dev)';
  }
  await writeFile(path.join(outdir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

async function copyStatics() {
  for (const [from, to] of statics) await cp(path.join(root, from), path.join(outdir, to), { recursive: true });
  await writeManifest();
}

const options = {
  plugins: [libphonenumberFastPaths, pureProtocolSchemas],
  absWorkingDir: root,
  entryPoints: entries.filter((e) => !MIN_METADATA_BUNDLES.has(e.out) && !BORROWING_BUNDLES.has(e.out)).map((e) => ({ in: e.in, out: e.out })),
  outdir,
  bundle: true,
  format: 'iife',
  target: ['chrome116'],
  minify: !dev,
  sourcemap: dev ? 'inline' : 'linked',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __DEV_BUILD__: JSON.stringify(dev) },
  legalComments: dev ? 'inline' : 'linked',
  logLevel: 'warning',
  metafile: true,
};

const minMetadataOptions = {
  ...options,
  plugins: [phoneMetadataMin, libphonenumberFastPaths, pureProtocolSchemas],
  entryPoints: entries.filter((e) => MIN_METADATA_BUNDLES.has(e.out)).map((e) => ({ in: e.in, out: e.out })),
};

const borrowingOptions = {
  ...options,
  plugins: [borrowedLibphonenumber, pureProtocolSchemas],
  entryPoints: entries.filter((e) => BORROWING_BUNDLES.has(e.out)).map((e) => ({ in: e.in, out: e.out })),
};

// Run as a script; imported (by the bench and a test, for the plugin above), it builds nothing.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await build();

async function build() {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  if (watch) {
    const ctx = await esbuild.context({ ...options, plugins: [...options.plugins, { name: 'statics', setup: (b) => b.onEnd(copyStatics) }] });
    await ctx.watch();
    await (await esbuild.context(minMetadataOptions)).watch();
    await (await esbuild.context(borrowingOptions)).watch();
    console.log(`watching; rebuilding into ${path.relative(root, outdir)}/`);
  } else {
    const results = await Promise.all([esbuild.build(options), esbuild.build(minMetadataOptions), esbuild.build(borrowingOptions)]);
    await copyStatics();
    const sizes = results.flatMap((result) => Object.entries(result.metafile.outputs))
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, info]) => `${path.basename(file)} ${(info.bytes / 1024).toFixed(0)} KB`);
    console.log(`built ${dev ? 'development' : 'release'} extension in ${path.relative(root, outdir)}/: ${sizes.join(', ')}`);
  }
}
