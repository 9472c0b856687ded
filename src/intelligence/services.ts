import type { ServiceClass } from '../domain/vocabulary';

/**
 * What a service class promises, from the doc: Economy / Super Economy 30–60+ days, Standard 15–45,
 * Expedited / Premium 7–20, counted from shipping. An unknown class gets the span from the standard
 * lower bound to the economy upper bound, so it neither promises too early nor alarms too soon.
 */
export const DELIVERY_DAYS: Readonly<Record<ServiceClass, { from: number; to: number }>> = {
  economy: { from: 30, to: 60 },
  standard: { from: 15, to: 45 },
  expedited: { from: 7, to: 20 },
  unknown: { from: 15, to: 60 },
};

/**
 * The doc's "export gaps up to ~60 days": an untracked (economy) parcel goes silent after export by
 * design, so silence there is only worth a word once this long has passed.
 */
export const EXPORT_GAP_DAYS = 60;

/**
 * Service names that end tracking at export. Only what the doc names: Cainiao Super Economy (and
 * its "Global" variant), China Post Ordinary Small Packet Plus, and "unregistered" mail (the U-series
 * S10 letter means unregistered). Cainiao's plain "Economy" mailType arrives as `untrackedService`;
 * names such as "Cainiao Expedited Economy" are tracked and must not match.
 */
const UNTRACKED_SERVICE_NAMES: readonly RegExp[] = [
  /super\s*economy/i,
  /ordinary\s+small\s+packet/i,
  /\bunregistered\b/i,
];

export function untrackedServiceName(service: string | undefined): boolean {
  return service !== undefined && UNTRACKED_SERVICE_NAMES.some((re) => re.test(service));
}

/**
 * Carrier families, for "the carrier differs from the order's shipping method". AliExpress and
 * Cainiao services are umbrellas that hand parcels to any post or courier, so they never mismatch;
 * China Post and EMS are one operator.
 */
export type CarrierFamily =
  | 'umbrella'
  | 'dhl'
  | 'fedex'
  | 'ups'
  | 'tnt'
  | 'china_post'
  | 'yunexpress'
  | 'yanwen'
  | '4px'
  | 'sunyou';

const FAMILY_BY_NAME: readonly (readonly [RegExp, CarrierFamily])[] = [
  [/aliexpress|cainiao|\bchoice\b|selection/i, 'umbrella'],
  [/\bdhl\b/i, 'dhl'],
  [/fedex/i, 'fedex'],
  [/\bups\b/i, 'ups'],
  [/\btnt\b/i, 'tnt'],
  [/china\s*post|chinapost|e-?packet|\bems\b/i, 'china_post'],
  [/yun\s*express/i, 'yunexpress'],
  [/yanwen/i, 'yanwen'],
  [/\b4px\b/i, '4px'],
  [/sun\s*you|sypost/i, 'sunyou'],
];

/** Family of a service or shipping-method name; null when the name says nothing we know. */
export function familyOfName(name: string | undefined): CarrierFamily | null {
  if (!name) return null;
  for (const [re, family] of FAMILY_BY_NAME) if (re.test(name)) return family;
  return null;
}

// Carrier ids as analyzeNumber gives them (src/numbers/types.ts).
const FAMILY_BY_CARRIER: Readonly<Record<string, CarrierFamily>> = {
  cainiao: 'umbrella',
  aliexpress: 'umbrella',
  dhl: 'dhl',
  fedex: 'fedex',
  ups: 'ups',
  'china-post': 'china_post',
  yunexpress: 'yunexpress',
  yanwen: 'yanwen',
  '4px': '4px',
  sunyou: 'sunyou',
};

export function familyOfCarrier(carrierId: string | undefined): CarrierFamily | null {
  return carrierId === undefined ? null : (FAMILY_BY_CARRIER[carrierId] ?? null);
}
