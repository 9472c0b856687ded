import type { Clock } from '../../domain/clock';
import { readEnvelope } from './envelope';
import { parseQueryDetail } from './querydetail';
import { buildQueryDetailRequest } from './sign';
import type { ParsedQueryDetail } from './types';

/** One signed querydetail request and what its answer means; the queue decides what to do next. */

export interface FetchedText {
  status: number;
  body: string;
  contentType?: string;
}

export interface AttemptDeps {
  /** Sends the GET with the user's own session (credentials included) and returns the raw text. */
  fetchText(url: string): Promise<FetchedText>;
  /** `document.cookie` of www.aliexpress.com, read anew for every request: tokens rotate. */
  readCookie(): string;
  clock: Clock;
  /** Minutes east of UTC (GMT+02:00 → 120). */
  timeZoneOffsetMinutes: number;
}

export interface AttemptOptions {
  lang?: string;
  currency?: string;
}

export type AttemptResult =
  | { kind: 'ok'; result: ParsedQueryDetail }
  | { kind: 'token' | 'logged_out' | 'verification' | 'traffic_limit' }
  | { kind: 'error'; reason: string };

export async function attemptLookup(orderId: string, deps: AttemptDeps, options: AttemptOptions = {}): Promise<AttemptResult> {
  const request = buildQueryDetailRequest({
    orderId,
    cookie: deps.readCookie(),
    now: deps.clock(),
    timeZoneOffsetMinutes: deps.timeZoneOffsetMinutes,
    ...(options.lang !== undefined && { lang: options.lang }),
    ...(options.currency !== undefined && { currency: options.currency }),
  });
  let response: FetchedText;
  try {
    response = await deps.fetchText(request.url);
  } catch (error) {
    return { kind: 'error', reason: `network: ${error instanceof Error ? error.message : String(error)}` };
  }
  const envelope = readEnvelope(response.body);
  switch (envelope.kind) {
    case 'ok':
      return { kind: 'ok', result: parseQueryDetail(envelope.data, { orderId, fetchedAt: deps.clock(), timeZone: request.timeZone }) };
    case 'unreadable':
      // A gateway's 429 page says "slow down" even when its body is not an MTOP envelope.
      if (response.status === 429) return { kind: 'traffic_limit' };
      return { kind: 'error', reason: response.status >= 400 ? `http ${response.status}` : `unreadable: ${envelope.detail}` };
    default:
      return { kind: envelope.kind };
  }
}
