/**
 * Everything the background needs from storage, in one import:
 *   import * as repo from '../storage/repository';
 *   const db = await repo.openParcelDb();
 *   await repo.upsertOrders(db, orders);
 * Every write validates with the domain schemas first; invalid records are rejected, never stored.
 * Batch writes report rejects in a BatchResult; single-record writes throw InvalidRecordError.
 * Store layout and the reasons behind it: src/storage/README.md.
 */
export { openParcelDb, deleteParcelDb, DEFAULT_DB_NAME } from './db';
export { SCHEMA_VERSION } from './migrations';
export type { ParcelDb, StoreName } from './schema';
export { upsertOrders, getOrder, listOrders } from './orders';
export {
  upsertParcelNumbers,
  getParcel,
  getParcelByNumber,
  listParcels,
  parcelsForOrder,
  deleteParcel,
  setArchived,
  archiveParcel,
  unarchiveParcel,
  ParcelLinkSchema,
  type ParcelLink,
  type UpsertParcelResult,
} from './parcels';
export { putSummary, getSummary, listParcelsPage, type ParcelPage, type ParcelPageQuery, type ParcelListEntry } from './parcel-list';
export { PARCEL_FILTERS, ParcelSummarySchema, type ParcelFilter, type ParcelSummary } from './summary';
export { putEvents, eventsForParcel, eventsForNumber } from './events';
export { getFetchState, putFetchState, fetchStatesForNumber } from './fetch-state';
export { getMeta, putMeta, deleteMeta, metaKeysWithPrefix } from './meta';
export { getSettings, putSettings, updateSettings, DEFAULT_SETTINGS, SettingsSchema, type Settings, type SettingsInput, type SettingsPatch } from './settings';
export { mergeOrder, mergeParcels, mergeParcelDetails, ParcelDetailsSchema, type ParcelDetails } from './merge';
export { exportDatabase, importDatabase, type ExportOptions, type ParcelLensExport, type ImportResult, type ImportError } from './export';
export type { FetchState, FetchStateInput, JobRecord, Json } from './records';
export { InvalidRecordError, type BatchResult, type Issue, type Rejection } from './validation';
