/**
 * The pool of seen7 (the holdout built 2026-12-04 ~21:00, seed holdout-2026-12-04-2100): numbers of the
 * 179 regions of seen6 and 40 more no split has drawn (Iran; Lesotho, Eswatini, Burkina Faso,
 * Burundi, Chad, the Central African Republic, Equatorial Guinea, Guinea-Bissau, Djibouti, Somalia,
 * Sudan, South Sudan, Eritrea, Libya, Mauritania, the Comoros, São Tomé; Timor-Leste, Turkmenistan;
 * the Eastern Caribbean's NANPA islands; Micronesia, the Marshall Islands, Palau, Samoa, Tonga, the
 * Cook Islands, American Samoa and the Northern Marianas; French Guiana, Mayotte, Saint Pierre and
 * Miquelon; Åland and the Vatican. Left out: Botswana, whose drawn numbers Google's libphonenumber
 * calls invalid or of another type, Gabon, one of whose national forms did not read back, and
 * Vanuatu, the Solomons and Kiribati, with no fixed line the draw accepts) and of every type, each
 * drawn from libphonenumber's own per-type pattern (max metadata) with this split's own seed and stream name, and libphonenumber's own example numbers where older
 * splits wrote them down. Every number is kept only when libphonenumber-js/max calls it valid, of
 * its region and of the type drawn, and when it is outside the ranges Google's libphonenumber reads
 * otherwise (CONTESTED).
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { EXAMPLE_NUMBERS } from './examples';
import { SEEN6_EXAMPLE_NUMBERS } from './examples-seen6';
import { WORLD_EXAMPLE_NUMBERS } from './examples-world';
import { draw, TYPICAL_LENGTHS, type NumberKind, type Pool, type PoolNumber } from './numbers';
import { SEEN6_REGIONS } from './numbers-seen6';
import { Rng } from './prng';
import { samplePattern } from './regex-sample';

/** The regions no older split draws from. */
export const SEEN7_NEW_REGIONS: readonly CountryCode[] = [
  'IR', 'LS', 'SZ', 'BF', 'BI', 'TD', 'CF', 'GQ', 'GW', 'DJ', 'SO', 'SD', 'SS', 'ER', 'LY', 'MR', 'KM', 'ST', 'TL', 'TM',
  'KN', 'VC', 'VG', 'GD', 'DM', 'AI', 'MS', 'FM', 'MH', 'PW', 'WS', 'TO', 'CK', 'AS', 'MP', 'GF', 'YT', 'PM', 'AX', 'VA',
];
export const SEEN7_REGIONS: readonly CountryCode[] = [...SEEN6_REGIONS, ...SEEN7_NEW_REGIONS];

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
 * (google-libphonenumber 3.2.47, checked on 2026-12-04 over every label of seen6 and of this split,
 * readings included) does not, or places in another region or type: a label must be right whichever version
 * reads it, so none is drawn. seen5's list, and what the check found in this pool.
 */
const CONTESTED: readonly string[] = [
  '+61496', '+4915410', '+593930', '+593931', '+593932', '+506200', '+965599', '+2349105', '+254135', '+254136', '+254137', '+254138', '+254139', '+254146',
  '+233306', '+233309', '+23331', '+23332', '+23333', '+595988', '+995508', '+263751',
  '+2385', '+59251', '+59278',
  // found by the check of this split:
  '+233308',
];
const contested = (e164: string): boolean => CONTESTED.some((prefix) => e164.startsWith(prefix));

export function makeSeen7Pool(seed: string): Pool {
  const metadata = new Metadata();
  const pool = new Map<CountryCode, Record<NumberKind, PoolNumber[]>>();
  for (const country of SEEN7_REGIONS) {
    metadata.selectNumberingPlan(country);
    // The typings leave out the per-type accessors of the numbering plan.
    const plan = metadata.numberingPlan as unknown as { type(t: NumberType): { pattern(): string } | undefined };
    const byKind: Record<NumberKind, PoolNumber[]> = { fixed: [], mobile: [], tollfree: [], sharedcost: [], voip: [], uan: [], personal: [] };
    for (const kind of KINDS) {
      const { type, accept, perKind } = TYPES[kind];
      const seen = new Set<string>();
      const example = (EXAMPLE_NUMBERS[country] ?? WORLD_EXAMPLE_NUMBERS[country] ?? SEEN6_EXAMPLE_NUMBERS[country])?.[kind];
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
      const rng = new Rng(`${seed}:holdout7-numbers:${country}:${kind}`);
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
