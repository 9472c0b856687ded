import type { NumberAnalysis } from '../numbers/types';
import type { FlagVerdict } from '../domain/model';
import { fakeContext } from './fake-context';
import type { FakeContext, FakeSignal, Strength } from './fake-context';
import { deliveredElsewhere, deliveredTooFast } from './fake-delivery';
import { carrierDiffers, destinationMismatch, eventsBeforeOrder, numberReused } from './fake-orders';
import { noCarrierRecord, reservedLabel } from './fake-silence';
import type { Confidence, ParcelFacts } from './types';
import { verdict } from './verdict';

/**
 * The doc's fake-number signals 2–8 (signal 1, a bad format or checksum, is `invalid_number`: see
 * numbers.ts). None of them reads silence of an untracked parcel, an alias number's carrier, or a
 * gap after export as suspicious: those are the doc's do-not-flag cases.
 */
const SIGNALS: readonly ((ctx: FakeContext) => FakeSignal | null)[] = [
  noCarrierRecord,
  reservedLabel,
  destinationMismatch,
  deliveredElsewhere,
  deliveredTooFast,
  eventsBeforeOrder,
  numberReused,
  carrierDiffers,
];

const WEIGHT: Readonly<Record<Strength, number>> = { weak: 1, medium: 2, strong: 3 };

/** One weak signal is a hint (low); a medium one or two weak ones, medium; a strong one or more, high. */
export function combinedConfidence(signals: readonly FakeSignal[]): Confidence {
  const score = signals.reduce((sum, s) => sum + WEIGHT[s.strength], 0);
  return score >= 3 ? 'high' : score === 2 ? 'medium' : 'low';
}

/**
 * One `suspected_fake` verdict per signal found, so the UI can give every reason; all carry the
 * combined confidence (the suspicion is about the number, not about one signal) and the count.
 */
export function fakeVerdicts(
  facts: ParcelFacts,
  readings: readonly NumberAnalysis[],
  untracked: boolean,
  now: number,
): FlagVerdict[] {
  const ctx = fakeContext(facts, readings, untracked, now);
  const signals = SIGNALS.map((rule) => rule(ctx)).filter((s): s is FakeSignal => s !== null);
  const confidence = combinedConfidence(signals);
  return signals.map((s) =>
    verdict('suspected_fake', s.reason, { ...s.evidence, strength: s.strength, signals: signals.length }, confidence, now),
  );
}

/** Reasons that say a "delivered" scan is not a real delivery. */
export const FAKE_DELIVERY_REASONS: ReadonlySet<string> = new Set([
  'delivered_in_origin_country',
  'delivered_elsewhere',
  'delivered_too_fast',
]);
