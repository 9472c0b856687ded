import { DAY_MS } from '../domain/clock';
import type { Eta } from '../domain/model';
import type { Source } from '../domain/vocabulary';
import { currentStage, shippedAt } from './journey';
import { DELIVERY_DAYS } from './services';
import { quantile } from './stats';
import type { ParcelFacts, StallStage } from './types';

export type EtaBasis = 'aliexpress' | 'cainiao' | 'tracker' | 'history' | 'service_class';

export interface EtaEstimate {
  from: number;
  to: number;
  basis: EtaBasis;
  /** Delivered parcels behind a history estimate ("from 9 of your parcels"). */
  samples?: number;
  /** The stage a history estimate counted from. */
  stage?: StallStage;
}

/** Fewer delivered parcels than this say too little to estimate from. */
export const MIN_HISTORY_SAMPLES = 3;

// 17TRACK and Ship24 estimates are the carriers' word relayed: one basis for both.
const BASIS_BY_SOURCE: Readonly<Record<Source, EtaBasis | null>> = {
  aliexpress: 'aliexpress',
  cainiao: 'cainiao',
  '17track': 'tracker',
  ship24: 'tracker',
  page: 'aliexpress', // the order and tracking pages show AliExpress's own promise
  user: null,
};

/** AliExpress's own promise, read from its logistics data or from its order and tracking pages. */
export const isAliExpressPromise = (eta: Eta): boolean => BASIS_BY_SOURCE[eta.source] === 'aliexpress';

function fromSource(eta: Eta): EtaEstimate | null {
  const basis = BASIS_BY_SOURCE[eta.source];
  const from = eta.from ?? eta.to;
  const to = eta.to ?? eta.from;
  if (!basis || from === undefined || to === undefined) return null;
  return { from: Math.min(from, to), to: Math.max(from, to), basis };
}

/** From entering the current stage, the 10th–90th percentile of how long the user's parcels took. */
function fromHistory(facts: ParcelFacts): EtaEstimate | null {
  const history = facts.history[facts.parcel.serviceClass];
  if (!history) return null;
  const position = currentStage(facts.events);
  const shipped = shippedAt(facts.events);
  const samples = position ? (history.toDelivery[position.stage] ?? []) : history.transit;
  const start = position ? position.since : shipped;
  if (start === null || samples.length < MIN_HISTORY_SAMPLES) return null;
  const low = quantile(samples, 0.1) ?? 0;
  const high = quantile(samples, 0.9) ?? 0;
  const estimate: EtaEstimate = { from: start + low, to: start + high, basis: 'history', samples: samples.length };
  if (position) estimate.stage = position.stage;
  return estimate;
}

/** Every estimate that can be made, each with its basis. Nothing to estimate once delivered. */
export function etaEstimates(facts: ParcelFacts): EtaEstimate[] {
  if (facts.status === 'delivered') return [];
  const out = facts.parcel.eta.map(fromSource).filter((e): e is EtaEstimate => e !== null);
  const history = fromHistory(facts);
  if (history) out.push(history);
  const shipped = shippedAt(facts.events);
  if (shipped !== null) {
    const range = DELIVERY_DAYS[facts.parcel.serviceClass];
    out.push({ from: shipped + range.from * DAY_MS, to: shipped + range.to * DAY_MS, basis: 'service_class' });
  }
  return out;
}

/**
 * AliExpress's promise first (it is what `late` and refunds are measured against), then Cainiao's
 * live window, the trackers', the user's own history, and the generic class range. An estimate whose
 * window has already closed is passed over while a current one exists.
 */
const PREFERENCE: readonly EtaBasis[] = ['aliexpress', 'cainiao', 'tracker', 'history', 'service_class'];

export function bestEta(estimates: readonly EtaEstimate[], now: number): EtaEstimate | null {
  const ranked = [...estimates].sort((a, b) => PREFERENCE.indexOf(a.basis) - PREFERENCE.indexOf(b.basis));
  const current = ranked.find((e) => e.to >= now);
  if (current) return current;
  return ranked.reduce<EtaEstimate | null>((best, e) => (best === null || e.to > best.to ? e : best), null);
}
