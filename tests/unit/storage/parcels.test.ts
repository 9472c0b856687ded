import { describe, expect, it } from 'vitest';
import { putEvents, eventsForParcel } from '../../../src/storage/events';
import { putFetchState, getFetchState } from '../../../src/storage/fetch-state';
import { getSummary, putSummary } from '../../../src/storage/parcel-list';
import {
  archiveParcel,
  deleteParcel,
  getParcel,
  getParcelByNumber,
  listParcels,
  parcelsForOrder,
  unarchiveParcel,
  upsertParcelNumbers,
} from '../../../src/storage/parcels';
import { InvalidRecordError } from '../../../src/storage/validation';
import { enqueue, fetchJobKey, getJob } from '../../../src/scheduling/jobs';
import { event, freshDb, LP, ORDER_A, ORDER_B, S10, T0 } from './helpers';

const LAST_MILE = '7290012345678'; // an all-digit Israel Post local number, the third alias

describe('upsertParcelNumbers', () => {
  it('creates a parcel under its first number, findable by every alias and by order', async () => {
    const { db } = await freshDb();
    const result = await upsertParcelNumbers(db, { numbers: [` ${LP} `, S10, LP], orderIds: [ORDER_A], addedFrom: 'order_page', seenAt: T0 });
    expect(result).toMatchObject({ created: true, mergedIds: [] });
    expect(result.parcel).toMatchObject({ id: LP, numbers: [LP, S10], orderIds: [ORDER_A], addedAt: T0, serviceClass: 'unknown', archived: false });
    expect((await getParcelByNumber(db, S10))?.id).toBe(LP);
    expect((await parcelsForOrder(db, ORDER_A)).map((p) => p.id)).toEqual([LP]);
    expect(await getSummary(db, LP)).toMatchObject({ parcelId: LP, status: null, urgency: 0 });
  });

  it('adds a new alias and order to the parcel found by any known number', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], orderIds: [ORDER_A], addedFrom: 'order_page', seenAt: T0 });
    const result = await upsertParcelNumbers(db, {
      numbers: [LAST_MILE, LP],
      orderIds: [ORDER_B],
      addedFrom: 'order_page',
      seenAt: T0 + 5,
      details: { lastMile: { name: 'Israel Post' }, destCountry: 'Israel' },
    });
    expect(result.created).toBe(false);
    expect(result.parcel).toMatchObject({ id: LP, numbers: [LP, LAST_MILE], orderIds: [ORDER_A, ORDER_B], addedAt: T0, lastMile: { name: 'Israel Post' } });
    expect(await listParcels(db)).toHaveLength(1);
  });

  it('merges two stored parcels that a source links: older id kept, events and summary kept', async () => {
    const { db } = await freshDb();
    // The order page showed the LP code; later a paste added the S10 number as its own parcel.
    await upsertParcelNumbers(db, { numbers: [LP], orderIds: [ORDER_A], addedFrom: 'order_page', seenAt: T0 });
    await upsertParcelNumbers(db, { numbers: [S10], addedFrom: 'paste', seenAt: T0 + 1000, details: { destCountry: 'Israel' } });
    await putEvents(db, [event(LP, T0 + 10, 'Accepted by carrier'), event(S10, T0 + 20, 'Arrived at destination', { status: 'arrived_destination' })]);
    await putSummary(db, { parcelId: S10, status: 'arrived_destination', stage: 'last_mile', flags: [], lastEventAt: T0 + 20, urgency: 10, computedAt: T0 + 30 });

    // Cainiao's copyRealMailNo now says S10 is the same parcel as LP.
    const result = await upsertParcelNumbers(db, { numbers: [LP, S10], addedFrom: 'order_page', seenAt: T0 + 2000 });
    expect(result).toMatchObject({ created: false, mergedIds: [S10] });
    expect(result.parcel).toMatchObject({ id: LP, numbers: [LP, S10], orderIds: [ORDER_A], destCountry: 'Israel', addedAt: T0, addedFrom: 'order_page' });
    expect(await getParcel(db, S10)).toBeUndefined();
    expect((await getParcelByNumber(db, S10))?.id).toBe(LP);
    expect((await eventsForParcel(db, LP)).map((e) => e.number)).toEqual([LP, S10]);
    // The freshest summary survives, re-keyed to the kept id, until the background recomputes.
    expect(await getSummary(db, LP)).toMatchObject({ parcelId: LP, status: 'arrived_destination', urgency: 10 });
    expect(await getSummary(db, S10)).toBeUndefined();
  });

  it('merges three parcels at once', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [S10], addedFrom: 'paste', seenAt: T0 + 2 });
    await upsertParcelNumbers(db, { numbers: [LAST_MILE], addedFrom: 'paste', seenAt: T0 + 3 });
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'order_page', seenAt: T0 + 1 });
    const result = await upsertParcelNumbers(db, { numbers: [LAST_MILE, S10, LP], addedFrom: 'paste', seenAt: T0 + 9 });
    expect(result.parcel.id).toBe(LP);
    expect(result.mergedIds.sort()).toEqual([LAST_MILE, S10].sort());
    expect(new Set(result.parcel.numbers)).toEqual(new Set([LP, S10, LAST_MILE]));
    expect(await listParcels(db)).toHaveLength(1);
  });

  it('rejects an invalid link and writes nothing', async () => {
    const { db } = await freshDb();
    await expect(upsertParcelNumbers(db, { numbers: [], addedFrom: 'paste', seenAt: T0 })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(upsertParcelNumbers(db, { numbers: [LP], orderIds: ['12'], addedFrom: 'paste', seenAt: T0 })).rejects.toThrow(/orderIds\[0\]/);
    await expect(upsertParcelNumbers(db, { numbers: ['LP 123'], addedFrom: 'paste', seenAt: T0 })).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await listParcels(db)).toEqual([]);
  });
});

