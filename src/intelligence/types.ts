import type { Order, Parcel, TrackingEvent } from '../domain/model';
import type { ServiceClass, StatusCode } from '../domain/vocabulary';

/**
 * Where a parcel waits, as far as stall allowances are concerned. Finer than the status (a parcel
 * "in transit" may be in origin sorting or in line haul) and coarser than the raw stages: the
 * pre-shipment nodes and "label created" are one wait, `info_received`.
 */
export const STALL_STAGES = [
  'info_received',
  'origin',
  'export_customs',
  'line_haul',
  'import_customs',
  'last_mile',
] as const;
export type StallStage = (typeof STALL_STAGES)[number];

/**
 * What the user's own delivered parcels showed for one service class. Plain arrays of milliseconds
 * so the history can be stored as JSON and rebuilt at any time from the delivered parcels.
 */
export interface ClassHistory {
  /** Per stage: the longest silence (ms without a new event) each delivered parcel had there. */
  dwell: Partial<Record<StallStage, number[]>>;
  /** Per stage: ms from the parcel's first event at that stage to its delivery. */
  toDelivery: Partial<Record<StallStage, number[]>>;
  /** ms from shipping (first carrier event) to delivery. */
  transit: number[];
}

export type DeliveredHistory = Partial<Record<ServiceClass, ClassHistory>>;

/** Everything the rules may look at for one parcel. Gathered by the caller; the rules never fetch. */
export interface ParcelFacts {
  parcel: Parcel;
  /** Any order, every source and every alias number of the parcel. */
  events: TrackingEvent[];
  /** The timeline's current status (computed by src/tracking). */
  status: StatusCode;
  /** The orders this parcel belongs to. */
  orders: Order[];
  /** Other orders that carry one of this parcel's numbers (reused-number check). */
  sameNumberOrders?: Order[];
  /** The user's delivered parcels, per service class. */
  history: DeliveredHistory;
  /**
   * The shipping method the order page names ("AliExpress Standard Shipping", "DHL"), when known;
   * compared with the carrier that actually carries the parcel. The model's Order has no such field.
   */
  shippingMethod?: string;
}

export type Confidence = 'high' | 'medium' | 'low';

/** Values a reason's sentence needs; keys are documented per reason code in reasons.ts. */
export type Evidence = Record<string, string | number | boolean>;
