import { DAY_MS } from '../domain/clock';
import type { FlagVerdict } from '../domain/model';
import type { ServiceClass } from '../domain/vocabulary';
import { currentStage, isTerminal, lastEventAt } from './journey';
import { EXPORT_GAP_DAYS } from './services';
import { quantile } from './stats';
import type { DeliveredHistory, ParcelFacts, StallStage } from './types';
import { verdict, wholeDays } from './verdict';

/**
 * Days a parcel may sit at a stage without a new event before it counts as stalled.
 * Seeded from the doc (line haul Economy 21, customs 10, last mile 7, info_received-only 10) and
 * scaled for the faster classes by their delivery ranges (Economy 30–60, Standard 15–45, Expedited
 * 7–20 days): line haul shrinks with the promise (Standard 14, the "no update for 14 days" rule;
 * Expedited 7 ≈ 21 × 20/60); import customs and the last mile are the destination's doing and shrink
 * little; a seller hands over a parcel at the same pace whatever was bought, except that Expedited
 * sellers are expected to ship within a week ("not shipped 7 days after payment").
 * An unknown class gets the Economy column: an unknown never causes an early alarm.
 */
export const DEFAULT_ALLOWANCE_DAYS: Readonly<Record<ServiceClass, Readonly<Record<StallStage, number>>>> = {
  economy: { info_received: 10, origin: 7, export_customs: 10, line_haul: 21, import_customs: 10, last_mile: 7 },
  standard: { info_received: 10, origin: 5, export_customs: 7, line_haul: 14, import_customs: 10, last_mile: 7 },
  expedited: { info_received: 7, origin: 4, export_customs: 5, line_haul: 7, import_customs: 7, last_mile: 5 },
  unknown: { info_received: 10, origin: 7, export_customs: 10, line_haul: 21, import_customs: 10, last_mile: 7 },
};

/**
 * Pseudo-count of the default in the shrinkage: with n samples the history's 90th percentile gets
 * weight n/(n+5), so one slow parcel nudges the allowance and ten parcels mostly decide it.
 */
export const HISTORY_PRIOR_WEIGHT = 5;

/** History may raise an allowance this far and no further: beyond it protection is nearly over. */
export const MAX_ALLOWANCE_DAYS = 60;

/** Stages after which an untracked service goes silent by design. */
const AFTER_EXPORT: ReadonlySet<StallStage> = new Set(['export_customs', 'line_haul', 'import_customs', 'last_mile']);

export type AllowanceBasis = 'default' | 'history' | 'export_gap';

export interface Allowance {
  days: number;
  basis: AllowanceBasis;
  defaultDays: number;
  /** Delivered parcels behind a history-based allowance. */
  samples?: number;
  /** Their 90th-percentile dwell, in days. */
  p90Days?: number;
}

/**
 * The allowance for one stage. The doc says the defaults are "raised by what the user's own
 * delivered parcels show": history only ever raises, never lowers, an allowance.
 */
export function stallAllowance(
  stage: StallStage,
  serviceClass: ServiceClass,
  history: DeliveredHistory,
  untracked = false,
): Allowance {
  const defaultDays = DEFAULT_ALLOWANCE_DAYS[serviceClass][stage];
  if (untracked && AFTER_EXPORT.has(stage)) {
    return { days: Math.max(defaultDays, EXPORT_GAP_DAYS), basis: 'export_gap', defaultDays };
  }
  const samples = history[serviceClass]?.dwell[stage] ?? [];
  const p90 = quantile(samples, 0.9);
  if (p90 === null) return { days: defaultDays, basis: 'default', defaultDays };
  const p90Days = p90 / DAY_MS;
  const n = samples.length;
  const weight = n / (n + HISTORY_PRIOR_WEIGHT);
  const shrunk = defaultDays + weight * (p90Days - defaultDays);
  const days = Math.min(Math.max(defaultDays, MAX_ALLOWANCE_DAYS), Math.round(shrunk * 10) / 10);
  if (days <= defaultDays) return { days: defaultDays, basis: 'default', defaultDays, samples: n, p90Days: round1(p90Days) };
  return { days, basis: 'history', defaultDays, samples: n, p90Days: round1(p90Days) };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * `stalled` when the newest event is older than the current stage allows. Parcels the carrier has
 * no record of are the fake rule's business ("no carrier record"), and terminal ones never stall.
 */
export function stalledVerdict(facts: ParcelFacts, now: number, untracked: boolean): FlagVerdict | null {
  if (facts.status === 'not_found' || isTerminal(facts.status, facts.events)) return null;
  const position = currentStage(facts.events);
  const last = lastEventAt(facts.events);
  if (!position || last === null) return null;
  const serviceClass = facts.parcel.serviceClass;
  const allowance = stallAllowance(position.stage, serviceClass, facts.history, untracked);
  const silentMs = now - last;
  if (silentMs <= allowance.days * DAY_MS) return null;
  // Well past the allowance is no longer a maybe: half as long again as allowed reads as certain.
  const confidence = silentMs > allowance.days * 1.5 * DAY_MS ? 'high' : 'medium';
  return verdict(
    'stalled',
    'no_event_for_days',
    {
      stage: position.stage,
      days: wholeDays(silentMs),
      allowanceDays: allowance.days,
      defaultDays: allowance.defaultDays,
      basis: allowance.basis,
      samples: allowance.basis === 'history' ? allowance.samples : undefined,
      p90Days: allowance.basis === 'history' ? allowance.p90Days : undefined,
      serviceClass,
      lastEventAt: last,
    },
    confidence,
    now,
  );
}
