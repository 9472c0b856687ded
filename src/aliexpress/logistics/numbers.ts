/**
 * Tracking numbers as AliExpress hands them out: sometimes lower case or padded, sometimes a
 * placeholder ("", "-", "null") while the carrier has not assigned one yet.
 */

const PLACEHOLDERS = new Set(['', '-', '--', '0', 'NULL', 'UNDEFINED', 'NONE', 'N/A', 'NA']);

/** Upper case without whitespace; undefined for placeholders. */
export function normaliseNumber(raw: string | number | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const value = String(raw).replace(/\s+/g, '').toUpperCase();
  return PLACEHOLDERS.has(value) ? undefined : value;
}

/**
 * Normalises and de-duplicates in the given order. A number equal to the order id is dropped: it is
 * the order, not a parcel, and filing events under it would mix orders and parcels.
 */
export function collectNumbers(raws: readonly (string | number | null | undefined)[], orderId: string, problems: string[]): string[] {
  const numbers: string[] = [];
  for (const raw of raws) {
    const number = normaliseNumber(raw);
    if (!number || numbers.includes(number)) continue;
    if (number === orderId) {
      problems.push(`number ${number} is the order id: dropped`);
      continue;
    }
    numbers.push(number);
  }
  return numbers;
}

/** The key events of a package without any number yet are filed under (stable per order and position). */
export function provisionalNumber(orderId: string, packageIndex: number): string {
  return `order:${orderId}#${packageIndex + 1}`;
}
