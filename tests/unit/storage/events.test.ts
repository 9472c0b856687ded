import { describe, expect, it } from 'vitest';
import { eventsForNumber, eventsForParcel, putEvents } from '../../../src/storage/events';
import { upsertParcelNumbers } from '../../../src/storage/parcels';
import { event, freshDb, LP, S10, T0 } from './helpers';

describe('events', () => {
  it('writing the same events twice (a retried fetch) stores them once', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'paste', seenAt: T0 });
    const batch = [event(LP, T0, 'Accepted by carrier'), event(LP, T0 + 3_600_000, 'Departed from sorting center')];
    await putEvents(db, batch);
    const again = await putEvents(db, batch);
    expect(again.written).toHaveLength(2);
    expect(await db.count('events')).toBe(2);
  });

  it('rejects invalid events and keeps the valid ones of the batch', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP], addedFrom: 'paste', seenAt: T0 });
    const bad = { ...event(LP, T0, 'x'), status: 'teleported' };
    const result = await putEvents(db, [bad, event(LP, T0 + 1, 'ok'), { id: 'only-an-id' }]);
    expect(result.written).toHaveLength(1);
    expect(result.rejected.map((r) => r.index)).toEqual([0, 2]);
    expect(result.rejected[0]?.issues.map((i) => i.path)).toEqual(['status']);
  });

  it('returns a parcel’s events across all its aliases, oldest first', async () => {
    const { db } = await freshDb();
    await upsertParcelNumbers(db, { numbers: [LP, S10], addedFrom: 'paste', seenAt: T0 });
    await putEvents(db, [event(S10, T0 + 20, 'Arrived'), event(LP, T0 + 10, 'Accepted'), event(LP, T0 + 30, 'Out for delivery')]);
    expect((await eventsForParcel(db, LP)).map((e) => e.time)).toEqual([T0 + 10, T0 + 20, T0 + 30]);
    expect(await eventsForNumber(db, S10)).toHaveLength(1);
    expect(await eventsForParcel(db, 'unknown')).toEqual([]);
  });
});
