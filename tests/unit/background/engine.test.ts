import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { CarrierRequest, RawResponse } from '../../../src/carriers/types';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../src/domain/clock';
import type { BackgroundDeps } from '../../../src/background/deps';
import { addFromText } from '../../../src/background/ingest';
import { pollDue } from '../../../src/background/poll';
import { stalledCount } from '../../../src/background/queries';
import { handleMessage } from '../../../src/background/router';
import { claimDue, listJobs } from '../../../src/scheduling/jobs';
import { hostPausedUntil } from '../../../src/scheduling/pause-store';
import { eventsForParcel, getSummary, listParcels } from '../../../src/storage/repository';
import { freshDb } from '../storage/helpers';
import { relativeTo } from '../../support/shift';

const T0 = Date.parse('2026-11-21T10:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/carriers/cainiao/${name}`, import.meta.url), 'utf8');

/** Cainiao as a script: each call answers with `answer(numbers)`; calls are recorded. */
function cainiao(answer: (numbers: string[]) => RawResponse) {
  const calls: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = async (request: CarrierRequest): Promise<RawResponse> => {
    const numbers = (new URL(request.url).searchParams.get('mailNos') ?? '').split(',');
    calls.push(numbers);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight -= 1;
    return answer(numbers);
  };
  return { send, calls, maxInFlight: () => maxInFlight };
}

/** A Cainiao answer built from a recorded fixture's first entry, re-keyed to each number asked. */
function fromTemplate(name: string, newestDaysAgo = 1) {
  const entry = relativeTo((JSON.parse(fixture(name)) as { module: Array<Record<string, unknown>> }).module[0]!, newestDaysAgo, T0);
  return (numbers: string[]): RawResponse => ({
    status: 200,
    contentType: 'application/json',
    body: JSON.stringify({ success: true, module: numbers.map((n) => ({ ...entry, mailNo: n })) }),
  });
}
const notFound = (numbers: string[]): RawResponse => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify({ success: true, module: numbers.map((n) => ({ mailNo: n, mailNoSource: 'EXTERNAL', detailList: [] })) }),
});

async function setup(send: BackgroundDeps['send'], now = { t: T0 }) {
  const { db } = await freshDb();
  const deps: BackgroundDeps = { db, clock: () => now.t, random: () => 0.5, send, uiLanguage: 'en' };
  return { db, deps, now };
}

const lp = (i: number) => `LP${String(9_000_000 + i).padStart(14, '0')}`;

describe('polling Cainiao', () => {
  it('asks for new numbers at once, ≤10 per call, ≤2 calls in flight, and schedules the next check by state', async () => {
    const world = cainiao(notFound);
    const { db, deps } = await setup(world.send);
    const added = await addFromText(deps, Array.from({ length: 23 }, (_, i) => lp(i)).join(' '));
    expect(added.added).toHaveLength(23);

    const report = await pollDue(deps, 'worker-1');
    expect(report).toMatchObject({ claimed: 23, fetched: 23, failed: 0 });
    expect(world.calls.map((c) => c.length)).toEqual([10, 10, 3]);
    expect(world.maxInFlight()).toBe(2);
    // not_found ≈ 12 h ± 20 % (random 0.5 → no jitter): nothing is due again before then.
    const due = (await listJobs(db)).map((j) => j.dueAt - T0);
    expect(new Set(due)).toEqual(new Set([12 * HOUR_MS]));
    expect((await pollDue(deps, 'worker-2')).claimed).toBe(0);
  });

  it('stores events once however often they are fetched, and the summary follows them', async () => {
    const world = cainiao(fromTemplate('delivered.json'));
    const now = { t: T0 };
    const { db, deps } = await setup(world.send, now);
    await addFromText(deps, 'LP00345678901234');
    await pollDue(deps, 'w1');
    const first = await eventsForParcel(db, 'LP00345678901234');
    expect(first.length).toBeGreaterThan(3);
    expect((await getSummary(db, 'LP00345678901234'))?.status).toBe('delivered');
    // The one confirming check a day later brings the same events: nothing doubles.
    now.t += 2 * DAY_MS;
    await pollDue(deps, 'w2');
    expect(world.calls).toHaveLength(2);
    expect(await eventsForParcel(db, 'LP00345678901234')).toHaveLength(first.length);
    // Delivered and confirmed: never polled again.
    now.t += 30 * DAY_MS;
    expect((await pollDue(deps, 'w3')).claimed).toBe(0);
  });

  it('a worker killed mid-fetch: its leased job returns after the lease, is fetched once more, nothing lost', async () => {
    const world = cainiao(fromTemplate('delivered.json'));
    const now = { t: T0 };
    const { db, deps } = await setup(world.send, now);
    await addFromText(deps, 'LP00345678901234');
    // Worker A claims the job and dies before finishing (no complete, no fail).
    expect(await claimDue(db, now.t, { limit: 10, leaseMs: 30_000, owner: 'dead-worker', kinds: ['fetch:cainiao'] })).toHaveLength(1);
    expect((await pollDue(deps, 'worker-b')).claimed).toBe(0); // still leased
    now.t += 31_000;
    expect(await pollDue(deps, 'worker-b')).toMatchObject({ claimed: 1, fetched: 1 });
    expect(await listParcels(db)).toHaveLength(1);
    expect((await listJobs(db)).filter((j) => j.key.includes('LP00345678901234'))).toHaveLength(1);
  });

  it('a block page pauses the host for everyone and keeps the jobs for after the pause', async () => {
    const world = cainiao(() => ({ status: 200, contentType: 'text/html', body: fixture('blocked-captcha.html') }));
    const { db, deps } = await setup(world.send);
    await addFromText(deps, `${lp(1)} ${lp(2)}`);
    const report = await pollDue(deps, 'w');
    expect(report.failed).toBe(2);
    const pausedUntil = await hostPausedUntil(db, 'global.cainiao.com', deps.clock);
    expect(pausedUntil).toBe(T0 + HOUR_MS);
    // Nothing is asked while paused, and the jobs wait at least until the pause ends.
    expect((await pollDue(deps, 'w2')).claimed).toBe(0);
    expect(world.calls).toHaveLength(1);
    for (const job of await listJobs(db)) expect(job.dueAt).toBeGreaterThanOrEqual(T0 + HOUR_MS);
    expect((await getSummary(db, lp(1)))?.view?.health.lastError).toBe('blocked');
  });

  it('a 429 honours Retry-After', async () => {
    const world = cainiao(() => ({ status: 429, body: '', retryAfter: '7200' }));
    const { db, deps } = await setup(world.send);
    await addFromText(deps, lp(1));
    await pollDue(deps, 'w');
    expect(await hostPausedUntil(db, 'global.cainiao.com', deps.clock)).toBe(T0 + 2 * HOUR_MS);
  });
});

