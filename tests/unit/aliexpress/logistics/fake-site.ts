import type { FetchedText } from '../../../../src/aliexpress/logistics/attempt';
import type { LastLookupStore, LookupDeps } from '../../../../src/aliexpress/logistics/lookup';
import type { Clock } from '../../../../src/domain/clock';
import { fixtureText } from './fixtures';

/**
 * Virtual time for the lookup queue: `sleep` parks a timer, `run` drains microtasks and then jumps the
 * clock to the next timer, so minutes of polite waiting take microseconds and stay deterministic.
 */
export function createVirtualTime(start: number) {
  let now = start;
  let seq = 0;
  const timers: { at: number; seq: number; resolve: () => void }[] = [];
  const clock: Clock = () => now;
  const sleep = (ms: number) => new Promise<void>((resolve) => timers.push({ at: now + Math.max(0, ms), seq: seq++, resolve }));
  const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let step = 0; step < 10_000; step++) {
      await flush();
      if (settled) return promise;
      timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = timers.shift();
      if (!next) throw new Error('deadlock: the promise waits on nothing');
      now = Math.max(now, next.at);
      next.resolve();
    }
    throw new Error('did not settle in 10 000 steps');
  }
  return { clock, sleep, run, now: () => now };
}

export interface SeenRequest {
  orderId: string;
  url: URL;
  startedAt: number;
}

type Answer = FetchedText | { fixture: string; status?: number } | Error;

/**
 * A fake www.aliexpress.com session: answers per order from a script (last entry repeats), takes
 * `latencyMs` of virtual time per request, counts concurrency, and rotates the `_m_h5_tk` cookie
 * whenever it answers a token error, as the real Set-Cookie does.
 */
export function createFakeSite(options: { start?: number; latencyMs?: number; randoms?: number[]; answers?: Record<string, Answer[]> } = {}) {
  const time = createVirtualTime(options.start ?? Date.parse('2026-07-12T12:00:00Z'));
  const requests: SeenRequest[] = [];
  const stored = new Map<string, number>();
  const answers = options.answers ?? {};
  const randoms = [...(options.randoms ?? [0])];
  let cookie = 'xman_t=abc; _m_h5_tk=tokenone_1780000000000';
  let tokenGeneration = 1;
  let inFlight = 0;
  let maxInFlight = 0;

  const fetchText = async (raw: string): Promise<FetchedText> => {
    const url = new URL(raw);
    const orderId = String(JSON.parse(url.searchParams.get('data') ?? '{}').tradeOrderId);
    const index = requests.filter((r) => r.orderId === orderId).length;
    requests.push({ orderId, url, startedAt: time.clock() });
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await time.sleep(options.latencyMs ?? 100);
      const script = answers[orderId] ?? [{ fixture: 'delivered-full-journey.json' }];
      const answer = script[Math.min(index, script.length - 1)] ?? { fixture: 'delivered-full-journey.json' };
      if (answer instanceof Error) throw answer;
      const response = 'fixture' in answer ? { status: answer.status ?? 200, body: fixtureText(answer.fixture) } : answer;
      if (/FAIL_SYS_TOKEN_/.test(response.body)) cookie = `xman_t=abc; _m_h5_tk=token${++tokenGeneration}_1780000000000`;
      return response;
    } finally {
      inFlight -= 1;
    }
  };

  const lastLookups: LastLookupStore = {
    get: async (orderId) => stored.get(orderId),
    set: async (orderId, at) => void stored.set(orderId, at),
  };

  const deps: LookupDeps = {
    fetchText,
    readCookie: () => cookie,
    clock: time.clock,
    sleep: time.sleep,
    random: () => (randoms.length > 1 ? (randoms.shift() ?? 0) : (randoms[0] ?? 0)),
    timeZoneOffsetMinutes: 120,
    lastLookups,
  };

  return { deps, time, requests, stored, maxInFlight: () => maxInFlight, startsOf: (orderId?: string) => requests.filter((r) => !orderId || r.orderId === orderId).map((r) => r.startedAt - (options.start ?? Date.parse('2026-07-12T12:00:00Z'))) };
}
