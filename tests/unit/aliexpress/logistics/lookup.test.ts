import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLookupQueue, shouldLookUp } from '../../../../src/aliexpress/logistics/lookup';
import { HOUR_MS } from '../../../../src/domain/clock';
import { ORDER_STATES } from '../../../../src/domain/vocabulary';
import { createFakeSite } from './fake-site';

// The content script's polite client against a scripted fake session, in virtual time (no real waits).
const A = '8200000000000011';
const B = '8200000000000012';
const C = '8200000000000013';
const D = '8200000000000014';
const E = '8200000000000015';

describe('spacing and concurrency', () => {
  it('starts requests 1.5–2.5 s apart, jittered by random()', async () => {
    const site = createFakeSite({ randoms: [0, 0.5, 1, 0.25] });
    const queue = createLookupQueue(site.deps);
    const outcomes = await site.time.run(Promise.all([A, B, C, D].map((id) => queue.lookup(id))));
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(site.startsOf()).toEqual([0, 1_500, 3_500, 6_000]);
  });

  it('keeps at most 2 requests in flight', async () => {
    const site = createFakeSite({ latencyMs: 10_000 });
    const queue = createLookupQueue(site.deps);
    await site.time.run(Promise.all([A, B, C, D, E].map((id) => queue.lookup(id))));
    expect(site.maxInFlight()).toBe(2);
    expect(site.startsOf()).toEqual([0, 1_500, 10_000, 11_500, 20_000]);
  });

  it('keeps the defaults for options passed as undefined', async () => {
    const site = createFakeSite({ latencyMs: 10_000 });
    const queue = createLookupQueue(site.deps, { maxInFlight: undefined, minSpacingMs: undefined });
    await site.time.run(Promise.all([A, B, C].map((id) => queue.lookup(id))));
    expect(site.startsOf()).toEqual([0, 1_500, 10_000]);
  });

  it('shares one request between two lookups of the same order', async () => {
    const site = createFakeSite();
    const queue = createLookupQueue(site.deps);
    const [first, second] = await site.time.run(Promise.all([queue.lookup(A), queue.lookup(A)]));
    expect(site.requests).toHaveLength(1);
    expect(second).toBe(first);
  });

  it('returns the parsed answer, read in the zone it asked for', async () => {
    const site = createFakeSite();
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    expect(outcome.orderId).toBe(A);
    expect(outcome.result.packages[0]?.numbers).toEqual(['LP00612345678901', 'AA123456785BR']);
    expect(outcome.result.packages[0]?.events[0]?.timeZone).toBe('GMT+02:00');
    expect(JSON.parse(site.requests[0]?.url.searchParams.get('data') ?? '')).toMatchObject({ tradeOrderId: A, timeZone: 'GMT+02:00' });
  });
});

describe('the 6 h rule', () => {
  it('skips an order looked up less than 6 h ago, without a request', async () => {
    const site = createFakeSite();
    site.stored.set(A, site.time.now() - 5 * HOUR_MS);
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(outcome).toEqual({ orderId: A, kind: 'skipped_recent', lastLookedUpAt: site.time.now() - 5 * HOUR_MS });
    expect(site.requests).toHaveLength(0);
  });

  it('looks up again after 6 h and records when', async () => {
    const site = createFakeSite();
    site.stored.set(A, site.time.now() - 6 * HOUR_MS);
    const queue = createLookupQueue(site.deps);
    expect((await site.time.run(queue.lookup(A))).kind).toBe('ok');
    expect(site.stored.get(A)).toBe(site.time.now());
    expect((await site.time.run(queue.lookup(A))).kind).toBe('skipped_recent');
    expect(site.requests).toHaveLength(1);
  });

  it('force looks up regardless', async () => {
    const site = createFakeSite();
    site.stored.set(A, site.time.now() - 1_000);
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A, { force: true }));
    expect(outcome.kind).toBe('ok');
    expect(site.requests).toHaveLength(1);
  });

  it('does not record failed lookups, so the next round retries them', async () => {
    const site = createFakeSite({ answers: { [A]: [{ fixture: 'garbage-truncated.txt' }] } });
    await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(site.stored.has(A)).toBe(false);
  });

  it('looks up when the store cannot be read', async () => {
    const site = createFakeSite();
    const queue = createLookupQueue({ ...site.deps, lastLookups: { get: () => Promise.reject(new Error('gone')), set: async () => undefined } });
    expect((await site.time.run(queue.lookup(A))).kind).toBe('ok');
  });

  it('keeps the answer when the store cannot persist', async () => {
    const site = createFakeSite();
    const queue = createLookupQueue({ ...site.deps, lastLookups: { get: async () => undefined, set: () => Promise.reject(new Error('quota')) } });
    expect((await site.time.run(queue.lookup(A))).kind).toBe('ok');
  });
});

