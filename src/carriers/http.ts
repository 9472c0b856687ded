import type { CarrierFailure, RawResponse } from './types';

/** Splits `items` into batches of at most `size` (carriers cap numbers per call). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Trimmed, upper-cased, without blanks and repeats: asking twice for one number wastes quota. */
export function uniqueNumbers(numbers: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const n of numbers) {
    const clean = n.replace(/\s+/g, '').toUpperCase();
    if (clean) seen.add(clean);
  }
  return [...seen];
}

/**
 * `Retry-After` as a wait in ms from `now`: delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means "now" (0); garbage means unknown.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only HTTP dates: Date.parse would also take "5" or "1.5" as years.
  if (!/[a-z]{3},?\s/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The failure an HTTP status means by itself (429, 401, 403), or undefined when the body has to be
 * read (2xx, and other errors whose JSON envelope says more). 429 carries the server's own wait.
 */
export function failureForStatus(res: RawResponse, now: number): CarrierFailure | undefined {
  if (res.status >= 200 && res.status < 300) return undefined;
  if (res.status === 429) {
    const retryAfterMs = parseRetryAfter(res.retryAfter, now);
    return retryAfterMs === undefined ? { kind: 'rate_limited' } : { kind: 'rate_limited', retryAfterMs };
  }
  if (res.status === 401 || res.status === 403) return { kind: 'auth_failed', detail: `HTTP ${res.status}` };
  return undefined;
}

/** JSON.parse without throwing: adapters turn a bad body into a typed `unreadable`. */
export function parseJson(body: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    return { ok: false, detail: e instanceof Error ? e.message : 'invalid JSON' };
  }
}
