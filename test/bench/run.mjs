// `npm run bench`: runs every test/bench/*.bench.mjs and prints its figures, each beside the
// baseline measured in the same run and its target.
//   --json        prints one JSON object on stdout, and nothing else there (logs go to stderr;
//                 `npm run -s bench -- --json`, as npm prints its own banner on stdout otherwise);
//   --check       exits with 1 when a target is missed (or a bench fails), naming each miss;
//   --only NAMES  runs only the benches whose file names start with one of NAMES (comma-separated:
//                 `--only storm`, `--only detect,heavy`).
//
// A bench module's default export: async () => ({ title, figures: [{ name, value, unit,
//   baseline?: number, target?: { max?: number, min?: number, minRatio?: number } }] })
// `ratio` is baseline / value (how many times better than the baseline; higher is better).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const check = args.includes('--check');
const onlyAt = args.indexOf('--only');
const only = (args.find((a) => a.startsWith('--only='))?.slice(7) ?? (onlyAt >= 0 ? args[onlyAt + 1] : undefined))?.split(',').filter(Boolean);
// With --json, stdout carries the JSON alone: whatever a bench logs goes to stderr.
const out = (text) => process.stdout.write(`${text}\n`);
if (json) console.log = console.error;
const log = json ? () => undefined : out;

const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.mjs') && (!only || only.some((o) => f.startsWith(o)))).sort();
if (files.length === 0) {
  console.error(`no bench matches --only ${only?.join(',')}`);
  process.exit(2);
}

const results = {};
const missed = [];
for (const file of files) {
  const name = file.replace('.bench.mjs', '');
  const started = Date.now();
  try {
    const { default: bench } = await import(pathToFileURL(path.join(dir, file)).href);
    const { title, figures } = await bench();
    const judged = figures.map(withVerdict);
    results[name] = { title, seconds: Math.round((Date.now() - started) / 1000), figures: Object.fromEntries(judged.map((f) => [f.name, f])) };
    for (const f of judged) if (f.ok === false) missed.push(`${name} › ${f.name}: ${f.value} ${f.unit}, target ${describe(f.target, f.unit)}`);
    print(title, judged);
  } catch (error) {
    results[name] = { error: String(error?.stack ?? error) };
    missed.push(`${name}: the bench failed: ${error?.message ?? error}`);
    console.error(`\n${name}: failed`, error);
  }
}
if (json) out(JSON.stringify(results, null, 2));
if (check) {
  if (missed.length) {
    console.error(`\n${missed.length} target(s) missed:`);
    for (const m of missed) console.error(`  MISSED ${m}`);
    process.exitCode = 1;
  } else {
    console.error('\nevery target met');
  }
}

function withVerdict(f) {
  const ratio = f.baseline !== undefined && f.value > 0 ? f.baseline / f.value : undefined;
  const t = f.target;
  const ok = t === undefined ? undefined : (t.max === undefined || f.value <= t.max) && (t.min === undefined || f.value >= t.min) && (t.minRatio === undefined || (ratio ?? 0) >= t.minRatio);
  return { name: f.name, value: round(f.value), unit: f.unit, baseline: f.baseline === undefined ? undefined : round(f.baseline), ratio: ratio === undefined ? undefined : round(ratio), target: t, ok };
}

function print(title, figures) {
  log(`\n${title}`);
  for (const f of figures) {
    const base = f.baseline === undefined ? '' : `  baseline ${f.baseline} ${f.unit} (×${f.ratio})`;
    const target = f.target === undefined ? '' : `  target ${describe(f.target, f.unit)}: ${f.ok ? 'met' : 'MISSED'}`;
    log(`  ${f.name.padEnd(44)} ${String(f.value).padStart(10)} ${f.unit}${base}${target}`);
  }
}

function describe(t, unit) {
  return [t.max !== undefined && `≤ ${t.max} ${unit}`, t.min !== undefined && `≥ ${t.min} ${unit}`, t.minRatio !== undefined && `≥ ${t.minRatio}× baseline`].filter(Boolean).join(', ');
}

function round(n) {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}
