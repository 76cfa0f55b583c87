import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../src/_locales/en/messages.json';
import ja from '../../src/_locales/ja/messages.json';
import { FIELD_ERRORS } from '../../src/shared/settings-validate';

const root = path.resolve(__dirname, '../..');
const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort().join(',');
const keys = new Set(Object.keys(en));

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'corpus' ? [] : sourceFiles(file, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const CODE_DIRS = ['src', 'options', 'popup', 'content-scripts'];
const codeFiles = CODE_DIRS.flatMap((d) => sourceFiles(path.join(root, d), /\.tsx?$/));
/** The pages people read: every string there must come from `_locales`. */
const UI_FILES = ['options', 'popup', 'src/side-panel', 'src/setup-check'].flatMap((d) => sourceFiles(path.join(root, d), /\.tsx$/));

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
const where = (node: ts.Node) => {
  const sf = node.getSourceFile();
  return `${path.relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
};
function walk(node: ts.Node, visit: (node: ts.Node) => void) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

describe('locales', () => {
  it('English and Japanese have the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated and keeps its placeholders', () => {
    for (const [key, value] of Object.entries(en) as Array<[keyof typeof en, { message: string }]>) {
      const other = (ja as Record<string, { message: string } | undefined>)[key];
      expect(other?.message, key).toBeTruthy();
      expect(placeholders(other!.message), key).toBe(placeholders(value.message));
    }
  });

  it('every key used in code through t() exists (a template key: some key with that prefix)', () => {
    const missing: string[] = [];
    let used = 0;
    for (const file of codeFiles) {
      walk(parse(file), (node) => {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 't') return;
        const arg = node.arguments[0];
        if (!arg) return;
        used++;
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) {
          if (!keys.has(arg.text)) missing.push(`${where(node)} ${arg.text}`);
        } else if (ts.isTemplateExpression(arg)) {
          const prefix = arg.head.text;
          if (![...keys].some((k) => k.startsWith(prefix))) missing.push(`${where(node)} ${prefix}…`);
        }
      });
    }
    expect(used).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('every validation error has its field and import message', () => {
    for (const code of FIELD_ERRORS) {
      const key = code.replace(/-/g, '_');
      expect(keys.has(`fieldError_${key}`), `fieldError_${key}`).toBe(true);
      expect(keys.has(`importError_${key}`), `importError_${key}`).toBe(true);
    }
    for (const code of ['not_json', 'not_an_object', 'newer_version']) expect(keys.has(`importError_${code}`), code).toBe(true);
    // parseDialInput's reasons (src/shared/phone/parse.ts DialFailure), shown by the popup's dial field.
    for (const reason of ['empty', 'not_a_number', 'too_short', 'too_long', 'invalid_country', 'invalid']) {
      expect(keys.has(`dialInputError_${reason}`), reason).toBe(true);
    }
  });

  it('no user-visible text in the options page, popup, side panel or setup check is hard-coded', () => {
    // Text nodes, and the attributes people read, must come from t(); examples in placeholders
    // (a URL, `{phone.e164}`, `#phone`) are single tokens and allowed.
    const READ_ATTRIBUTES = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label']);
    const words = /\p{L}{2,}/u;
    const found: string[] = [];
    for (const file of UI_FILES) {
      walk(parse(file), (node) => {
        if (ts.isJsxText(node) && words.test(node.text)) found.push(`${where(node)} "${node.text.trim()}"`);
        if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
          const value = node.initializer.text;
          if (words.test(value) && /\s/.test(value.trim())) found.push(`${where(node)} ${node.name.getText()}="${value}"`);
        }
        // An expression shown as a child, or as a read attribute (class and id names are not read).
        const shown = ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) ||
          (ts.isJsxAttribute(node.parent) && READ_ATTRIBUTES.has(node.parent.name.getText())));
        if (shown && node.expression) {
          const e = node.expression;
          if ((ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && words.test(e.text)) found.push(`${where(node)} {'${e.text}'}`);
          if (ts.isTemplateExpression(e) && [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].some((part) => words.test(part))) {
            found.push(`${where(node)} \`${e.getText()}\``);
          }
        }
      });
    }
    expect(found).toEqual([]);
  });
});
