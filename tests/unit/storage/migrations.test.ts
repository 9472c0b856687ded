import { describe, expect, it, vi } from 'vitest';
import { openParcelDb } from '../../../src/storage/db';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../src/storage/migrations';
import { event, freshDb, LP, ORDER_A, ORDER_B, order, parcelRecord, S10, T0 } from './helpers';

// Each migration is tested the Bitwarden way: build the database at the version before it, write
// data in the shape that version stored, open at the new version, check the new shape and that
// nothing was lost.

const storeNames = (db: IDBDatabase | { objectStoreNames: DOMStringList }) => [...db.objectStoreNames].sort();

describe('migration list', () => {
  it('numbers migrations 1..SCHEMA_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(3);
  });

  it('refuses a version no migration leads to', async () => {
    const { factory } = await freshDb();
    await expect(openParcelDb('beyond', factory, SCHEMA_VERSION + 1)).rejects.toThrow(/no migration/);
  });
});

describe('v1: the first stores', () => {
  it('creates orders, parcels, events, fetchState, jobs, meta with their indexes', async () => {
    const { db } = await freshDb(1);
    expect(storeNames(db)).toEqual(['events', 'fetchState', 'jobs', 'meta', 'orders', 'parcels']);
    const tx = db.transaction(['parcels', 'events', 'fetchState', 'jobs'], 'readonly');
    expect([...tx.objectStore('parcels').indexNames]).toEqual(['by-number']);
    expect(tx.objectStore('parcels').index('by-number').multiEntry).toBe(true);
    expect([...tx.objectStore('events').indexNames]).toEqual(['by-number']);
    expect(tx.objectStore('fetchState').keyPath).toEqual(['source', 'number']);
    expect([...tx.objectStore('jobs').indexNames].sort()).toEqual(['by-due', 'by-ref']);
    await tx.done;
    db.close();
  });
});

describe('v2: parcels.by-order', () => {
  it('indexes existing parcels by every order id and keeps all v1 data', async () => {
    const { db: v1, factory, name } = await freshDb(1);
    const shared = parcelRecord(LP, { numbers: [LP, S10], orderIds: [ORDER_A, ORDER_B] });
    const single = parcelRecord('LP99999999999999', { orderIds: [ORDER_B] });
    await v1.put('orders', order());
    await v1.put('parcels', shared);
    await v1.put('parcels', single);
    await v1.put('events', event(S10, T0, 'Departed from airport'));
    await v1.put('meta', { key: 'settings', value: { notifications: false } });
    v1.close();

    const v2 = await openParcelDb(name, factory, 2);
    expect(v2.version).toBe(2);
    expect((await v2.getAllFromIndex('parcels', 'by-order', ORDER_A)).map((p) => p.id)).toEqual([LP]);
    expect((await v2.getAllFromIndex('parcels', 'by-order', ORDER_B)).map((p) => p.id).sort()).toEqual([LP, 'LP99999999999999']);
    expect(await v2.get('parcels', LP)).toEqual(shared);
    expect(await v2.get('orders', ORDER_A)).toEqual(order());
    expect(await v2.getAllFromIndex('events', 'by-number', S10)).toHaveLength(1);
    expect(await v2.get('meta', 'settings')).toEqual({ key: 'settings', value: { notifications: false } });
    v2.close();
  });
});

describe('v3: summaries', () => {
  it('adds the summaries store and backfills a pending summary for every existing parcel', async () => {
    const { db: v2, factory, name } = await freshDb(2);
    const active = parcelRecord(LP, { numbers: [LP, S10], addedAt: T0 });
    const archived = parcelRecord('LP99999999999999', { archived: true, addedAt: T0 + 1 });
    await v2.put('parcels', active);
    await v2.put('parcels', archived);
    await v2.put('events', event(LP, T0, 'Accepted by carrier'));
    v2.close();

    const v3 = await openParcelDb(name, factory, 3);
    expect(storeNames(v3)).toContain('summaries');
    const summary = await v3.get('summaries', LP);
    expect(summary).toMatchObject({ parcelId: LP, status: null, flags: [], urgency: 0, archived: false, activityAt: T0 });
    expect(summary?.rankKeys.map((k) => k.split('|')[0])).toEqual(['all', 'in_transit']);
    expect((await v3.get('summaries', 'LP99999999999999'))?.rankKeys.map((k) => k.split('|')[0])).toEqual(['archived']);
    expect(await v3.get('parcels', LP)).toEqual(active);
    expect(await v3.get('parcels', 'LP99999999999999')).toEqual(archived);
    expect(await v3.getAll('events')).toHaveLength(1);
    v3.close();
  });
});

describe('whole chain', () => {
  it('takes a v1 database straight to the newest version with its data', async () => {
    const { db: v1, factory, name } = await freshDb(1);
    await v1.put('parcels', parcelRecord(LP, { orderIds: [ORDER_A] }));
    await v1.put('orders', order());
    v1.close();
    const latest = await openParcelDb(name, factory);
    expect(latest.version).toBe(SCHEMA_VERSION);
    expect(await latest.getAllFromIndex('parcels', 'by-order', ORDER_A)).toHaveLength(1);
    expect(await latest.count('summaries')).toBe(1);
    expect(await latest.get('orders', ORDER_A)).toEqual(order());
    latest.close();
  });

  it('opening an up-to-date database again changes nothing', async () => {
    const { db, factory, name } = await freshDb();
    await db.put('parcels', parcelRecord(LP));
    db.close();
    const again = await openParcelDb(name, factory);
    expect(await again.getAll('parcels')).toEqual([parcelRecord(LP)]);
    // No migration ran, so no summary was invented for a parcel written behind the repository's back.
    expect(await again.count('summaries')).toBe(0);
    again.close();
  });
});

describe('a failing migration', () => {
  it('aborts the upgrade: the database keeps its old version and data', async () => {
    const { db: v2, factory, name } = await freshDb(2);
    await v2.put('parcels', parcelRecord(LP));
    v2.close();
    const v3 = MIGRATIONS[2];
    if (!v3) throw new Error('no v3 migration');
    const spy = vi.spyOn(v3, 'migrate').mockRejectedValueOnce(new Error('disk full'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openParcelDb(name, factory)).rejects.toBeDefined();
    spy.mockRestore();
    error.mockRestore();

    const reopened = await openParcelDb(name, factory, 2);
    expect(reopened.version).toBe(2);
    expect(storeNames(reopened)).not.toContain('summaries');
    expect(await reopened.get('parcels', LP)).toEqual(parcelRecord(LP));
    reopened.close();
  });
});
