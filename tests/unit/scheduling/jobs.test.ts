import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../../../src/domain/clock';
import { openParcelDb } from '../../../src/storage/db';
import { InvalidRecordError } from '../../../src/storage/validation';
import { cancel, claimDue, complete, enqueue, fail, fetchJobKey, getJob, listJobs, nextWakeAt, release } from '../../../src/scheduling/jobs';
import { freshDb, LP, S10, T0 } from '../storage/helpers';

const LEASE = 2 * MINUTE_MS;
const KEY = fetchJobKey('cainiao', LP);

describe('enqueue', () => {
  it('is idempotent by key: one job, the earliest dueAt, the newest payload', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0 + 5000, { numbers: [LP], reason: 'cadence' });
    await enqueue(db, 'fetch', KEY, T0 + 1000, { numbers: [LP], reason: 'new_number' });
    await enqueue(db, 'fetch', KEY, T0 + 9000, { numbers: [LP], reason: 'late' });
    const jobs = await listJobs(db);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ key: 'fetch:cainiao:LP00123456789012', kind: 'fetch', dueAt: T0 + 1000, payload: { reason: 'late' }, attempts: 0 });
  });

  it('refuses a payload that is not JSON', async () => {
    const { db } = await freshDb();
    // @ts-expect-error a function is not JSON
    await expect(enqueue(db, 'fetch', KEY, T0, { run: () => 1 })).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(enqueue(db, 'fetch', KEY, -1, null)).rejects.toBeInstanceOf(InvalidRecordError);
  });

  it('re-enqueuing a running job keeps its lease', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, null);
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    await enqueue(db, 'fetch', KEY, T0 - 1, null);
    expect((await getJob(db, KEY))?.lease).toEqual({ owner: 'A', until: T0 + LEASE });
  });
});

describe('claimDue', () => {
  it('leases due jobs earliest first, up to the limit, skipping future and leased ones', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', 'fetch:cainiao:3', T0 - 1, null);
    await enqueue(db, 'fetch', 'fetch:cainiao:1', T0 - 3, null);
    await enqueue(db, 'fetch', 'fetch:cainiao:2', T0 - 2, null);
    await enqueue(db, 'fetch', 'fetch:cainiao:future', T0 + 1, null);
    const first = await claimDue(db, T0, { limit: 2, leaseMs: LEASE, owner: 'A' });
    expect(first.map((j) => j.key)).toEqual(['fetch:cainiao:1', 'fetch:cainiao:2']);
    expect(first[0]).toMatchObject({ attempts: 1, lease: { owner: 'A', until: T0 + LEASE } });
    const second = await claimDue(db, T0, { limit: 10, leaseMs: LEASE, owner: 'B' });
    expect(second.map((j) => j.key)).toEqual(['fetch:cainiao:3']);
  });

  it('claims only the kinds asked for', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'notify', 'notify:stalled:LP1', T0, null);
    await enqueue(db, 'fetch', KEY, T0, null);
    expect((await claimDue(db, T0, { limit: 10, leaseMs: LEASE, owner: 'A', kinds: ['fetch'] })).map((j) => j.key)).toEqual([KEY]);
  });

  it('two concurrent claimers (two connections, as two worker wakes) never get the same job', async () => {
    const { factory, name, db } = await freshDb();
    const keys = Array.from({ length: 40 }, (_, i) => `fetch:cainiao:LP${String(i).padStart(14, '0')}`);
    for (const key of keys) await enqueue(db, 'fetch', key, T0, null);
    const other = await openParcelDb(name, factory);
    const [a, b] = await Promise.all([
      claimDue(db, T0, { limit: 25, leaseMs: LEASE, owner: 'A' }),
      claimDue(other, T0, { limit: 25, leaseMs: LEASE, owner: 'B' }),
    ]);
    const claimedA = new Set(a.map((j) => j.key));
    expect(b.filter((j) => claimedA.has(j.key))).toEqual([]);
    expect(a.length + b.length).toBe(40);
    expect(new Set([...a, ...b].map((j) => j.key))).toEqual(new Set(keys));
    other.close();
  });

  it('re-claims a job whose worker was killed once its lease expires; nothing lost, nothing doubled', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, { numbers: [LP] });
    const [job] = await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'killed-run' });
    expect(job?.key).toBe(KEY);
    // The worker dies here. Before the lease expires nobody else may take the job…
    expect(await claimDue(db, T0 + LEASE - 1, { limit: 10, leaseMs: LEASE, owner: 'early' })).toEqual([]);
    // …after, the next wake does.
    const again = await claimDue(db, T0 + LEASE, { limit: 10, leaseMs: LEASE, owner: 'next-run' });
    expect(again).toMatchObject([{ key: KEY, attempts: 2, lease: { owner: 'next-run' }, payload: { numbers: [LP] } }]);
    expect(await listJobs(db)).toHaveLength(1);
  });
});

