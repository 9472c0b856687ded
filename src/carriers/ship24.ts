import { z } from 'zod/mini';
import type { TrackingEvent } from '../domain/model';
import { failureForStatus, parseJson } from './http';
import { clean, epochOf, lenient, text, timeLike, zoneOfIso } from './payload';
import { makeEvent, newResult, readEach } from './results';
import type { CarrierFailure, CarrierRequest, CarrierResult, RawResponse } from './types';

/**
 * Ship24 with the user's own key (`Authorization: Bearer`): one number per call, ~10 calls a
 * second, and a `Retry-After` on 429 that we honour.
 */

const ENDPOINT = 'https://api.ship24.com/public/v1/trackers/track';

export interface Ship24Hints {
  /** ISO alpha-2; helps Ship24 pick the right couriers. */
  destinationCountryCode?: string;
  originCountryCode?: string;
}

export function ship24Request(number: string, apiKey: string, hints: Ship24Hints = {}): CarrierRequest {
  const body: Record<string, string> = { trackingNumber: number.replace(/\s+/g, '').toUpperCase() };
  if (hints.destinationCountryCode) body.destinationCountryCode = hints.destinationCountryCode;
  if (hints.originCountryCode) body.originCountryCode = hints.originCountryCode;
  return {
    url: ENDPOINT,
    method: 'POST',
    headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

const EventSchema = z.object({
  status: text(),
  location: text(),
  occurrenceDatetime: text(),
  eventTrackingNumber: text(),
  courierCode: text(),
  statusMilestone: text(),
});
type Ship24Event = z.infer<typeof EventSchema>;

const TrackingSchema = z.object({
  tracker: z.object({ trackingNumber: z.string() }),
  shipment: lenient(
    z.object({
      statusMilestone: text(),
      originCountryCode: text(),
      destinationCountryCode: text(),
      trackingNumbers: lenient(z.array(z.object({ tn: z.string() }))),
      delivery: lenient(z.object({ estimatedDeliveryDate: timeLike() })),
    }),
  ),
  events: lenient(z.array(z.unknown())),
});
type Ship24Tracking = z.infer<typeof TrackingSchema>;

const EnvelopeSchema = z.object({
  errors: lenient(z.array(z.object({ code: text(), message: text() }))),
  data: lenient(z.object({ trackings: lenient(z.array(z.unknown())) })),
});

export type Ship24Answer = { kind: 'ok'; results: CarrierResult[] } | CarrierFailure;

export function parseShip24Response(res: RawResponse, fetchedAt: number): Ship24Answer {
  const byStatus = failureForStatus(res, fetchedAt);
  if (byStatus) return byStatus;
  const json = parseJson(res.body);
  if (!json.ok) return { kind: 'unreadable', detail: json.detail };
  const env = EnvelopeSchema.safeParse(json.value);
  if (!env.success) return { kind: 'unreadable', detail: 'not an object' };
  const firstError = env.data.errors?.[0];
  if (firstError) return { kind: 'error', code: firstError.code ?? 'unknown', detail: firstError.message ?? '' };
  const trackings = env.data.data?.trackings;
  if (!trackings) return { kind: 'unreadable', detail: 'no trackings' };
  const results: CarrierResult[] = [];
  for (const raw of trackings) {
    const t = TrackingSchema.safeParse(raw);
    if (t.success) results.push(toResult(t.data, fetchedAt));
  }
  return { kind: 'ok', results };
}

function toResult(t: Ship24Tracking, fetchedAt: number): CarrierResult {
  const number = t.tracker.trackingNumber.trim().toUpperCase();
  const scans = readEach(t.events, (raw) => {
    const parsed = EventSchema.safeParse(raw);
    return parsed.success ? toEvent(number, parsed.data) : undefined;
  });
  const result = newResult(number, scans, fetchedAt, {
    origin: t.shipment?.originCountryCode,
    dest: t.shipment?.destinationCountryCode,
  });
  // Ship24 follows the parcel across its numbers: every other one is an alias.
  const aliases = new Set([...(t.shipment?.trackingNumbers ?? []).map(({ tn }) => tn.trim().toUpperCase()), ...result.events.map((e) => e.number)]);
  aliases.delete(number);
  aliases.delete('');
  result.aliases = [...aliases];
  const eta = epochOf(t.shipment?.delivery?.estimatedDeliveryDate);
  if (eta !== undefined) result.eta = { to: eta, source: 'ship24' };
  return result;
}

function toEvent(trackerNumber: string, e: Ship24Event): TrackingEvent | undefined {
  // `occurrenceDatetime` is wall time without a zone: read as UTC and flagged unknown (null), so
  // the timeline matches it with other sources by whole-hour shifts.
  const time = epochOf(e.occurrenceDatetime, null);
  if (time === undefined) return undefined;
  return makeEvent({
    source: 'ship24',
    number: clean(e.eventTrackingNumber)?.toUpperCase() ?? trackerNumber,
    time,
    timeZone: zoneOfIso(e.occurrenceDatetime),
    location: clean(e.location),
    code: clean(e.statusMilestone) ?? null,
    text: clean(e.status) ?? '',
  });
}
