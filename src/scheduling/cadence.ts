import { DAY_MS, HOUR_MS, MINUTE_MS, type Clock } from '../domain/clock';
import type { Stage, StatusCode } from '../domain/vocabulary';

/**
 * How often to ask a source about one parcel. Politeness first (../shared/docs/carriers.md): Alibaba
 * soft-bans unusual traffic and a ban costs the user every AliExpress service, so nothing is polled
 * more often than every few hours unless it is about to be delivered, delivered parcels get one
 * confirming check and then silence, and failures back off per parcel. Pure: time and randomness
 * are injected.
 */

/** A random number in [0, 1), like Math.random; injected so tests are exact. */
export type Random = () => number;

export const CADENCE = {
  /** Out for delivery / waiting at a pickup point: the user wants to know today. */
  imminent: 2 * HOUR_MS,
  /** In the destination country: arrived, import customs, local facility, failed attempt. */
  destination: 6 * HOUR_MS,
  /** Pre-shipment, origin, export, line haul, not yet found: days pass between scans. */
  travelling: 12 * HOUR_MS,
  /** Stalled or in exception: a daily look is enough to notice it moving again. */
  slow: DAY_MS,
  /** The one confirming check after "delivered" first appears (a later exception or return). */
  deliveredConfirm: DAY_MS,
} as const;

export const JITTER = 0.2;
export const BACKOFF_CAP_MS = 3 * DAY_MS;
/** A delivered parcel whose confirming check keeps failing is left alone after this many tries. */
export const DELIVERED_MAX_FAILURES = 3;
export const MANUAL_REFRESH_MIN_MS = 10 * MINUTE_MS;

const DESTINATION_STAGES: ReadonlySet<Stage> = new Set(['import_customs', 'last_mile']);

/** The undisturbed interval for a parcel's state (before jitter and backoff). */
export function baseInterval(status: StatusCode | null, stage: Stage | null, stalled: boolean): number {
  if (status === 'delivered') return CADENCE.deliveredConfirm;
  if (status === 'exception' || stalled) return CADENCE.slow;
  switch (status) {
    case 'out_for_delivery':
    case 'available_for_pickup':
      return CADENCE.imminent;
    case 'arrived_destination':
    case 'at_local_facility':
    case 'failed_attempt':
      return CADENCE.destination;
    case 'customs':
      // Export clearance is still origin-side; only import customs means "almost there".
      return stage === 'export_customs' ? CADENCE.travelling : CADENCE.destination;
    case 'not_found':
    case 'info_received':
    case 'accepted':
    case 'in_transit':
      return CADENCE.travelling;
    case null:
      // An event no rule mapped still has a stage when the source grouped it.
      return stage && DESTINATION_STAGES.has(stage) ? CADENCE.destination : CADENCE.travelling;
  }
}

export interface CadenceInput {
  status: StatusCode | null;
  stage: Stage | null;
  stalled: boolean;
  /** Last attempt, successful or not; undefined for a number never fetched. */
  lastFetchedAt?: number;
  lastSuccessAt?: number;
  /** Consecutive failures since the last success. */
  failures: number;
  /** When "delivered" was first seen; defaults to the last success. */
  deliveredSeenAt?: number;
}

/** ±20 %: parcels added together (one order page) drift apart instead of hitting the source in a burst. */
export function jitter(interval: number, random: Random): number {
  return Math.round(interval * (1 + JITTER * (2 * random() - 1)));
}

/** Doubling from the base interval per consecutive failure, capped (before jitter, so retries still spread). */
export function backoffInterval(base: number, failures: number): number {
  if (failures <= 0) return base;
  return Math.min(base * 2 ** Math.min(failures, 30), Math.max(BACKOFF_CAP_MS, base));
}

/**
 * When to check next, or null for never (delivered and confirmed). A number never fetched is due
 * now. The result may lie in the past: that means due, not "late by".
 */
export function nextCheckAt(input: CadenceInput, clock: Clock, random: Random): number | null {
  const now = clock();
  if (input.lastFetchedAt === undefined) return now;
  if (input.status === 'delivered') {
    const seenAt = input.deliveredSeenAt ?? input.lastSuccessAt ?? input.lastFetchedAt;
    // A success after "delivered" was first seen is the confirming check: nothing more to learn.
    if (input.lastSuccessAt !== undefined && input.lastSuccessAt > seenAt) return null;
    if (input.failures >= DELIVERED_MAX_FAILURES) return null;
    if (input.failures === 0) return seenAt + jitter(CADENCE.deliveredConfirm, random);
  }
  const interval = backoffInterval(baseInterval(input.status, input.stage, input.stalled), input.failures);
  return input.lastFetchedAt + jitter(interval, random);
}

export type ManualRefresh = { allowed: true } | { allowed: false; allowedAt: number };

/** The refresh button works at most every 10 minutes per parcel; otherwise says from when. */
export function manualRefresh(lastFetchedAt: number | undefined, clock: Clock): ManualRefresh {
  if (lastFetchedAt === undefined) return { allowed: true };
  const allowedAt = lastFetchedAt + MANUAL_REFRESH_MIN_MS;
  return clock() >= allowedAt ? { allowed: true } : { allowed: false, allowedAt };
}
