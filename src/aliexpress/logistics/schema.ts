/**
 * Structural, forgiving readers for `data.module` of mtop.ae.ld.querydetail. Every field is optional
 * and reads as undefined when its type drifted, so a renamed or retyped field degrades to "missing"
 * instead of failing the whole answer. Unknown fields are dropped. Lists are read as `unknown[]` and
 * each entry is read on its own, so one odd entry never costs its neighbours. Plain type checks, not
 * zod: these run in the content script, where every kilobyte is paid on each page load.
 */

/** Reads one value; undefined when it is not of the expected type. */
export type Reader<T> = (value: unknown) => T | undefined;
type Shape = Record<string, Reader<unknown>>;
export type Read<S extends Shape> = { [K in keyof S]?: ReturnType<S[K]> };

/** A plain JSON object (not null, not an array). */
export const record: Reader<Record<string, unknown>> = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
export const text: Reader<string> = (value) => (typeof value === 'string' ? value : undefined);
/** AliExpress sends ids and stages as numbers in one build and strings in another. */
export const textOrNumber: Reader<string | number> = (value) =>
  typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
export const list: Reader<unknown[]> = (value) => (Array.isArray(value) ? value : undefined);

/** An object with these fields, each read by its reader; undefined when the value is no object. */
export function object<S extends Shape>(shape: S): Reader<Read<S>> {
  return (value) => {
    const fields = record(value);
    if (!fields) return undefined;
    const read: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const field = shape[key]?.(fields[key]);
      if (field !== undefined) read[key] = field;
    }
    return read as Read<S>;
  };
}

export const readDetailNode = object({
  time: textOrNumber,
  timeText: text,
  trackingName: text,
  trackingDetailDesc: text,
  trackingPrimaryCode: text,
  trackingSecondCode: text,
  fulfillStage: textOrNumber,
  detailedLocation: text,
});
export type DetailNode = NonNullable<ReturnType<typeof readDetailNode>>;

export const readPackageItem = object({
  itemId: textOrNumber,
  itemTitle: text,
  skuDesc: text,
  count: textOrNumber,
  itemPic: text,
});
export type PackageItem = NonNullable<ReturnType<typeof readPackageItem>>;

export const readTrackingLine = object({
  mailNo: textOrNumber,
  originMailNo: textOrNumber,
  logisticsCarrierName: text,
  logisticsCpInfo: object({ cpName: text, cpWebSiteUrl: text }),
  etaInfo: object({ beginEtaTime: textOrNumber, endEtaTime: textOrNumber, etaTimeText: text, etaSceneCode: text }),
  packageItemList: list,
  detailList: list,
});
export type TrackingLine = NonNullable<ReturnType<typeof readTrackingLine>>;

export const readModule = object({
  trackingDetailLineList: list,
  fastDeliveryInfoDTO: object({ fdContentList: list, fdContent: text }),
  // Only the place: the receiver's name, street and phone are deliberately not read.
  logisticsReceiverInfo: object({ country: text, city: text, zipCode: textOrNumber }),
});
export type QueryDetailModule = NonNullable<ReturnType<typeof readModule>>;
