import { chronological } from './journey';
import type { FakeContext, FakeSignal } from './fake-context';
import { isAllDigits, isCainiaoLp } from './numbers';
import { wholeDays } from './verdict';

/**
 * Days of carrier silence before a number looks fake: "unknown" before 10 days, "suspicious" after
 * 14–21 (doc). Nothing is said before `medium`; from `strong` on it weighs as a strong signal.
 * Cainiao `LP…` codes can take ~10 days to show anything, so they get a week more.
 */
export const NO_RECORD_DAYS = { medium: 14, strong: 21 } as const;
export const NO_RECORD_DAYS_LP = { medium: 21, strong: 28 } as const;
export const RESERVED_LABEL_DAYS = { medium: 14, strong: 21 } as const;

/**
 * When the parcel can first have been scanned: the later of when ParcelLens learnt of it and the
 * newest pre-shipment node. Counting from the order date would blame the seller's handling time on
 * the number.
 */
function noRecordSince(ctx: FakeContext): number {
  let since = ctx.facts.parcel.addedAt;
  for (const e of ctx.facts.events) if (e.stage === 'pre_shipment' && e.time > since) since = e.time;
  return since;
}

/** Signal 2: the carrier has never heard of the number, long after it was given. */
export function noCarrierRecord(ctx: FakeContext): FakeSignal | null {
  if (ctx.facts.status !== 'not_found' || ctx.untracked) return null;
  // The doc's do-not-flag list: all-digit local numbers are often unknown to the trackers we ask.
  if (ctx.facts.parcel.numbers.every(isAllDigits)) return null;
  const lp = ctx.facts.parcel.numbers.some(isCainiaoLp);
  const limits = lp ? NO_RECORD_DAYS_LP : NO_RECORD_DAYS;
  const since = noRecordSince(ctx);
  const days = wholeDays(ctx.now - since);
  if (days < limits.medium) return null;
  return {
    reason: 'no_carrier_record',
    strength: days >= limits.strong ? 'strong' : 'medium',
    evidence: { days, since, lp, graceDays: limits.medium },
  };
}

/** Signal 3: only "label created" for weeks: a reserved label, never handed to the carrier. */
export function reservedLabel(ctx: FakeContext): FakeSignal | null {
  if (ctx.facts.status !== 'info_received' || ctx.untracked) return null;
  const first = chronological(ctx.facts.events).find((e) => e.status === 'info_received');
  if (!first) return null;
  const days = wholeDays(ctx.now - first.time);
  if (days < RESERVED_LABEL_DAYS.medium) return null;
  return {
    reason: 'reserved_label',
    strength: days >= RESERVED_LABEL_DAYS.strong ? 'strong' : 'medium',
    evidence: { days, since: first.time },
  };
}

