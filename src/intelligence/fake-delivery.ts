import { DAY_MS } from '../domain/clock';
import type { ServiceClass } from '../domain/vocabulary';
import { countryOfLocation, foldText, toIsoCountry } from './countries';
import type { FakeContext, FakeSignal, Strength } from './fake-context';
import { chronological, firstDelivered, isCarrierEvent } from './journey';
import { tenthDays } from './verdict';

/**
 * Below this many days from first scan to "delivered", an international parcel of the class was not
 * really delivered. The doc's example: 1–3 days for international economy. Express couriers can
 * cross borders in two days, so they get less.
 */
export const IMPLAUSIBLY_FAST_DAYS: Readonly<Record<ServiceClass, number>> = {
  economy: 4,
  standard: 3,
  expedited: 2,
  unknown: 4,
};

/** AliExpress parcels start in China unless a source says otherwise. */
const originCountry = (ctx: FakeContext): string => toIsoCountry(ctx.facts.parcel.originCountry) ?? 'CN';

const postcodeTokens = (text: string): string[] => text.match(/\d{4,6}/g) ?? [];
const foldZip = (zip: string): string => zip.replace(/[\s-]/g, '').toUpperCase();

/**
 * Signal 5a: the carrier's "delivered" scan names a place that is not the order's. Only when both
 * sides are known; a location naming only the country says nothing about the city.
 */
export function deliveredElsewhere(ctx: FakeContext): FakeSignal | null {
  const delivered = firstDelivered(ctx.facts.events);
  const location = delivered?.location?.trim();
  if (!location) return null;
  const dest = ctx.orderCountry;
  const at = countryOfLocation(location);
  if (at && dest && at !== dest) {
    if (at === originCountry(ctx)) {
      return {
        reason: 'delivered_in_origin_country',
        strength: 'strong',
        evidence: { location, country: at, orderCountry: dest },
      };
    }
    // "Atlanta, Georgia" names a US state, not the country.
    if (at === 'GE' && dest === 'US') return null;
    return {
      reason: 'delivered_elsewhere',
      strength: 'medium',
      evidence: { location, mismatch: 'country', country: at, orderCountry: dest },
    };
  }
  const zip = ctx.orderZip === undefined ? undefined : foldZip(ctx.orderZip);
  const codes = postcodeTokens(location);
  if (zip && /^\d{4,6}$/.test(zip) && codes.some((c) => c.length === zip.length)) {
    if (codes.includes(zip)) return null;
    return { reason: 'delivered_elsewhere', strength: 'medium', evidence: { location, mismatch: 'zip', orderZip: ctx.orderZip } };
  }
  const city = ctx.orderCity === undefined ? '' : foldText(ctx.orderCity);
  const place = foldText(location);
  if (!city || !place || toIsoCountry(location)) return null;
  if (place.includes(city) || city.includes(place)) return null;
  // Spellings and scripts of city names differ between carriers ("Moscow"/"Москва"): a weak hint.
  return { reason: 'delivered_elsewhere', strength: 'weak', evidence: { location, mismatch: 'city', orderCity: ctx.orderCity } };
}

/** Whether the parcel crosses a border: true, false, or null when nothing says. */
function international(ctx: FakeContext): boolean | null {
  const dest = ctx.orderCountry;
  if (!dest) return null;
  const origin = toIsoCountry(ctx.facts.parcel.originCountry);
  if (origin) return origin !== dest;
  // A Cainiao LP code or an S10 posted abroad means a cross-border shipment.
  if (ctx.readings.some((r) => r.pattern === 'cainiao-lp' || (r.country !== undefined && r.country !== dest))) return true;
  return null;
}

/** Signal 5b: "delivered" sooner after the first scan than the class can cross a border. */
export function deliveredTooFast(ctx: FakeContext): FakeSignal | null {
  const delivered = firstDelivered(ctx.facts.events);
  if (!delivered) return null;
  const crosses = international(ctx);
  if (crosses === false) return null;
  const earlier = chronological(ctx.facts.events).find((e) => isCarrierEvent(e) && e.time < delivered.time);
  // With no scan before "delivered", the order date is the only anchor (and an even earlier one).
  const anchor = earlier?.time ?? (ctx.placedAt !== undefined && ctx.placedAt < delivered.time ? ctx.placedAt : undefined);
  if (anchor === undefined) return null;
  const serviceClass = ctx.facts.parcel.serviceClass;
  const minDays = IMPLAUSIBLY_FAST_DAYS[serviceClass];
  const took = delivered.time - anchor;
  if (took >= minDays * DAY_MS) return null;
  const strength: Strength = crosses ? 'strong' : 'weak';
  return {
    reason: 'delivered_too_fast',
    strength,
    evidence: {
      days: tenthDays(took),
      minDays,
      serviceClass,
      shippedAt: anchor,
      deliveredAt: delivered.time,
      anchor: earlier ? 'first_scan' : 'order_placed',
    },
  };
}
