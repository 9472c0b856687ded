import type { Source, Stage, StatusCode } from '../domain/vocabulary';

/**
 * Code tables: what each source's own codes mean in ParcelLens's vocabulary
 * (../shared/docs/carriers.md, aliexpress-data.md, parcel-intelligence.md).
 * A code is trusted over the carrier's words, except when the entry is `generic`: then a text rule
 * may sharpen it within `refinesTo` (a 17TRACK `InTransit_Other` whose text says "customs").
 */
export interface CodeMeaning {
  status: StatusCode | null;
  stage: Stage | null;
  /** The code is a catch-all; a matching text rule may replace it with one of these statuses. */
  refinesTo?: ReadonlySet<StatusCode>;
}

const m = (status: StatusCode | null, stage: Stage | null): CodeMeaning => ({ status, stage });

/** Statuses a generic "moving" code may be sharpened to; never delivered or a problem from words alone. */
const MOVING: ReadonlySet<StatusCode> = new Set([
  'accepted',
  'in_transit',
  'arrived_destination',
  'customs',
  'at_local_facility',
]);
/** Generic problem codes may be sharpened to the precise problem. */
const PROBLEM: ReadonlySet<StatusCode> = new Set(['failed_attempt', 'exception']);

const generic = (status: StatusCode | null, stage: Stage | null, refinesTo: ReadonlySet<StatusCode>): CodeMeaning => ({
  status,
  stage,
  refinesTo,
});

const PRE_SHIPMENT = m(null, 'pre_shipment');

/** Cainiao `actionCode`s, cross-checked on real data (carriers.md). AliExpress `AE_<code>` reuses them. */
export const CAINIAO_ACTION_CODES: Readonly<Record<string, CodeMeaning>> = {
  // Registered: a label exists, nothing handed over yet.
  GWMS_ACCEPT: m('info_received', 'origin'),
  GWMS_PACKAGE: m('info_received', 'origin'),
  PRE_READY_TO_SHIP: m('info_received', 'origin'),
  WMS_CONFIRMED: m('info_received', 'origin'),
  // Origin: Cainiao or its first partner holds the parcel.
  CW_INBOUND: m('accepted', 'origin'),
  PU_PICKUP_SUCCESS: m('accepted', 'origin'),
  SC_INBOUND_SUCCESS: m('accepted', 'origin'),
  CW_OUTBOUND: m('in_transit', 'origin'),
  GWMS_OUTBOUND: m('in_transit', 'origin'),
  SC_OUTBOUND_SUCCESS: m('in_transit', 'origin'),
  CC_EX_START: m('customs', 'export_customs'),
  CC_EX_SUCCESS: m('customs', 'export_customs'),
  LH_HO_IN_SUCCESS: m('in_transit', 'line_haul'),
  LH_HO_AIRLINE: m('in_transit', 'line_haul'),
  LH_DEPART: m('in_transit', 'line_haul'),
  LH_ARRIVE: m('arrived_destination', 'line_haul'),
  COMMON_INTRANSIT: generic('in_transit', 'line_haul', MOVING),
  CC_HO_IN_SUCCESS: m('customs', 'import_customs'),
  CC_IM_START: m('customs', 'import_customs'),
  CC_IM_SUCCESS: m('customs', 'import_customs'),
  CC_HO_OUT_SUCCESS: m('customs', 'import_customs'),
  CUSTOMS_ARRIVED_IN_AREA_CALLBACK: m('customs', 'import_customs'),
  GTMS_ACCEPT: m('at_local_facility', 'last_mile'),
  GTMS_SC_ARRIVE: m('at_local_facility', 'last_mile'),
  GTMS_SC_DEPART: m('at_local_facility', 'last_mile'),
  GTMS_DO_ARRIVE: m('at_local_facility', 'last_mile'),
  GTMS_DO_DEPART: m('out_for_delivery', 'last_mile'),
  GTMS_DELIVERING: m('out_for_delivery', 'last_mile'),
  // Signed AT THE STATION: the pickup point has it, the buyer does not (parcel-intelligence.md).
  GSTA_INFORM_BUYER: m('available_for_pickup', 'last_mile'),
  GTMS_WAIT_SELF_PICK: m('available_for_pickup', 'last_mile'),
  GTMS_STA_SIGNED: m('available_for_pickup', 'last_mile'),
  GTMS_SIGNED: m('delivered', 'final'),
  LAST_MILE_HO_SUCCESS: m('delivered', 'final'),
  GTMS_STA_SIGN_FAILURE: m('failed_attempt', 'last_mile'),
  // A problem anywhere on the way; the stage stays unknown so the timeline keeps it in its leg.
  EXCEPTION: generic('exception', null, PROBLEM),
};

