import { z } from 'zod/mini';
import { EpochMsSchema, type Parcel } from '../domain/model';
import { FlagSchema, StageSchema, StatusCodeSchema, type Flag, type StatusCode } from '../domain/vocabulary';
import { ParcelViewSchema } from '../views/types';

/**
 * What the popup needs to sort and filter 2,000 parcels without replaying 2,000 timelines: the
 * background writes one summary per parcel after each timeline recompute, and the `summaries` store
 * indexes it. The summary is derived data; the parcel and its events stay the truth.
 */
export const ParcelSummarySchema = z.object({
  parcelId: z.string().check(z.minLength(1)),
  status: z.nullable(StatusCodeSchema),
  stage: z.nullable(StageSchema),
  flags: z.array(FlagSchema),
  lastEventAt: z.nullable(EpochMsSchema),
  /** 0–100, higher first in lists. The background decides what is urgent; storage only sorts. */
  urgency: z.number().check(z.int(), z.gte(0), z.lte(100)),
  computedAt: EpochMsSchema,
  /** The row/chip the surfaces show, precomputed so a list page reads one record per parcel. */
  view: z.optional(ParcelViewSchema),
});
export type ParcelSummary = z.infer<typeof ParcelSummarySchema>;

export const PARCEL_FILTERS = ['all', 'attention', 'in_transit', 'delivered', 'archived'] as const;
export type ParcelFilter = (typeof PARCEL_FILTERS)[number];

/** Flags that ask the user to do something (dispute, ask for an extension, check the number). */
export const ATTENTION_FLAGS: ReadonlySet<Flag> = new Set(['stalled', 'suspected_fake', 'invalid_number', 'protection_ending', 'late']);
/** Statuses that ask the user to act: go to the pickup point, rearrange delivery, chase a problem. */
export const ATTENTION_STATUSES: ReadonlySet<StatusCode> = new Set(['exception', 'failed_attempt', 'available_for_pickup']);

/** The summary as stored: plus the parcel's archived bit and the index keys that make paging cheap. */
export interface StoredSummary extends ParcelSummary {
  archived: boolean;
  /** lastEventAt, or when the parcel was added if it has no event yet: the tie-breaker after urgency. */
  activityAt: number;
  /** One key per filter the parcel belongs to, `<filter>|<rank>|<id>`; multiEntry index `by-rank`. */
  rankKeys: string[];
}

/**
 * Filters overlap on purpose: a stalled parcel is both "needs attention" and "in transit". Archived
 * parcels leave every other filter, so "all" means "all not archived".
 */
export function filtersOf(summary: ParcelSummary, archived: boolean): ParcelFilter[] {
  if (archived) return ['archived'];
  const filters: ParcelFilter[] = ['all'];
  if (summary.flags.some((f) => ATTENTION_FLAGS.has(f)) || (summary.status !== null && ATTENTION_STATUSES.has(summary.status))) {
    filters.push('attention');
  }
  filters.push(summary.status === 'delivered' ? 'delivered' : 'in_transit');
  return filters;
}

const TIME_DIGITS = 14;
const MAX_TIME = 10 ** TIME_DIGITS - 1;

/**
 * String keys sort the same in every IndexedDB engine; complements of fixed-width numbers make an
 * ascending index walk give most urgent, then most recently active, first.
 */
export function rankKey(filter: ParcelFilter, urgency: number, activityAt: number, parcelId: string): string {
  const u = String(100 - urgency).padStart(3, '0');
  const t = String(MAX_TIME - Math.min(Math.max(activityAt, 0), MAX_TIME)).padStart(TIME_DIGITS, '0');
  return `${filter}|${u}|${t}|${parcelId}`;
}

/** Bounds of one filter's keys in the `by-rank` index (`|` < `}` in code-unit order). */
export function filterRange(filter: ParcelFilter): IDBKeyRange {
  return IDBKeyRange.bound(`${filter}|`, `${filter}}`, false, true);
}

export function toStoredSummary(summary: ParcelSummary, parcel: Pick<Parcel, 'archived' | 'addedAt'>): StoredSummary {
  const activityAt = summary.lastEventAt ?? parcel.addedAt;
  return {
    ...summary,
    archived: parcel.archived,
    activityAt,
    rankKeys: filtersOf(summary, parcel.archived).map((f) => rankKey(f, summary.urgency, activityAt, summary.parcelId)),
  };
}

export function fromStoredSummary(stored: StoredSummary): ParcelSummary {
  const { archived: _archived, activityAt: _activityAt, rankKeys: _rankKeys, ...summary } = stored;
  return summary;
}

/** Placeholder until the background computes the real one, so a new parcel is listed at once. */
export function pendingSummary(parcel: Pick<Parcel, 'id' | 'addedAt'>): ParcelSummary {
  return { parcelId: parcel.id, status: null, stage: null, flags: [], lastEventAt: null, urgency: 0, computedAt: parcel.addedAt };
}