describe('the badge and the router', () => {
  it('counts stalled parcels: a parcel in customs, silent long past its allowance', async () => {
    const now = { t: T0 };
    const world = cainiao(fromTemplate('customs-chinese-mixed-zones.json'));
    const { db, deps } = await setup(world.send, now);
    await addFromText(deps, 'LP00234567890123');
    await pollDue(deps, 'w');
    const before = await stalledCount(db);
    now.t += 400 * DAY_MS; // long after any allowance
    const { recomputeAll } = await import('../../../src/background/recompute');
    await recomputeAll(deps);
    expect(before).toBe(0);
    expect(await stalledCount(db)).toBe(1);
  });

  const env = { extensionId: 'ours', version: '1.0.0', changed: async () => undefined };

  it('refuses messages from outside the extension and messages that do not parse', async () => {
    const { deps } = await setup(cainiao(notFound).send);
    expect(await handleMessage({ type: 'ping' }, { id: 'someone-else' }, deps, env)).toEqual({ ok: false, error: 'foreign_sender' });
    expect(await handleMessage({ type: 'popup/delete' }, { id: 'ours' }, deps, env)).toEqual({ ok: false, error: 'bad_message' });
    expect(await handleMessage({ type: 'popup/list', filter: 'all', query: '', offset: -1, limit: 10 }, { id: 'ours' }, deps, env)).toEqual({ ok: false, error: 'bad_message' });
  });

  it('add by paste refuses order numbers and keeps corrections; a manual refresh respects the 10-minute floor', async () => {
    const now = { t: T0 };
    const world = cainiao(notFound);
    const { deps } = await setup(world.send, now);
    const answer = (await handleMessage({ type: 'popup/add', text: 'order 8181234567890123, parcel RB12345678SGB' }, { id: 'ours' }, deps, env)) as { result: unknown };
    expect(answer.result).toEqual({
      added: ['RB123456785GB'],
      alreadyTracked: [],
      orderIds: ['8181234567890123'],
      corrected: [{ number: 'RB123456785GB', corrections: ['confusable:S→5@10'] }],
      invalid: [],
    });
    await pollDue(deps, 'w');
    now.t += 5 * MINUTE_MS;
    expect(await handleMessage({ type: 'popup/refresh', id: 'RB123456785GB' }, { id: 'ours' }, deps, env)).toEqual({ ok: true, result: { ok: false, retryAt: T0 + 10 * MINUTE_MS } });
    now.t += 6 * MINUTE_MS;
    expect(await handleMessage({ type: 'popup/refresh', id: 'RB123456785GB' }, { id: 'ours' }, deps, env)).toEqual({ ok: true, result: { ok: true } });
    expect((await pollDue(deps, 'w2')).fetched).toBe(1);
  });
});
