import { z } from 'zod/mini';
import {
  FlagSchema,
  OrderStateSchema,
  ServiceClassSchema,
  SourceSchema,
  StageSchema,
  StatusCodeSchema,
} from './vocabulary';

/** Epoch milliseconds, UTC. Every time in the domain is one of these; time zones travel beside them. */
export const EpochMsSchema = z.number().check(z.int(), z.nonnegative());

/** A 15–19 digit AliExpress order id (16 today). */
export const OrderIdSchema = z.string().check(z.regex(/^\d{15,19}$/));

export const ItemSchema = z.object({
  title: z.string(),
  sku: z.optional(z.string()),
  quantity: z.optional(z.number().check(z.int(), z.positive())),
  imageUrl: z.optional(z.string()),
  itemId: z.optional(z.string()),
});
export type Item = z.infer<typeof ItemSchema>;

/** Receiver place, kept only for destination checks; never the street or the name. */
export const DestinationSchema = z.object({
  country: z.optional(z.string()), // ISO alpha-2 when known, else the site's own text
  city: z.optional(z.string()),
  zip: z.optional(z.string()),
});
export type Destination = z.infer<typeof DestinationSchema>;

export const OrderSchema = z.object({
  id: OrderIdSchema,
  /** Host the order was seen on (`www.aliexpress.com`, `aliexpress.ru`…), for links back. */
  site: z.string(),
  state: OrderStateSchema,
  statusText: z.optional(z.string()),
  placedAt: z.optional(EpochMsSchema),
  placedText: z.optional(z.string()),
  store: z.optional(z.object({ name: z.string(), url: z.optional(z.string()) })),
  items: z.array(ItemSchema),
  totalText: z.optional(z.string()),
  destination: z.optional(DestinationSchema),
  firstSeenAt: EpochMsSchema,
  lastSeenAt: EpochMsSchema,
});
export type Order = z.infer<typeof OrderSchema>;

export const DeadlineSchema = z.object({
  at: EpochMsSchema,
  /** The site's own words ("Refund if no delivery before Sep 3, 2026"), when read, not estimated. */
  text: z.optional(z.string()),
  basis: z.enum(['aliexpress', 'estimated']),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const EtaSchema = z.object({
  from: z.optional(EpochMsSchema),
  to: z.optional(EpochMsSchema),
  text: z.optional(z.string()),
  source: SourceSchema,
});
export type Eta = z.infer<typeof EtaSchema>;

export const CarrierRefSchema = z.object({
  name: z.string(),
  url: z.optional(z.string()),
});
export type CarrierRef = z.infer<typeof CarrierRefSchema>;

/**
 * One physical package. It may be known under several numbers (Cainiao `LP…` code, an S10 number,
 * a last-mile number): `numbers` holds them all, `id` is the first one seen and never changes.
 */
export const ParcelSchema = z.object({
  id: z.string().check(z.minLength(1)),
  numbers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  orderIds: z.array(OrderIdSchema),
  service: z.optional(z.string()),
  serviceClass: z._default(ServiceClassSchema, 'unknown'),
  /** True when a source says this service stops tracking after export (Cainiao economy mailType…). */
  untrackedService: z._default(z.boolean(), false),
  lastMile: z.optional(CarrierRefSchema),
  originCountry: z.optional(z.string()),
  destCountry: z.optional(z.string()),
  destination: z.optional(DestinationSchema),
  eta: z._default(z.array(EtaSchema), []),
  deadline: z.optional(DeadlineSchema),
  /** Items of the order that travel in this package, when the source says which. */
  items: z._default(z.array(ItemSchema), []),
  addedAt: EpochMsSchema,
  addedFrom: z.enum(['order_page', 'paste', 'import']),
  archived: z._default(z.boolean(), false),
});
export type Parcel = z.infer<typeof ParcelSchema>;

/**
 * One carrier scan. `text` is the carrier's own words, shown beside the normalised label;
 * `status` is null when no rule maps it (the event is kept all the same).
 */
export const TrackingEventSchema = z.object({
  /** Deterministic key: writing the same event twice changes nothing. */
  id: z.string(),
  /** The number the source reported this event under (one of the parcel's numbers). */
  number: z.string(),
  source: SourceSchema,
  time: EpochMsSchema,
  /** The source's zone as given ("GMT+8", "GMT-03:00"), null when unknown. */
  timeZone: z.nullable(z.string()),
  location: z.nullable(z.string()),
  code: z.nullable(z.string()),
  text: z.string(),
  status: z.nullable(StatusCodeSchema),
  stage: z.nullable(StageSchema),
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

/** A verdict of a rule together with the facts that led to it, so the UI can say why. */
export const FlagVerdictSchema = z.object({
  flag: FlagSchema,
  /** Machine code of the reason (translated by the UI), e.g. `s10_check_digit`, `no_event_for_days`. */
  reason: z.string(),
  /** Values the reason's text needs ("days": 23, "stage": "line_haul"…). */
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  confidence: z.enum(['high', 'medium', 'low']),
  judgedAt: EpochMsSchema,
});
export type FlagVerdict = z.infer<typeof FlagVerdictSchema>;
