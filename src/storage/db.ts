import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { runMigrations, SCHEMA_VERSION } from './migrations';
import type { ParcelDb } from './schema';

export const DEFAULT_DB_NAME = 'parcellens';

/**
 * Opens (creating or migrating) the ParcelLens database. `idbFactory` lets tests pass a fresh
 * fake-indexeddb factory; it must come from the same implementation as the global IDB classes,
 * which idb's wrapper checks with instanceof. `version` exists for migration tests, which build a
 * database at an old version first; everything else opens at SCHEMA_VERSION.
 *
 * A migration that throws aborts the versionchange transaction: the database stays at its old
 * version with its old data, and this promise rejects.
 */
export function openParcelDb(name = DEFAULT_DB_NAME, idbFactory?: IDBFactory, version = SCHEMA_VERSION): Promise<ParcelDb> {
  // A version with no migration would be stamped on the database with nothing done to reach it.
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    return Promise.reject(new RangeError(`ParcelLens: no migration leads to schema version ${version}`));
  }
  const request = (idbFactory ?? indexedDB).open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    const db = wrap(request.result);
    // idb types a wrapped transaction as readonly; this one is the versionchange transaction.
    const upgradeTx = wrap(tx) as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
    // An abort surfaces as the open request's error; observing done here keeps it from also
    // surfacing as an unhandled rejection.
    upgradeTx.done.catch(() => undefined);
    runMigrations(db, upgradeTx, event.oldVersion, version).catch((error: unknown) => {
      console.error('ParcelLens: migration failed, keeping the old database', error);
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: nothing more to undo.
      }
    });
  });
  return (wrap(request) as Promise<IDBPDatabase<unknown> | undefined>).then((opened) => {
    if (!opened) throw new Error(`ParcelLens: could not open database ${name}`);
    const db = opened as unknown as ParcelDb;
    // A newer extension version (or a test) wants to upgrade: step aside instead of blocking it. The
    // next caller reopens; MV3 keeps no connection across worker restarts anyway.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}

/** Removes a whole database (tests, "reset everything"). */
export function deleteParcelDb(name = DEFAULT_DB_NAME, idbFactory?: IDBFactory): Promise<void> {
  return wrap((idbFactory ?? indexedDB).deleteDatabase(name)).then(() => undefined);
}
