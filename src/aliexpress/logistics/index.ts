/**
 * AliExpress logistics (mtop.ae.ld.querydetail and the legacy ajax_logistics_track.htm): everything
 * that knows their URLs, signing and field names lives in this folder; callers get domain values.
 */
export { buildQueryDetailRequest, readH5Token, mtopSign, type QueryDetailRequestInput, type SignedQueryDetailRequest } from './sign';
export { readEnvelope, unwrapJsonp, type Envelope } from './envelope';
export { parseQueryDetail } from './querydetail';
export { parseLegacyTracking } from './legacy';
export { readPromiseLines, endOfLocalDay, isCouponLine, type PromiseLines } from './deadline';
export { findLocalisedDate, type CalendarDate } from './localised-date';
export { formatGmtOffset, parseGmtOffset } from './timezone';
export { attemptLookup, type AttemptResult, type FetchedText } from './attempt';
export {
  createLookupQueue,
  shouldLookUp,
  LOOKUP_DEFAULTS,
  type HaltReason,
  type LastLookupStore,
  type LookupDeps,
  type LookupOptions,
  type LookupOutcome,
  type LookupQueue,
} from './lookup';
export type { LogisticsPackage, ParseContext, ParsedQueryDetail } from './types';
