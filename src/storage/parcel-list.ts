import type { Parcel } from '../domain/model';
import type { ParcelDb } from './schema';
import {
  filterRange,
  fromStoredSummary,
  PARCEL_FILTERS,
  ParcelSummarySchema,
  toStoredSummary,
  type ParcelFilter,
  type ParcelSummary,
} from './summary';
import { parseOrThrow } from './validation';

/**
 * Stores the background's summary of a parcel after a timeline recompute. Returns false when the
 * parcel no longer exists (deleted while its fetch was running): a summary never outlives its parcel.
 */
export async function putSummary(db: ParcelDb, input: ParcelSummary): Promise<boolean> {
  const summary = parseOrThrow(ParcelSummarySchema, input, 'parcel summary');
  const tx = db.transaction(['parcels', 'summaries'], 'readwrite');
  const parcel = await tx.objectStore('parcels').get(summary.parcelId);
  if (parcel) await tx.objectStore('summaries').put(toStoredSummary(summary, parcel));
  await tx.done;
  return parcel !== undefined;
}

export async function getSummary(db: ParcelDb, parcelId: string): Promise<ParcelSummary | undefined> {
  const stored = await db.get('summaries', parcelId);
  return stored && fromStoredSummary(stored);
}

export interface ParcelPageQuery {
  filter?: ParcelFilter;
  offset?: number;
  limit?: number;
}

export interface ParcelListEntry {
  parcel: Parcel;
  summary: ParcelSummary;
}

export interface ParcelPage {
  filter: ParcelFilter;
  offset: number;
  limit: number;
  /** Entries of this page, most urgent first, then most recently active. */
  items: ParcelListEntry[];
  /** Parcels in this filter (counts[filter]), for the scroll height. */
  total: number;
  /** Size of every filter (the tab badges); counts[filter] is this filter's total. */
  counts: Record<ParcelFilter, number>;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/**
 * One screen of parcels without loading the rest: counts come from index counts, the page from the
 * filter's slice of the `by-rank` index (keys only up to offset + limit). Reads one snapshot.
 */
export async function listParcelsPage(db: ParcelDb, query: ParcelPageQuery = {}): Promise<ParcelPage> {
  const filter = query.filter ?? 'all';
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)));
  const tx = db.transaction(['summaries', 'parcels'], 'readonly');
  const byRank = tx.objectStore('summaries').index('by-rank');

  const counts = Object.fromEntries(
    await Promise.all(PARCEL_FILTERS.map(async (f) => [f, await byRank.count(filterRange(f))] as const)),
  ) as Record<ParcelFilter, number>;

  // The ids up to the end of the page in one request: a getAllKeys over short strings is one index
  // walk, where cursor.advance(offset) costs a step per skipped entry in some engines.
  const ids = (await byRank.getAllKeys(filterRange(filter), offset + limit)).slice(offset);
  const [summaries, parcels] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('summaries').get(id))),
    Promise.all(ids.map((id) => tx.objectStore('parcels').get(id))),
  ]);
  const items: ParcelListEntry[] = [];
  ids.forEach((_, i) => {
    const parcel = parcels[i];
    const stored = summaries[i];
    if (parcel && stored) items.push({ parcel, summary: fromStoredSummary(stored) });
  });
  await tx.done;
  return { filter, offset, limit, items, total: counts[filter], counts };
}

/** Case- and space-insensitive text a search matches: numbers, stores, items, service. */
function searchableText(summary: ParcelSummary, parcel: Parcel): string {
  const v = summary.view;
  return [...parcel.numbers, ...(v?.storeNames ?? []), ...(v?.itemTitles ?? []), parcel.service ?? '', ...parcel.orderIds]
    .join('\n')
    .toLocaleLowerCase();
}

/**
 * A page of the parcels in `filter` whose number, store, item or order id contains `query`.
 * Searching has to look at every summary of the filter (there is no full-text index), in rank
 * order so results keep the list's order; without a query it is `listParcelsPage`.
 */
export async function searchParcelsPage(db: ParcelDb, query: ParcelPageQuery & { query: string }): Promise<ParcelPage> {
  const needle = query.query.trim().toLocaleLowerCase();
  if (needle === '') return listParcelsPage(db, query);
  const compact = needle.replace(/[\s-]+/g, '');
  const page = await listParcelsPage(db, { ...query, limit: 1 });
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)));
  const tx = db.transaction(['summaries', 'parcels'], 'readonly');
  const items: ParcelListEntry[] = [];
  let total = 0;
  for (let cursor = await tx.objectStore('summaries').index('by-rank').openCursor(filterRange(page.filter)); cursor; cursor = await cursor.continue()) {
    const parcel = await tx.objectStore('parcels').get(cursor.primaryKey);
    if (!parcel) continue;
    const summary = fromStoredSummary(cursor.value);
    const text = searchableText(summary, parcel);
    if (!text.includes(needle) && !(compact && text.includes(compact))) continue;
    if (total >= offset && items.length < limit) items.push({ parcel, summary });
    total += 1;
  }
  await tx.done;
  return { filter: page.filter, offset, limit, items, total, counts: page.counts };
}
