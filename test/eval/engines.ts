/**
 * Three ways CRM text is laid out, each filled from a family's own vocabulary: a table row (one
 * item per cell, whole cells), a record form (one item per field, "Label: value" or the value
 * alone), and prose (notes, e-mails, timelines, and cells with several labelled numbers glued
 * together), written from sentence templates with placeholders.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { address, COUNTRY_NAMES, Ctx, Doc, type Label } from './engine';
import type { NumberKind } from './numbers';
import { Rng } from './prng';
import { nationalLabel } from './readings';
import { writeNational, type Written } from './writing';

export interface Piece {
  doc: Doc;
  wholeCell: boolean;
  /** The other texts of the record, in page order (filled in by the engine). */
  recordTexts?: string[];
}

/**
 * What a cell or field holds: a person, a number (of the row's country), a bait of some kind,
 * the row's country name or address, or fixed words.
 */
export type Slot =
  | 'name' | 'company' | 'email' | 'owner' | 'direction' | 'status'
  | 'phone' | 'mobile' | 'tollfree' | 'foreign' | 'any-number' | 'intl' | 'country' | 'address'
  | `bait:${string}` | `id:${string}` | `text:${string}`;

export interface RowPlan {
  /** The country of the row's numbers. */
  country: CountryCode;
  /** The row says which country it is (a Country cell, an address). */
  evidence: boolean;
  /** No evidence, numbers chosen so that more than one country reads them. */
  ambiguous?: boolean;
}

/** A number for a slot of a row: its country's own, or one of the ambiguous ones. */
function fill(ctx: Ctx, doc: Doc, slot: Slot, row: RowPlan, opts: { ext?: number; suffixes?: readonly string[]; prefixes?: readonly string[] } = {}): void {
  const r = ctx.rng;
  if (slot.startsWith('bait:') || slot.startsWith('id:')) {
    const kind = slot.slice(slot.indexOf(':') + 1);
    const b = ctx.bait(kind === 'any' ? undefined : kind, row.country);
    doc.plant(`bait:${b.kind}`, slot.startsWith('id:') ? b.value : b.text);
    return;
  }
  if (slot.startsWith('text:')) {
    doc.add(r.pick(slot.slice(5).split('|')));
    return;
  }
  switch (slot) {
    case 'name': doc.add(ctx.name()); return;
    case 'company': doc.add(ctx.company()); return;
    case 'email': doc.add(ctx.email(row.country)); return;
    case 'owner': doc.add(r.pick(['Sato', 'J. Smith', '山田', 'M. Keller', 'Team A', '鈴木'])); return;
    case 'direction': doc.add(ctx.lang === 'ja' ? r.pick(['着信', '発信', '不在着信']) : r.pick(['Inbound', 'Outbound', 'Missed'])); return;
    case 'status': doc.add(ctx.lang === 'ja' ? r.pick(['対応中', '完了', '折り返し待ち']) : r.pick(['Open', 'Closed', 'Pending callback'])); return;
    case 'country': doc.add(r.pick(COUNTRY_NAMES[row.country] ?? [row.country])); return;
    case 'address': address(ctx, row.country, doc); return;
  }
  if (opts.prefixes && r.chance(0.25)) doc.add(r.pick(opts.prefixes));
  let number: { written: Written; label: Label };
  if (slot === 'foreign' || (slot === 'any-number' && r.chance(0.2))) number = ctx.foreign();
  // The record's main line with its country code: evidence for the record's other numbers.
  else if (slot === 'intl') number = ctx.phone({ country: row.country, kind: 'fixed', form: 'international' });
  else if (row.ambiguous) number = ambiguousNumber(ctx, row);
  else {
    const kind: NumberKind | undefined = slot === 'mobile' ? 'mobile' : slot === 'tollfree' ? 'tollfree' : slot === 'phone' ? r.weighted<NumberKind>([['fixed', 8], ['tollfree', 1]]) : undefined;
    const national = row.country !== ctx.agent.defaultCountry;
    number = ctx.phone({ country: row.country, kind, evidence: row.evidence, form: national ? (r.chance(0.85) ? 'national' : 'international') : 'any' });
  }
  doc.number(number.written, number.label, opts.ext && r.chance(opts.ext) ? ctx.extension() : undefined);
  if (opts.suffixes && r.chance(0.2)) doc.add(r.pick(opts.suffixes));
}

// Per agent: national numbers of the agent's countries that more than one of them reads, looked
// for among the first numbers of each kind (scanning all of them cost seconds of parsing).
const SCANNED_PER_KIND = 30;
const ambiguousCache = new Map<string, Array<{ written: Written; label: Label }>>();

