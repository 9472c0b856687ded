import { HOUR_MS } from '../../domain/clock';
import { SHIPPED_ORDER_STATES, type OrderState } from '../../domain/vocabulary';
import { attemptLookup, type AttemptDeps, type AttemptOptions } from './attempt';
import type { ParsedQueryDetail } from './types';

/**
 * The polite querydetail client the content script runs with the user's own session. It asks no
 * faster than a person clicking through orders would: at most 2 requests in flight, request starts
 * 1.5–2.5 s apart, each order at most once per 6 h, and it stops at the first sign that AliExpress
 * wants a login or a slider solved, because pressing on would only get the account challenged.
 */

/** Persisted by the background so the 6 h rule survives page loads. */
export interface LastLookupStore {
  get(orderId: string): Promise<number | undefined>;
  set(orderId: string, at: number): Promise<void>;
}

export interface LookupDeps extends AttemptDeps {
  sleep(ms: number): Promise<void>;
  /** [0, 1): jitters the spacing so requests do not tick like a metronome. */
  random(): number;
  lastLookups: LastLookupStore;
}

export interface LookupOptions extends AttemptOptions {
  maxInFlight?: number;
  minSpacingMs?: number;
  spacingJitterMs?: number;
  recentMs?: number;
  backoffInitialMs?: number;
  backoffMaxMs?: number;
  /** How many times one order waits out a traffic limit before it is reported as an error. */
  maxTrafficRetries?: number;
}

export type HaltReason = 'logged_out' | 'verification';

export type LookupOutcome =
  | { orderId: string; kind: 'ok'; result: ParsedQueryDetail }
  | { orderId: string; kind: 'skipped_recent'; lastLookedUpAt: number }
  | { orderId: string; kind: 'halted'; reason: HaltReason }
  | { orderId: string; kind: 'error'; reason: string };

export interface LookupQueue {
  lookup(orderId: string, options?: { force?: boolean }): Promise<LookupOutcome>;
  /** Set once AliExpress asked for a login or a verification; every lookup answers `halted` until `resume()`. */
  readonly halted: { reason: HaltReason; at: number } | null;
  /** While backing off from a traffic limit: when requests may start again. */
  readonly pausedUntil: number | null;
  /** After the user logged in again or solved the slider. */
  resume(): void;
}

export const LOOKUP_DEFAULTS = {
  maxInFlight: 2,
  minSpacingMs: 1_500,
  spacingJitterMs: 1_000,
  recentMs: 6 * HOUR_MS,
  backoffInitialMs: 60_000,
  backoffMaxMs: 30 * 60_000,
  maxTrafficRetries: 2,
} as const;

/** Only orders that left the seller can have logistics worth asking for. */
export function shouldLookUp(orderState: OrderState): boolean {
  return SHIPPED_ORDER_STATES.has(orderState);
}

interface Job {
  orderId: string;
  tokenRetried: boolean;
  trafficRetries: number;
  settled: boolean;
  resolve(outcome: LookupOutcome): void;
}

