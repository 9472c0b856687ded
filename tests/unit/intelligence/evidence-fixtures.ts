/** English labels as the UI would pass them, and a pack with hostile carrier and store texts. */
import type { EvidenceLabels, EvidencePackInput } from '../../../src/intelligence/evidence';
import { day, ev, journeyTo, makeFacts, makeOrder, makeParcel } from './fixtures';

export const LABELS: EvidenceLabels = {
  title: 'ParcelLens evidence',
  generatedAt: 'Generated',
  parcel: 'Parcel',
  numbers: 'Tracking numbers',
  service: 'Service',
  lastMile: 'Last-mile carrier',
  status: 'Status',
  orders: 'Orders',
  order: 'Order',
  store: 'Store',
  placedAt: 'Placed',
  items: 'Items',
  flags: 'Flags',
  noFlags: 'Nothing unusual',
  judgedAt: 'judged',
  deadline: 'Protection ends',
  eta: 'Expected',
  guidance: 'What to do',
  timeline: 'Timeline',
  time: 'Time',
  source: 'Source',
  number: 'Number',
  location: 'Location',
  carrierText: 'Carrier’s words',
  noEvents: 'No scans yet',
  sources: { aliexpress: 'AliExpress', cainiao: 'Cainiao', '17track': '17TRACK', ship24: 'Ship24', page: 'AliExpress page', user: 'You' },
  statuses: {
    not_found: 'Not found',
    info_received: 'Label created',
    accepted: 'Accepted',
    in_transit: 'In transit',
    arrived_destination: 'Arrived',
    customs: 'Customs',
    at_local_facility: 'At local facility',
    out_for_delivery: 'Out for delivery',
    available_for_pickup: 'Ready for pickup',
    delivered: 'Delivered',
    failed_attempt: 'Attempt failed',
    exception: 'Problem',
  },
  flagNames: {
    untracked: 'Untracked after export',
    invalid_number: 'Invalid number',
    suspected_fake: 'Suspected fake',
    stalled: 'Stalled',
    protection_ending: 'Protection ending',
    late: 'Late',
  },
  confidences: { high: 'high', medium: 'medium', low: 'low' },
  deadlineBases: { aliexpress: 'AliExpress', estimated: 'estimated' },
  guidanceNames: { ask_seller_extend: 'Ask the seller to extend', dispute_possible: 'You may open a dispute', dispute_now: 'Open a dispute now' },
  describe: (v) => `${v.reason} (${Object.entries(v.evidence).map(([k, x]) => `${k}: ${String(x)}`).join(', ')})`,
  formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
};

export const HOSTILE_STORE = '<img src=x onerror=alert(1)>Store';
export const HOSTILE_TEXT = '=HYPERLINK("http://evil","click") <script>alert(1)</script>\nforged line\u202Eevil';

/** A parcel "delivered" in Shenzhen (suspected fake) and a quiet one in transit. */
export const PACK_INPUT: EvidencePackInput = {
  parcels: [
    {
      facts: makeFacts({
        parcel: makeParcel({ deadline: { at: day(10), basis: 'aliexpress' } }),
        orders: [makeOrder({ store: { name: HOSTILE_STORE } })],
        events: [
          ev(day(0), 'accepted', 'origin', { location: 'Shenzhen', text: 'Picked up' }),
          ev(day(2), 'delivered', 'final', { location: 'Shenzhen', text: HOSTILE_TEXT }),
        ],
      }),
    },
    {
      facts: makeFacts({
        parcel: makeParcel({ numbers: ['LZ123456785CN'], deadline: { at: day(60), basis: 'aliexpress' } }),
        events: journeyTo('line_haul', { number: 'LZ123456785CN' }),
      }),
    },
  ],
};
