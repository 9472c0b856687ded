import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock';
import { putEvents } from '../../../src/storage/events';
import { EXPORT_FORMAT, exportDatabase, importDatabase, type ParcelLensExport } from '../../../src/storage/export';
import { putFetchState } from '../../../src/storage/fetch-state';
import { SCHEMA_VERSION } from '../../../src/storage/migrations';
import { upsertOrders } from '../../../src/storage/orders';
import { putSummary } from '../../../src/storage/parcel-list';
import { archiveParcel, upsertParcelNumbers } from '../../../src/storage/parcels';
import { updateSettings } from '../../../src/storage/settings';
import { STORE_NAMES, type ParcelDb } from '../../../src/storage/schema';
import { claimDue, enqueue, fetchJobKey } from '../../../src/scheduling/jobs';
import { recordHostBlocked } from '../../../src/scheduling/pause-store';
import { event, freshDb, LP, ORDER_A, ORDER_B, order, S10, T0 } from './helpers';

const clock = fixedClock('2026-03-10T12:00:00Z');

/** A database with something in every store, as after a week of real use. */
async function populated(): Promise<ParcelDb> {
  const { db } = await freshDb();
  await upsertOrders(db, [order(), order({ id: ORDER_B, state: 'completed', totalText: undefined })]);
  await upsertParcelNumbers(db, {
    numbers: [LP, S10],
    orderIds: [ORDER_A],
    addedFrom: 'order_page',
    seenAt: T0,
    details: { service: 'AliExpress Standard Shipping', deadline: { at: T0 + 5e9, basis: 'aliexpress', text: 'Refund if no delivery before Apr 28' } },
  });
  await upsertParcelNumbers(db, { numbers: ['LP00999999999999'], orderIds: [ORDER_B], addedFrom: 'order_page', seenAt: T0 + 1 });
  await archiveParcel(db, 'LP00999999999999');
  await putEvents(db, [event(LP, T0, 'Accepted by carrier', { location: 'Shenzhen' }), event(S10, T0 + 5, 'Arrived in Israel', { status: 'arrived_destination' })]);
  await putSummary(db, { parcelId: LP, status: 'arrived_destination', stage: 'last_mile', flags: ['late'], lastEventAt: T0 + 5, urgency: 60, computedAt: T0 + 6 });
  await putFetchState(db, { source: 'cainiao', number: LP, lastFetchedAt: T0, lastSuccessAt: T0, deliveredSeenAt: undefined });
  await enqueue(db, 'fetch', fetchJobKey('cainiao', LP), T0 + 100, { numbers: [LP] }, { ref: LP });
  await claimDue(db, T0 + 200, { limit: 1, leaseMs: 60_000, owner: 'run-1' });
  await updateSettings(db, { sources: { ship24: { enabled: true, apiKey: 'secret' } } });
  await recordHostBlocked(db, 'global.cainiao.com', { reason: 'captcha' }, () => T0);
  return db;
}

