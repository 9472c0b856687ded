/**
 * Builders for intelligence tests. Parcels imitate what the AliExpress querydetail and Cainiao
 * adapters store (docs/aliexpress-data.md, docs/carriers.md): an `LP…` code or S10 number, Cainiao
 * action codes on events, receiver country/city/zip on orders. Every clock is fixed: T0 is
 * 2026-03-01 00:00 UTC and `day(n)` is n days later.
 */
import { DAY_MS } from '../../../src/domain/clock';
import { OrderSchema, ParcelSchema } from '../../../src/domain/model';
import type { Order, Parcel, TrackingEvent } from '../../../src/domain/model';
import type { Source, Stage, StatusCode } from '../../../src/domain/vocabulary';
import type { ParcelFacts } from '../../../src/intelligence';

export const T0 = Date.UTC(2026, 2, 1);
export const day = (n: number): number => T0 + Math.round(n * DAY_MS);

export const S10_OK = 'RB123456785CN';
export const S10_BAD_CHECK = 'RB123456786CN';
export const S10_BAD_COUNTRY = 'RB123456785XX';
export const S10_UNTRACKED = 'UA123456785CN';
export const S10_EPACKET = 'LZ123456785CN';
export const S10_ES_LOCAL = 'CP123456785ES';
export const LP = 'LP00123456789012';
export const ORDER_ID = '8123456789012345';
export const OTHER_ORDER_ID = '8123456789099999';

export function makeParcel(over: Partial<Parcel> = {}): Parcel {
  const numbers = over.numbers ?? [S10_OK];
  return ParcelSchema.parse({
    id: numbers[0],
    orderIds: [ORDER_ID],
    addedAt: day(0),
    addedFrom: 'order_page',
    originCountry: 'Mainland China',
    destCountry: 'Spain',
    serviceClass: 'standard',
    service: 'AliExpress Standard Shipping',
    ...over,
    numbers,
  });
}

export function makeOrder(over: Partial<Order> = {}): Order {
  return OrderSchema.parse({
    id: ORDER_ID,
    site: 'www.aliexpress.com',
    state: 'awaiting_delivery',
    placedAt: day(-3),
    store: { name: 'Gadget Town Store' },
    items: [{ title: 'USB-C cable 2 m', quantity: 2 }],
    destination: { country: 'ES', city: 'Madrid', zip: '28001' },
    firstSeenAt: day(-3),
    lastSeenAt: day(0),
    ...over,
  });
}

export interface EventOptions {
  number?: string;
  source?: Source;
  location?: string | null;
  text?: string;
  code?: string | null;
}

export function ev(at: number, status: StatusCode | null, stage: Stage | null, o: EventOptions = {}): TrackingEvent {
  const number = o.number ?? S10_OK;
  const source = o.source ?? 'cainiao';
  return {
    id: `${source}:${number}:${at}:${status ?? 'x'}`,
    number,
    source,
    time: at,
    timeZone: 'GMT+8',
    location: o.location ?? null,
    code: o.code ?? null,
    text: o.text ?? `${status ?? 'unmapped'} scan`,
    status,
    stage,
  };
}

/** A tracked journey: label d0, picked up d1, export customs d3, line haul d4, arrived d(arrive). */
export function journeyTo(stage: 'info_received' | 'origin' | 'line_haul' | 'import_customs' | 'last_mile', o: EventOptions = {}): TrackingEvent[] {
  const steps: TrackingEvent[] = [ev(day(0), 'info_received', 'origin', o)];
  if (stage === 'info_received') return steps;
  steps.push(ev(day(1), 'accepted', 'origin', o));
  if (stage === 'origin') return steps;
  steps.push(ev(day(3), 'customs', 'export_customs', o), ev(day(4), 'in_transit', 'line_haul', o));
  if (stage === 'line_haul') return steps;
  steps.push(ev(day(12), 'arrived_destination', 'import_customs', o), ev(day(13), 'customs', 'import_customs', o));
  if (stage === 'import_customs') return steps;
  steps.push(ev(day(15), 'at_local_facility', 'last_mile', o));
  return steps;
}

const newestStatus = (events: readonly TrackingEvent[]): StatusCode =>
  [...events].sort((a, b) => b.time - a.time).find((e) => e.status !== null)?.status ?? 'not_found';

export function makeFacts(over: Partial<ParcelFacts> = {}): ParcelFacts {
  const events = over.events ?? journeyTo('line_haul');
  return {
    parcel: makeParcel(),
    orders: [makeOrder()],
    history: {},
    ...over,
    events,
    status: over.status ?? newestStatus(events),
  };
}
