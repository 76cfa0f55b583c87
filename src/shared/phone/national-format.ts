/**
 * A number in its national format, as libphonenumber writes it, without the work
 * PhoneNumber.formatNational() repeats on every call: it rebuilds the numbering plan's format
 * objects and compiles two regular expressions for each format it tries (Japan's plan has dozens),
 * which was about half of libphonenumber's time on a 5,000-row page. Here each plan's formats are
 * compiled once. The choice and the output follow libphonenumber's own rules (format.js:
 * chooseFormatForNumber, formatNationalNumberUsingFormat), and national-format.test.ts checks the
 * result equals formatNational() for sample numbers of every country.
 */
import { Metadata, type CountryCode, type PhoneNumber } from 'libphonenumber-js/core';
import metadata from './metadata';

interface Rule {
  /** The format applies only to national numbers that start with a match of this. */
  leading: RegExp | null;
  whole: RegExp;
  pattern: RegExp;
  /** The replacement, with the national prefix rule applied to the first group. */
  template: string;
  /** The replacement as it is, without the national prefix. */
  plain: string;
  /** libphonenumber: the country writes these numbers with or without the national prefix. */
  optional: boolean;
}

// The metadata's own accessors, which libphonenumber's type declarations leave out.
interface MetadataFormat {
  pattern(): string;
  format(): string;
  leadingDigitsPatterns(): string[];
  nationalPrefixFormattingRule(): string | undefined;
  nationalPrefixIsOptionalWhenFormattingInNationalFormat(): boolean;
}
interface PlanWithFormats {
  formats(): MetadataFormat[];
}

const FIRST_GROUP = /(\$\d)/;
/** Per numbering plan (a country, or a calling code for non-geographic numbers); null: not readable here. */
const plans = new Map<string, Rule[] | null>();

function rulesOf(plan: string): Rule[] | null {
  const known = plans.get(plan);
  if (known !== undefined) return known;
  let rules: Rule[] | null;
  try {
    const meta = new Metadata(metadata);
    meta.selectNumberingPlan(plan as CountryCode);
    const formats = (meta.numberingPlan as unknown as PlanWithFormats | undefined)?.formats();
    rules = formats?.map((f) => {
      const leading = f.leadingDigitsPatterns();
      const last = leading[leading.length - 1];
      const prefixRule = f.nationalPrefixFormattingRule();
      return {
        leading: last === undefined ? null : new RegExp(last),
        whole: new RegExp(`^(?:${f.pattern()})$`),
        pattern: new RegExp(f.pattern()),
        template: prefixRule ? f.format().replace(FIRST_GROUP, prefixRule) : f.format(),
        plain: f.format(),
        optional: f.nationalPrefixIsOptionalWhenFormattingInNationalFormat(),
      };
    }) ?? null;
  } catch {
    rules = null; // a metadata shape this code does not know: libphonenumber formats instead
  }
  plans.set(plan, rules);
  return rules;
}

/** The same string as `number.formatNational()`. */
export function formatNational(number: PhoneNumber): string {
  const rules = number.ext ? null : rulesOf(number.country ?? number.countryCallingCode);
  if (!rules) return number.formatNational();
  const national = number.nationalNumber;
  // An index loop: for…of allocates an iterator per call until the JIT has optimized this.
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    // libphonenumber: `nationalNumber.search(lastLeadingDigitsPattern) === 0`.
    if (rule.leading && national.search(rule.leading) !== 0) continue;
    if (rule.whole.test(national)) return national.replace(rule.pattern, rule.template);
  }
  return national;
}

/**
 * Whether the number's country writes it nationally with or without its national prefix, as
 * libphonenumber's metadata says of its format (India's mobiles "98765 43210", Vietnam's, Turkey's,
 * Russia's): there a number written without the prefix is still written as the country writes it.
 */
export function nationalPrefixOptional(number: PhoneNumber): boolean {
  const rules = rulesOf(number.country ?? number.countryCallingCode);
  // Only where every format of the country says so: where some do (China's), its other numbers'
  // prefix is not, and a prefix-less digit block there is as often a date or a code.
  return !!rules && rules.every((rule) => rule.optional);
}

/**
 * The number written in each of its country's formats whose pattern takes all of it, whatever
 * digits it starts with: the groupings people of that country use ("0422-12-3456" is Japan's
 * 4-2-4, though libphonenumber gives this range 3-3-4). Without the national prefix.
 */
export function formatAlternatives(number: PhoneNumber): string[] {
  const rules = rulesOf(number.country ?? number.countryCallingCode);
  if (!rules) return [];
  const national = number.nationalNumber;
  const out: string[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (rule.whole.test(national)) out.push(national.replace(rule.pattern, rule.plain));
  }
  return out;
}
