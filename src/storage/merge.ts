import { z } from 'zod/mini';
import {
  CarrierRefSchema,
  DeadlineSchema,
  DestinationSchema,
  EtaSchema,
  ItemSchema,
  type Deadline,
  type Destination,
  type Eta,
  type Order,
  type Parcel,
} from '../domain/model';
import { ServiceClassSchema } from '../domain/vocabulary';
import { dropUndefined } from './validation';

/**
 * Pages are read by scrapers that sometimes cannot see a field (lazy rendering, a layout we do not
 * know yet). A value that is missing or empty in a newer reading must never erase one we had: every
 * merge here keeps the old value unless the incoming one says something.
 */

function hasText(s: string | undefined): s is string {
  return s !== undefined && s.trim() !== '';
}

function text(primary: string | undefined, fallback: string | undefined): string | undefined {
  return hasText(primary) ? primary : hasText(fallback) ? fallback : (primary ?? fallback);
}

function list<T>(primary: T[] | undefined, fallback: T[] | undefined): T[] | undefined {
  return primary && primary.length > 0 ? primary : (fallback ?? primary);
}

function destination(primary: Destination | undefined, fallback: Destination | undefined): Destination | undefined {
  if (!primary || !fallback) return primary ?? fallback;
  return { country: text(primary.country, fallback.country), city: text(primary.city, fallback.city), zip: text(primary.zip, fallback.zip) };
}

export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * Merges two readings of one order. The newer reading (by lastSeenAt; incoming on a tie) wins where
 * it has a value, so a late-arriving old snapshot (an import, a retried message) cannot roll the
 * state back; gaps are filled from the other reading. `unknown` state counts as a gap.
 */
export function mergeOrder(old: Order | undefined, incoming: Order): Order {
  if (!old) return dropUndefined(incoming);
  const [a, b] = incoming.lastSeenAt >= old.lastSeenAt ? [incoming, old] : [old, incoming];
  const store = a.store && hasText(a.store.name) ? { name: a.store.name, url: text(a.store.url, b.store?.url) } : (b.store ?? a.store);
  return dropUndefined({
    id: old.id,
    site: text(a.site, b.site) ?? a.site,
    state: a.state !== 'unknown' ? a.state : b.state,
    statusText: text(a.statusText, b.statusText),
    placedAt: a.placedAt ?? b.placedAt,
    placedText: text(a.placedText, b.placedText),
    store,
    items: list(a.items, b.items) ?? [],
    totalText: text(a.totalText, b.totalText),
    destination: destination(a.destination, b.destination),
    firstSeenAt: Math.min(old.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(old.lastSeenAt, incoming.lastSeenAt),
  });
}

/**
 * What a page or source may tell about a parcel besides its numbers. Every field is optional with no
 * default: "not said" must stay distinguishable from "said false / unknown".
 */
export const ParcelDetailsSchema = z.object({
  service: z.optional(z.string()),
  serviceClass: z.optional(ServiceClassSchema),
  untrackedService: z.optional(z.boolean()),
  lastMile: z.optional(CarrierRefSchema),
  originCountry: z.optional(z.string()),
  destCountry: z.optional(z.string()),
  destination: z.optional(DestinationSchema),
  eta: z.optional(z.array(EtaSchema)),
  deadline: z.optional(DeadlineSchema),
  items: z.optional(z.array(ItemSchema)),
});
export type ParcelDetails = z.infer<typeof ParcelDetailsSchema>;

/** Each source's ETA replaces only that source's previous ETA. */
function mergeEta(old: Eta[], incoming: Eta[] | undefined): Eta[] {
  if (!incoming || incoming.length === 0) return old;
  const sources = new Set(incoming.map((e) => e.source));
  return [...old.filter((e) => !sources.has(e.source)), ...incoming];
}

/** AliExpress's own deadline ("Refund if no delivery before…") outranks our estimate. */
function mergeDeadline(old: Deadline | undefined, incoming: Deadline | undefined): Deadline | undefined {
  if (!incoming) return old;
  if (old?.basis === 'aliexpress' && incoming.basis === 'estimated') return old;
  return incoming;
}

/** Applies what a reading says to a stored parcel; silence keeps what we had. */
export function mergeParcelDetails(parcel: Parcel, details: ParcelDetails | undefined): Parcel {
  if (!details) return parcel;
  const lastMile = details.lastMile && hasText(details.lastMile.name)
    ? { name: details.lastMile.name, url: text(details.lastMile.url, parcel.lastMile?.url) }
    : parcel.lastMile;
  return dropUndefined({
    ...parcel,
    service: text(details.service, parcel.service),
    serviceClass: details.serviceClass && details.serviceClass !== 'unknown' ? details.serviceClass : parcel.serviceClass,
    untrackedService: details.untrackedService ?? parcel.untrackedService,
    lastMile,
    originCountry: text(details.originCountry, parcel.originCountry),
    destCountry: text(details.destCountry, parcel.destCountry),
    destination: destination(details.destination, parcel.destination),
    eta: mergeEta(parcel.eta, details.eta),
    deadline: mergeDeadline(parcel.deadline, details.deadline),
    items: list(details.items, parcel.items) ?? [],
  });
}

export function detailsOf(parcel: Parcel): ParcelDetails {
  const { service, serviceClass, untrackedService, lastMile, originCountry, destCountry, destination: dest, eta, deadline, items } = parcel;
  return dropUndefined({ service, serviceClass, untrackedService, lastMile, originCountry, destCountry, destination: dest, eta, deadline, items });
}

/** The parcel that keeps its id when two turn out to be one: the first seen (then the smaller id). */
export function olderFirst(a: Parcel, b: Parcel): number {
  return a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Two records that a source has shown to be one physical parcel (an LP code and an S10 number now
 * linked). The older keeps its id and wins where both know something; numbers and orders are
 * united, so every event (keyed by number) stays attached. Archived only if both were.
 */
export function mergeParcels(keep: Parcel, other: Parcel): Parcel {
  const merged = mergeParcelDetails(other, detailsOf(keep));
  return dropUndefined({
    ...merged,
    id: keep.id,
    numbers: union(keep.numbers, other.numbers),
    orderIds: union(keep.orderIds, other.orderIds),
    addedAt: Math.min(keep.addedAt, other.addedAt),
    addedFrom: keep.addedFrom,
    archived: keep.archived && other.archived,
    // A stored `false` may only be the schema default, so "untracked" said by either one sticks.
    untrackedService: keep.untrackedService || other.untrackedService,
  });
}
