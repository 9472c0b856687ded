import { z } from 'zod/mini';
import { EpochMsSchema } from '../domain/model';
import { SourceSchema } from '../domain/vocabulary';

/**
 * Records that only storage and scheduling know about (the domain model has no opinion on how often
 * we asked a carrier). Every one is validated with these schemas before it is written.
 */

/** Any JSON value: what the meta store and job payloads may hold, so an export is plain JSON. */
export const JsonSchema = z.json();
export type Json = z.infer<typeof JsonSchema>;

const NonEmpty = z.string().check(z.minLength(1));
const Count = z.number().check(z.int(), z.nonnegative());

/**
 * How one source has answered for one number. Keyed by [source, number] because politeness is per
 * source and a source is asked per number (Cainiao batches numbers, not parcels).
 */
export const FetchStateSchema = z.object({
  source: SourceSchema,
  number: NonEmpty,
  /** Last attempt, successful or not: the manual-refresh floor and the base of the next check. */
  lastFetchedAt: z.optional(EpochMsSchema),
  lastSuccessAt: z.optional(EpochMsSchema),
  /** Consecutive failures since the last success; drives per-parcel backoff. */
  failures: z._default(Count, 0),
  nextCheckAt: z.optional(EpochMsSchema),
  lastError: z.optional(z.object({ code: NonEmpty, message: z.optional(z.string()), at: EpochMsSchema })),
  /** When this source first reported the parcel delivered: the one confirming check is due a day later. */
  deliveredSeenAt: z.optional(EpochMsSchema),
});
export type FetchState = z.infer<typeof FetchStateSchema>;
export type FetchStateInput = z.input<typeof FetchStateSchema>;

export const LeaseSchema = z.object({ owner: NonEmpty, until: EpochMsSchema });
export type Lease = z.infer<typeof LeaseSchema>;

/** One persisted unit of background work. `key` is deterministic so enqueuing twice changes nothing. */
export const JobRecordSchema = z.object({
  key: NonEmpty,
  kind: NonEmpty,
  dueAt: EpochMsSchema,
  payload: JsonSchema,
  /** Claims so far; a job that keeps coming back is visible in an export. */
  attempts: z._default(Count, 0),
  /** What the job is about (a tracking number, a parcel id), so deleting a parcel can cancel its jobs. */
  ref: z.optional(NonEmpty),
  lease: z.optional(LeaseSchema),
  lastError: z.optional(z.string()),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;

/** Key/value settings and bookkeeping (settings, per-host pauses, reminders already shown…). */
export const MetaRecordSchema = z.object({ key: NonEmpty, value: JsonSchema });
export type MetaRecord = z.infer<typeof MetaRecordSchema>;
