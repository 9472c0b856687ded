/**
 * UPU S10 (national posts, ePacket, registered mail): two service letters, 8-digit serial, check
 * digit, ISO country of the posting operator. Valid only with the right check digit AND a real ISO code.
 */
import { s10CheckDigitOk } from './couriers';
import { isIsoCountry } from '../domain/countries';
import type { Verdict } from './types';

export const S10_RE = /^[A-Z]{2}\d{9}[A-Z]{2}$/;

/** National posts ParcelLens has adapter ids for; any other operator is just `upu:<CC>`. */
const NAMED_POSTS: Readonly<Record<string, string>> = {
  CN: 'china-post',
  SG: 'singapore-post',
  IL: 'israel-post',
  US: 'usps',
};

/** Carrier ids of an S10 operator: the named post first when known, then `upu:<CC>`. */
export function s10Carriers(country: string): string[] {
  const named = NAMED_POSTS[country];
  return named ? [named, `upu:${country}`] : [`upu:${country}`];
}

/**
 * U-series (`UA`…`UZ`) items are unregistered: China Post Ordinary Small Packet Plus and Cainiao
 * Super Economy are scanned only until export. "Untracked", never "fake".
 */
export const isUntrackedS10 = (n: string): boolean => S10_RE.test(n) && n.startsWith('U');

/**
 * Verdict for an S10-shaped string. A fake country wins over a bad check digit as the reason: it
 * cannot be a typo of a digit, and the number has no operator to ask.
 */
export function checkS10(n: string): Verdict {
  const country = n.slice(11);
  if (!isIsoCountry(country)) return { valid: false, reason: 's10_country', carriers: [] };
  const carriers = s10Carriers(country);
  return s10CheckDigitOk(n)
    ? { valid: true, country, carriers }
    : { valid: false, reason: 's10_check_digit', country, carriers };
}
