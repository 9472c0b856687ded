import { z } from 'zod/mini';
import type { CarrierRef, Eta, TrackingEvent } from '../domain/model';
import { chunk, failureForStatus, parseJson, uniqueNumbers } from './http';
import { lastMileFromPayload } from './last-mile';
import { clean, epochOf, lenient, text, timeLike, zoneOfIso } from './payload';
import { makeEvent, newResult, readEach } from './results';
import type { CarrierFailure, CarrierRequest, CarrierResult, RawResponse } from './types';

/**
 * 17TRACK API v2.2 with the user's own key (header `17token`). Register first (spends quota),
 * then `gettrackinfo`. At most 40 numbers a call, about 3 calls a second (429 above).
 */

export const SEVENTEEN_TRACK_BATCH = 40;
const BASE = 'https://api.17track.net/track/v2.2';
/** "Already registered": the number is tracked already, which is what we wanted. */
export const ALREADY_REGISTERED = -18019901;

export type SeventeenTrackCall = 'register' | 'gettrackinfo';

/** One POST per batch of at most 40 numbers, repeats dropped. */
export function seventeenTrackRequests(call: SeventeenTrackCall, numbers: readonly string[], apiKey: string): CarrierRequest[] {
  return chunk(uniqueNumbers(numbers), SEVENTEEN_TRACK_BATCH).map((batch) => ({
    url: `${BASE}/${call}`,
    method: 'POST',
    headers: { '17token': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify(batch.map((number) => ({ number }))),
  }));
}

const EventSchema = z.object({
  time_iso: text(),
  time_utc: text(),
  description: text(),
  location: text(),
  stage: text(),
  sub_status: text(),
});
type SeventeenEvent = z.infer<typeof EventSchema>;

const ProviderSchema = z.object({
  provider: lenient(z.object({ key: lenient(z.union([z.number(), z.string()])), name: text(), homepage: text(), country: text() })),
  events: lenient(z.array(z.unknown())),
});

const TrackInfoSchema = z.object({
  shipping_info: lenient(
    z.object({
      shipper_address: lenient(z.object({ country: text() })),
      recipient_address: lenient(z.object({ country: text() })),
    }),
  ),
  latest_status: lenient(z.object({ status: text(), sub_status: text() })),
  time_metrics: lenient(z.object({ estimated_delivery_date: lenient(z.object({ from: timeLike(), to: timeLike() })) })),
  tracking: lenient(z.object({ providers: lenient(z.array(z.unknown())) })),
});

/** A register answer's accepted item: only its number matters. */
const NumberSchema = z.object({ number: z.string() });

const AcceptedSchema = z.object({
  number: z.string(),
  track_info: lenient(TrackInfoSchema),
});

const RejectedSchema = z.object({
  number: z.string(),
  error: lenient(z.object({ code: lenient(z.number()), message: text() })),
});

const EnvelopeSchema = z.object({
  code: lenient(z.number()),
  data: lenient(
    z.object({
      accepted: lenient(z.array(z.unknown())),
      rejected: lenient(z.array(z.unknown())),
      errors: lenient(z.array(z.object({ code: lenient(z.number()), message: text() }))),
    }),
  ),
});

export interface RejectedNumber {
  number: string;
  code: number | null;
  message: string;
}

export type RegisterAnswer = { kind: 'ok'; registered: string[]; rejected: RejectedNumber[] } | CarrierFailure;
export type TrackInfoAnswer = { kind: 'ok'; results: CarrierResult[]; rejected: RejectedNumber[] } | CarrierFailure;

type Envelope = { accepted: unknown[]; rejected: RejectedNumber[] };

function readEnvelope(res: RawResponse, now: number): Envelope | CarrierFailure {
  const byStatus = failureForStatus(res, now);
  if (byStatus) return byStatus;
  const json = parseJson(res.body);
  if (!json.ok) return { kind: 'unreadable', detail: json.detail };
  const env = EnvelopeSchema.safeParse(json.value);
  if (!env.success) return { kind: 'unreadable', detail: 'not an object' };
  const { code, data } = env.data;
  if (code !== 0 && code !== undefined && code !== null) {
    const first = data?.errors?.[0];
    return { kind: 'error', code: String(first?.code ?? code), detail: first?.message ?? `17TRACK code ${code}` };
  }
  if (!data) return { kind: 'unreadable', detail: 'no data' };
  const rejected: RejectedNumber[] = [];
  for (const raw of data.rejected ?? []) {
    const r = RejectedSchema.safeParse(raw);
    if (r.success) rejected.push({ number: r.data.number.toUpperCase(), code: r.data.error?.code ?? null, message: r.data.error?.message ?? '' });
  }
  return { accepted: data.accepted ?? [], rejected };
}

const isFailure = (x: Envelope | CarrierFailure): x is CarrierFailure => 'kind' in x;

/** Register answer; "already registered" counts as registered, not as rejected. */
export function parseSeventeenTrackRegister(res: RawResponse, now: number): RegisterAnswer {
  const env = readEnvelope(res, now);
  if (isFailure(env)) return env;
  const registered: string[] = [];
  for (const raw of env.accepted) {
    const a = NumberSchema.safeParse(raw);
    if (a.success) registered.push(a.data.number.toUpperCase());
  }
  const rejected: RejectedNumber[] = [];
  for (const r of env.rejected) {
    if (r.code === ALREADY_REGISTERED) registered.push(r.number);
    else rejected.push(r);
  }
  return { kind: 'ok', registered, rejected };
}

export function parseSeventeenTrackInfo(res: RawResponse, fetchedAt: number): TrackInfoAnswer {
  const env = readEnvelope(res, fetchedAt);
  if (isFailure(env)) return env;
  const results: CarrierResult[] = [];
  for (const raw of env.accepted) {
    const a = AcceptedSchema.safeParse(raw);
    if (a.success) results.push(toResult(a.data.number.toUpperCase(), a.data.track_info ?? undefined, fetchedAt));
  }
  return { kind: 'ok', results, rejected: env.rejected };
}

type TrackInfo = z.infer<typeof TrackInfoSchema>;

function toResult(number: string, info: TrackInfo | undefined, fetchedAt: number): CarrierResult {
  const providers = readEach(info?.tracking?.providers, (raw) => {
    const p = ProviderSchema.safeParse(raw);
    return p.success ? p.data : undefined;
  }).items;
  const all: TrackingEvent[] = [];
  let skipped = 0;
  let lastMile: CarrierRef | undefined;
  let lastMileAt = -Infinity;
  for (const p of providers) {
    const scans = readEach(p.events, (raw) => {
      const parsed = EventSchema.safeParse(raw);
      return parsed.success ? toEvent(number, parsed.data) : undefined;
    });
    all.push(...scans.items);
    skipped += scans.skipped;
    // With several carriers on the way, the one with the newest scan is the last mile.
    const newest = Math.max(...scans.items.map((e) => e.time));
    if (providers.length > 1 && newest > lastMileAt) {
      lastMileAt = newest;
      lastMile = lastMileFromPayload(p.provider?.name, p.provider?.homepage);
    }
  }

  const result = newResult(number, { items: all, skipped }, fetchedAt, {
    origin: info?.shipping_info?.shipper_address?.country,
    dest: info?.shipping_info?.recipient_address?.country,
  });
  const window = info?.time_metrics?.estimated_delivery_date;
  const eta: Eta = { source: '17track' };
  const from = epochOf(window?.from);
  const to = epochOf(window?.to);
  if (from !== undefined) eta.from = from;
  if (to !== undefined) eta.to = to;
  if (from !== undefined || to !== undefined) result.eta = eta;
  if (lastMile) result.lastMile = lastMile;
  return result;
}

function toEvent(number: string, e: SeventeenEvent): TrackingEvent | undefined {
  const time = epochOf(e.time_utc) ?? epochOf(e.time_iso);
  if (time === undefined) return undefined;
  return makeEvent({
    source: '17track',
    number,
    time,
    timeZone: zoneOfIso(e.time_iso),
    location: clean(e.location),
    // A milestone `stage` (PickedUp, Arrival…) is the sharper code; most events only carry `sub_status`.
    code: clean(e.stage) ?? clean(e.sub_status) ?? null,
    text: clean(e.description) ?? '',
  });
}
