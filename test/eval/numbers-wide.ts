/**
 * The pool of seen4 (the holdout built 2026-12-04 ~17:00): numbers of 81 regions and of every type a CRM
 * holds (fixed, mobile, toll-free, shared-cost, VoIP, UAN, personal), each drawn from
 * libphonenumber's own per-type pattern (max metadata) as numbers.ts draws them, plus
 * libphonenumber's own example number of each region and type (examples.ts). Every number
 * is kept only when libphonenumber-js/max calls it valid, of its region and of the type drawn.
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { EXAMPLE_NUMBERS } from './examples';
import { draw, REGIONS, TYPICAL_LENGTHS, type NumberKind, type Pool, type PoolNumber } from './numbers';
import { Rng } from './prng';
import { samplePattern } from './regex-sample';

/** The 36 regions every split has, and 45 more: Latin America, the Middle East, Africa, Central and Eastern Europe, South Asia. */
export const WIDE_REGIONS: readonly CountryCode[] = [
  ...REGIONS,
  'AR', 'CL', 'CO', 'PE', 'UY', 'EC', 'CR', 'PA', 'DO', 'PR', 'IL', 'TR', 'SA', 'QA', 'KW', 'EG', 'MA', 'NG', 'KE', 'GH',
  'RU', 'UA', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'RS', 'LU', 'IS', 'EE', 'LT', 'LV', 'CY', 'MT', 'PK', 'BD',
  'LK', 'NP', 'KH', 'MO', 'JO',
];

const TYPES: Record<NumberKind, { type: NumberType; accept: ReadonlyArray<NumberType | undefined>; perKind: number }> = {
  fixed: { type: 'FIXED_LINE', accept: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'], perKind: 40 },
  mobile: { type: 'MOBILE', accept: ['MOBILE', 'FIXED_LINE_OR_MOBILE'], perKind: 40 },
  tollfree: { type: 'TOLL_FREE', accept: ['TOLL_FREE'], perKind: 20 },
  sharedcost: { type: 'SHARED_COST', accept: ['SHARED_COST'], perKind: 12 },
  voip: { type: 'VOIP', accept: ['VOIP'], perKind: 12 },
  uan: { type: 'UAN', accept: ['UAN'], perKind: 12 },
  personal: { type: 'PERSONAL_NUMBER', accept: ['PERSONAL_NUMBER'], perKind: 8 },
};
export const WIDE_KINDS = Object.keys(TYPES) as NumberKind[];

/**
 * Ranges libphonenumber-js's max metadata calls valid (and of their type) but Google's libphonenumber
 * does not (google-libphonenumber 3.2.47, checked on 2026-12-04 over the whole pool): the two
 * metadata versions disagree on them. A label must be right whichever version reads it, so no
 * number is drawn from them.
 */
const CONTESTED = ['+61496', '+4915410', '+593930', '+593931', '+593932', '+506200', '+965599', '+2349105', '+254135', '+254136', '+254137', '+254138', '+254139', '+254146', '+233306', '+233309', '+23331', '+23332', '+23333'];
const contested = (e164: string): boolean => CONTESTED.some((prefix) => e164.startsWith(prefix));

export function makeWidePool(seed: string): Pool {
  const metadata = new Metadata();
  const pool = new Map<CountryCode, Record<NumberKind, PoolNumber[]>>();
  for (const country of WIDE_REGIONS) {
    metadata.selectNumberingPlan(country);
    // The typings leave out the per-type accessors of the numbering plan.
    const plan = metadata.numberingPlan as unknown as { type(t: NumberType): { pattern(): string } | undefined };
    const byKind: Record<NumberKind, PoolNumber[]> = { fixed: [], mobile: [], tollfree: [], sharedcost: [], voip: [], uan: [], personal: [] };
    for (const kind of WIDE_KINDS) {
      const { type, accept, perKind } = TYPES[kind];
      const seen = new Set<string>();
      // libphonenumber's own example first, where libphonenumber-js agrees it is of this type.
      const example = EXAMPLE_NUMBERS[country]?.[kind];
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
      const rng = new Rng(`${seed}:numbers:${country}:${kind}`);
      const byPrefix = new Map<string, number>();
      const cap = Math.max(3, Math.ceil(perKind / 6));
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
    pool.set(country, byKind);
  }
  return pool;
}
