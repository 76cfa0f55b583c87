// `npm run bench`: runs every test/bench/*.bench.mjs and prints its figures, each beside the
// baseline measured in the same run and its target. `npm run bench -- --json` prints one JSON object.
//
// A bench module's default export: async () => ({ title, figures: [{ name, value, unit,
//   baseline?: number, target?: { max?: number, min?: number, minRatio?: number } }] })
// `ratio` is baseline / value (how many times better than the baseline; higher is better).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const json = process.argv.includes('--json');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const files = (await readdir(dir)).filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only))).sort();

const results = {};
for (const file of files) {
  const { default: bench } = await import(pathToFileURL(path.join(dir, file)).href);
  const { title, figures } = await bench();
  results[file.replace('.bench.mjs', '')] = {
    title,
    figures: Object.fromEntries(figures.map((f) => [f.name, withVerdict(f)])),
  };
  if (!json) print(title, figures.map(withVerdict));
}
if (json) console.log(JSON.stringify(results, null, 2));

function withVerdict(f) {
  const ratio = f.baseline !== undefined && f.value > 0 ? f.baseline / f.value : undefined;
  const t = f.target;
  const ok = t === undefined ? undefined : (t.max === undefined || f.value <= t.max) && (t.min === undefined || f.value >= t.min) && (t.minRatio === undefined || (ratio ?? 0) >= t.minRatio);
  return { name: f.name, value: round(f.value), unit: f.unit, baseline: f.baseline === undefined ? undefined : round(f.baseline), ratio: ratio === undefined ? undefined : round(ratio), target: t, ok };
}

function print(title, figures) {
  console.log(`\n${title}`);
  for (const f of figures) {
    const base = f.baseline === undefined ? '' : `  baseline ${f.baseline} ${f.unit} (×${f.ratio})`;
    const target = f.target === undefined ? '' : `  target ${describe(f.target, f.unit)}: ${f.ok ? 'met' : 'MISSED'}`;
    console.log(`  ${f.name.padEnd(44)} ${String(f.value).padStart(10)} ${f.unit}${base}${target}`);
  }
}

function describe(t, unit) {
  return [t.max !== undefined && `≤ ${t.max} ${unit}`, t.min !== undefined && `≥ ${t.min} ${unit}`, t.minRatio !== undefined && `≥ ${t.minRatio}× baseline`].filter(Boolean).join(', ');
}

function round(n) {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}
