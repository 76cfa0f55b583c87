// The build patches two hot paths of libphonenumber-js (build.mjs: each metadata pattern compiled
// once, options copied without Babel's spread helper). This bundles the detector with and without
// the patches and checks that both find the same numbers, with the same E.164, and read dial input
// the same way, on the labelled corpus, the bench page's text and random digit strings.
import { describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { libphonenumberFastPaths } from '../../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = `
export { findPhoneNumbers } from './src/shared/phone/detect';
export { parseDialInput } from './src/shared/phone/parse';
export { CORPUS } from './src/shared/phone/corpus';
export { makeCrmRows } from './src/shared/phone/detect.bench-data';
`;

async function load(plugins) {
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent', plugins,
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, () => ({}));
  return { module: module.exports, text: result.outputFiles[0].text };
}

describe('the libphonenumber-js patches', () => {
  it('is applied by the build and changes no answer', async () => {
    const plain = await load([]);
    const cached = await load([libphonenumberFastPaths]);
    expect(plain.text).not.toContain('cachedRegExp');
    expect(cached.text.match(/cachedRegExp\(/g)?.length).toBeGreaterThanOrEqual(5);
    expect(cached.text).toContain('Object.assign({}, options, { v2: true })');

    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const alphabet = '0123456789 -.()+x#:電話注文¥';
    const texts = [...plain.module.CORPUS.map((e) => e.text), ...plain.module.makeCrmRows(400).flat()];
    for (let i = 0; i < 3000; i++) {
      let t = rand() < 0.5 ? '+' : '0';
      for (let k = 0; k < 8 + rand() * 10; k++) t += alphabet[Math.floor(rand() * alphabet.length)];
      texts.push(t);
    }
    let numbers = 0;
    for (const text of texts) {
      for (const country of ['JP', 'US', 'GB']) {
        const expected = plain.module.findPhoneNumbers(text, { defaultCountry: country, wholeCell: true });
        expect(cached.module.findPhoneNumbers(text, { defaultCountry: country, wholeCell: true })).toEqual(expected);
        expect(cached.module.parseDialInput(text, country)).toEqual(plain.module.parseDialInput(text, country));
        numbers += expected.length;
      }
    }
    expect(numbers).toBeGreaterThan(1000);
  }, 60_000);
});
