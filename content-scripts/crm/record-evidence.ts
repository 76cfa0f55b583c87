/**
 * The country a number's record names, read from the DOM: the table row (`tr`, `[role=row]`, an
 * AG Grid row with its pinned parts), else the nearest form, `dl`, fieldset, list item or card of
 * modest size. A Country column or field (by its header or label) decides when it names one; else
 * every text of the record is evidence (an address naming a country; another `+CC` number only
 * against a named country it disagrees with), and countryFromRecordTexts says which one country
 * they name, if any.
 *
 * Cheap by construction: asked only for text that may hold a number (read-options.ts asks only
 * when the agent has other countries), answered once per record element (a WeakMap), the header
 * row looked up once per table. The page changing a record drops its answer (record-watch.ts).
 */
import { isSupportedCountry } from 'libphonenumber-js';
import type { CountryCode } from '../../src/shared/phone';
import { countryFromRecordTexts } from '../../src/shared/phone/record-country';

const ROW = 'tr, [role="row"]';
// Containers of one record when there is no row. "card" in a class name is how most CRM UI kits
// name a record's box (MUI Card, Bootstrap card, Salesforce slds-card).
const RECORD = `${ROW}, form, dl, fieldset, article, li, [class*="card" i]`;
const GRID = 'table, [role="grid"], [role="treegrid"], [role="table"]';
// A box with more text than this is a page section, not a record: its country says nothing of
// one number in it.
const MAX_RECORD_CHARS = 3000;
// Texts of a record looked at, at most (a row of 200 cells is a spreadsheet, not a contact).
const MAX_TEXTS = 80;

/** The header or label of a Country column or field, in en and ja as CRMs write them. */
const COUNTRY_LABEL = /^\s*(?:country(?:\s*(?:\/|or|&)\s*region)?|country\s*name|nation|国|国名|国・地域|国\/地域|国と地域|国または地域)\s*[:：]?\s*$/i;
/** "Country: United Kingdom" in one text. */
const COUNTRY_FIELD = /^\s*(?:country(?:\s*(?:\/|or|&)\s*region)?|国|国名|国・地域|国\/地域)\s*[:：]\s*(.+)$/i;

/** A record's answer: its country, or null when it names none (or several). */
const answers = new WeakMap<Element, CountryCode | null>();
/** Per box that is not a row: is it of a record's size? */
const modest = new WeakMap<Element, boolean>();
/** Per table or grid: the column of its Country header (its `col-id`, `aria-colindex` or position), or null. */
const countryColumns = new WeakMap<Element, string | null>();

// What first use of the record-country code costs: its expressions (Unicode letter classes,
// dozens of names) are compiled on first use, and its first "+" number parsed. Measured in node:
// 14-36 ms for the first row, 1-8 ms for each of the next few. Paid in tasks of their own, one
// kind of text each, before the scan needs it, not inside one of its slices.
const WARM_UP: ReadonlyArray<readonly string[]> = [['Japan'], ['UK'], ['日本'], ['JP'], ['Tokyo office, United Kingdom'], ['+44 20 7946 0958']];
let warmed = false;

