import type { Source } from '../domain/vocabulary';
import { JobRecordSchema, type JobRecord, type Json } from '../storage/records';
import type { ParcelDb } from '../storage/schema';
import { dropUndefined, parseOrThrow } from '../storage/validation';

/**
 * The persisted job queue behind the one alarm. The MV3 worker may die at any moment, so every
 * piece of work is a row in the `jobs` store:
 * - keys are deterministic (`fetch:cainiao:<number>`): enqueuing the same work twice is one job;
 * - a run claims jobs by writing a lease (owner + expiry) in the same transaction that found them,
 *   so two runs never hold the same job; IndexedDB serialises overlapping readwrite transactions;
 * - a worker killed mid-job leaves its lease to expire and the next wake claims the job again
 *   (work must be idempotent: events are keyed by id, so a repeat writes nothing new);
 * - finishing checks the lease is still ours, so a run that outlived its lease changes nothing.
 * Owners must be unique per run (crypto.randomUUID() at each wake).
 */

export function jobKey(kind: string, ...parts: string[]): string {
  return [kind, ...parts].join(':');
}

export function fetchJobKey(source: Source, number: string): string {
  return jobKey('fetch', source, number);
}

export interface EnqueueOptions {
  /** What the job is about (a tracking number); deleteParcel cancels jobs by it. */
  ref?: string;
}

/**
 * Adds a job, or merges into the one already under `key`: the earlier dueAt wins (asking sooner is
 * never lost, asking twice never happens), the newer payload replaces the older, a lease stays.
 */
export async function enqueue(db: ParcelDb, kind: string, key: string, dueAt: number, payload: Json, options: EnqueueOptions = {}): Promise<JobRecord> {
  const incoming = parseOrThrow(JobRecordSchema, dropUndefined({ key, kind, dueAt, payload, ref: options.ref }), 'job');
  const tx = db.transaction('jobs', 'readwrite');
  const existing = await tx.store.get(key);
  const job: JobRecord = existing
    ? dropUndefined({ ...existing, kind, payload: incoming.payload, dueAt: Math.min(existing.dueAt, dueAt), ref: incoming.ref ?? existing.ref })
    : incoming;
  await tx.store.put(job);
  await tx.done;
  return job;
}

export interface ClaimOptions {
  limit: number;
  leaseMs: number;
  owner: string;
  /** Only these kinds (e.g. the Cainiao fetcher batching up to 10 numbers per call). */
  kinds?: readonly string[];
}

function leaseActive(job: JobRecord, now: number): boolean {
  return job.lease !== undefined && job.lease.until > now;
}

/** Leases up to `limit` due jobs (earliest first) whose lease is absent or expired, atomically. */
export async function claimDue(db: ParcelDb, now: number, options: ClaimOptions): Promise<JobRecord[]> {
  const claimed: JobRecord[] = [];
  if (options.limit <= 0) return claimed;
  const kinds = options.kinds && new Set(options.kinds);
  const tx = db.transaction('jobs', 'readwrite');
  let cursor = await tx.store.index('by-due').openCursor(IDBKeyRange.upperBound(now));
  while (cursor && claimed.length < options.limit) {
    const job = cursor.value;
    if (!leaseActive(job, now) && (!kinds || kinds.has(job.kind))) {
      const leased: JobRecord = { ...job, attempts: job.attempts + 1, lease: { owner: options.owner, until: now + options.leaseMs } };
      await cursor.update(leased);
      claimed.push(leased);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return claimed;
}

/** Reads the job, applies `change` only if `owner` still holds its lease; false otherwise. */
async function ifLeaseHeld(db: ParcelDb, key: string, owner: string, change: (job: JobRecord) => JobRecord | 'delete'): Promise<boolean> {
  const tx = db.transaction('jobs', 'readwrite');
  const job = await tx.store.get(key);
  const held = job?.lease?.owner === owner;
  if (job && held) {
    const next = change(job);
    if (next === 'delete') await tx.store.delete(key);
    else await tx.store.put(dropUndefined(next));
  }
  await tx.done;
  return held;
}

function withoutLease(job: JobRecord): JobRecord {
  const { lease: _lease, ...rest } = job;
  return rest;
}

/**
 * Finishes a job we hold. With `next`, the same row is rescheduled in the same transaction (the
 * parcel's next check), so a worker dying between "done" and "schedule again" cannot lose it.
 */
export function complete(db: ParcelDb, key: string, owner: string, next?: { dueAt: number; payload?: Json }): Promise<boolean> {
  return ifLeaseHeld(db, key, owner, (job) => {
    if (!next) return 'delete';
    const { lastError: _lastError, ...rest } = withoutLease(job);
    return { ...rest, dueAt: next.dueAt, payload: next.payload ?? job.payload, attempts: 0 };
  });
}

/** The job failed; try again at `retryAt` (the caller computed the backoff). */
export function fail(db: ParcelDb, key: string, owner: string, retryAt: number, error?: string): Promise<boolean> {
  return ifLeaseHeld(db, key, owner, (job) => ({ ...withoutLease(job), dueAt: retryAt, lastError: error }));
}

/**
 * Gives a job back unrun (the host turned out to be paused, the run is out of time): the claim does
 * not count as an attempt. `dueAt` postpones it, e.g. to the end of the pause.
 */
export function release(db: ParcelDb, key: string, owner: string, dueAt?: number): Promise<boolean> {
  return ifLeaseHeld(db, key, owner, (job) => ({ ...withoutLease(job), attempts: Math.max(0, job.attempts - 1), dueAt: dueAt ?? job.dueAt }));
}

/** Removes a job whoever holds it (its subject is gone); a holder's complete then does nothing. */
export async function cancel(db: ParcelDb, key: string): Promise<void> {
  await db.delete('jobs', key);
}

export function getJob(db: ParcelDb, key: string): Promise<JobRecord | undefined> {
  return db.get('jobs', key);
}

export function listJobs(db: ParcelDb): Promise<JobRecord[]> {
  return db.getAllFromIndex('jobs', 'by-due');
}

/**
 * When the one alarm should fire: the earliest moment any job can be claimed. A job under a live
 * lease cannot be claimed before the lease ends, so it counts from then (otherwise a running job
 * due in the past would set an alarm that fires at once and finds nothing). Null: no jobs.
 */
export async function nextWakeAt(db: ParcelDb): Promise<number | null> {
  const tx = db.transaction('jobs', 'readonly');
  let best = Number.POSITIVE_INFINITY;
  let cursor = await tx.store.index('by-due').openCursor();
  // Walks in dueAt order and stops once no later job can beat the best found.
  while (cursor && cursor.value.dueAt < best) {
    const job = cursor.value;
    best = Math.min(best, job.lease ? Math.max(job.dueAt, job.lease.until) : job.dueAt);
    cursor = await cursor.continue();
  }
  await tx.done;
  return Number.isFinite(best) ? best : null;
}
