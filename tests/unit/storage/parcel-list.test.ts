import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/storage/migrations';
import { EXPORT_FORMAT, importDatabase } from '../../../src/storage/export';
import { listParcelsPage, putSummary } from '../../../src/storage/parcel-list';
import { archiveParcel, upsertParcelNumbers } from '../../../src/storage/parcels';
import { filtersOf, type ParcelSummary } from '../../../src/storage/summary';
import type { StatusCode } from '../../../src/domain/vocabulary';
import { freshDb, parcelRecord, T0 } from './helpers';

const summary = (parcelId: string, over: Partial<ParcelSummary> = {}): ParcelSummary => ({
  parcelId,
  status: 'in_transit',
  stage: 'line_haul',
  flags: [],
  lastEventAt: T0,
  urgency: 0,
  computedAt: T0,
  ...over,
});

describe('filtersOf', () => {
  it('puts a stalled parcel in both "needs attention" and "in transit", an archived one only in "archived"', () => {
    expect(filtersOf(summary('a', { flags: ['stalled'] }), false)).toEqual(['all', 'attention', 'in_transit']);
    expect(filtersOf(summary('a', { status: 'available_for_pickup' }), false)).toEqual(['all', 'attention', 'in_transit']);
    expect(filtersOf(summary('a', { status: 'delivered', flags: ['untracked'] }), false)).toEqual(['all', 'delivered']);
    expect(filtersOf(summary('a', { status: 'delivered', flags: ['stalled'] }), true)).toEqual(['archived']);
  });
});

describe('listParcelsPage', () => {
  it('sorts by urgency, then most recent activity, and counts every filter', async () => {
    const { db } = await freshDb();
    for (const id of ['LP00000000000001', 'LP00000000000002', 'LP00000000000003', 'LP00000000000004']) {
      await upsertParcelNumbers(db, { numbers: [id], addedFrom: 'paste', seenAt: T0 });
    }
    await putSummary(db, summary('LP00000000000001', { lastEventAt: T0 + 10 }));
    await putSummary(db, summary('LP00000000000002', { lastEventAt: T0 + 20 }));
    await putSummary(db, summary('LP00000000000003', { urgency: 80, flags: ['stalled'], lastEventAt: T0 }));
    await putSummary(db, summary('LP00000000000004', { status: 'delivered', stage: 'final', lastEventAt: T0 + 30 }));

    const page = await listParcelsPage(db, { filter: 'all' });
    expect(page.items.map((e) => e.parcel.id)).toEqual(['LP00000000000003', 'LP00000000000004', 'LP00000000000002', 'LP00000000000001']);
    expect(page.counts).toEqual({ all: 4, attention: 1, in_transit: 3, delivered: 1, archived: 0 });
    expect(page.items[0]?.summary).toEqual(summary('LP00000000000003', { urgency: 80, flags: ['stalled'], lastEventAt: T0 }));

    await archiveParcel(db, 'LP00000000000004');
    const archived = await listParcelsPage(db, { filter: 'archived' });
    expect(archived.items.map((e) => e.parcel.id)).toEqual(['LP00000000000004']);
    expect(archived.counts).toEqual({ all: 3, attention: 1, in_transit: 3, delivered: 0, archived: 1 });
  });

  it('lists a parcel added a moment ago before the background has summarised it', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: ['LP00000000000009'], addedFrom: 'paste', seenAt: T0 });
    const page = await listParcelsPage(db, { filter: 'in_transit' });
    expect(page.items.map((e) => e.summary.status)).toEqual([null]);
  });

  it('pages through 2,000 parcels reading only the screen asked for', async () => {
    const { db } = await freshDb();
    const statuses: StatusCode[] = ['in_transit', 'delivered', 'customs', 'out_for_delivery'];
    const parcels = Array.from({ length: 2000 }, (_, i) => parcelRecord(`LP${String(i).padStart(14, '0')}`, { addedAt: T0, archived: i % 10 === 9 }));
    const summaries = parcels.map((p, i) =>
      summary(p.id, { status: statuses[i % 4] ?? null, flags: i % 7 === 0 ? ['stalled'] : [], urgency: i % 7 === 0 ? 50 : 0, lastEventAt: T0 + i }),
    );
    // Seeding through import: one transaction instead of 2,000.
    const seeded = await importDatabase(db, {
      format: EXPORT_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: T0,
      stores: { orders: [], parcels, events: [], summaries },
    });
    expect(seeded.ok).toBe(true);

    const expected = parcels
      .map((p, i) => ({ p, s: summaries[i] }))
      .filter(({ p }) => !p.archived)
      .sort((a, b) => (b.s?.urgency ?? 0) - (a.s?.urgency ?? 0) || (b.s?.lastEventAt ?? 0) - (a.s?.lastEventAt ?? 0))
      .map(({ p }) => p.id);

    const first = await listParcelsPage(db, { filter: 'all', offset: 0, limit: 50 });
    const third = await listParcelsPage(db, { filter: 'all', offset: 100, limit: 50 });
    const last = await listParcelsPage(db, { filter: 'all', offset: 1780, limit: 50 });
    expect(first.items.map((e) => e.parcel.id)).toEqual(expected.slice(0, 50));
    expect(third.items.map((e) => e.parcel.id)).toEqual(expected.slice(100, 150));
    expect(last.items.map((e) => e.parcel.id)).toEqual(expected.slice(1780));
    expect(first.counts.all).toBe(1800);
    expect(first.total).toBe(1800);
    expect(first.counts.archived).toBe(200);
    expect(first.counts.delivered + first.counts.in_transit).toBe(1800);
    expect(first.counts.attention).toBe(parcels.filter((p, i) => !p.archived && i % 7 === 0).length);
    // fake-indexeddb is far slower than a browser's IndexedDB; the seeding alone takes a second.
  }, 20_000);

  it('clamps silly paging arguments', async () => {
    const { db } = await freshDb();
    const page = await listParcelsPage(db, { offset: -5, limit: 10_000 });
    expect(page).toMatchObject({ offset: 0, limit: 200, items: [] });
  });
});
