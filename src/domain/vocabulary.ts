import { z } from 'zod/mini';

/**
 * The closed vocabularies of ../shared/docs/parcel-intelligence.md. They are also the values of the
 * `data-status` and `data-flags` test hooks, so never rename one without changing the contract.
 */
export const STATUS_CODES = [
  'not_found',
  'info_received',
  'accepted',
  'in_transit',
  'arrived_destination',
  'customs',
  'at_local_facility',
  'out_for_delivery',
  'available_for_pickup',
  'delivered',
  'failed_attempt',
  'exception',
] as const;
export const StatusCodeSchema = z.enum(STATUS_CODES);
export type StatusCode = z.infer<typeof StatusCodeSchema>;

export const FLAGS = ['untracked', 'invalid_number', 'suspected_fake', 'stalled', 'protection_ending', 'late'] as const;
export const FlagSchema = z.enum(FLAGS);
export type Flag = z.infer<typeof FlagSchema>;

/** Statuses after which a parcel needs no more polling unless a later exception follows. */
export const TERMINAL_STATUSES: ReadonlySet<StatusCode> = new Set(['delivered']);

/**
 * Where in its journey an event puts a parcel. Stages drive stall allowances (a parcel may sit
 * longer in line haul than in last mile) and the leg grouping of the unified timeline.
 */
export const STAGES = [
  'pre_shipment', // order placed/paid, seller's warehouse: never counts as "shipped"
  'origin', // picked up, origin sorting centre
  'export_customs',
  'line_haul', // flights and trucks between countries
  'import_customs',
  'last_mile', // destination carrier: sorting, out for delivery, pickup point
  'final', // delivered, returned, lost
] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

/** Order states as AliExpress's own tabs name them, whatever the page language. */
export const ORDER_STATES = [
  'awaiting_payment',
  'processing',
  'awaiting_shipment',
  'awaiting_delivery',
  'completed',
  'closed',
  'unknown',
] as const;
export const OrderStateSchema = z.enum(ORDER_STATES);
export type OrderState = z.infer<typeof OrderStateSchema>;

/** Orders in these states have left the seller and may carry tracking numbers worth looking up. */
export const SHIPPED_ORDER_STATES: ReadonlySet<OrderState> = new Set(['awaiting_delivery', 'completed']);

/** Service classes set the delivery-time and stall expectations. */
export const SERVICE_CLASSES = ['economy', 'standard', 'expedited', 'unknown'] as const;
export const ServiceClassSchema = z.enum(SERVICE_CLASSES);
export type ServiceClass = z.infer<typeof ServiceClassSchema>;

/** Where an event or a number came from. */
export const SOURCES = ['aliexpress', 'cainiao', '17track', 'ship24', 'page', 'user'] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;
