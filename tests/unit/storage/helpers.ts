import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Order, Parcel, TrackingEvent } from '../../../src/domain/model';
import { eventId } from '../../../src/domain/ids';
import { openParcelDb } from '../../../src/storage/db';
import type { ParcelDb } from '../../../src/storage/schema';

/**
 * Every test gets its own in-memory IndexedDB (a fresh factory) and its own database name, so no
 * test sees another's data. The factory is returned for tests that reopen or open twice.
 */
export async function freshDb(version?: number): Promise<{ db: ParcelDb; factory: IDBFactory; name: string }> {
  const factory = new IDBFactory();
  const name = `parcellens-test-${crypto.randomUUID()}`;
  const db = await openParcelDb(name, factory, version);
  return { db, factory, name };
}

export const T0 = Date.parse('2026-03-01T08:00:00Z');

/** Order ids as AliExpress's order list shows them (16 digits). */
export const ORDER_A = '8190000000000001';
export const ORDER_B = '8190000000000002';

/** A Cainiao LP code and the S10 number the same parcel gets later (the classic alias pair). */
export const LP = 'LP00123456789012';
export const S10 = 'RB123456785CN';

export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: ORDER_A,
    site: 'www.aliexpress.com',
    state: 'awaiting_delivery',
    statusText: 'Awaiting delivery',
    placedAt: T0 - 86_400_000,
    store: { name: 'Shenzhen Gadgets Store', url: 'https://www.aliexpress.com/store/1' },
    items: [{ title: 'USB-C cable 2 m', quantity: 2 }],
    totalText: 'US $4.20',
    destination: { country: 'IL', city: 'Haifa' },
    firstSeenAt: T0,
    lastSeenAt: T0,
    ...overrides,
  };
}

export function event(number: string, time: number, text: string, overrides: Partial<TrackingEvent> = {}): TrackingEvent {
  const base = { source: 'cainiao' as const, number, time, code: 'COMMON_INTRANSIT', text };
  return {
    id: eventId(base),
    ...base,
    timeZone: 'GMT+8',
    location: null,
    status: 'in_transit',
    stage: 'line_haul',
    ...overrides,
  };
}

export function parcelRecord(id: string, overrides: Partial<Parcel> = {}): Parcel {
  return {
    id,
    numbers: [id],
    orderIds: [],
    serviceClass: 'unknown',
    untrackedService: false,
    eta: [],
    items: [],
    addedAt: T0,
    addedFrom: 'order_page',
    archived: false,
    ...overrides,
  };
}