export function createLookupQueue(deps: LookupDeps, options: LookupOptions = {}): LookupQueue {
  // An option passed as `undefined` keeps its default (a spread would let it erase the limit).
  const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const config: LookupOptions & typeof LOOKUP_DEFAULTS = { ...LOOKUP_DEFAULTS, ...defined };
  const waiting: Job[] = [];
  const pending = new Map<string, Promise<LookupOutcome>>();
  let inFlight = 0;
  let nextStartAt = 0;
  let pausedUntil: number | null = null;
  let backoffMs: number = config.backoffInitialMs;
  let halted: { reason: HaltReason; at: number } | null = null;
  let pumping = false;
  let slotFreed: (() => void) | undefined;

  // Read through a function: TypeScript would otherwise keep its pre-`await` narrowing of `halted`.
  const currentHalt = () => halted;

  const settle = (job: Job, outcome: LookupOutcome) => {
    if (job.settled) return;
    job.settled = true;
    pending.delete(job.orderId);
    job.resolve(outcome);
  };

  /** Back to the front of the line (a retry keeps its place), unless lookups were halted meanwhile. */
  const requeue = (job: Job) => {
    if (halted) settle(job, { orderId: job.orderId, kind: 'halted', reason: halted.reason });
    else waiting.unshift(job);
  };

  const halt = (reason: HaltReason) => {
    halted ??= { reason, at: deps.clock() };
    for (const job of waiting.splice(0)) settle(job, { orderId: job.orderId, kind: 'halted', reason: halted.reason });
  };

  async function run(job: Job): Promise<void> {
    const result = await attemptLookup(job.orderId, deps, config);
    const { orderId } = job;
    switch (result.kind) {
      case 'ok':
        backoffMs = config.backoffInitialMs;
        // A store that fails to persist costs at most an early repeat; it must not cost the answer.
        await deps.lastLookups.set(orderId, deps.clock()).catch(() => undefined);
        return settle(job, { orderId, kind: 'ok', result: result.result });
      case 'token':
        // The answer's Set-Cookie carried a fresh token: sign again once (the cookie is re-read).
        if (job.tokenRetried) return settle(job, { orderId, kind: 'error', reason: 'token' });
        job.tokenRetried = true;
        return requeue(job);
      case 'logged_out':
      case 'verification':
        halt(result.kind);
        return settle(job, { orderId, kind: 'halted', reason: halted?.reason ?? result.kind });
      case 'traffic_limit':
        pausedUntil = deps.clock() + backoffMs;
        backoffMs = Math.min(backoffMs * 2, config.backoffMaxMs);
        if (job.trafficRetries >= config.maxTrafficRetries) return settle(job, { orderId, kind: 'error', reason: 'traffic_limit' });
        job.trafficRetries += 1;
        return requeue(job);
      case 'error':
        return settle(job, { orderId, kind: 'error', reason: result.reason });
    }
  }

  function start(job: Job): void {
    inFlight += 1;
    nextStartAt = deps.clock() + config.minSpacingMs + deps.random() * config.spacingJitterMs;
    run(job)
      .catch((error: unknown) => settle(job, { orderId: job.orderId, kind: 'error', reason: `internal: ${String(error)}` }))
      .finally(() => {
        inFlight -= 1;
        slotFreed?.();
        void pump();
      });
  }

  /** One loop hands out request starts; lookups only enqueue, so spacing holds across callers. */
  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0 && !halted) {
        if (inFlight >= config.maxInFlight) {
          await new Promise<void>((resolve) => (slotFreed = resolve));
          slotFreed = undefined;
          continue;
        }
        const wait = Math.max(nextStartAt, pausedUntil ?? 0) - deps.clock();
        if (wait > 0) {
          await deps.sleep(wait);
          continue;
        }
        pausedUntil = null;
        const job = waiting.shift();
        if (job) start(job);
      }
    } finally {
      pumping = false;
    }
  }

  async function lookup(orderId: string, { force = false }: { force?: boolean } = {}): Promise<LookupOutcome> {
    if (halted) return { orderId, kind: 'halted', reason: halted.reason };
    const existing = pending.get(orderId);
    if (existing) return existing;
    if (!force) {
      // An unreadable store means "never looked up": one extra request, not a stuck order.
      const last = await deps.lastLookups.get(orderId).catch(() => undefined);
      if (last !== undefined && deps.clock() - last < config.recentMs) return { orderId, kind: 'skipped_recent', lastLookedUpAt: last };
      // The store answered asynchronously: another caller may have queued or halted meanwhile.
      const haltedMeanwhile = currentHalt();
      if (haltedMeanwhile) return { orderId, kind: 'halted', reason: haltedMeanwhile.reason };
      const raced = pending.get(orderId);
      if (raced) return raced;
    }
    const outcome = new Promise<LookupOutcome>((resolve) => waiting.push({ orderId, tokenRetried: false, trafficRetries: 0, settled: false, resolve }));
    pending.set(orderId, outcome);
    void pump();
    return outcome;
  }

  return {
    lookup,
    get halted() {
      return halted;
    },
    get pausedUntil() {
      return pausedUntil;
    },
    resume() {
      halted = null;
      void pump();
    },
  };
}