/**
 * AliExpress querydetail codes (`trackingPrimaryCode`/`trackingSecondCode`). Listed ones first;
 * any other `AE_<X>` falls back to Cainiao's `<X>`, and every `AE_GWMS_*` is pre-shipment.
 */
export const AE_CODES: Readonly<Record<string, CodeMeaning>> = {
  AE_ORDER_PLACED: PRE_SHIPMENT,
  AE_ORDER_PAID: PRE_SHIPMENT,
  AE_PICK_UP_SUCCESS: m('accepted', 'origin'),
  AE_GOT: m('accepted', 'origin'),
  AE_SC_INBOUND_SUCCESS: m('accepted', 'origin'),
  AE_SC_OUTBOUND_SUCCESS: m('in_transit', 'origin'),
  // An info update by the last-mile carrier may precede the parcel's arrival: a stage, not a status.
  AE_GTMS_ORDER_INFO_UPDATE: m(null, 'last_mile'),
};

/** Cainiao `group.nodeCode`: coarse, so used only when neither the code nor the words tell. */
export const CAINIAO_NODE_CODES: Readonly<Record<string, CodeMeaning>> = {
  AE_GROUP_WH_PROCESSING: m('info_received', 'origin'),
  AE_GROUP_PU_PROCESSING: m('accepted', 'origin'),
  AE_GROUP_SC_PROCESSING: m('accepted', 'origin'),
  AE_GROUP_LH_PROCESSING: m('in_transit', 'line_haul'),
  AE_GROUP_LH_ARRIVE: m('arrived_destination', 'line_haul'),
  AE_GROUP_EX_CLEARING_CUSTOMS: m('customs', 'export_customs'),
  AE_GROUP_IM_CLEARING_CUSTOMS: m('customs', 'import_customs'),
  AE_GROUP_DELIVERING: m('at_local_facility', 'last_mile'),
  AE_GROUP_DELIVERED: m('delivered', 'final'),
};

/** querydetail `fulfillStage` numbers, used as a group like Cainiao's nodeCode. */
export const FULFILL_STAGES: Readonly<Record<string, CodeMeaning>> = {
  '1100': m('info_received', 'origin'), // "shipped": the seller handed over a label
  '1200': m('accepted', 'origin'),
  '1400': m('in_transit', 'line_haul'),
  '1600': m('customs', 'import_customs'),
  '1700': m('at_local_facility', 'last_mile'),
};

