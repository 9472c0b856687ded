import type { TrackingEvent } from '../domain/model';
import type { ServiceClass } from '../domain/vocabulary';
import { chronological, isCarrierEvent, stallStageOf } from './journey';
import type { ClassHistory, DeliveredHistory, StallStage } from './types';

export interface DeliveredParcel {
  serviceClass: ServiceClass;
  events: readonly TrackingEvent[];
}

const emptyClass = (): ClassHistory => ({ dwell: {}, toDelivery: {}, transit: [] });

function push(into: Partial<Record<StallStage, number[]>>, stage: StallStage, ms: number): void {
  (into[stage] ??= []).push(ms);
}

/**
 * What the user's delivered parcels say about each stage. "Dwell" is measured as the stall rule
 * measures a live parcel: the longest time without a new event while at a stage, so the two compare
 * like with like. Parcels without a delivered event teach nothing and are skipped.
 */
export function dwellHistoryFrom(delivered: readonly DeliveredParcel[]): DeliveredHistory {
  const history: DeliveredHistory = {};
  for (const p of delivered) {
    const events = chronological(p.events);
    const deliveredIndex = events.findIndex((e) => e.status === 'delivered');
    const deliveredEvent = events[deliveredIndex];
    if (!deliveredEvent) continue;
    const cls = (history[p.serviceClass] ??= emptyClass());
    const before = events.slice(0, deliveredIndex + 1);

    const longest = new Map<StallStage, number>();
    const entered = new Map<StallStage, number>();
    let stage: StallStage | null = null;
    for (let i = 0; i < before.length - 1; i++) {
      const e = before[i];
      const next = before[i + 1];
      if (!e || !next) continue;
      // An event that says nothing about a stage leaves the parcel where it was.
      stage = stallStageOf(e) ?? stage;
      if (stage === null) continue;
      if (!entered.has(stage)) entered.set(stage, e.time);
      longest.set(stage, Math.max(longest.get(stage) ?? 0, next.time - e.time));
    }
    for (const [s, ms] of longest) push(cls.dwell, s, ms);
    for (const [s, at] of entered) push(cls.toDelivery, s, deliveredEvent.time - at);

    const shipped = before.find(isCarrierEvent);
    if (shipped && shipped !== deliveredEvent) cls.transit.push(deliveredEvent.time - shipped.time);
  }
  return history;
}
