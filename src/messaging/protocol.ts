import { z } from 'zod/mini';
import {
  CarrierRefSchema,
  DeadlineSchema,
  DestinationSchema,
  EtaSchema,
  ItemSchema,
  OrderIdSchema,
  OrderSchema,
  TrackingEventSchema,
} from '../domain/model';
import { SourceSchema } from '../domain/vocabulary';
import { ListFilterSchema, LookupStateSchema } from '../views/types';

/**
 * Every message between the extension's contexts, in one place, named by direction
 * (`content/…`, `popup/…`, `options/…`) and validated on arrival. A message that does not parse is
 * answered with an error, never acted upon; messages from outside the extension are refused.
 */

/* @__NO_SIDE_EFFECTS__ */
function bounded<T extends z.core.$ZodType>(schema: T, max: number) {
  return checked(z.array(schema), z.maxLength(max));
}
/* @__NO_SIDE_EFFECTS__ */
function checked<T extends z.ZodMiniType>(schema: T, ...checks: z.core.$ZodCheck<z.output<T>>[]): T {
  return schema.check(...checks);
}

/** An order as a page reads it: times of first/last sight are the background's to set. */
export const SeenOrderSchema = z.omit(OrderSchema, { firstSeenAt: true, lastSeenAt: true });
export type SeenOrder = z.infer<typeof SeenOrderSchema>;

/**
 * An event as a page reports it. The content script ships without the classifier: an event it
 * reports without status and stage is classified by the background, with the source's grouping code
 * (querydetail `fulfillStage`) and the vocabulary of its code when that is not the event's source.
 * Numbers and events are normalised and re-keyed by the background as well.
 */
export const ReportedEventSchema = z.extend(TrackingEventSchema, {
  group: z.optional(checked(z.string(), z.maxLength(64))),
  codeSource: z.optional(SourceSchema),
});
export type ReportedEvent = z.infer<typeof ReportedEventSchema>;

/** One package of an order as AliExpress's logistics data (or the tracking page) describes it. */
export const PackageReportSchema = z.object({
  numbers: checked(bounded(checked(z.string(), z.minLength(4), z.maxLength(40)), 8), z.minLength(1)),
  service: z.optional(z.string()),
  lastMile: z.optional(CarrierRefSchema),
  eta: z.optional(EtaSchema),
  items: bounded(ItemSchema, 100),
  events: bounded(ReportedEventSchema, 500),
});
export type PackageReport = z.infer<typeof PackageReportSchema>;

export const LogisticsReportSchema = z.object({
  orderId: OrderIdSchema,
  /**
   * `page`: read from the page itself (the tracking page's DOM), not a logistics lookup, so it does
   * not count as one for the 6-hour rule. Absent: the answer of a lookup.
   */
  from: z.optional(z.literal('page')),
  outcome: LookupStateSchema,
  packages: bounded(PackageReportSchema, 20),
  destination: z.optional(DestinationSchema),
  deadline: z.optional(DeadlineSchema),
});
export type LogisticsReport = z.infer<typeof LogisticsReportSchema>;

const orderIds = bounded(OrderIdSchema, 500);
const parcelId = checked(z.string(), z.minLength(1), z.maxLength(64));

export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  // content script → background
  z.object({ type: z.literal('content/orders-seen'), site: z.string(), orders: bounded(SeenOrderSchema, 500) }),
  z.object({ type: z.literal('content/lookups-due'), orderIds }),
  z.object({ type: z.literal('content/logistics'), site: z.string(), report: LogisticsReportSchema }),
  z.object({ type: z.literal('content/annotations'), orderIds }),
  z.object({ type: z.literal('content/order-details'), orderId: OrderIdSchema }),
  // popup → background
  z.object({
    type: z.literal('popup/list'),
    filter: ListFilterSchema,
    query: checked(z.string(), z.maxLength(200)),
    offset: checked(z.number(), z.int(), z.nonnegative()),
    limit: checked(z.number(), z.int(), z.positive(), z.maximum(200)),
  }),
  z.object({ type: z.literal('popup/detail'), id: parcelId }),
  z.object({ type: z.literal('popup/add'), text: checked(z.string(), z.maxLength(100_000)) }),
  z.object({ type: z.literal('popup/refresh'), id: parcelId }),
  z.object({ type: z.literal('popup/archive'), id: parcelId, archived: z.boolean() }),
  z.object({ type: z.literal('popup/delete'), id: parcelId }),
  // options → background
  z.object({ type: z.literal('options/export') }),
  z.object({ type: z.literal('options/settings-get') }),
  z.object({ type: z.literal('options/settings-set'), settings: z.unknown() }),
  z.object({ type: z.literal('options/import'), data: z.unknown() }),
  // evidence page → background: the facts of some parcels, or of every flagged one
  z.object({ type: z.literal('evidence/facts'), ids: z.optional(bounded(parcelId, 2000)), flagged: z.optional(z.boolean()) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Broadcast from the background when stored parcels changed: surfaces reload what they show. */
export const ChangedNoticeSchema = z.object({ type: z.literal('background/changed'), at: z.number() });

export const ErrorResponseSchema = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
