// The records bundle (content-records.js) borrows the main content script's libphonenumber
// (build.mjs: borrowedLibphonenumber). This bundles the record-country reader the way the records
// bundle is built and checks that it carries no metadata of its own and, with the main script's
// copy lent, gives the same answers as when it imports libphonenumber itself.
import { describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { borrowedLibphonenumber, phoneMetadataMin } from '../../build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function load(plugins, entry) {
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    absWorkingDir: root, bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent', plugins,
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, () => ({}));
  return { module: module.exports, text: result.outputFiles[0].text };
}

const READER = `export { countryFromRecordTexts } from './src/shared/phone/record-country';`;
const RECORDS = [
  ['Ken Sato', '+44 20 7946 0958', 'London'],
  ['+81 3-1234-5678', 'Tokyo office'],
  ['+1 415 555 0132', 'Acme'],
  ['+49 30 123456', '+44 20 7946 0958'],
  ['Japan', '090-1234-5678'],
  ['Japan', '+44 20 7946 0958'],
  ['no number here'],
];

describe('the records bundle borrows libphonenumber', () => {
  it('carries no metadata and reads +CC numbers with the lent copy as the main script would', async () => {
    const own = await load([phoneMetadataMin], READER);
    const borrowing = await load([borrowedLibphonenumber], READER);
    expect(borrowing.text.length).toBeLessThan(own.text.length / 4);
    expect(borrowing.text).not.toContain('metadata.min.json');

    const key = Symbol.for('ccps.libphonenumber');
    const lender = await load([phoneMetadataMin], `
      export { parsePhoneNumberFromString } from 'libphonenumber-js/core';
      export { isSupportedCountry } from 'libphonenumber-js';
      export { default as metadata } from 'libphonenumber-js/min/metadata';`);
    expect(() => borrowing.module.countryFromRecordTexts(['+44 20 7946 0958'])).toThrow(/records bundle ran without/);
    globalThis[key] = lender.module;
    try {
      for (const texts of RECORDS) expect(borrowing.module.countryFromRecordTexts(texts)).toBe(own.module.countryFromRecordTexts(texts));
      // A +CC number counts against a named country it disagrees with (read with the lent copy).
      expect(borrowing.module.countryFromRecordTexts(['United Kingdom', '+44 20 7946 0958'])).toBe('GB');
      expect(borrowing.module.countryFromRecordTexts(['Japan', '+44 20 7946 0958'])).toBeUndefined();
    } finally {
      delete globalThis[key];
    }
  });
});
