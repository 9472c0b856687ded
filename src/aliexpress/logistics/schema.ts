import { z } from 'zod/mini';

/**
 * Structural, forgiving schemas for `data.module` of mtop.ae.ld.querydetail. Every field is optional
 * and falls back to undefined when its type drifted, so a renamed or retyped field degrades to
 * "missing" instead of failing the whole answer. Unknown fields are stripped. Lists are read as
 * `unknown[]` and each entry is parsed on its own, so one odd entry never costs its neighbours.
 */

export const text = z.catch(z.optional(z.string()), undefined);
/** AliExpress sends ids and stages as numbers in one build and strings in another. */
export const textOrNumber = z.catch(z.optional(z.union([z.string(), z.number()])), undefined);
export const list = z.catch(z.optional(z.array(z.unknown())), undefined);
const object = <T extends z.core.$ZodLooseShape>(shape: T) => z.catch(z.optional(z.object(shape)), undefined);

export const DetailNodeSchema = z.object({
  time: textOrNumber,
  timeText: text,
  trackingName: text,
  trackingDetailDesc: text,
  trackingPrimaryCode: text,
  trackingSecondCode: text,
  fulfillStage: textOrNumber,
  detailedLocation: text,
});
export type DetailNode = z.infer<typeof DetailNodeSchema>;

export const PackageItemSchema = z.object({
  itemId: textOrNumber,
  itemTitle: text,
  skuDesc: text,
  count: textOrNumber,
  itemPic: text,
});
export type PackageItem = z.infer<typeof PackageItemSchema>;

export const TrackingLineSchema = z.object({
  mailNo: textOrNumber,
  originMailNo: textOrNumber,
  logisticsCarrierName: text,
  logisticsCpInfo: object({ cpName: text, cpWebSiteUrl: text }),
  etaInfo: object({ beginEtaTime: textOrNumber, endEtaTime: textOrNumber, etaTimeText: text, etaSceneCode: text }),
  packageItemList: list,
  detailList: list,
});
export type TrackingLine = z.infer<typeof TrackingLineSchema>;

export const ModuleSchema = z.object({
  trackingDetailLineList: list,
  fastDeliveryInfoDTO: object({ fdContentList: list, fdContent: text }),
  // Only the place: the receiver's name, street and phone are deliberately not in this schema.
  logisticsReceiverInfo: object({ country: text, city: text, zipCode: textOrNumber }),
});
export type QueryDetailModule = z.infer<typeof ModuleSchema>;

/** The envelope's `data`: `{ module: {...} }`; a bare module is accepted too. */
export const QueryDetailDataSchema = z.object({ module: z.catch(z.optional(z.unknown()), undefined) });