export function ambiguousNumber(ctx: Ctx, row: RowPlan): { written: Written; label: Label } {
  const key = `${ctx.split}:${ctx.countries.join(',')}`;
  let list = ambiguousCache.get(key);
  if (!list) {
    list = [];
    for (const country of ctx.countries) {
      for (const kind of ['fixed', 'mobile', 'tollfree'] as const) {
        for (const n of (ctx.pool.get(country)?.[kind] ?? []).slice(0, SCANNED_PER_KIND)) {
          for (const style of ['std', 'unspaced']) {
            const written = writeNational(n, STYLE_RNG, style);
            const label = nationalLabel(written.text, n.e164, ctx.countries, false, ctx.split);
            if (label.readings) list.push({ written, label });
          }
        }
      }
    }
    ambiguousCache.set(key, list);
  }
  if (list.length === 0) return ctx.phone({ country: row.country, form: 'national' });
  return ctx.rng.pick(list);
}

// 'std' and 'unspaced' draw nothing: a fixed stream keeps the scan from using up the record's.
const STYLE_RNG = new Rng('styles');

export interface TableVariant {
  columns: readonly Slot[];
  ext?: number;
  suffixes?: readonly string[];
  prefixes?: readonly string[];
}

export function tableRow(ctx: Ctx, variant: TableVariant, row: RowPlan): Piece[] {
  const cells = variant.columns.map((slot) => {
    const doc = new Doc();
    fill(ctx, doc, slot, row, variant);
    return doc;
  });
  return withRecord(cells.map((doc) => ({ doc, wholeCell: true })));
}

export interface FormVariant {
  fields: ReadonlyArray<readonly [label: string, slot: Slot]>;
  /** 'inline': one text "Label: value"; 'cells': the value is a text of its own. */
  mode: 'inline' | 'cells';
  separators: readonly string[];
  ext?: number;
}

export function formRecord(ctx: Ctx, variant: FormVariant, row: RowPlan): Piece[] {
  const pieces: Piece[] = [];
  for (const [labelWords, slot] of variant.fields) {
    const label = ctx.rng.pick(labelWords.split('|'));
    const fax = slot === 'text:fax';
    if (variant.mode === 'inline' || fax) {
      // A fax line keeps its label in its own text, or nothing could tell it from a phone line.
      const separators = fax && variant.mode === 'cells' ? [': ', ' ', '：'] : variant.separators;
      const doc = new Doc().add(label + ctx.rng.pick(separators));
      if (fax) doc.plant('fax', ctx.phone({ country: row.country, kind: 'fixed', evidence: row.evidence, form: row.country === ctx.agent.defaultCountry ? 'any' : 'national' }).written.text);
      // The field's label is written: a bait value goes without its own.
      else fill(ctx, doc, slot.startsWith('bait:') ? (`id:${slot.slice(5)}` as Slot) : slot, row, variant);
      pieces.push({ doc, wholeCell: false });
    } else {
      pieces.push({ doc: new Doc().add(label), wholeCell: true });
      const doc = new Doc();
      fill(ctx, doc, slot, row, variant);
      pieces.push({ doc, wholeCell: true });
    }
  }
  return withRecord(pieces);
}

export interface ProseVariant {
  sentences: readonly string[];
  count: readonly [number, number];
  joiner: string;
  opening?: readonly string[];
  closing?: readonly string[];
  wholeCell?: boolean;
  ext?: number;
}

/**
 * Placeholders: {phone} {mobile} {tollfree} {national} {unspaced} {foreign} {ext} (a number and its
 * extension), {fax} (a fax number: not a call), {bait} or {bait:kind} (with its own label words),
 * {id:kind} (a bait value after the template's own label), {name} {company} {email}.
 */
export function prose(ctx: Ctx, variant: ProseVariant): Piece[] {
  const r = ctx.rng;
  const doc = new Doc();
  const parts: string[] = [];
  if (variant.opening) parts.push(r.pick(variant.opening));
  const n = r.int(variant.count[0], variant.count[1]);
  for (let i = 0; i < n; i++) parts.push(r.pick(variant.sentences));
  if (variant.closing) parts.push(r.pick(variant.closing));
  const row: RowPlan = { country: ctx.agent.defaultCountry, evidence: false };
  parts.forEach((template, i) => {
    if (i > 0) doc.add(variant.joiner);
    for (const token of template.split(/(\{[^}]+\})/)) {
      const m = /^\{([^}]+)\}$/.exec(token);
      if (!m) {
        doc.add(token);
        continue;
      }
      const name = m[1]!;
      if (name === 'fax') doc.plant('fax', ctx.phone({ kind: 'fixed' }).written.text);
      else if (name === 'ext') {
        const p = ctx.phone({ kind: 'fixed' });
        doc.number(p.written, p.label, ctx.extension());
      } else if (name === 'national' || name === 'unspaced') {
        const p = ctx.phone({ form: 'national', style: name === 'unspaced' ? 'unspaced' : undefined });
        doc.number(p.written, p.label);
      } else if (name === 'bait') fill(ctx, doc, 'bait:any', row);
      else fill(ctx, doc, name as Slot, row, { ext: variant.ext });
    }
  });
  return [{ doc, wholeCell: variant.wholeCell ?? false }];
}

/** Every piece's record: the other pieces' texts, in order. */
export function withRecord(pieces: Piece[]): Piece[] {
  for (const piece of pieces) piece.recordTexts = pieces.filter((p) => p !== piece).map((p) => p.doc.text);
  return pieces;
}
