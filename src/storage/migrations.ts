import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { ParcelSchema } from '../domain/model';
import { pendingSummary, toStoredSummary } from './summary';

/**
 * One numbered migration per schema change, applied in order from the stored version to the target.
 * Migrations see the database untyped: the shape they read is whatever the previous version left,
 * which is not what ParcelLensSchema (the newest shape) describes. Never edit a migration that has
 * shipped; add the next number. Each has a test in tests/unit/storage/migrations.test.ts.
 */
export interface Migration {
  version: number;
  description: string;
  /** Runs inside the versionchange transaction; may only await IndexedDB requests, or it commits early. */
  migrate(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void | Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'orders, parcels (by-number), events (by-number), fetchState, jobs, meta',
    migrate(db) {
      db.createObjectStore('orders', { keyPath: 'id' });
      const parcels = db.createObjectStore('parcels', { keyPath: 'id' });
      // multiEntry: a parcel is found under any of its numbers (LP code, S10, last-mile number).
      parcels.createIndex('by-number', 'numbers', { unique: false, multiEntry: true });
      const events = db.createObjectStore('events', { keyPath: 'id' });
      events.createIndex('by-number', 'number', { unique: false });
      const fetchState = db.createObjectStore('fetchState', { keyPath: ['source', 'number'] });
      fetchState.createIndex('by-number', 'number', { unique: false });
      const jobs = db.createObjectStore('jobs', { keyPath: 'key' });
      jobs.createIndex('by-due', 'dueAt', { unique: false });
      jobs.createIndex('by-ref', 'ref', { unique: false });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  },
  {
    version: 2,
    description: 'parcels.by-order: the order page asks "which parcels does this order have?"',
    migrate(_db, tx) {
      tx.objectStore('parcels').createIndex('by-order', 'orderIds', { unique: false, multiEntry: true });
    },
  },
  {
    version: 3,
    description: 'summaries store (by-rank) so the popup pages 2,000 parcels; backfilled for existing parcels',
    async migrate(db, tx) {
      const summaries = db.createObjectStore('summaries', { keyPath: 'parcelId' });
      summaries.createIndex('by-rank', 'rankKeys', { unique: false, multiEntry: true });
      // Without a summary a parcel would vanish from the lists until its next fetch; a pending one
      // keeps it listed, and the background replaces it after the next timeline recompute.
      for await (const cursor of tx.objectStore('parcels')) {
        const parcel = ParcelSchema.safeParse(cursor.value);
        if (parcel.success) await summaries.put(toStoredSummary(pendingSummary(parcel.data), parcel.data));
      }
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies every migration newer than `oldVersion` up to `newVersion`, strictly in order. */
export async function runMigrations(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion && migration.version <= newVersion) await migration.migrate(db, tx);
  }
}
