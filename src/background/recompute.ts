import type { Order, Parcel, TrackingEvent } from '../domain/model';
import type { Flag, StatusCode } from '../domain/vocabulary';
import { assessParcel, type Assessment } from '../intelligence/assess';
import { dwellHistoryFrom, type DeliveredParcel } from '../intelligence/history';
import type { DeliveredHistory, ParcelFacts } from '../intelligence/types';
import {
  eventsForParcel,
  fetchStatesForNumber,
  getMeta,
  getOrder,
  getParcel,
  listParcels,
  putMeta,
  putSummary,
  type ParcelDb,
} from '../storage/repository';
import { buildTimeline, type Timeline } from '../tracking/timeline';
import { JsonSchema, type FetchState, type Json } from '../storage/records';
import type { BackgroundDeps } from './deps';
import { parcelView } from './views';

const HISTORY_KEY = 'history:delivered';

/**
 * Order of the popup list: flags that ask the user to act, then parcels on the move, then delivered.
 * Storage sorts by this 0–100 number; the rules' own score decides among flagged parcels.
 */
export function urgencyOf(flags: readonly Flag[], status: StatusCode, daysLeft: number | null): number {
  const has = (f: Flag) => flags.includes(f);
  let u = status === 'delivered' ? 0 : 20;
  if (has('untracked')) u = Math.max(u, 25);
  if (has('late')) u = Math.max(u, 50);
  if (has('stalled')) u = Math.max(u, 70);
  if (has('suspected_fake') || has('invalid_number')) u = Math.max(u, 85);
  if (has('protection_ending')) u = Math.max(u, 90 + (daysLeft !== null && daysLeft >= 0 ? Math.max(0, 7 - daysLeft) : 9));
  if (status === 'available_for_pickup' || status === 'failed_attempt' || status === 'exception') u = Math.max(u, 60);
  return Math.min(100, u);
}

/** The user's delivered parcels as the stall and ETA rules learn from them; rebuilt on delivery. */
export async function loadHistory(db: ParcelDb): Promise<DeliveredHistory> {
  const stored = await getMeta(db, HISTORY_KEY, JsonSchema);
  return (stored ?? {}) as DeliveredHistory;
}

export async function rebuildHistory(db: ParcelDb): Promise<void> {
  const delivered: DeliveredParcel[] = [];
  for (const parcel of await listParcels(db)) {
    const events = await eventsForParcel(db, parcel.id);
    if (events.some((e) => e.status === 'delivered')) delivered.push({ serviceClass: parcel.serviceClass, events });
  }
  await putMeta(db, HISTORY_KEY, dwellHistoryFrom(delivered) as unknown as Json);
}

/** How every source has answered for every number of the parcel. */
export async function fetchStatesOf(db: ParcelDb, parcel: Parcel): Promise<FetchState[]> {
  return (await Promise.all(parcel.numbers.map((n) => fetchStatesForNumber(db, n)))).flat();
}

export interface ParcelState {
  /** What the rules judged (also what an evidence pack re-judges). */
  facts: ParcelFacts;
  parcel: Parcel;
  events: TrackingEvent[];
  timeline: Timeline;
  assessment: Assessment;
  orders: Order[];
  fetchStates: FetchState[];
}

/** Everything known about one parcel, with its timeline and verdicts as of `now`. */
export async function parcelState(db: ParcelDb, parcelId: string, now: number, history?: DeliveredHistory): Promise<ParcelState | undefined> {
  const parcel = await getParcel(db, parcelId);
  if (!parcel) return undefined;
  const events = await eventsForParcel(db, parcel.id);
  const timeline = buildTimeline(events, parcel.lastMile ? { lastMile: parcel.lastMile } : {});
  const orders = (await Promise.all(parcel.orderIds.map((id) => getOrder(db, id)))).filter((o): o is Order => o !== undefined);
  orders.sort((a, b) => (a.placedAt ?? a.firstSeenAt) - (b.placedAt ?? b.firstSeenAt));
  const [own, ...others] = orders;
  const facts: ParcelFacts = {
    parcel,
    events,
    status: timeline.status,
    // The oldest order owns the parcel; any other order carrying the same number is checked for reuse.
    orders: own ? [own] : [],
    sameNumberOrders: others,
    history: history ?? (await loadHistory(db)),
  };
  const assessment = assessParcel(facts, now);
  const fetchStates = await fetchStatesOf(db, parcel);
  return { facts, parcel, events, timeline, assessment, orders, fetchStates };
}

/**
 * Recomputes a parcel's timeline, verdicts and list row after anything about it changed, and
 * stores the summary every surface reads. Returns the summary's flags (for the badge and reminders).
 */
export async function recomputeParcel(deps: BackgroundDeps, parcelId: string, history?: DeliveredHistory): Promise<ParcelState | undefined> {
  const now = deps.clock();
  const state = await parcelState(deps.db, parcelId, now, history);
  if (!state) return undefined;
  const { timeline, assessment } = state;
  await putSummary(deps.db, {
    parcelId,
    status: timeline.status,
    stage: timeline.lastEvent?.stage ?? null,
    flags: assessment.flags,
    lastEventAt: timeline.lastEventAt ?? null,
    urgency: urgencyOf(assessment.flags, timeline.status, assessment.deadline?.daysLeft ?? null),
    computedAt: now,
    view: parcelView({ ...state, now }),
  });
  return state;
}

/** Time moves even when no event arrives: stalls and deadlines are re-judged for every parcel. */
export async function recomputeAll(deps: BackgroundDeps): Promise<void> {
  await rebuildHistory(deps.db);
  const history = await loadHistory(deps.db);
  for (const parcel of await listParcels(deps.db)) await recomputeParcel(deps, parcel.id, history);
}
