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
// The meanings most codes share, named once.
const INFO_RECEIVED = m('info_received', 'origin');
const ACCEPTED = m('accepted', 'origin');
const LEFT_ORIGIN = m('in_transit', 'origin');
const LINE_HAUL = m('in_transit', 'line_haul');
const ARRIVED = m('arrived_destination', 'line_haul');
const EXPORT_CUSTOMS = m('customs', 'export_customs');
const IMPORT_CUSTOMS = m('customs', 'import_customs');
const LOCAL_FACILITY = m('at_local_facility', 'last_mile');
const OUT_FOR_DELIVERY = m('out_for_delivery', 'last_mile');
const PICKUP = m('available_for_pickup', 'last_mile');
const DELIVERED = m('delivered', 'final');
const FAILED_ATTEMPT = m('failed_attempt', 'last_mile');
/** A problem that ends the journey (returned, lost, destroyed, refused). */
const ENDED = m('exception', 'final');
/** A problem on the way; the stage stays unknown so the timeline keeps it in its leg. */
const EXCEPTION = m('exception', null);

/** Cainiao `actionCode`s, cross-checked on real data (carriers.md). AliExpress `AE_<code>` reuses them. */
export const CAINIAO_ACTION_CODES: Readonly<Record<string, CodeMeaning>> = {
  // Registered: a label exists, nothing handed over yet.
  GWMS_ACCEPT: INFO_RECEIVED,
  GWMS_PACKAGE: INFO_RECEIVED,
  PRE_READY_TO_SHIP: INFO_RECEIVED,
  WMS_CONFIRMED: INFO_RECEIVED,
  // Origin: Cainiao or its first partner holds the parcel.
  CW_INBOUND: ACCEPTED,
  PU_PICKUP_SUCCESS: ACCEPTED,
  SC_INBOUND_SUCCESS: ACCEPTED,
  CW_OUTBOUND: LEFT_ORIGIN,
  GWMS_OUTBOUND: LEFT_ORIGIN,
  SC_OUTBOUND_SUCCESS: LEFT_ORIGIN,
  CC_EX_START: EXPORT_CUSTOMS,
  CC_EX_SUCCESS: EXPORT_CUSTOMS,
  LH_HO_IN_SUCCESS: LINE_HAUL,
  LH_HO_AIRLINE: LINE_HAUL,
  LH_DEPART: LINE_HAUL,
  LH_ARRIVE: ARRIVED,
  COMMON_INTRANSIT: generic('in_transit', 'line_haul', MOVING),
  CC_HO_IN_SUCCESS: IMPORT_CUSTOMS,
  CC_IM_START: IMPORT_CUSTOMS,
  CC_IM_SUCCESS: IMPORT_CUSTOMS,
  CC_HO_OUT_SUCCESS: IMPORT_CUSTOMS,
  CUSTOMS_ARRIVED_IN_AREA_CALLBACK: IMPORT_CUSTOMS,
  GTMS_ACCEPT: LOCAL_FACILITY,
  GTMS_SC_ARRIVE: LOCAL_FACILITY,
  GTMS_SC_DEPART: LOCAL_FACILITY,
  GTMS_DO_ARRIVE: LOCAL_FACILITY,
  GTMS_DO_DEPART: OUT_FOR_DELIVERY,
  GTMS_DELIVERING: OUT_FOR_DELIVERY,
  // Signed AT THE STATION: the pickup point has it, the buyer does not (parcel-intelligence.md).
  GSTA_INFORM_BUYER: PICKUP,
  GTMS_WAIT_SELF_PICK: PICKUP,
  GTMS_STA_SIGNED: PICKUP,
  GTMS_SIGNED: DELIVERED,
  LAST_MILE_HO_SUCCESS: DELIVERED,
  GTMS_STA_SIGN_FAILURE: FAILED_ATTEMPT,
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
  AE_PICK_UP_SUCCESS: ACCEPTED,
  AE_GOT: ACCEPTED,
  AE_SC_INBOUND_SUCCESS: ACCEPTED,
  AE_SC_OUTBOUND_SUCCESS: LEFT_ORIGIN,
  // An info update by the last-mile carrier may precede the parcel's arrival: a stage, not a status.
  AE_GTMS_ORDER_INFO_UPDATE: m(null, 'last_mile'),
};