/** 17TRACK v2.2 statuses, sub-statuses and event `stage` (milestone key stages). */
export const SEVENTEEN_TRACK_CODES: Readonly<Record<string, CodeMeaning>> = {
  // NotFound_* and Expired_* are left out on purpose: they are the tracker's verdicts, not scans,
  // so an event quoting one is read by its words like any unknown code.
  InfoReceived: m('info_received', 'origin'),
  InTransit: generic('in_transit', null, MOVING),
  InTransit_Other: generic('in_transit', null, MOVING),
  InTransit_PickedUp: m('accepted', 'origin'),
  PickedUp: m('accepted', 'origin'),
  InTransit_Departure: m('in_transit', 'line_haul'),
  Departure: m('in_transit', 'line_haul'),
  InTransit_Arrival: m('arrived_destination', 'line_haul'),
  Arrival: m('arrived_destination', 'line_haul'),
  InTransit_CustomsProcessing: m('customs', 'import_customs'),
  InTransit_CustomsReleased: m('customs', 'import_customs'),
  InTransit_CustomsRequiringInformation: m('customs', 'import_customs'),
  AvailableForPickup: m('available_for_pickup', 'last_mile'),
  AvailableForPickup_Other: m('available_for_pickup', 'last_mile'),
  OutForDelivery: m('out_for_delivery', 'last_mile'),
  OutForDelivery_Other: m('out_for_delivery', 'last_mile'),
  DeliveryFailure: m('failed_attempt', 'last_mile'),
  DeliveryFailure_Other: m('failed_attempt', 'last_mile'),
  DeliveryFailure_NoBody: m('failed_attempt', 'last_mile'),
  DeliveryFailure_Security: m('failed_attempt', 'last_mile'),
  DeliveryFailure_Rejected: m('failed_attempt', 'last_mile'),
  DeliveryFailure_InvalidAddress: m('failed_attempt', 'last_mile'),
  Delivered: m('delivered', 'final'),
  Delivered_Other: m('delivered', 'final'),
  Exception: generic('exception', null, PROBLEM),
  Exception_Other: generic('exception', null, PROBLEM),
  Exception_Returning: m('exception', 'final'),
  Exception_Returned: m('exception', 'final'),
  Returning: m('exception', 'final'),
  Returned: m('exception', 'final'),
  Exception_NoBody: m('exception', null),
  Exception_Security: m('exception', null),
  Exception_Damage: m('exception', null),
  Exception_Rejected: m('exception', 'final'),
  Exception_Delayed: m('exception', null),
  Exception_Lost: m('exception', 'final'),
  Exception_Destroyed: m('exception', 'final'),
  Exception_Cancel: m('exception', 'final'),
};

/** Ship24 `statusMilestone`. */
export const SHIP24_MILESTONES: Readonly<Record<string, CodeMeaning>> = {
  // `pending` (nothing known yet) is left out: such an event is read by its words.
  info_received: m('info_received', 'origin'),
  in_transit: generic('in_transit', null, MOVING),
  out_for_delivery: m('out_for_delivery', 'last_mile'),
  failed_attempt: m('failed_attempt', 'last_mile'),
  available_for_pickup: m('available_for_pickup', 'last_mile'),
  delivered: m('delivered', 'final'),
  exception: generic('exception', null, PROBLEM),
};

/** Own keys only: "constructor" or "toString" must never read as a code. */
function pick(table: Readonly<Record<string, CodeMeaning>>, key: string): CodeMeaning | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function aliexpressCode(code: string): CodeMeaning | undefined {
  if (code.startsWith('AE_GWMS_')) return PRE_SHIPMENT;
  return pick(AE_CODES, code) ?? (code.startsWith('AE_') ? pick(CAINIAO_ACTION_CODES, code.slice(3)) : undefined);
}

const cainiaoCode = (code: string): CodeMeaning | undefined => pick(CAINIAO_ACTION_CODES, code);

/** Codes by source; the page's own scrape may quote AliExpress or Cainiao codes. */
const CODE_LOOKUPS: Readonly<Record<Source, ReadonlyArray<(code: string) => CodeMeaning | undefined>>> = {
  aliexpress: [aliexpressCode],
  cainiao: [cainiaoCode, aliexpressCode],
  '17track': [(c) => pick(SEVENTEEN_TRACK_CODES, c)],
  ship24: [(c) => pick(SHIP24_MILESTONES, c)],
  page: [aliexpressCode, cainiaoCode],
  user: [],
};

export function meaningOfCode(source: Source, code: string): CodeMeaning | undefined {
  for (const lookup of CODE_LOOKUPS[source]) {
    const found = lookup(code);
    if (found) return found;
  }
  return undefined;
}

/** Groups: querydetail `fulfillStage` numbers and Cainiao `nodeCode`s never collide, so try both. */
export function meaningOfGroup(group: string): CodeMeaning | undefined {
  return pick(FULFILL_STAGES, group) ?? pick(CAINIAO_NODE_CODES, group);
}
