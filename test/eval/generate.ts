/**
 * The evaluation set: every family of a split, each record drawn from its own seeded stream, so
 * the same code gives the same items everywhere and a change to one family leaves the others' items
 * as they were. Numbers come from a per-split pool (each split its own seed).
 */
import { Ctx } from './engine';
import { FAMILIES, pickAgent } from './families';
import { makePool } from './numbers';
import { makeWidePool } from './numbers-wide';
import { makeSeen6Pool } from './numbers-seen6';
import { makeSeen7Pool } from './numbers-seen7';
import { makeSeen8Pool } from './numbers-seen8';
import { makeSeen9Pool } from './numbers-seen9';
import { makeHoldoutPool } from './numbers-holdout';
import { makeWorldPool } from './numbers-world';
import { Rng } from './prng';
import type { EvalItem, Planted, Split } from './types';

export type { EvalItem, EvalLabel, Planted, Split } from './types';
export { SPLITS } from './types';
export { FAMILIES } from './families';

export interface EvalSet {
  items: EvalItem[];
  /** Bait and fax spans by item id (not part of the item: for the error listing and per-kind counts). */
  planted: Map<string, Planted[]>;
  /** How each label's number is written, by item id, in label order (for the per-style table). */
  styles: Map<string, string[]>;
}

const NUMBERS_PER_KIND = 60;

/**
 * The name each split's numbers and records are drawn with. seen, seen2, seen3, seen4, seen5, seen6, seen7, seen8 and seen9 keep the names
 * they were generated with as the holdout, so their texts and labels are the ones scored then.
 */
export const SEED: Readonly<Record<Split, string>> = {
  dev: 'dev', seen: 'holdout', seen2: 'holdout-2026-12-04', seen3: 'holdout-2026-12-04-1530', seen4: 'holdout-2026-12-04-1700',
  seen5: 'holdout-2026-12-04-1800', seen6: 'holdout-2026-12-04-2000', seen7: 'holdout-2026-12-04-2100',
  seen8: 'holdout-2026-12-04-2300', seen9: 'holdout-2026-12-05-0000', holdout: 'holdout-2026-12-05-0030',
};

export function generate(split: Split): EvalSet {
  // seen4 (the holdout built ~17:00) draws from 81 regions and every number type (numbers-wide.ts).
  // seen5 (the holdout rebuilt ~17:50) from 128 regions and every number type (numbers-world.ts).
  // seen6 (the holdout built ~20:00) from 179 regions and every number type (numbers-seen6.ts).
  // seen7 (the holdout built ~21:00) from 219 regions and every number type (numbers-seen7.ts).
  // seen8 (the holdout built ~23:00) from 233 regions and every number type (numbers-seen8.ts).
  // seen9 (the holdout built ~00:00) from the same 233 regions, with its own seed and stream (numbers-seen9.ts).
  // The holdout (built ~00:30) from the same 233 regions, with its own seed and stream (numbers-holdout.ts).
  const pool = split === 'holdout' ? makeHoldoutPool(`${SEED[split]}-v1`) : split === 'seen9' ? makeSeen9Pool(`${SEED[split]}-v1`) : split === 'seen8' ? makeSeen8Pool(`${SEED[split]}-v1`) : split === 'seen7' ? makeSeen7Pool(`${SEED[split]}-v1`) : split === 'seen6' ? makeSeen6Pool(`${SEED[split]}-v1`) : split === 'seen5' ? makeWorldPool(`${SEED[split]}-v1`) : split === 'seen4' ? makeWidePool(`${SEED[split]}-v1`) : makePool(`${SEED[split]}-v1`, NUMBERS_PER_KIND);
  const items: EvalItem[] = [];
  const planted = new Map<string, Planted[]>();
  const styles = new Map<string, string[]>();
  for (const family of FAMILIES) {
    if (family.split !== split) continue;
    for (let record = 0; record < family.records; record++) {
      const rng = new Rng(`${SEED[split]}:${family.name}:${record}`);
      const agent = pickAgent(rng, family.agents);
      const ctx = new Ctx(rng, split, pool, agent, family.lang);
      const pieces = family.make(ctx);
      pieces.forEach((piece, p) => {
        if (!/[0-9０-９]/.test(piece.doc.text)) return;
        const id = `${split}/${family.name}/${record}/${p}`;
        const options: EvalItem['options'] = { defaultCountry: agent.defaultCountry };
        if (agent.otherCountries) options.otherCountries = [...agent.otherCountries];
        if (piece.wholeCell) options.wholeCell = true;
        const item: EvalItem = { id, split, family: family.name, text: piece.doc.text, options, expect: piece.doc.expect };
        if (piece.recordTexts) item.recordTexts = piece.recordTexts;
        items.push(item);
        planted.set(id, piece.doc.planted);
        styles.set(id, piece.doc.styles);
      });
    }
  }
  return { items, planted, styles };
}
