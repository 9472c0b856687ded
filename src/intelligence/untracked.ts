import type { NumberAnalysis } from '../numbers/types';
import { DAY_MS } from '../domain/clock';
import type { FlagVerdict } from '../domain/model';
import { shippedAt } from './journey';
import { DELIVERY_DAYS, EXPORT_GAP_DAYS, untrackedServiceName } from './services';
import type { Confidence, ParcelFacts } from './types';
import { verdict } from './verdict';

/** Which fact says the service stops tracking at export, strongest first. */
export type UntrackedSignal = 'u_series_number' | 'economy_service' | 'service_name';

export interface UntrackedFinding {
  signal: UntrackedSignal;
  confidence: Confidence;
  number?: string;
  service?: string;
}

/**
 * Why this parcel's tracking ends after export, or null. Also consulted by the stall and fake rules:
 * the doc forbids reading an untracked parcel's silence as a stall or a fake.
 */
export function untrackedFinding(facts: ParcelFacts, readings: readonly NumberAnalysis[]): UntrackedFinding | null {
  const uSeries = readings.find((r) => r.untracked);
  if (uSeries) return { signal: 'u_series_number', confidence: 'high', number: uSeries.normalized };
  const service = facts.parcel.service;
  if (facts.parcel.untrackedService) return { signal: 'economy_service', confidence: 'high', service };
  if (untrackedServiceName(service)) return { signal: 'service_name', confidence: 'medium', service };
  return null;
}

/**
 * `untracked` with what to expect: services that stop tracking at export are economy services
 * whatever class a source claimed, so the economy range applies; worry once its upper end (the
 * doc's ~60-day export gap) has passed since shipping. Delivered parcels need no such warning.
 */
export function untrackedVerdict(
  facts: ParcelFacts,
  readings: readonly NumberAnalysis[],
  now: number,
): FlagVerdict | null {
  if (facts.status === 'delivered') return null;
  const finding = untrackedFinding(facts, readings);
  if (!finding) return null;
  const range = DELIVERY_DAYS.economy;
  const worryAfterDays = Math.max(range.to, EXPORT_GAP_DAYS);
  const shipped = shippedAt(facts.events);
  return verdict(
    'untracked',
    'untracked_after_export',
    {
      signal: finding.signal,
      number: finding.number,
      service: finding.service,
      expectedFromDays: range.from,
      expectedToDays: range.to,
      worryAfterDays,
      shippedAt: shipped,
      expectedFrom: shipped === null ? null : shipped + range.from * DAY_MS,
      expectedTo: shipped === null ? null : shipped + range.to * DAY_MS,
      worryFrom: shipped === null ? null : shipped + worryAfterDays * DAY_MS,
    },
    finding.confidence,
    now,
  );
}
