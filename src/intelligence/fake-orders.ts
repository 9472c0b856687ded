import { DAY_MS } from '../domain/clock';
import type { Order } from '../domain/model';
import { foldText, toIsoCountry } from './countries';
import type { FakeContext, FakeSignal } from './fake-context';
import { chronological, isCarrierEvent } from './journey';
import { familyOfCarrier, familyOfName } from './services';
import { wholeDays } from './verdict';

/** Signal 4: the tracking says the parcel goes to another country than the order. */
export function destinationMismatch(ctx: FakeContext): FakeSignal | null {
  const raw = ctx.facts.parcel.destCountry;
  const tracking = toIsoCountry(raw);
  const order = ctx.orderCountry;
  if (!tracking || !order || tracking === order) return null;
  return {
    reason: 'destination_country_mismatch',
    strength: 'strong',
    evidence: { trackingCountry: tracking, orderCountry: order, trackingCountryText: raw },
  };
}

/**
 * Signal 6: scans older than the order: the number belongs to an old shipment. A day of slack
 * absorbs time zones (order times are local, some carriers give no zone).
 */
export function eventsBeforeOrder(ctx: FakeContext): FakeSignal | null {
  if (ctx.placedAt === undefined) return null;
  const placedAt = ctx.placedAt;
  const early = chronological(ctx.facts.events).find((e) => isCarrierEvent(e) && e.time < placedAt - DAY_MS);
  if (!early) return null;
  return {
    reason: 'events_before_order',
    strength: 'strong',
    evidence: { eventAt: early.time, placedAt, daysBefore: wholeDays(placedAt - early.time), number: early.number },
  };
}

/**
 * Orders from different stores placed this close together may legitimately share a parcel:
 * AliExpress Choice consolidates items of several stores into one package.
 */
export const CONSOLIDATION_WINDOW_DAYS = 14;

const storeOf = (o: Order): string | undefined => (o.store?.name ? foldText(o.store.name) : undefined);

function destinationsDiffer(a: Order, b: Order): boolean {
  const ca = toIsoCountry(a.destination?.country);
  const cb = toIsoCountry(b.destination?.country);
  if (ca && cb && ca !== cb) return true;
  const za = a.destination?.zip?.replace(/\s/g, '');
  const zb = b.destination?.zip?.replace(/\s/g, '');
  return Boolean(za && zb && za !== zb);
}

/** Signal 7: the same number on unrelated orders from different stores (a reused number). */
export function numberReused(ctx: FakeContext): FakeSignal | null {
  const own = ctx.facts.orders;
  const ownIds = new Set([...own.map((o) => o.id), ...ctx.facts.parcel.orderIds]);
  const ownStores = new Set(own.map(storeOf).filter((s): s is string => s !== undefined));
  if (ownStores.size === 0) return null;
  let best: FakeSignal | null = null;
  for (const other of ctx.facts.sameNumberOrders ?? []) {
    const otherStore = storeOf(other);
    if (ownIds.has(other.id) || !otherStore || ownStores.has(otherStore)) continue;
    const gaps = own
      .filter((o) => o.placedAt !== undefined && other.placedAt !== undefined)
      .map((o) => Math.abs((o.placedAt ?? 0) - (other.placedAt ?? 0)));
    const daysApart = gaps.length === 0 ? undefined : wholeDays(Math.min(...gaps));
    const elsewhere = own.some((o) => destinationsDiffer(o, other));
    const unrelated = elsewhere || (daysApart !== undefined && daysApart >= CONSOLIDATION_WINDOW_DAYS);
    if (!unrelated && daysApart !== undefined) continue; // close in time: a consolidated Choice parcel
    const signal: FakeSignal = {
      reason: 'number_reused',
      strength: unrelated ? 'strong' : 'weak',
      evidence: {
        otherOrderId: other.id,
        otherStore: other.store?.name,
        store: own.find((o) => o.store?.name)?.store?.name,
        daysApart,
        otherDestination: elsewhere,
      },
    };
    if (!best || (signal.strength === 'strong' && best.strength !== 'strong')) best = signal;
  }
  return best;
}

/**
 * Signal 8: the order names one carrier, the parcel travels with another. Only the parcel's first
 * number and its service are compared: alias numbers change carrier by design (LP → S10 → local).
 */
export function carrierDiffers(ctx: FakeContext): FakeSignal | null {
  const ordered = ctx.facts.shippingMethod;
  const wanted = familyOfName(ordered);
  if (!wanted || wanted === 'umbrella') return null;
  const service = ctx.facts.parcel.service;
  const primary = ctx.readings[0];
  const candidates: [string, ReturnType<typeof familyOfName>][] = [
    [service ?? '', familyOfName(service)],
    [primary?.carriers[0] ?? '', familyOfCarrier(primary?.carriers[0])],
  ];
  const other = candidates.find(([, family]) => family !== null && family !== 'umbrella' && family !== wanted);
  if (!other) return null;
  return { reason: 'carrier_differs', strength: 'weak', evidence: { ordered, actual: other[0] } };
}
