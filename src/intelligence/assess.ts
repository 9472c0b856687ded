import type { FlagVerdict } from '../domain/model';
import { FLAGS } from '../domain/vocabulary';
import type { Flag } from '../domain/vocabulary';
import type { DeadlineInfo } from './deadlines';
import { protectionDeadline, protectionVerdict } from './deadlines';
import type { EtaEstimate } from './eta';
import { bestEta, etaEstimates } from './eta';
import { earliestPlacedAt } from './fake-context';
import { FAKE_DELIVERY_REASONS, fakeVerdicts } from './fake';
import type { Guidance } from './guidance';
import { guidanceFor } from './guidance';
import { isTerminal, shippedAt } from './journey';
import { lateVerdict } from './late';
import { invalidNumberVerdicts, readNumbers } from './numbers';
import { stalledVerdict } from './stalled';
import type { ParcelFacts } from './types';
import { untrackedFinding, untrackedVerdict } from './untracked';

export interface Assessment {
  /** Unique, in FLAGS order: the values of the `data-flags` hook. */
  flags: Flag[];
  /** Every verdict with its reason and evidence, in FLAGS order. */
  verdicts: FlagVerdict[];
  eta: { estimates: EtaEstimate[]; best: EtaEstimate | null };
  deadline: DeadlineInfo | null;
  guidance: Guidance[];
}

/**
 * Flags raised by verdicts. A lone weak fake signal (confidence low) stays in the verdicts as a hint
 * but raises no `suspected_fake` flag: a badge calling a number fake needs more than one doubt.
 */
export function flagsOf(verdicts: readonly FlagVerdict[]): Flag[] {
  const raised = new Set(
    verdicts.filter((v) => v.flag !== 'suspected_fake' || v.confidence !== 'low').map((v) => v.flag),
  );
  return FLAGS.filter((f) => raised.has(f));
}

/** Everything ParcelLens says about one parcel, judged at `now`. */
export function assessParcel(facts: ParcelFacts, now: number): Assessment {
  const readings = readNumbers(facts.parcel);
  const untracked = untrackedFinding(facts, readings) !== null;
  const fake = fakeVerdicts(facts, readings, untracked, now);
  // A "delivered" scan in the wrong place or impossibly soon is not a delivery the buyer got.
  const fakeDelivery = fake.some((v) => FAKE_DELIVERY_REASONS.has(v.reason) && v.confidence !== 'low');
  const delivered = facts.status === 'delivered' && !fakeDelivery;
  const deadline = protectionDeadline(facts, now);

  const found = [
    untrackedVerdict(facts, readings, now),
    ...invalidNumberVerdicts(readings, facts.events, now),
    ...fake,
    stalledVerdict(facts, now, untracked),
    protectionVerdict(deadline, delivered, now),
    lateVerdict(facts, delivered, now),
  ].filter((v): v is FlagVerdict => v !== null);
  const verdicts = [...found].sort((a, b) => FLAGS.indexOf(a.flag) - FLAGS.indexOf(b.flag));
  const flags = flagsOf(verdicts);

  const estimates = etaEstimates(facts);
  const problem =
    flags.some((f) => f === 'stalled' || f === 'suspected_fake' || f === 'invalid_number') ||
    facts.status === 'exception';
  const urgentProblem =
    flags.includes('invalid_number') ||
    fake.some((v) => v.confidence === 'high') ||
    (facts.status === 'exception' && isTerminal(facts.status, facts.events));
  const guidance = guidanceFor({
    deadline,
    now,
    shippedAt: shippedAt(facts.events) ?? earliestPlacedAt(facts.orders) ?? null,
    delivered,
    problem,
    urgentProblem,
  });
  return { flags, verdicts, eta: { estimates, best: bestEta(estimates, now) }, deadline, guidance };
}

/** Flags the user should act on; `untracked` alone is information, not a problem. */
export function needsAttention(flags: readonly Flag[]): boolean {
  return flags.some((f) => f !== 'untracked');
}

/**
 * Sort key, higher first. A bad number, a suspected fake or an ending protection (money at stake)
 * outrank a stall, which outranks lateness, which outranks "untracked". Within a tier, the nearer
 * deadline wins (the bonus stays below 1, so it never crosses a tier).
 */
const WEIGHT: Readonly<Record<Flag, number>> = {
  invalid_number: 1000,
  suspected_fake: 1000,
  protection_ending: 1000,
  stalled: 100,
  late: 10,
  untracked: 1,
};

export function urgencyScore(flags: readonly Flag[], daysLeft?: number | null): number {
  const base = [...new Set(flags)].reduce((sum, f) => sum + WEIGHT[f], 0);
  if (daysLeft === undefined || daysLeft === null) return base;
  return base + Math.max(0, Math.min(0.9, (60 - daysLeft) / 100));
}