describe('export → import round trip', () => {
  it('export, wipe, import, export gives exactly the first export (through JSON text)', async () => {
    const db = await populated();
    const first = await exportDatabase(db, clock);
    expect(first).toMatchObject({ format: EXPORT_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: clock() });
    for (const name of STORE_NAMES) expect(first.stores[name].length, name).toBeGreaterThan(0);

    const { db: empty } = await freshDb();
    const result = await importDatabase(empty, JSON.stringify(first));
    expect(result).toEqual({ ok: true, counts: { orders: 2, parcels: 2, events: 2, summaries: 2, fetchState: 1, jobs: 1, meta: 2 } });
    const second = await exportDatabase(empty, clock);
    expect(second).toStrictEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('can leave the API keys out of a file meant to be shared', async () => {
    const db = await populated();
    const shared = await exportDatabase(db, clock, { includeSecrets: false });
    expect(JSON.stringify(shared)).not.toContain('secret');
    expect(shared.stores.meta.find((m) => m.key === 'settings')?.value).toMatchObject({ sources: { ship24: { enabled: true, apiKey: '' } } });
    expect(JSON.stringify(await exportDatabase(db, clock))).toContain('secret');
  });

  it('import replaces what was there', async () => {
    const db = await populated();
    const backup = await exportDatabase(db, clock);
    await upsertParcelNumbers(db, { numbers: ['LP00000000000777'], addedFrom: 'paste', seenAt: T0 });
    expect((await importDatabase(db, backup)).ok).toBe(true);
    expect(await db.get('parcels', 'LP00000000000777')).toBeUndefined();
    expect(await exportDatabase(db, clock)).toStrictEqual(backup);
  });

  it('accepts a file without the optional stores and rebuilds summaries', async () => {
    const { db } = await freshDb();
    const result = await importDatabase(db, {
      format: EXPORT_FORMAT,
      schemaVersion: 1,
      exportedAt: T0,
      stores: { orders: [order()], parcels: [{ id: LP, numbers: [LP], orderIds: [ORDER_A], addedAt: T0, addedFrom: 'import' }], events: [] },
    });
    expect(result.ok).toBe(true);
    expect((await db.get('summaries', LP))?.status).toBeNull();
    expect((await db.get('parcels', LP))?.serviceClass).toBe('unknown');
  });
});

describe('a bad file changes nothing and says what is wrong', () => {
  async function expectUntouched(db: ParcelDb, before: ParcelLensExport) {
    expect(await exportDatabase(db, clock)).toStrictEqual(before);
  }

  it('not JSON', async () => {
    const db = await populated();
    const before = await exportDatabase(db, clock);
    const result = await importDatabase(db, '{"format": "parcellens.export", ');
    expect(result.ok === false && result.error.code).toBe('not_json');
    await expectUntouched(db, before);
  });

  it('not an export', async () => {
    const db = await populated();
    const before = await exportDatabase(db, clock);
    const result = await importDatabase(db, { hello: 'world' });
    expect(result.ok === false && result.error).toMatchObject({ code: 'not_an_export', issues: [{ path: 'format' }, { path: 'schemaVersion' }] });
    await expectUntouched(db, before);
  });

  it('from a newer ParcelLens', async () => {
    const db = await populated();
    const before = await exportDatabase(db, clock);
    const result = await importDatabase(db, { ...before, schemaVersion: SCHEMA_VERSION + 1 });
    expect(result.ok === false && result.error.code).toBe('newer_version');
    await expectUntouched(db, before);
  });

  it('invalid records are listed with their paths; the valid ones are not written either', async () => {
    const db = await populated();
    const before = await exportDatabase(db, clock);
    const { db: other } = await freshDb();
    const bad = structuredClone(before);
    bad.stores.parcels.push({ ...bad.stores.parcels[0]!, id: 'X', numbers: [] });
    bad.stores.events[1] = { ...bad.stores.events[1]!, time: -5 };
    bad.stores.orders.push(order({ id: '8190000000000003' }));
    const result = await importDatabase(other, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_records');
    expect(result.error.issues.map((i) => i.path)).toEqual(['stores.parcels[2].numbers', 'stores.events[1].time']);
    expect(result.error.issues[0]?.message).toMatch(/>=1|at least|too small/i);
    expect(await other.count('orders')).toBe(0);
    await expectUntouched(db, before);
  });

  it('contradictions: a number in two parcels, a summary or event without a parcel, duplicate keys, bad settings', async () => {
    const { db } = await freshDb();
    const doc = await exportDatabase(await populated(), clock);
    doc.stores.parcels.push({ ...doc.stores.parcels[0]!, id: 'LP00000000000555', numbers: ['LP00000000000555', S10] });
    doc.stores.summaries.push({ ...doc.stores.summaries[0]!, parcelId: 'ghost' });
    doc.stores.events.push(event('UNKNOWN1', T0, 'lost'));
    doc.stores.orders.push(order());
    doc.stores.meta = doc.stores.meta.map((m) => (m.key === 'settings' ? { key: 'settings', value: { language: 'klingon' } } : m));
    const result = await importDatabase(db, doc);
    expect(result.ok === false && result.error.code).toBe('inconsistent');
    expect(result.ok === false && result.error.issues.map((i) => i.path)).toEqual([
      'stores.orders[2]',
      'stores.parcels[2].numbers[1]',
      'stores.summaries[2].parcelId',
      'stores.events[2].number',
      expect.stringMatching(/^stores\.meta\[\d\]\.value\.language$/),
    ]);
    expect(await db.count('parcels')).toBe(0);
  });

  it('caps the list of issues so a garbage file does not produce a megabyte of errors', async () => {
    const { db } = await freshDb();
    const events = Array.from({ length: 500 }, () => ({ id: 1 }));
    const result = await importDatabase(db, { format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: T0, stores: { orders: [], parcels: [], events } });
    expect(result.ok === false && result.error.issues.length).toBe(101);
    expect(result.ok === false && result.error.issues.at(-1)?.message).toMatch(/more$/);
  });
});
