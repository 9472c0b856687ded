import { z } from 'zod/mini';
import { OrderSchema, ParcelSchema, TrackingEventSchema } from '../domain/model';
import { SERVICE_CLASSES, StatusCodeSchema } from '../domain/vocabulary';

/**
 * What the evidence-pack page receives from the background: the raw facts of each parcel, so the
 * page itself re-judges them with the same pure rules at the moment the pack is generated.
 */
const Ms = z.array(z.number());
const StageTimes = z.record(z.string(), Ms);
const ClassHistorySchema = z.object({ dwell: StageTimes, toDelivery: StageTimes, transit: Ms });
export const DeliveredHistorySchema = z.partialRecord(z.enum(SERVICE_CLASSES), ClassHistorySchema);

export const EvidenceFactsSchema = z.object({
  parcel: ParcelSchema,
  events: z.array(TrackingEventSchema),
  status: StatusCodeSchema,
  orders: z.array(OrderSchema),
  sameNumberOrders: z.array(OrderSchema),
  history: DeliveredHistorySchema,
});
export type EvidenceFacts = z.infer<typeof EvidenceFactsSchema>;

export const EvidenceAnswerSchema = z.object({ ok: z.literal(true), parcels: z.array(EvidenceFactsSchema) });