describe('token errors', () => {
  it('re-reads the rotated cookie and re-signs once, spaced like any request', async () => {
    const site = createFakeSite({ answers: { [A]: [{ fixture: 'error-token-expired.json' }, { fixture: 'economy-untracked.json' }] } });
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(outcome.kind).toBe('ok');
    expect(site.startsOf(A)).toEqual([0, 1_500]);
    const [first, retry] = site.requests.map((r) => r.url.searchParams);
    const signed = (token: string, p: URLSearchParams | undefined) =>
      createHash('md5').update(`${token}&${p?.get('t')}&12574478&${p?.get('data')}`).digest('hex');
    expect(first?.get('sign')).toBe(signed('tokenone', first));
    expect(retry?.get('sign')).toBe(signed('token2', retry));
  });

  it('gives up after one retry', async () => {
    const site = createFakeSite({ answers: { [A]: [{ fixture: 'error-token-expired.json' }] } });
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(outcome).toEqual({ orderId: A, kind: 'error', reason: 'token' });
    expect(site.requests).toHaveLength(2);
  });
});

describe('halting on logged_out and verification', () => {
  it.each([
    ['error-session-expired.json', 'logged_out'],
    ['error-user-validate.json', 'verification'],
    ['captcha-baxia.html', 'verification'],
  ] as const)('%s stops every further lookup (%s)', async (fixture, reason) => {
    const site = createFakeSite({ answers: { [A]: [{ fixture }] } });
    const queue = createLookupQueue(site.deps);
    const outcomes = await site.time.run(Promise.all([A, B, C].map((id) => queue.lookup(id))));
    expect(outcomes).toEqual([
      { orderId: A, kind: 'halted', reason },
      { orderId: B, kind: 'halted', reason },
      { orderId: C, kind: 'halted', reason },
    ]);
    expect(site.requests.map((r) => r.orderId)).toEqual([A]);
    expect(queue.halted).toEqual({ reason, at: site.time.now() });
    expect(await site.time.run(queue.lookup(D, { force: true }))).toEqual({ orderId: D, kind: 'halted', reason });
    expect(site.requests).toHaveLength(1);
  });

  it('lets a request already in flight finish, then drains the rest', async () => {
    const site = createFakeSite({ latencyMs: 10_000, answers: { [A]: [{ fixture: 'error-user-validate.json' }] } });
    const queue = createLookupQueue(site.deps);
    const outcomes = await site.time.run(Promise.all([A, B, C].map((id) => queue.lookup(id))));
    expect(outcomes.map((o) => o.kind)).toEqual(['halted', 'ok', 'halted']);
    expect(site.requests.map((r) => r.orderId)).toEqual([A, B]);
  });

  it('answers halted to a token retry that comes back after the halt', async () => {
    const site = createFakeSite({
      latencyMs: 10_000,
      answers: { [A]: [{ fixture: 'error-session-expired.json' }], [B]: [{ fixture: 'error-token-expired.json' }] },
    });
    const queue = createLookupQueue(site.deps);
    const outcomes = await site.time.run(Promise.all([A, B].map((id) => queue.lookup(id))));
    expect(outcomes).toEqual([
      { orderId: A, kind: 'halted', reason: 'logged_out' },
      { orderId: B, kind: 'halted', reason: 'logged_out' },
    ]);
    expect(site.requests).toHaveLength(2);
  });

  it('resumes after the user has logged in again', async () => {
    const site = createFakeSite({ answers: { [A]: [{ fixture: 'error-session-expired.json' }, { fixture: 'delivered-full-journey.json' }] } });
    const queue = createLookupQueue(site.deps);
    await site.time.run(queue.lookup(A));
    queue.resume();
    expect(queue.halted).toBeNull();
    expect((await site.time.run(queue.lookup(A))).kind).toBe('ok');
  });
});

