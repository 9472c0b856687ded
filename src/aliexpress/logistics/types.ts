import type { CarrierRef, Deadline, Destination, Eta, Item, TrackingEvent } from '../../domain/model';

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
  events: TrackingEvent[];
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
}
