import { cainiaoPageUrl, pickLastMile } from '../carriers/last-mile';
import type { CarrierRef, Order, Parcel } from '../domain/model';
import type { Assessment } from '../intelligence/assess';
import type { FetchState } from '../storage/records';
import type { Timeline, TimelineEntry, TimelineLeg } from '../tracking/timeline';
import { manualRefresh } from '../scheduling/cadence';
import type { EventView, FetchHealth, LegView, OrderRef, ParcelView } from '../views/types';
import { orderUrls } from '../aliexpress/urls';

/** Projections of the stored model for the surfaces. Pure: same inputs, same view. */

export function eventView(entry: TimelineEntry): EventView {
  return {
    time: entry.time,
    timeZone: entry.timeZone,
    status: entry.status,
    stage: entry.stage,
    texts: entry.texts,
    sources: entry.sources,
    location: entry.location,
    number: entry.numbers[0] ?? '',
  };
}

export function legView(leg: TimelineLeg): LegView {
  return {
    stage: leg.stage ?? 'origin',
    ...(leg.carrier ? { carrier: leg.carrier.name } : {}),
    events: leg.events.map(eventView),
  };
}

/**
 * The number to show first: the newest a carrier used (the last-mile number once there is one),
 * else the first one seen.
 */
export function displayNumber(parcel: Parcel, timeline: Timeline): string {
  for (const entry of timeline.events) {
    const n = entry.numbers.find((x) => parcel.numbers.includes(x) && !x.startsWith('order:'));
    if (n) return n;
  }
  return parcel.numbers.find((n) => !n.startsWith('order:')) ?? parcel.id;
}

export function healthOf(states: readonly FetchState[], now: number): FetchHealth {
  const latest = (pick: (s: FetchState) => number | undefined) =>
    states.reduce<number | undefined>((m, s) => {
      const v = pick(s);
      return v !== undefined && (m === undefined || v > m) ? v : m;
    }, undefined);
  const lastCheckedAt = latest((s) => s.lastFetchedAt);
  const lastSuccessAt = latest((s) => s.lastSuccessAt);
  const failing = states.find((s) => s.lastError && (s.lastSuccessAt ?? 0) < s.lastError.at);
  const nextCheckAt = states.reduce<number | undefined>(
    (m, s) => (s.nextCheckAt !== undefined && (m === undefined || s.nextCheckAt < m) ? s.nextCheckAt : m),
    undefined,
  );
  const refresh = manualRefresh(lastCheckedAt, () => now);
  return {
    ...(lastCheckedAt !== undefined ? { lastCheckedAt } : {}),
    ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
    ...(failing?.lastError ? { lastError: failing.lastError.code } : {}),
    ...(nextCheckAt !== undefined ? { nextCheckAt } : {}),
    ...(refresh.allowed ? {} : { refreshAllowedAt: refresh.allowedAt }),
  };
}

function links(parcel: Parcel, number: string): CarrierRef[] {
  const out: CarrierRef[] = [];
  const lastMile = pickLastMile(number, parcel.lastMile);
  if (lastMile?.url) out.push(lastMile);
  out.push({ name: 'Cainiao', url: cainiaoPageUrl(number) });
  return out;
}

export function orderRef(order: Order): OrderRef {
  return {
    id: order.id,
    site: order.site,
    state: order.state,
    ...(order.placedAt !== undefined ? { placedAt: order.placedAt } : {}),
    ...(order.store ? { storeName: order.store.name } : {}),
    items: order.items,
    // Stored orders passed OrderIdSchema, so a URL always exists; '' only guards the type.
    detailUrl: orderUrls(order.site, order.id)?.detail ?? '',
  };
}

export function parcelView(input: {
  parcel: Parcel;
  timeline: Timeline;
  assessment: Assessment;
  orders: readonly Order[];
  fetchStates: readonly FetchState[];
  now: number;
}): ParcelView {
  const { parcel, timeline, assessment, orders } = input;
  const number = displayNumber(parcel, timeline);
  const best = assessment.eta.best;
  const deadline = assessment.deadline;
  const itemTitles = [...new Set([...parcel.items, ...orders.flatMap((o) => o.items)].map((i) => i.title))];
  return {
    id: parcel.id,
    number,
    numbers: parcel.numbers.filter((n) => !n.startsWith('order:')),
    status: timeline.status,
    flags: assessment.flags,
    verdicts: assessment.verdicts,
    ...(timeline.lastEvent ? { lastEvent: eventView(timeline.lastEvent) } : {}),
    ...(parcel.service ? { service: parcel.service } : {}),
    ...(parcel.lastMile ? { lastMile: parcel.lastMile } : {}),
    links: links(parcel, number),
    orderIds: parcel.orderIds,
    storeNames: [...new Set(orders.flatMap((o) => (o.store ? [o.store.name] : [])))],
    itemTitles,
    ...(deadline ? { deadline: { at: deadline.at, basis: deadline.basis, ...(deadline.text ? { text: deadline.text } : {}) } } : {}),
    ...(best ? { eta: { from: best.from, to: best.to, basis: best.basis, ...(best.samples ? { samples: best.samples } : {}) } } : {}),
    guidance: assessment.guidance,
    archived: parcel.archived,
    addedAt: parcel.addedAt,
    health: healthOf(input.fetchStates, input.now),
  };
}