describe('traffic limit backoff', () => {
  it('pauses the whole queue 60 s, then 120 s, and retries the order first', async () => {
    const tl = { fixture: 'error-traffic-limit.json' };
    const site = createFakeSite({ answers: { [A]: [tl, tl, { fixture: 'delivered-full-journey.json' }] } });
    const queue = createLookupQueue(site.deps);
    const outcomes = await site.time.run(Promise.all([A, B].map((id) => queue.lookup(id))));
    expect(outcomes.map((o) => o.kind)).toEqual(['ok', 'ok']);
    // A answers at 100 ms → nothing starts before 60 100; A's retry goes first, B waits its turn.
    expect(site.requests.map((r) => r.orderId)).toEqual([A, A, A, B]);
    expect(site.startsOf()).toEqual([0, 60_100, 180_200, 181_700]);
  });

  it('reports traffic_limit after the allowed retries, caps the backoff, and resets it after a success', async () => {
    const tl = { fixture: 'error-traffic-limit.json' };
    const site = createFakeSite({ answers: { [A]: [tl], [B]: [{ fixture: 'delivered-full-journey.json' }], [C]: [tl, { fixture: 'delivered-full-journey.json' }] } });
    const queue = createLookupQueue(site.deps, { backoffInitialMs: 60_000, backoffMaxMs: 100_000, maxTrafficRetries: 2 });
    expect(await site.time.run(queue.lookup(A))).toEqual({ orderId: A, kind: 'error', reason: 'traffic_limit' });
    // 60 s, then 100 s (capped, not 120 s).
    expect(site.startsOf(A)).toEqual([0, 60_100, 160_200]);
    expect(queue.pausedUntil).toBe(site.time.now() + 100_000);
    expect((await site.time.run(queue.lookup(B))).kind).toBe('ok');
    expect((await site.time.run(queue.lookup(C))).kind).toBe('ok');
    const [firstC, retryC] = site.startsOf(C);
    expect((retryC ?? 0) - (firstC ?? 0)).toBe(60_100); // back to 60 s after B succeeded
  });
});

describe('garbage answers', () => {
  it.each([
    [{ fixture: 'garbage-truncated.txt' }, 'unreadable: invalid json'],
    [{ fixture: 'garbage-html.html' }, 'unreadable: html instead of json'],
    [{ fixture: 'garbage-empty-object.json' }, 'unreadable: no ret array'],
    [{ fixture: 'garbage-html.html', status: 502 }, 'http 502'],
    [{ status: 200, body: '' }, 'unreadable: empty body'],
    [{ status: 200, body: '{"ret":["FAIL_BIZ_NO_ORDER::订单不存在"],"data":{}}' }, 'unreadable: FAIL_BIZ_NO_ORDER::订单不存在'],
    [new TypeError('Failed to fetch'), 'network: Failed to fetch'],
  ])('%j → error (%s) and the queue carries on', async (answer, reason) => {
    const site = createFakeSite({ answers: { [A]: [answer] } });
    const queue = createLookupQueue(site.deps);
    const [a, b] = await site.time.run(Promise.all([queue.lookup(A), queue.lookup(B)]));
    expect(a).toEqual({ orderId: A, kind: 'error', reason });
    expect(b?.kind).toBe('ok');
    expect(queue.halted).toBeNull();
  });

  it('treats an HTTP 429 page as a traffic limit', async () => {
    const site = createFakeSite({ answers: { [A]: [{ status: 429, body: '<html>Too Many Requests</html>' }, { fixture: 'delivered-full-journey.json' }] } });
    const outcome = await site.time.run(createLookupQueue(site.deps).lookup(A));
    expect(outcome.kind).toBe('ok');
    expect(site.startsOf(A)).toEqual([0, 60_100]);
  });
});

describe('shouldLookUp', () => {
  it('is true only for shipped order states', () => {
    expect(ORDER_STATES.filter(shouldLookUp)).toEqual(['awaiting_delivery', 'completed']);
  });
});
