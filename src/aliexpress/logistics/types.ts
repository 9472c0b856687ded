import type { CarrierRef, Deadline, Destination, Eta, Item, TrackingEvent } from '../../domain/model';
import type { Source, Stage, StatusCode } from '../../domain/vocabulary';

/** What a classifier is told about one event (the shape src/tracking's `classifyEvent` takes). */
export interface EventFacts {
  source: Source;
  code?: string | null;
  group?: string | null;
  text?: string | null;
}

/** Gives an event its normalised meaning; src/tracking's `classifyEvent` fits. */
export type ClassifyEvent = (facts: EventFacts) => { status: StatusCode | null; stage: Stage | null };

/**
 * What a classifier needs beyond the event itself, kept on events left unclassified (status and
 * stage null) so the background can classify them: the content script ships without the classifier.
 */
export interface ClassifyHints {
  /** The source's grouping code (querydetail `fulfillStage`), when it sent one. */
  group?: string;
  /** Whose code vocabulary `code` is in, when not the event's own source (legacy answers speak Cainiao). */
  codeSource?: Source;
}

/** A parsed event: a domain event, with classifier hints while its meaning is still unknown. */
export type ParsedEvent = TrackingEvent & ClassifyHints;

/** One package of an order as AliExpress's logistics answer describes it, in domain terms. */
export interface LogisticsPackage {
  /** Every number the package is known under, normalised (upper case, no spaces), de-duplicated. */
  numbers: string[];
  /**
   * The number events are filed under: the Cainiao `LP…` code when there is one (it exists from
   * dispatch and never changes), else the carrier number; null before any number is assigned.
   */
  primaryNumber: string | null;
  service?: string;
  lastMile?: CarrierRef;
  eta?: Eta;
  items: Item[];
  /** In the source's order (AliExpress sends newest first). */
  events: ParsedEvent[];
}

export interface ParsedQueryDetail {
  packages: LogisticsPackage[];
  /** Receiver country/city/zip only; the name, street and phone are never read. */
  destination?: Destination;
  /** "Refund if no delivery before …", read in any site language. */
  deadline?: Deadline;
  /** Promise lines that carry a money amount ("Apply for $1.00 coupon code if delayed by …"). */
  coupons: string[];
  /** What could not be read (drifted fields, skipped entries), for the debug log; never thrown. */
  problems: string[];
}

export interface ParseContext {
  orderId: string;
  /** When the answer was fetched (epoch ms): completes dates written without a year. */
  fetchedAt: number;
  /** The zone the request asked for ("GMT+02:00"); null or absent when unknown. */
  timeZone?: string | null;
  /**
   * Classifies each event. Absent in the content script (the classifier weighs ~30 KB): events are
   * then left unclassified, with the hints the background classifies them by.
   */
  classify?: ClassifyEvent;
}
