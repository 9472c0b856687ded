import { cainiaoUrls, parseCainiaoResponse, CAINIAO_BATCH } from '../carriers/cainiao';
import { chunk, failureForStatus } from '../carriers/http';
import type { CarrierFailure, CarrierResult } from '../carriers/types';
import { HOUR_MS } from '../domain/clock';
import type { Parcel } from '../domain/model';
import { nextCheckAt } from '../scheduling/cadence';
import { claimDue, complete, fail, release } from '../scheduling/jobs';
import { hostPausedUntil, recordHostBlocked, recordHostSuccess } from '../scheduling/pause-store';
import type { JobRecord } from '../storage/records';
import {
  getFetchState,
  getParcel,
  getSummary,
  putEvents,
  putFetchState,
  upsertParcelNumbers,
} from '../storage/repository';
import type { BackgroundDeps } from './deps';
import { FETCH_KIND } from './ingest';
import { recomputeParcel } from './recompute';

export const CAINIAO_HOST = 'global.cainiao.com';
/** A worker killed mid-fetch loses its lease after this long (a fetch times out at 20 s); the next wake takes the job over. */
const LEASE_MS = 30_000;
/** At most this many parcels per wake: the rest wait for the next alarm, spreading load. */
const PER_WAKE = 40;
/** Requests to one host at once. */
const IN_FLIGHT = 2;

/** Cainiao knows its own `LP…` code best; otherwise the first number we were given. */
export function numberToAsk(parcel: Parcel): string {
  return parcel.numbers.find((n) => /^LP\d{14}$/.test(n)) ?? parcel.numbers[0] ?? parcel.id;
}

export interface PollReport {
  claimed: number;
  fetched: number;
  failed: number;
  pausedUntil: number | null;
}

/**
 * One wake's work: claim due fetch jobs (leased, so a killed worker's jobs come back), ask Cainiao
 * in batches of ≤10 with ≤2 requests in flight, store what comes back, reschedule each parcel by
 * its state. A block sign pauses the host for every parcel (hours, doubling) and releases the rest.
 */
export async function pollDue(deps: BackgroundDeps, owner: string): Promise<PollReport> {
  const { db, clock } = deps;
  const report: PollReport = { claimed: 0, fetched: 0, failed: 0, pausedUntil: await hostPausedUntil(db, CAINIAO_HOST, clock) };
  if (report.pausedUntil !== null) return report;

  const jobs = await claimDue(db, clock(), { limit: PER_WAKE, leaseMs: LEASE_MS, owner, kinds: [FETCH_KIND] });
  report.claimed = jobs.length;
  const asked = new Map<string, { job: JobRecord; parcel: Parcel }>();
  for (const job of jobs) {
    const parcelId = (job.payload as { parcelId?: unknown }).parcelId;
    const parcel = typeof parcelId === 'string' ? await getParcel(db, parcelId) : undefined;
    if (!parcel) {
      await complete(db, job.key, owner); // the parcel was deleted or merged away
      continue;
    }
    asked.set(numberToAsk(parcel), { job, parcel });
  }

  const batches = chunk([...asked.keys()], CAINIAO_BATCH);
  let blocked: CarrierFailure | undefined;
  const runBatch = async (numbers: string[]): Promise<void> => {
    if (blocked) {
      for (const n of numbers) await release(db, asked.get(n)!.job.key, owner);
      return;
    }
    const [url] = cainiaoUrls(numbers, deps.uiLanguage);
    const startedAt = clock();
    let outcome: { ok: true; results: CarrierResult[] } | { ok: false; failure: CarrierFailure };
    try {
      const res = await deps.send({ url: url!, method: 'GET', headers: { accept: 'application/json' } });
      const statusFailure = failureForStatus(res, startedAt);
      const answer = statusFailure ? undefined : parseCainiaoResponse(res.body, res.contentType ?? undefined, startedAt);
      outcome = statusFailure
        ? { ok: false, failure: statusFailure }
        : answer!.kind === 'ok'
          ? { ok: true, results: answer!.results }
          : answer!.kind === 'blocked'
            ? { ok: false, failure: { kind: 'blocked', reason: answer!.reason } }
            : { ok: false, failure: { kind: 'unreadable', detail: answer!.detail } };
      if (outcome.ok === false && res.status >= 500) outcome = { ok: false, failure: { kind: 'error', code: `http_${res.status}`, detail: '' } };
    } catch (e) {
      outcome = { ok: false, failure: { kind: 'error', code: 'network', detail: e instanceof Error ? e.message : String(e) } };
    }

    if (!outcome.ok) {
      const failure = outcome.failure;
      if (failure.kind === 'blocked' || failure.kind === 'rate_limited') {
        blocked = failure;
        const pause = await recordHostBlocked(
          db,
          CAINIAO_HOST,
          failure.kind === 'blocked'
            ? { reason: failure.reason === 'captcha' ? 'captcha' : 'blocked' }
            : { reason: 'rate_limited', ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}) },
          clock,
        );
        report.pausedUntil = pause.until;
      }
      for (const n of numbers) await recordFailure(deps, owner, asked.get(n)!, n, failure, report.pausedUntil);
      report.failed += numbers.length;
      return;
    }
    await recordHostSuccess(db, CAINIAO_HOST, clock);
    const byNumber = new Map(outcome.results.map((r) => [r.number, r]));
    for (const n of numbers) {
      const result = byNumber.get(n);
      const { job, parcel } = asked.get(n)!;
      if (!result) {
        await recordFailure(deps, owner, { job, parcel }, n, { kind: 'unreadable', detail: 'number missing from the answer' }, null);
        report.failed += 1;
        continue;
      }
      await storeResult(deps, owner, job, parcel, result);
      report.fetched += 1;
    }
  };

  // ≤2 requests in flight to the host; batches are taken in order by two runners.
  const queue = [...batches];
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, async () => {
      for (let b = queue.shift(); b; b = queue.shift()) await runBatch(b);
    }),
  );
  return report;
}

async function storeResult(deps: BackgroundDeps, owner: string, job: JobRecord, parcel: Parcel, result: CarrierResult): Promise<void> {
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
  const previous = await getFetchState(db, 'cainiao', result.number);
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
    source: 'cainiao',
    number: result.number,
    lastFetchedAt: now,
    lastSuccessAt: now,
    failures: 0,
    ...(next !== null ? { nextCheckAt: next } : {}),
    ...(deliveredSeenAt !== undefined ? { deliveredSeenAt } : {}),
  });
  // Rescheduled in the same step that completes the job: a worker dying here loses no next check.
  await complete(db, job.key, owner, next !== null ? { dueAt: next } : undefined);
  // The parcel may have been merged into another id; keep its polling under the surviving id.
  if (linked.id !== parcel.id) await recomputeParcel(deps, linked.id);
}

async function recordFailure(
  deps: BackgroundDeps,
  owner: string,
  { job, parcel }: { job: JobRecord; parcel: Parcel },
  number: string,
  failure: CarrierFailure,
  pausedUntil: number | null,
): Promise<void> {
  const { db, clock } = deps;
  const now = clock();
  const previous = await getFetchState(db, 'cainiao', number);
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
    source: 'cainiao',
    number,
    lastFetchedAt: now,
    failures,
    nextCheckAt: retryAt,
    lastError: { code: failure.kind === 'error' ? failure.code : failure.kind, at: now },
  });
  await fail(db, job.key, owner, retryAt, failure.kind);
  await recomputeParcel(deps, parcel.id);
}
