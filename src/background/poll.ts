import { chunk } from '../carriers/http';
import type { CarrierFailure, CarrierResult } from '../carriers/types';
import { HOUR_MS } from '../domain/clock';
import type { Parcel } from '../domain/model';
import { nextCheckAt } from '../scheduling/cadence';
import { claimDue, complete, enqueue, fail, fetchJobKey, getJob, release } from '../scheduling/jobs';
import { hostPausedUntil, recordHostBlocked, recordHostSuccess } from '../scheduling/pause-store';
import type { JobRecord } from '../storage/records';
import {
  getFetchState,
  getParcel,
  getSettings,
  getSummary,
  listParcels,
  putEvents,
  putFetchState,
  upsertParcelNumbers,
  type ParcelDb,
} from '../storage/repository';
import type { Settings } from '../storage/settings';
import type { BackgroundDeps } from './deps';
import { recomputeParcel } from './recompute';
import { CAINIAO, POLL_SOURCES, type BatchOutcome, type PollSource } from './sources';

export const CAINIAO_HOST = CAINIAO.host;
/** A worker killed mid-fetch loses its lease after this long (a fetch times out at 20 s); the next wake takes the job over. */
const LEASE_MS = 30_000;
/** At most this many parcels per source per wake: the rest wait for the next alarm, spreading load. */
const PER_WAKE = 40;
/** Requests to one host at once. */
const IN_FLIGHT = 2;

/** A parcel new to a source is asked within seconds (batched with the others found at the same moment). */
export async function scheduleFirstFetches(db: ParcelDb, parcelId: string, now: number, settings: Settings): Promise<void> {
  for (const source of POLL_SOURCES) {
    if (!source.enabled(settings)) continue;
    const key = fetchJobKey(source.source, parcelId);
    // An existing job keeps its own schedule: enqueuing would pull it forward to now.
    if (await getJob(db, key)) continue;
    await enqueue(db, source.jobKind, key, now, { parcelId }, { ref: parcelId });
  }
}

/** After the user enables a keyed source, every parcel is asked there once. */
export async function scheduleAllFirstFetches(db: ParcelDb, now: number): Promise<void> {
  const settings = await getSettings(db);
  for (const parcel of await listParcels(db)) await scheduleFirstFetches(db, parcel.id, now, settings);
}

export interface PollReport {
  claimed: number;
  fetched: number;
  failed: number;
  /** Earliest end of a host pause in force, if any. */
  pausedUntil: number | null;
}

/** One wake's work for every enabled source. */
export async function pollDue(deps: BackgroundDeps, owner: string): Promise<PollReport> {
  const settings = await getSettings(deps.db);
  const total: PollReport = { claimed: 0, fetched: 0, failed: 0, pausedUntil: null };
  for (const source of POLL_SOURCES) {
    if (!source.enabled(settings)) continue;
    const r = await pollSource(deps, owner, source, settings);
    total.claimed += r.claimed;
    total.fetched += r.fetched;
    total.failed += r.failed;
    if (r.pausedUntil !== null) total.pausedUntil = Math.min(total.pausedUntil ?? Infinity, r.pausedUntil);
  }
  return total;
}

/**
 * Claim due fetch jobs of one source (leased, so a killed worker's jobs come back), ask in batches
 * with ≤2 requests in flight, store what comes back, reschedule each parcel by its state. A block
 * sign (captcha, HTML, 429) pauses the host for every parcel (hours, doubling) and releases the rest.
 */
async function pollSource(deps: BackgroundDeps, owner: string, source: PollSource, settings: Settings): Promise<PollReport> {
  const { db, clock } = deps;
  const report: PollReport = { claimed: 0, fetched: 0, failed: 0, pausedUntil: await hostPausedUntil(db, source.host, clock) };
  if (report.pausedUntil !== null) return report;

  const jobs = await claimDue(db, clock(), { limit: PER_WAKE, leaseMs: LEASE_MS, owner, kinds: [source.jobKind] });
  report.claimed = jobs.length;
  const asked = new Map<string, { job: JobRecord; parcel: Parcel }>();
  for (const job of jobs) {
    const parcelId = (job.payload as { parcelId?: unknown }).parcelId;
    const parcel = typeof parcelId === 'string' ? await getParcel(db, parcelId) : undefined;
    if (!parcel) {
      await complete(db, job.key, owner); // the parcel was deleted or merged away
      continue;
    }
    asked.set(source.numberFor(parcel), { job, parcel });
  }
  const neverFetched = new Set<string>();
  for (const n of asked.keys()) if (!(await getFetchState(db, source.source, n))?.lastSuccessAt) neverFetched.add(n);

  let blocked = false;
  const runBatch = async (numbers: string[]): Promise<void> => {
    if (blocked) {
      for (const n of numbers) await release(db, asked.get(n)!.job.key, owner);
      return;
    }
    const outcome: BatchOutcome = await source.fetchBatch(deps.send, numbers, {
      settings,
      now: clock(),
      uiLanguage: deps.uiLanguage,
      firstTime: (n) => neverFetched.has(n),
    });
    if (!outcome.ok) {
      const failure = outcome.failure;
      if (failure.kind === 'blocked' || failure.kind === 'rate_limited') {
        blocked = true;
        const pause = await recordHostBlocked(
          db,
          source.host,
          failure.kind === 'blocked'
            ? { reason: failure.reason === 'captcha' ? 'captcha' : 'blocked' }
            : { reason: 'rate_limited', ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}) },
          clock,
        );
        report.pausedUntil = pause.until;
      }
      for (const n of numbers) await recordFailure(deps, owner, source, asked.get(n)!, n, failure, report.pausedUntil);
      report.failed += numbers.length;
      return;
    }
    await recordHostSuccess(db, source.host, clock);
    const byNumber = new Map(outcome.results.map((r) => [r.number, r]));
    for (const n of numbers) {
      const result = byNumber.get(n);
      const entry = asked.get(n)!;
      if (!result) {
        await recordFailure(deps, owner, source, entry, n, { kind: 'unreadable', detail: 'number missing from the answer' }, null);
        report.failed += 1;
        continue;
      }
      await storeResult(deps, owner, source, entry, result);
      report.fetched += 1;
    }
  };

  const queue = chunk([...asked.keys()], source.batch);
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await runBatch(b);
    }),
  );
  return report;
}

