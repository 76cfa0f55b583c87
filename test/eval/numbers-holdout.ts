/**
 * The pool of the holdout built 2026-12-05 ~00:30 (seed holdout-2026-12-05-0030): numbers of the
 * same 233 regions seen8 and seen9 draw from (the regions left are ones neither libphonenumber groups or
 * Google calls valid: numbers-seen8.ts), of every type, each drawn from libphonenumber's own
 * per-type pattern (max metadata) with this split's own seed and stream name ("holdout10-numbers"),
 * libphonenumber's own example numbers first. Every number is kept only when libphonenumber-js/max
 * calls it valid, of its region and of the type drawn, and when it is outside the ranges Google's
 * libphonenumber reads otherwise (CONTESTED, seen8's list and what this pool's check found).
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { EXAMPLE_NUMBERS } from './examples';
import { SEEN8_EXAMPLE_NUMBERS } from './examples-seen8';
import { SEEN6_EXAMPLE_NUMBERS } from './examples-seen6';
import { WORLD_EXAMPLE_NUMBERS } from './examples-world';
import { draw, TYPICAL_LENGTHS, type NumberKind, type Pool, type PoolNumber } from './numbers';
import { SEEN8_REGIONS } from './numbers-seen8';
import { Rng } from './prng';
import { samplePattern } from './regex-sample';

/** seen8's regions: every region both libphonenumbers group and call valid. */
export const HOLDOUT_REGIONS: readonly CountryCode[] = SEEN8_REGIONS;

const TYPES: Record<NumberKind, { type: NumberType; accept: ReadonlyArray<NumberType | undefined>; perKind: number }> = {
  fixed: { type: 'FIXED_LINE', accept: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'], perKind: 24 },
  mobile: { type: 'MOBILE', accept: ['MOBILE', 'FIXED_LINE_OR_MOBILE'], perKind: 24 },
  tollfree: { type: 'TOLL_FREE', accept: ['TOLL_FREE'], perKind: 10 },
  sharedcost: { type: 'SHARED_COST', accept: ['SHARED_COST'], perKind: 6 },
  voip: { type: 'VOIP', accept: ['VOIP'], perKind: 6 },
  uan: { type: 'UAN', accept: ['UAN'], perKind: 6 },
  personal: { type: 'PERSONAL_NUMBER', accept: ['PERSONAL_NUMBER'], perKind: 5 },
};
const KINDS = Object.keys(TYPES) as NumberKind[];

/**
 * Ranges libphonenumber-js's max metadata calls valid and of their type but Google's libphonenumber
 * (google-libphonenumber 3.2.47, checked on 2026-12-04/05 over every label of seen6..seen9 and this split,
 * readings included) does not, or places in another region or type: a label must be right whichever version
 * reads it, so none is drawn. seen5's list, and what the check found in this pool.
 */
const CONTESTED: readonly string[] = [
  '+61496', '+4915410', '+593930', '+593931', '+593932', '+506200', '+965599', '+2349105', '+254135', '+254136', '+254137', '+254138', '+254139', '+254146',
  '+233306', '+233309', '+23331', '+23332', '+23333', '+595988', '+995508', '+263751',
  '+2385', '+59251', '+59278',
  // found by the checks of seen7 and seen8:
  '+233308', '+2349106', '+67520', '+26779',
  // found by this split's pool check (holdout-2026-12-05-0030):
  '+2349104',
];
/**
 * Also left out: North American numbers of other than ten digits (Canada's 310-xxxx numbers, UAN in
 * the metadata), which writing.ts's NANPA ways cannot group ("+1 (310) 4509-undefined").
 */
const contested = (e164: string): boolean => CONTESTED.some((prefix) => e164.startsWith(prefix)) || (e164.startsWith('+1') && e164.length !== 12);

export function makeHoldoutPool(seed: string): Pool {
  const metadata = new Metadata();
  const pool = new Map<CountryCode, Record<NumberKind, PoolNumber[]>>();
  for (const country of HOLDOUT_REGIONS) {
    metadata.selectNumberingPlan(country);
    // The typings leave out the per-type accessors of the numbering plan.
    const plan = metadata.numberingPlan as unknown as { type(t: NumberType): { pattern(): string } | undefined };
    const byKind: Record<NumberKind, PoolNumber[]> = { fixed: [], mobile: [], tollfree: [], sharedcost: [], voip: [], uan: [], personal: [] };
    for (const kind of KINDS) {
      const { type, accept, perKind } = TYPES[kind];
      const seen = new Set<string>();
      const example = (EXAMPLE_NUMBERS[country] ?? WORLD_EXAMPLE_NUMBERS[country] ?? SEEN6_EXAMPLE_NUMBERS[country] ?? SEEN8_EXAMPLE_NUMBERS[country])?.[kind];
      const parsedExample = example ? parsePhoneNumberFromString(example) : undefined;
      if (parsedExample) {
        const number = draw(country, kind, parsedExample.nationalNumber, accept);
        if (number && !contested(number.e164)) {
          byKind[kind].push(number);
          seen.add(number.nsn);
        }
      }
      // Where mobile and fixed lines share one pattern (US, CA), metadata stores only the fixed one.
      const pattern = plan.type(type)?.pattern() || (kind === 'mobile' ? plan.type('FIXED_LINE')?.pattern() : '');
      if (!pattern) continue;
      const rng = new Rng(`${seed}:holdout10-numbers:${country}:${kind}`);
      const byPrefix = new Map<string, number>();
      const cap = Math.max(2, Math.ceil(perKind / 8));
      for (let attempt = 0; attempt < perKind * 40 && byKind[kind].length < perKind; attempt++) {
        const nsn = samplePattern(pattern, rng);
        const prefix = nsn.slice(0, 3);
        const typical = kind === 'fixed' || kind === 'mobile' || kind === 'tollfree' ? TYPICAL_LENGTHS[country]?.[kind] : undefined;
        if (!(typical?.includes(nsn.length) ?? true) || seen.has(nsn) || (byPrefix.get(prefix) ?? 0) >= cap) continue;
        const number = draw(country, kind, nsn, accept);
        if (!number || contested(number.e164)) continue;
        seen.add(nsn);
        byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
        byKind[kind].push(number);
      }
    }
    // A region needs a fixed line (its calling code is read from it: engine.ts callingCode).
    if (byKind.fixed.length === 0) throw new Error(`no fixed lines for ${country}`);
    pool.set(country, byKind);
  }
  return pool;
}
