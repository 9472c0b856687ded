import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../../../src/domain/clock';
import { MAX_PAUSE_MS, pauseAfterBlock, pauseDuration, pausedUntil, type HostPause } from '../../../src/scheduling/pause';
import { getHostPause, hostPausedUntil, recordHostBlocked, recordHostSuccess } from '../../../src/scheduling/pause-store';
import { freshDb, T0 } from '../storage/helpers';

const HOST = 'global.cainiao.com';

describe('pause durations', () => {
  it('double with each consecutive block: 1 h, 2 h, 4 h … capped at 48 h', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map(pauseDuration)).toEqual([1, 2, 4, 8, 16, 32, 48, 48].map((h) => h * HOUR_MS));
    expect(MAX_PAUSE_MS).toBe(48 * HOUR_MS);
  });

  it('escalates only when a block comes after the previous pause ended', () => {
    const first = pauseAfterBlock(undefined, HOST, { reason: 'rate_limited' }, T0);
    expect(first).toEqual({ host: HOST, until: T0 + HOUR_MS, consecutive: 1, reason: 'rate_limited', since: T0 });
    // Nine more requests were in flight: they come back blocked during the pause and change nothing.
    const straggler = pauseAfterBlock(first, HOST, { reason: 'rate_limited' }, T0 + MINUTE_MS);
    expect(straggler).toEqual(first);
    const second = pauseAfterBlock(first, HOST, { reason: 'captcha' }, first.until + 1);
    expect(second).toMatchObject({ consecutive: 2, until: first.until + 1 + 2 * HOUR_MS, reason: 'captcha' });
  });

  it('never resumes before the host’s own Retry-After', () => {
    const pause = pauseAfterBlock(undefined, HOST, { reason: 'rate_limited', retryAfterMs: 3 * HOUR_MS }, T0);
    expect(pause.until).toBe(T0 + 3 * HOUR_MS);
    const during: HostPause = pauseAfterBlock(pause, HOST, { reason: 'rate_limited', retryAfterMs: 5 * HOUR_MS }, T0 + 1);
    expect(during).toMatchObject({ consecutive: 1, until: T0 + 1 + 5 * HOUR_MS });
  });

  it('pausedUntil is null once the pause is over', () => {
    const pause = pauseAfterBlock(undefined, HOST, { reason: 'blocked' }, T0);
    expect(pausedUntil(pause, T0 + 1)).toBe(T0 + HOUR_MS);
    expect(pausedUntil(pause, T0 + HOUR_MS)).toBeNull();
    expect(pausedUntil(undefined, T0)).toBeNull();
  });
});

describe('persisted pauses', () => {
  it('survive in the meta store, escalate, and reset after a success', async () => {
    const { db } = await freshDb();
    await recordHostBlocked(db, HOST, { reason: 'captcha' }, () => T0);
    expect(await hostPausedUntil(db, HOST, () => T0 + 1)).toBe(T0 + HOUR_MS);
    expect(await hostPausedUntil(db, 'api.17track.net', () => T0 + 1)).toBeNull();

    // A success from a request sent before the block does not lift the pause.
    await recordHostSuccess(db, HOST, () => T0 + 2);
    expect(await hostPausedUntil(db, HOST, () => T0 + 3)).toBe(T0 + HOUR_MS);

    const second = await recordHostBlocked(db, HOST, { reason: 'captcha' }, () => T0 + HOUR_MS);
    expect(second.consecutive).toBe(2);

    await recordHostSuccess(db, HOST, () => second.until);
    expect(await getHostPause(db, HOST)).toBeUndefined();
    const fresh = await recordHostBlocked(db, HOST, { reason: 'blocked' }, () => second.until + 10);
    expect(fresh).toMatchObject({ consecutive: 1, until: second.until + 10 + HOUR_MS });
  });

  it('parallel block reports for one host count once', async () => {
    const { db } = await freshDb();
    await Promise.all(Array.from({ length: 5 }, () => recordHostBlocked(db, HOST, { reason: 'rate_limited' }, () => T0)));
    expect((await getHostPause(db, HOST))?.consecutive).toBe(1);
  });
});