async function storeResult(deps: BackgroundDeps, owner: string, source: PollSource, { job, parcel }: { job: JobRecord; parcel: Parcel }, result: CarrierResult): Promise<void> {
  const { db, clock } = deps;
  const now = clock();
  const { parcel: linked } = await upsertParcelNumbers(db, {
    numbers: [result.number, ...result.aliases],
    addedFrom: parcel.addedFrom,
    seenAt: now,
    details: {
      ...(result.originCountry ? { originCountry: result.originCountry } : {}),
      ...(result.destCountry ? { destCountry: result.destCountry } : {}),
      ...(result.serviceClass ? { serviceClass: result.serviceClass } : {}),
      ...(result.untrackedService !== undefined ? { untrackedService: result.untrackedService } : {}),
      ...(result.eta ? { eta: [result.eta] } : {}),
      ...(result.lastMile ? { lastMile: result.lastMile } : {}),
    },
  });
  await putEvents(db, result.events);
  const previous = await getFetchState(db, source.source, result.number);
  const state = await recomputeParcel(deps, linked.id);
  const status = state?.timeline.status ?? null;
  const deliveredSeenAt = status === 'delivered' ? (previous?.deliveredSeenAt ?? now) : undefined;
  const summary = await getSummary(db, linked.id);
  const next = nextCheckAt(
    {
      status,
      stage: summary?.stage ?? null,
      stalled: summary?.flags.includes('stalled') ?? false,
      lastFetchedAt: now,
      lastSuccessAt: now,
      failures: 0,
      ...(deliveredSeenAt !== undefined ? { deliveredSeenAt } : {}),
    },
    clock,
    deps.random,
  );
  await putFetchState(db, {
    source: source.source,
    number: result.number,
    lastFetchedAt: now,
    lastSuccessAt: now,
    failures: 0,
    ...(next !== null ? { nextCheckAt: next } : {}),
    ...(deliveredSeenAt !== undefined ? { deliveredSeenAt } : {}),
  });
  // Rescheduled in the same step that completes the job: a worker dying here loses no next check.
  await complete(db, job.key, owner, next !== null ? { dueAt: next } : undefined);
}

async function recordFailure(
  deps: BackgroundDeps,
  owner: string,
  source: PollSource,
  { job, parcel }: { job: JobRecord; parcel: Parcel },
  number: string,
  failure: CarrierFailure,
  pausedUntil: number | null,
): Promise<void> {
  const { db, clock } = deps;
  const now = clock();
  const previous = await getFetchState(db, source.source, number);
  const failures = (previous?.failures ?? 0) + 1;
  const summary = await getSummary(db, parcel.id);
  const backoff = nextCheckAt(
    {
      status: summary?.status ?? null,
      stage: summary?.stage ?? null,
      stalled: summary?.flags.includes('stalled') ?? false,
      lastFetchedAt: now,
      ...(previous?.lastSuccessAt !== undefined ? { lastSuccessAt: previous.lastSuccessAt } : {}),
      failures,
    },
    clock,
    deps.random,
  );
  const retryAt = Math.max(pausedUntil ?? 0, backoff ?? now + HOUR_MS);
  await putFetchState(db, {
    ...(previous ?? {}),
    source: source.source,
    number,
    lastFetchedAt: now,
    failures,
    nextCheckAt: retryAt,
    lastError: { code: failure.kind === 'error' ? failure.code : failure.kind, at: now },
  });
  await fail(db, job.key, owner, retryAt, failure.kind);
  await recomputeParcel(deps, parcel.id);
}