/** Compiles what evidence needs, a task per kind of text (once per page). */
export function warmUpEvidence(): void {
  if (warmed) return;
  warmed = true;
  let next = 0;
  const step = () => {
    countryFromRecordTexts(WARM_UP[next++]!);
    if (next < WARM_UP.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

/** The record element a text node belongs to, or null when it sits in none of modest size. */
export function recordOf(node: Node): Element | null {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const record = start?.closest(RECORD);
  if (!record) return null;
  if (record.matches(ROW)) return record;
  let small = modest.get(record);
  if (small === undefined) {
    // Measured once per box: its text is a string as long as the box's, each time it is asked.
    small = (record.textContent?.length ?? 0) <= MAX_RECORD_CHARS;
    modest.set(record, small);
  }
  return small ? record : null;
}

/** The country the record of `node` names, if it names one. */
export function recordCountryOf(node: Text): CountryCode | undefined {
  const record = recordOf(node);
  if (!record) return undefined;
  return answerFor(record) ?? undefined;
}

/** The record's country (null: none), from what is kept, else read now and kept. */
export function answerFor(record: Element): CountryCode | null {
  let answer = answers.get(record);
  if (answer === undefined) {
    try {
      answer = countryOfRecord(record) ?? null;
    } catch {
      // A page's DOM can be odd in ways we did not foresee: no evidence, never a broken scan.
      answer = null;
    }
    answers.set(record, answer);
  }
  return answer;
}

/** The answer kept for `record`: a country, null (none), or undefined (not asked yet, or forgotten). */
export function knownAnswer(record: Element): CountryCode | null | undefined {
  return answers.get(record);
}

/** Forgets the answer for `record` (the page changed it). */
export function forgetRecord(record: Element): void {
  answers.delete(record);
  modest.delete(record);
}

/** What one country field says: a name (countryFromRecordTexts), or a bare ISO code. */
function countryInField(value: string): CountryCode | undefined {
  const named = countryFromRecordTexts([value]);
  if (named) return named;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? code : undefined;
}

export function countryOfRecord(record: Element): CountryCode | undefined {
  const { texts, countryField } = record.matches(ROW) ? rowTexts(record) : boxTexts(record);
  if (countryField !== undefined) {
    // The record says in so many words: that decides, whatever an address or note says.
    const stated = countryInField(countryField);
    if (stated) return stated;
  }
  return texts.length ? countryFromRecordTexts(texts) : undefined;
}

interface RecordTexts {
  texts: string[];
  /** The value of its Country column or field, when it has one. */
  countryField?: string;
}

/** A column's key: AG Grid's `col-id`, else `aria-colindex`, else its position among the cells. */
function columnKey(cell: Element, position: number): string {
  return cell.getAttribute('col-id') ?? cell.getAttribute('aria-colindex') ?? `#${position}`;
}

/** The cells of a row: a `tr`'s cells, or an ARIA row's cells (all its pinned parts, in AG Grid). */
function cellsOf(row: Element, grid: Element | null): Element[] {
  if (row.localName === 'tr') return [...row.children].filter(isCell);
  const index = row.getAttribute('row-index');
  // AG Grid draws one row as several (pinned left, centre, pinned right), all with its row-index.
  const parts = grid && index !== null ? [...grid.querySelectorAll(`[role="row"][row-index="${CSS.escape(index)}"]`)] : [row];
  const cells: Element[] = [];
  for (const part of parts) {
    const found = part.querySelectorAll('[role="gridcell"], [role="cell"], [role="rowheader"]');
    cells.push(...(found.length ? found : part.children));
  }
  return cells;
}

/** Positions count spanned columns, so a header and a row line up past a colspan. */
function keysOf(cells: readonly Element[]): string[] {
  let position = 0;
  return cells.map((cell) => {
    const key = columnKey(cell, position);
    position += Math.max(1, Number(cell.getAttribute('colspan')) || 1);
    return key;
  });
}

const isCell = (element: Element) => element.localName === 'td' || element.localName === 'th';
// A table without a <thead> has its header in one of its first rows: cells that are all <th>.
const HEADER_ROWS_LOOKED_AT = 3;

function headerCellsOf(grid: Element): Element[] {
  if (grid.localName === 'table') {
    const head = grid.querySelector(':scope > thead > tr');
    if (head) return [...head.children].filter(isCell);
    const rows = grid.querySelectorAll(':scope > tr, :scope > tbody > tr');
    for (let i = 0; i < rows.length && i < HEADER_ROWS_LOOKED_AT; i++) {
      const cells = [...rows[i]!.children].filter(isCell);
      if (cells.length > 0 && cells.every((cell) => cell.localName === 'th')) return cells;
    }
    return [];
  }
  return [...grid.querySelectorAll('[role="columnheader"]')];
}

function countryColumnOf(grid: Element): string | null {
  let column = countryColumns.get(grid);
  if (column === undefined) {
    const cells = headerCellsOf(grid);
    const keys = keysOf(cells);
    const at = cells.findIndex((cell) => COUNTRY_LABEL.test(cell.textContent ?? ''));
    column = at >= 0 ? keys[at]! : null;
    countryColumns.set(grid, column);
  }
  return column;
}

function rowTexts(row: Element): RecordTexts {
  const grid = row.closest(GRID);
  const cells = cellsOf(row, grid).slice(0, MAX_TEXTS);
  const texts = cells.map((cell) => cell.textContent ?? '');
  const column = grid ? countryColumnOf(grid) : null;
  if (column === null) return { texts };
  const at = keysOf(cells).indexOf(column);
  return at >= 0 ? { texts, countryField: texts[at]! } : { texts };
}

/** A form field's label: its <label>, aria-label, name or id (what autofill matches on too). */
function fieldLabel(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  return field.labels?.[0]?.textContent || field.getAttribute('aria-label') || field.name || field.id;
}

/**
 * A box's texts: its text nodes (a label and its value are usually two), and in a form the values
 * of its fields, which are not text. A text that is a Country label makes the next one the field.
 */
function boxTexts(box: Element): RecordTexts {
  const out: RecordTexts = { texts: [] };
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let labelled = false;
  for (let node = walker.nextNode(); node && out.texts.length < MAX_TEXTS; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (!text.trim()) continue;
    const parent = node.parentElement;
    if (parent && (parent.localName === 'option' || parent.localName === 'script' || parent.localName === 'style')) continue;
    out.texts.push(text);
    if (labelled) out.countryField ??= text;
    labelled = COUNTRY_LABEL.test(text);
    if (!labelled) {
      const inline = COUNTRY_FIELD.exec(text);
      if (inline) out.countryField ??= inline[1]!;
    }
  }
  for (const field of box.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
    if (out.texts.length >= MAX_TEXTS) break;
    if (field instanceof HTMLInputElement && !['text', 'search', 'tel', ''].includes(field.type)) continue;
    const value = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.textContent ?? field.value) : field.value;
    if (!value.trim()) continue;
    out.texts.push(value);
    if (COUNTRY_LABEL.test(fieldLabel(field)) || /^country(?:_?code|_?name)?$/i.test(field.name)) {
      // A country list's option text ("United Kingdom"), else its value ("GB").
      out.countryField ??= field instanceof HTMLSelectElement && !countryInField(value) ? field.value : value;
    }
  }
  return out;
}