describe('finishing', () => {
  it('complete with a stale lease does nothing; with ours removes the job', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, null);
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'slow-run' });
    await claimDue(db, T0 + LEASE, { limit: 1, leaseMs: LEASE, owner: 'next-run' });
    expect(await complete(db, KEY, 'slow-run')).toBe(false);
    expect((await getJob(db, KEY))?.lease?.owner).toBe('next-run');
    expect(await complete(db, KEY, 'next-run')).toBe(true);
    expect(await getJob(db, KEY)).toBeUndefined();
    expect(await complete(db, KEY, 'next-run')).toBe(false);
  });

  it('complete with a next check reschedules the same row atomically', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, { n: 1 }, { ref: LP });
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    await fail(db, KEY, 'A', T0 + 1, 'http_500');
    await claimDue(db, T0 + 1, { limit: 1, leaseMs: LEASE, owner: 'B' });
    expect(await complete(db, KEY, 'B', { dueAt: T0 + 12 * 60 * MINUTE_MS })).toBe(true);
    expect(await getJob(db, KEY)).toEqual({ key: KEY, kind: 'fetch', dueAt: T0 + 12 * 60 * MINUTE_MS, payload: { n: 1 }, attempts: 0, ref: LP });
  });

  it('fail releases the lease and retries at the given time, keeping the error', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, null);
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    expect(await fail(db, KEY, 'B', T0 + 1)).toBe(false);
    expect(await fail(db, KEY, 'A', T0 + 60 * MINUTE_MS, 'timeout')).toBe(true);
    expect(await getJob(db, KEY)).toMatchObject({ dueAt: T0 + 60 * MINUTE_MS, attempts: 1, lastError: 'timeout' });
    expect((await getJob(db, KEY))?.lease).toBeUndefined();
    expect(await claimDue(db, T0 + 1, { limit: 1, leaseMs: LEASE, owner: 'C' })).toEqual([]);
  });

  it('release gives the job back unrun, optionally postponed (the host is paused)', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, null);
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    expect(await release(db, KEY, 'A', T0 + 60 * MINUTE_MS)).toBe(true);
    expect(await getJob(db, KEY)).toMatchObject({ attempts: 0, dueAt: T0 + 60 * MINUTE_MS });
    expect((await getJob(db, KEY))?.lease).toBeUndefined();
  });

  it('cancel removes a job whoever holds it; the holder’s complete is then a no-op', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'fetch', KEY, T0, null);
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    await cancel(db, KEY);
    expect(await complete(db, KEY, 'A')).toBe(false);
    expect(await listJobs(db)).toEqual([]);
  });
});

describe('nextWakeAt', () => {
  it('is the earliest moment any job can be claimed, or null with no jobs', async () => {
    const { db } = await freshDb();
    expect(await nextWakeAt(db)).toBeNull();
    await enqueue(db, 'fetch', fetchJobKey('cainiao', S10), T0 + 5 * MINUTE_MS, null);
    await enqueue(db, 'fetch', KEY, T0, null);
    expect(await nextWakeAt(db)).toBe(T0);
    // A running job counts from its lease end, so the alarm does not fire at once for nothing.
    await claimDue(db, T0, { limit: 1, leaseMs: LEASE, owner: 'A' });
    expect(await nextWakeAt(db)).toBe(T0 + LEASE);
    await complete(db, KEY, 'A');
    expect(await nextWakeAt(db)).toBe(T0 + 5 * MINUTE_MS);
  });
});
