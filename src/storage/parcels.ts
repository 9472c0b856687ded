import { z } from 'zod/mini';
import { EpochMsSchema, OrderIdSchema, ParcelSchema, type Parcel } from '../domain/model';
import { mergeParcelDetails, mergeParcels, olderFirst, ParcelDetailsSchema, union } from './merge';
import type { ParcelDb } from './schema';
import { fromStoredSummary, pendingSummary, toStoredSummary, type StoredSummary } from './summary';
import { dropUndefined, parseOrThrow } from './validation';

export const TrackingNumberInputSchema = z.string().check(z.trim(), z.minLength(1), z.regex(/^\S+$/));

/** "These numbers are one parcel, for these orders": what a page or a source tells us. */
export const ParcelLinkSchema = z.object({
  numbers: z.array(TrackingNumberInputSchema).check(z.minLength(1)),
  orderIds: z._default(z.array(OrderIdSchema), []),
  addedFrom: ParcelSchema.shape.addedFrom,
  /** When this was seen; becomes addedAt of a parcel created now. */
  seenAt: EpochMsSchema,
  details: z.optional(ParcelDetailsSchema),
});
export type ParcelLink = z.input<typeof ParcelLinkSchema>;

export interface UpsertParcelResult {
  parcel: Parcel;
  created: boolean;
  /** Ids of parcels folded into `parcel` because the numbers showed they are one package. */
  mergedIds: string[];
}

/**
 * Finds the parcel known under ANY of the numbers and adds the rest to it; creates one when none is
 * known. When the numbers span several stored parcels, those were one package all along: they are
 * merged into the oldest (its id stays), their summaries folded, the others deleted. Events are
 * keyed by number, so they follow without being touched. One transaction: no reader sees half.
 */
export async function upsertParcelNumbers(db: ParcelDb, input: ParcelLink): Promise<UpsertParcelResult> {
  const link = parseOrThrow(ParcelLinkSchema, input, 'parcel link');
  const numbers = [...new Set(link.numbers)];
  const tx = db.transaction(['parcels', 'summaries'], 'readwrite');
  const parcels = tx.objectStore('parcels');
  const summaries = tx.objectStore('summaries');

  const found = new Map<string, Parcel>();
  for (const number of numbers) for (const p of await parcels.index('by-number').getAll(number)) found.set(p.id, p);
  const firstNumber = numbers[0];
  if (firstNumber === undefined) throw new Error('unreachable: the schema requires a number');
  if (found.size === 0) {
    // The id is the first number; a parcel already holding that id must be this one.
    const sameId = await parcels.get(firstNumber);
    if (sameId) found.set(sameId.id, sameId);
  }

  if (found.size === 0) {
    const base = ParcelSchema.parse({ id: firstNumber, numbers, orderIds: link.orderIds, addedAt: link.seenAt, addedFrom: link.addedFrom });
    const parcel = ParcelSchema.parse(mergeParcelDetails(base, link.details));
    await parcels.put(parcel);
    await summaries.put(toStoredSummary(pendingSummary(parcel), parcel));
    await tx.done;
    return { parcel, created: true, mergedIds: [] };
  }

  const [keep, ...others] = [...found.values()].sort(olderFirst);
  if (!keep) throw new Error('unreachable: found is not empty');
  const folded = others.reduce(mergeParcels, keep);
  const parcel = ParcelSchema.parse(
    mergeParcelDetails(
      dropUndefined({ ...folded, numbers: union(folded.numbers, numbers), orderIds: union(folded.orderIds, link.orderIds) }),
      link.details,
    ),
  );

  // Keep the freshest summary of the merged records until the background recomputes the timeline.
  const stored: StoredSummary[] = [];
  for (const p of [keep, ...others]) {
    const s = await summaries.get(p.id);
    if (s) stored.push(s);
  }
  const freshest = stored.reduce<StoredSummary | undefined>((best, s) => (!best || s.computedAt > best.computedAt ? s : best), undefined);
  const summary = freshest ? { ...fromStoredSummary(freshest), parcelId: parcel.id } : pendingSummary(parcel);

  for (const other of others) {
    await parcels.delete(other.id);
    await summaries.delete(other.id);
  }
  await parcels.put(parcel);
  await summaries.put(toStoredSummary(summary, parcel));
  await tx.done;
  return { parcel, created: false, mergedIds: others.map((p) => p.id) };
}

export function getParcel(db: ParcelDb, id: string): Promise<Parcel | undefined> {
  return db.get('parcels', id);
}

/** Any alias (LP code, S10, last-mile number) finds the parcel. */
export function getParcelByNumber(db: ParcelDb, number: string): Promise<Parcel | undefined> {
  return db.getFromIndex('parcels', 'by-number', number.trim());
}

export function listParcels(db: ParcelDb): Promise<Parcel[]> {
  return db.getAll('parcels');
}

export function parcelsForOrder(db: ParcelDb, orderId: string): Promise<Parcel[]> {
  return db.getAllFromIndex('parcels', 'by-order', orderId);
}

/**
 * Removes a parcel and everything that exists only because of it: its events, summary, fetch
 * state and pending jobs (by job ref: any of its numbers or its id). A worker still holding one
 * of those jobs finds it gone; its events are then rejected as belonging to no parcel.
 */
export async function deleteParcel(db: ParcelDb, id: string): Promise<boolean> {
  const tx = db.transaction(['parcels', 'events', 'summaries', 'fetchState', 'jobs'], 'readwrite');
  const parcel = await tx.objectStore('parcels').get(id);
  if (!parcel) {
    await tx.done;
    return false;
  }
  const events = tx.objectStore('events');
  const fetchState = tx.objectStore('fetchState');
  const jobs = tx.objectStore('jobs');
  for (const number of parcel.numbers) {
    for (const key of await events.index('by-number').getAllKeys(number)) await events.delete(key);
    for (const key of await fetchState.index('by-number').getAllKeys(number)) await fetchState.delete(key);
    for (const key of await jobs.index('by-ref').getAllKeys(number)) await jobs.delete(key);
  }
  for (const key of await jobs.index('by-ref').getAllKeys(id)) await jobs.delete(key);
  await tx.objectStore('summaries').delete(id);
  await tx.objectStore('parcels').delete(id);
  await tx.done;
  return true;
}

/** Archive or bring back; the summary's index keys move with it so the lists stay right. */
export async function setArchived(db: ParcelDb, id: string, archived: boolean): Promise<Parcel | undefined> {
  const tx = db.transaction(['parcels', 'summaries'], 'readwrite');
  const old = await tx.objectStore('parcels').get(id);
  if (!old) {
    await tx.done;
    return undefined;
  }
  const parcel = { ...old, archived };
  const stored = await tx.objectStore('summaries').get(id);
  await tx.objectStore('parcels').put(parcel);
  await tx.objectStore('summaries').put(toStoredSummary(stored ? fromStoredSummary(stored) : pendingSummary(parcel), parcel));
  await tx.done;
  return parcel;
}

export const archiveParcel = (db: ParcelDb, id: string) => setArchived(db, id, true);
export const unarchiveParcel = (db: ParcelDb, id: string) => setArchived(db, id, false);
