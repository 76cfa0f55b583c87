/**
 * Phone numbers for many regions, drawn from libphonenumber's own per-type patterns (max
 * metadata) and kept only when libphonenumber-js/max calls them valid and of the type drawn.
 * Fictional numbers: only the ranges are real.
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { samplePattern } from './regex-sample';
import { Rng } from './prng';

/** The kinds every split's pool has. */
export type BaseKind = 'fixed' | 'mobile' | 'tollfree';
/** seen4 (the holdout built ~17:00) also draws shared-cost, VoIP, UAN and personal numbers (numbers-wide.ts). */
export type NumberKind = BaseKind | 'sharedcost' | 'voip' | 'uan' | 'personal';

export interface PoolNumber {
  country: CountryCode;
  kind: NumberKind;
  e164: string;
  /** National significant number. */
  nsn: string;
  countryCallingCode: string;
  /** libphonenumber's national format: the country's own grouping ("03-1234-5678", "020 7946 0958"). */
  national: string;
  /** libphonenumber's international format ("+81 3-1234-5678"). */
  international: string;
}

/** Every region numbers are drawn for (the brief asks for at least 30, these 18 among them). */
export const REGIONS: readonly CountryCode[] = [
  'JP', 'US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'IT', 'NL', 'KR', 'CN', 'TW', 'HK', 'SG', 'IN', 'BR', 'MX',
  'NZ', 'IE', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'PT', 'PH', 'TH', 'MY', 'ID', 'VN', 'ZA', 'AE',
];

const TYPES: Record<BaseKind, { type: NumberType; accept: ReadonlyArray<NumberType | undefined> }> = {
  fixed: { type: 'FIXED_LINE', accept: ['FIXED_LINE', 'FIXED_LINE_OR_MOBILE'] },
  mobile: { type: 'MOBILE', accept: ['MOBILE', 'FIXED_LINE_OR_MOBILE'] },
  tollfree: { type: 'TOLL_FREE', accept: ['TOLL_FREE'] },
};

// Where the metadata allows a wide range of lengths, the lengths CRM contacts mostly have (a
// Berlin line is 030 + 7–8 digits; a 5-digit German or Austrian number exists but is rare).
export const TYPICAL_LENGTHS: Partial<Record<CountryCode, Partial<Record<NumberKind, readonly number[]>>>> = {
  JP: { tollfree: [9, 10] }, GB: { tollfree: [10] }, AU: { tollfree: [10] },
  DE: { fixed: [10, 11], mobile: [10, 11], tollfree: [10] }, AT: { fixed: [8, 9, 10, 11], mobile: [10, 11], tollfree: [9, 10] },
  IT: { fixed: [9, 10], tollfree: [9] }, KR: { fixed: [9, 10], tollfree: [9] }, CN: { fixed: [10, 11] },
  IE: { fixed: [8, 9] }, FI: { fixed: [8, 9], mobile: [9, 10] }, PH: { fixed: [9, 10] }, SE: { fixed: [8, 9] },
  ID: { fixed: [9, 10, 11], mobile: [10, 11, 12], tollfree: [10, 11] }, IN: { tollfree: [10, 11] },
  ZA: { mobile: [9] }, AE: { tollfree: [8, 9] }, PL: { fixed: [9] }, NZ: { mobile: [9, 10] },
};

export type Pool = ReadonlyMap<CountryCode, Readonly<Record<BaseKind, readonly PoolNumber[]>> & Readonly<Partial<Record<NumberKind, readonly PoolNumber[]>>>>;

export function makePool(seed: string, perKind: number): Pool {
  const metadata = new Metadata();
  const pool = new Map<CountryCode, Record<BaseKind, PoolNumber[]>>();
  for (const country of REGIONS) {
    metadata.selectNumberingPlan(country);
    // The typings leave out the per-type accessors of the numbering plan.
    const plan = metadata.numberingPlan as unknown as { type(t: NumberType): { pattern(): string } | undefined };
    const byKind: Record<BaseKind, PoolNumber[]> = { fixed: [], mobile: [], tollfree: [] };
    for (const kind of Object.keys(TYPES) as BaseKind[]) {
      const { type, accept } = TYPES[kind];
      // Where mobile and fixed lines share one pattern (US, CA), metadata stores only the fixed one.
      const pattern = plan.type(type)?.pattern() || (kind === 'mobile' ? plan.type('FIXED_LINE')?.pattern() : '');
      if (!pattern) continue;
      const rng = new Rng(`${seed}:numbers:${country}:${kind}`);
      const seen = new Set<string>();
      // Each alternative of a pattern is drawn as often as any other, so a narrow range listed on
      // its own (US area code 983) would fill the list: a few numbers per leading three digits.
      const byPrefix = new Map<string, number>();
      const cap = Math.max(3, Math.ceil(perKind / 6));
      for (let attempt = 0; attempt < perKind * 40 && byKind[kind].length < perKind; attempt++) {
        // String checks before libphonenumber, which is most of the time taken here.
        const nsn = samplePattern(pattern, rng);
        const prefix = nsn.slice(0, 3);
        if (!(TYPICAL_LENGTHS[country]?.[kind]?.includes(nsn.length) ?? true) || seen.has(nsn) || (byPrefix.get(prefix) ?? 0) >= cap) continue;
        const number = draw(country, kind, nsn, accept);
        if (!number) continue;
        seen.add(nsn);
        byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1);
        byKind[kind].push(number);
      }
    }
    pool.set(country, byKind);
  }
  return pool;
}

export function draw(country: CountryCode, kind: NumberKind, nsn: string, accept: ReadonlyArray<NumberType | undefined>): PoolNumber | null {
  const parsed = parsePhoneNumberFromString(nsn, { defaultCountry: country });
  if (!parsed || !parsed.isValid() || parsed.country !== country || parsed.nationalNumber !== nsn || !accept.includes(parsed.getType())) return null;
  const national = parsed.formatNational();
  // A number libphonenumber has no format for is one nobody writes grouped: leave it out.
  if (!/\D/.test(national.replace(/^\+/, ''))) return null;
  // Japan's free-dial numbers as people know them: 0120 and 0800 (not the 0037/0066 carrier ranges).
  if (country === 'JP' && kind === 'tollfree' && !/^0(120|800)/.test(national)) return null;
  return {
    country, kind, e164: parsed.number, nsn, countryCallingCode: parsed.countryCallingCode,
    national, international: parsed.formatInternational(),
  };
}