describe('deleteParcel', () => {
  it('removes the parcel with its events, summary, fetch state and jobs, and nothing else', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP, S10], addedFrom: 'order_page', seenAt: T0 });
    await upsertParcelNumbers(db, { numbers: [LAST_MILE], addedFrom: 'paste', seenAt: T0 });
    await putEvents(db, [event(LP, T0, 'Accepted'), event(S10, T0 + 1, 'Departed'), event(LAST_MILE, T0, 'Registered')]);
    await putFetchState(db, { source: 'cainiao', number: S10, lastFetchedAt: T0 });
    await putFetchState(db, { source: 'cainiao', number: LAST_MILE, lastFetchedAt: T0 });
    await enqueue(db, 'fetch', fetchJobKey('cainiao', S10), T0, { number: S10 }, { ref: S10 });
    await enqueue(db, 'fetch', fetchJobKey('cainiao', LAST_MILE), T0, { number: LAST_MILE }, { ref: LAST_MILE });

    expect(await deleteParcel(db, LP)).toBe(true);
    expect(await getParcelByNumber(db, S10)).toBeUndefined();
    expect(await eventsForParcel(db, LAST_MILE)).toHaveLength(1);
    expect(await db.count('events')).toBe(1);
    expect(await getSummary(db, LP)).toBeUndefined();
    expect(await getFetchState(db, 'cainiao', S10)).toBeUndefined();
    expect(await getFetchState(db, 'cainiao', LAST_MILE)).toBeDefined();
    expect(await getJob(db, fetchJobKey('cainiao', S10))).toBeUndefined();
    expect(await getJob(db, fetchJobKey('cainiao', LAST_MILE))).toBeDefined();
    expect(await deleteParcel(db, LP)).toBe(false);
  });

  it('makes a late fetch result for the deleted parcel bounce instead of leaving orphans', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'paste', seenAt: T0 });
    await deleteParcel(db, LP);
    const result = await putEvents(db, [event(LP, T0, 'Accepted')]);
    expect(result.written).toEqual([]);
    expect(result.rejected[0]?.issues[0]?.message).toMatch(/no parcel/);
    expect(await putSummary(db, { parcelId: LP, status: null, stage: null, flags: [], lastEventAt: null, urgency: 0, computedAt: T0 })).toBe(false);
    expect(await db.count('summaries')).toBe(0);
  });
});

describe('archive', () => {
  it('archives and brings back, moving the summary between filters', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'paste', seenAt: T0 });
    expect((await archiveParcel(db, LP))?.archived).toBe(true);
    expect((await db.get('summaries', LP))?.rankKeys.map((k) => k.split('|')[0])).toEqual(['archived']);
    expect((await unarchiveParcel(db, LP))?.archived).toBe(false);
    expect((await db.get('summaries', LP))?.rankKeys.map((k) => k.split('|')[0])).toEqual(['all', 'in_transit']);
    expect(await archiveParcel(db, 'nope')).toBeUndefined();
  });

  it('an archived parcel merged with an active one is active', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'paste', seenAt: T0 });
    await archiveParcel(db, LP);
    await upsertParcelNumbers(db, { numbers: [S10], addedFrom: 'paste', seenAt: T0 + 1 });
    const { parcel } = await upsertParcelNumbers(db, { numbers: [S10, LP], addedFrom: 'paste', seenAt: T0 + 2 });
    expect(parcel.archived).toBe(false);
  });
});
