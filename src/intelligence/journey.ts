import type { TrackingEvent } from '../domain/model';
import type { StatusCode } from '../domain/vocabulary';
import type { StallStage } from './types';

/**
 * Reading a parcel's journey out of its events. Events arrive in any order, from every source and
 * under every alias number; these helpers never assume otherwise.
 */

export function chronological(events: readonly TrackingEvent[]): TrackingEvent[] {
  return [...events].sort((a, b) => a.time - b.time);
}

/**
 * A scan with a meaning that is not one of AliExpress's pre-shipment nodes: the doc says order
 * placed/paid and warehouse nodes never make a parcel "shipped".
 */
export function isCarrierEvent(e: TrackingEvent): boolean {
  return e.status !== null && e.stage !== 'pre_shipment';
}

/** First carrier scan, "label created" included: the most lenient anchor for "days since shipping". */
export function shippedAt(events: readonly TrackingEvent[]): number | null {
  let first: number | null = null;
  for (const e of events) if (isCarrierEvent(e) && (first === null || e.time < first)) first = e.time;
  return first;
}

/** Newest event of any kind: an unmapped scan is still a sign of movement. */
export function lastEventAt(events: readonly TrackingEvent[]): number | null {
  let last: number | null = null;
  for (const e of events) if (last === null || e.time > last) last = e.time;
  return last;
}

export function firstDelivered(events: readonly TrackingEvent[]): TrackingEvent | null {
  return chronological(events).find((e) => e.status === 'delivered') ?? null;
}

// When the classifier gave a status but no stage, the status says roughly where the parcel waits.
const STAGE_BY_STATUS: Partial<Record<StatusCode, StallStage>> = {
  info_received: 'info_received',
  accepted: 'origin',
  in_transit: 'line_haul',
  arrived_destination: 'import_customs',
  customs: 'import_customs',
  at_local_facility: 'last_mile',
  out_for_delivery: 'last_mile',
  available_for_pickup: 'last_mile',
  failed_attempt: 'last_mile',
};

/** The stall stage an event puts the parcel in; null for final events and for events that say nothing. */
export function stallStageOf(e: TrackingEvent): StallStage | null {
  if (e.stage === 'final' || e.status === 'delivered') return null;
  if (e.status === 'info_received' || e.stage === 'pre_shipment') return 'info_received';
  if (e.stage !== null) return e.stage;
  return e.status === null ? null : (STAGE_BY_STATUS[e.status] ?? null);
}

export interface StagePosition {
  stage: StallStage;
  /** When the parcel entered this stage (first of the newest run of events at it). */
  since: number;
}

/** Where the parcel waits now, judged from its newest event that says anything about a stage. */
export function currentStage(events: readonly TrackingEvent[]): StagePosition | null {
  const sorted = chronological(events);
  let stage: StallStage | null = null;
  let since = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i];
    if (!e) continue;
    const s = stallStageOf(e);
    if (s === null) continue;
    if (stage === null) stage = s;
    else if (s !== stage) break;
    since = e.time;
  }
  return stage === null ? null : { stage, since };
}

// Carriers say "return" in many languages; 17TRACK sub-statuses say `Exception_Returning`.
const RETURN_WORDS = /return|retour|devoluc|devolv|devolu|возвра|退回|退件|退货|zwrot|rücksend|ruecksend/i;

function isReturnEvent(e: TrackingEvent): boolean {
  return RETURN_WORDS.test(`${e.code ?? ''} ${e.text}`);
}

/**
 * Delivered, or an exception that ends the journey (returned to sender, a final-stage loss):
 * such parcels never stall. A held or damaged parcel is an exception that may still move.
 */
export function isTerminal(status: StatusCode, events: readonly TrackingEvent[]): boolean {
  if (status === 'delivered') return true;
  if (status !== 'exception') return false;
  const newestException = chronological(events)
    .reverse()
    .find((e) => e.status === 'exception');
  return newestException !== undefined && (newestException.stage === 'final' || isReturnEvent(newestException));
}
