import type { CarrierRef, Eta, TrackingEvent } from '../domain/model';
import type { ServiceClass } from '../domain/vocabulary';

/**
 * What one source knows about one number, already in the domain's words. Every carrier adapter
 * returns this shape, so nothing downstream knows a carrier's field names.
 */
export interface CarrierResult {
  /** The number as asked (normalised). */
  number: string;
  /** Other numbers the source says this parcel also goes by (a new last-mile number…). */
  aliases: string[];
  /** Newest first, as classified by `classifyEvent`. */
  events: TrackingEvent[];
  /** The source has no scan yet: "awaiting first scan", never an error. */
  notFound: boolean;
  /** ISO alpha-2 when known, else the source's own name for the country. */
  originCountry?: string;
  destCountry?: string;
  serviceClass?: ServiceClass;
  /** The service stops tracking after export (economy mail): "untracked", not suspicious. */
  untrackedService?: boolean;
  eta?: Eta;
  lastMile?: CarrierRef;
  /** Events in the answer that could not be read (no usable time…), dropped but counted. */
  skippedEvents: number;
  /** When the answer was fetched: the age of what the result says. */
  checkedAt: number;
}

/** Signs that the source refused us: back off for every number, not just this batch. */
export type BlockReason = 'html_page' | 'captcha' | 'refused';

export type CarrierFailure =
  | { kind: 'blocked'; reason: BlockReason }
  | { kind: 'rate_limited'; retryAfterMs?: number }
  /** The user's key is wrong, expired or out of quota; only the user can fix it. */
  | { kind: 'auth_failed'; detail: string }
  /** The source answered with an error of its own (code and message kept for the log). */
  | { kind: 'error'; code: string; detail: string }
  | { kind: 'unreadable'; detail: string };

/** A request ready for `fetch`: adapters build these, the background worker sends them. */
export interface CarrierRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** The part of an HTTP answer the parsers need, without tying them to `Response`. */
export interface RawResponse {
  status: number;
  body: string;
  contentType?: string | null;
  retryAfter?: string | null;
}
