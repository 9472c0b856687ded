import type { DBSchema, IDBPDatabase } from 'idb';
import type { Order, Parcel, TrackingEvent } from '../domain/model';
import type { Source } from '../domain/vocabulary';
import type { FetchState, JobRecord, MetaRecord } from './records';
import type { StoredSummary } from './summary';

/**
 * The database as the newest migration leaves it. Older versions are described by the migrations
 * themselves (src/storage/migrations.ts), never by this type. Store layout: src/storage/README.md.
 */
export interface ParcelLensSchema extends DBSchema {
  orders: { key: string; value: Order };
  parcels: {
    key: string;
    value: Parcel;
    /** Both multiEntry: any alias finds its parcel; any order finds its parcels. */
    indexes: { 'by-number': string; 'by-order': string };
  };
  events: { key: string; value: TrackingEvent; indexes: { 'by-number': string } };
  summaries: { key: string; value: StoredSummary; indexes: { 'by-rank': string } };
  fetchState: { key: [Source, string]; value: FetchState; indexes: { 'by-number': string } };
  jobs: { key: string; value: JobRecord; indexes: { 'by-due': number; 'by-ref': string } };
  meta: { key: string; value: MetaRecord };
}

export type ParcelDb = IDBPDatabase<ParcelLensSchema>;

export const STORE_NAMES = ['orders', 'parcels', 'events', 'summaries', 'fetchState', 'jobs', 'meta'] as const;
export type StoreName = (typeof STORE_NAMES)[number];
