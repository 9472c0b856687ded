import type { NumberAnalysis } from '../numbers/types';
import type { Order } from '../domain/model';
import { toIsoCountry } from './countries';
import type { ParcelFacts } from './types';
import type { LooseEvidence } from './verdict';

/** How much one fake-number signal weighs: weak 1, medium 2, strong 3 (see combine in fake.ts). */
export type Strength = 'weak' | 'medium' | 'strong';

export interface FakeSignal {
  reason: string;
  strength: Strength;
  evidence: LooseEvidence;
}

/** What every fake-number signal reads, computed once. */
export interface FakeContext {
  facts: ParcelFacts;
  readings: readonly NumberAnalysis[];
  /** Untracked services go silent by design: silence signals stay quiet for them. */
  untracked: boolean;
  now: number;
  /** Where the order was sent (ISO), from the orders or the parcel's receiver info. */
  orderCountry: string | undefined;
  orderCity: string | undefined;
  orderZip: string | undefined;
  /** Earliest placing time of the parcel's orders. */
  placedAt: number | undefined;
}

function firstDefined<T>(values: readonly (T | undefined)[]): T | undefined {
  return values.find((v) => v !== undefined);
}

export function earliestPlacedAt(orders: readonly Order[]): number | undefined {
  const times = orders.map((o) => o.placedAt).filter((t): t is number => t !== undefined);
  return times.length === 0 ? undefined : Math.min(...times);
}

export function fakeContext(
  facts: ParcelFacts,
  readings: readonly NumberAnalysis[],
  untracked: boolean,
  now: number,
): FakeContext {
  const places = [...facts.orders.map((o) => o.destination), facts.parcel.destination];
  return {
    facts,
    readings,
    untracked,
    now,
    orderCountry: firstDefined(places.map((d) => toIsoCountry(d?.country))),
    orderCity: firstDefined(places.map((d) => (d?.city?.trim() ? d.city : undefined))),
    orderZip: firstDefined(places.map((d) => (d?.zip?.trim() ? d.zip : undefined))),
    placedAt: earliestPlacedAt(facts.orders),
  };
}
