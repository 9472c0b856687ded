import { TrackingEventSchema, type TrackingEvent } from '../domain/model';
import type { ParcelDb } from './schema';
import { check, dropUndefined, type BatchResult, type Rejection } from './validation';

/**
 * Writes events with `put` under their deterministic id: a retried fetch or a worker killed after
 * writing and before completing its job writes the same keys again and changes nothing. An event
 * whose number belongs to no parcel is rejected: its parcel was deleted while the fetch ran, and
 * storing it would leave an orphan no delete could find.
 */
export async function putEvents(db: ParcelDb, events: readonly unknown[]): Promise<BatchResult<TrackingEvent>> {
  const valid: Array<{ index: number; event: TrackingEvent }> = [];
  const rejected: Rejection[] = [];
  events.forEach((raw, index) => {
    const result = check(TrackingEventSchema, raw);
    if (result.ok) valid.push({ index, event: dropUndefined(result.value) });
    else rejected.push({ index, issues: result.issues });
  });
  const tx = db.transaction(['parcels', 'events'], 'readwrite');
  const byNumber = tx.objectStore('parcels').index('by-number');
  const known = new Map<string, boolean>();
  const written: TrackingEvent[] = [];
  for (const { index, event } of valid) {
    if (!known.has(event.number)) known.set(event.number, (await byNumber.count(event.number)) > 0);
    if (known.get(event.number)) {
      await tx.objectStore('events').put(event);
      written.push(event);
    } else {
      rejected.push({ index, issues: [{ path: 'number', message: `no parcel has the number ${event.number}` }] });
    }
  }
  await tx.done;
  rejected.sort((a, b) => a.index - b.index);
  return { written, rejected };
}

/** Oldest first; ties by id so the order is stable across reads. */
function byTime(a: TrackingEvent, b: TrackingEvent): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export async function eventsForNumber(db: ParcelDb, number: string): Promise<TrackingEvent[]> {
  return (await db.getAllFromIndex('events', 'by-number', number)).sort(byTime);
}

/** Every event under every alias of the parcel, oldest first. Empty when the parcel is unknown. */
export async function eventsForParcel(db: ParcelDb, parcelId: string): Promise<TrackingEvent[]> {
  const tx = db.transaction(['parcels', 'events'], 'readonly');
  const parcel = await tx.objectStore('parcels').get(parcelId);
  const lists = parcel ? await Promise.all(parcel.numbers.map((n) => tx.objectStore('events').index('by-number').getAll(n))) : [];
  await tx.done;
  return lists.flat().sort(byTime);
}