/** Cainiao `group.nodeCode`: coarse, so used only when neither the code nor the words tell. */
export const CAINIAO_NODE_CODES: Readonly<Record<string, CodeMeaning>> = {
  AE_GROUP_WH_PROCESSING: INFO_RECEIVED,
  AE_GROUP_PU_PROCESSING: ACCEPTED,
  AE_GROUP_SC_PROCESSING: ACCEPTED,
  AE_GROUP_LH_PROCESSING: LINE_HAUL,
  AE_GROUP_LH_ARRIVE: ARRIVED,
  AE_GROUP_EX_CLEARING_CUSTOMS: EXPORT_CUSTOMS,
  AE_GROUP_IM_CLEARING_CUSTOMS: IMPORT_CUSTOMS,
  AE_GROUP_DELIVERING: LOCAL_FACILITY,
  AE_GROUP_DELIVERED: DELIVERED,
};

/** querydetail `fulfillStage` numbers, used as a group like Cainiao's nodeCode. */
export const FULFILL_STAGES: Readonly<Record<string, CodeMeaning>> = {
  '1100': INFO_RECEIVED, // "shipped": the seller handed over a label
  '1200': ACCEPTED,
  '1400': LINE_HAUL,
  '1600': IMPORT_CUSTOMS,
  '1700': LOCAL_FACILITY,
};

/** 17TRACK v2.2 statuses, sub-statuses and event `stage` (milestone key stages). */
export const SEVENTEEN_TRACK_CODES: Readonly<Record<string, CodeMeaning>> = {
  // NotFound_* and Expired_* are left out on purpose: they are the tracker's verdicts, not scans,
  // so an event quoting one is read by its words like any unknown code.
  InfoReceived: INFO_RECEIVED,
  InTransit: generic('in_transit', null, MOVING),
  InTransit_Other: generic('in_transit', null, MOVING),
  InTransit_PickedUp: ACCEPTED,
  PickedUp: ACCEPTED,
  InTransit_Departure: LINE_HAUL,
  Departure: LINE_HAUL,
  InTransit_Arrival: ARRIVED,
  Arrival: ARRIVED,
  InTransit_CustomsProcessing: IMPORT_CUSTOMS,
  InTransit_CustomsReleased: IMPORT_CUSTOMS,
  InTransit_CustomsRequiringInformation: IMPORT_CUSTOMS,
  AvailableForPickup: PICKUP,
  AvailableForPickup_Other: PICKUP,
  OutForDelivery: OUT_FOR_DELIVERY,
  OutForDelivery_Other: OUT_FOR_DELIVERY,
  DeliveryFailure: FAILED_ATTEMPT,
  DeliveryFailure_Other: FAILED_ATTEMPT,
  DeliveryFailure_NoBody: FAILED_ATTEMPT,
  DeliveryFailure_Security: FAILED_ATTEMPT,
  DeliveryFailure_Rejected: FAILED_ATTEMPT,
  DeliveryFailure_InvalidAddress: FAILED_ATTEMPT,
  Delivered: DELIVERED,
  Delivered_Other: DELIVERED,
  Exception: generic('exception', null, PROBLEM),
  Exception_Other: generic('exception', null, PROBLEM),
  Exception_Returning: ENDED,
  Exception_Returned: ENDED,
  Returning: ENDED,
  Returned: ENDED,
  Exception_NoBody: EXCEPTION,
  Exception_Security: EXCEPTION,
  Exception_Damage: EXCEPTION,
  Exception_Rejected: ENDED,
  Exception_Delayed: EXCEPTION,
  Exception_Lost: ENDED,
  Exception_Destroyed: ENDED,
  Exception_Cancel: ENDED,
};

/** Ship24 `statusMilestone`. */
export const SHIP24_MILESTONES: Readonly<Record<string, CodeMeaning>> = {
  // `pending` (nothing known yet) is left out: such an event is read by its words.
  info_received: INFO_RECEIVED,
  in_transit: generic('in_transit', null, MOVING),
  out_for_delivery: OUT_FOR_DELIVERY,
  failed_attempt: FAILED_ATTEMPT,
  available_for_pickup: PICKUP,
  delivered: DELIVERED,
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
