import { z } from 'zod/mini';
import {
  CarrierRefSchema,
  DeadlineSchema,
  EpochMsSchema,
  FlagVerdictSchema,
  ItemSchema,
  OrderSchema,
} from '../domain/model';
import { FlagSchema, OrderStateSchema, SourceSchema, StageSchema, StatusCodeSchema } from '../domain/vocabulary';

/**
 * What the UI surfaces (popup, page chips, tracking panel) receive from the background. They are
 * derived, read-only projections of the stored model; the UI never sees storage or carrier shapes.
 */

export const EventViewSchema = z.object({
  time: EpochMsSchema,
  timeZone: z.nullable(z.string()),
  status: z.nullable(StatusCodeSchema),
  stage: z.nullable(StageSchema),
  /** The carrier's own words, one per source that reported this moment. */
  texts: z.array(z.string()),
  sources: z.array(SourceSchema),
  location: z.nullable(z.string()),
  number: z.string(),
});
export type EventView = z.infer<typeof EventViewSchema>;

export const LegViewSchema = z.object({
  stage: StageSchema,
  carrier: z.optional(z.string()),
  events: z.array(EventViewSchema),
});
export type LegView = z.infer<typeof LegViewSchema>;

export const EtaViewSchema = z.object({
  from: z.optional(EpochMsSchema),
  to: z.optional(EpochMsSchema),
  basis: z.enum(['aliexpress', 'cainiao', 'tracker', 'service_class', 'history']),
  samples: z.optional(z.number()),
});
export type EtaView = z.infer<typeof EtaViewSchema>;

export const FetchHealthSchema = z.object({
  lastCheckedAt: z.optional(EpochMsSchema),
  lastSuccessAt: z.optional(EpochMsSchema),
  /** Machine code of the last failure ('blocked', 'network', 'unreadable'…), absent when fine. */
  lastError: z.optional(z.string()),
  nextCheckAt: z.optional(EpochMsSchema),
  /** The earliest moment a manual refresh is allowed (10-minute floor per parcel). */
  refreshAllowedAt: z.optional(EpochMsSchema),
});
export type FetchHealth = z.infer<typeof FetchHealthSchema>;

/** One parcel as a row in a list or a chip on an order card. */
export const ParcelViewSchema = z.object({
  id: z.string(),
  /** The number shown first: the newest alias a carrier uses, normalised (the `data-parcellens-parcel` value). */
  number: z.string(),
  numbers: z.array(z.string()),
  status: StatusCodeSchema,
  flags: z.array(FlagSchema),
  verdicts: z.array(FlagVerdictSchema),
  lastEvent: z.optional(EventViewSchema),
  service: z.optional(z.string()),
  lastMile: z.optional(CarrierRefSchema),
  /** Carrier pages to open: the last-mile carrier's and Cainiao's, with the number in the URL. */
  links: z.array(CarrierRefSchema),
  orderIds: z.array(z.string()),
  storeNames: z.array(z.string()),
  itemTitles: z.array(z.string()),
  deadline: z.optional(DeadlineSchema),
  eta: z.optional(EtaViewSchema),
  guidance: z.array(z.string()),
  archived: z.boolean(),
  addedAt: EpochMsSchema,
  health: FetchHealthSchema,
});
export type ParcelView = z.infer<typeof ParcelViewSchema>;

export const OrderRefSchema = z.object({
  id: z.string(),
  site: z.string(),
  state: OrderStateSchema,
  placedAt: z.optional(EpochMsSchema),
  storeName: z.optional(z.string()),
  items: z.array(ItemSchema),
  detailUrl: z.string(),
});
export type OrderRef = z.infer<typeof OrderRefSchema>;

/** A parcel opened in the popup or the page panel: the view plus its unified timeline. */
export const ParcelDetailSchema = z.object({
  parcel: ParcelViewSchema,
  timeline: z.array(EventViewSchema),
  legs: z.array(LegViewSchema),
  orders: z.array(OrderRefSchema),
  etas: z.array(EtaViewSchema),
});
export type ParcelDetail = z.infer<typeof ParcelDetailSchema>;

/** Why an order has no parcels to show yet. */
export const LookupStateSchema = z.enum([
  'not_shipped', // awaiting payment / processing / awaiting shipment
  'pending', // shipped, logistics not looked up yet
  'ok',
  'no_tracking', // logistics read, no package with a number
  'logged_out',
  'verification', // AliExpress asked for a captcha/slider
  'traffic_limit',
  'error',
]);
export type LookupState = z.infer<typeof LookupStateSchema>;

/** What a My Orders card shows. */
export const OrderAnnotationSchema = z.object({
  orderId: z.string(),
  state: OrderStateSchema,
  lookup: LookupStateSchema,
  parcels: z.array(ParcelViewSchema),
});
export type OrderAnnotation = z.infer<typeof OrderAnnotationSchema>;

export const LIST_FILTERS = ['all', 'attention', 'in_transit', 'delivered', 'archived'] as const;
export const ListFilterSchema = z.enum(LIST_FILTERS);
export type ListFilter = z.infer<typeof ListFilterSchema>;

export const ParcelPageSchema = z.object({
  items: z.array(ParcelViewSchema),
  /** Rows matching the filter and query (for the scroll height). */
  total: z.number(),
  counts: z.record(ListFilterSchema, z.number()),
  /** A problem the popup must show, e.g. AliExpress asked for verification; lookups paused. */
  notices: z.array(z.object({ code: z.string(), at: EpochMsSchema })),
});
export type ParcelPage = z.infer<typeof ParcelPageSchema>;

export { OrderSchema };
