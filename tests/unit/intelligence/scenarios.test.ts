/**
 * End-to-end scenarios through assessParcel with fixed clocks: each row is one parcel as the
 * adapters would store it, the flags it must raise and every reason behind them. Each row also
 * checks its verdicts against the REASONS catalogue the UI translates from.
 */
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/domain/vocabulary';
import { assessParcel, REASONS } from '../../../src/intelligence';
import type { ParcelFacts } from '../../../src/intelligence';
import {
  day,
  ev,
  journeyTo,
  LP,
  makeFacts,
  makeOrder,
  makeParcel,
  ORDER_ID,
  OTHER_ORDER_ID,
  S10_BAD_CHECK,
  S10_BAD_COUNTRY,
  S10_ES_LOCAL,
  S10_OK,
  S10_UNTRACKED,
} from './fixtures';

interface Scenario {
  name: string;
  facts: ParcelFacts;
  now: number;
  flags: Flag[];
  /** Every verdict's reason, in any order. */
  reasons: string[];
  /** Expected confidence per reason, where it matters. */
  confidence?: Record<string, 'high' | 'medium' | 'low'>;
}

const farDeadline = { at: day(90), basis: 'aliexpress' as const };
const quiet = (f: Partial<ParcelFacts>): ParcelFacts => makeFacts({ ...f, parcel: f.parcel ?? makeParcel({ deadline: farDeadline }) });

const lpThenS10 = [
  ev(day(0), 'info_received', 'origin', { number: LP }),
  ev(day(2), 'accepted', 'origin', { number: LP }),
  ev(day(4), 'in_transit', 'line_haul', { number: LP }),
  ev(day(12), 'arrived_destination', 'import_customs', { number: S10_OK, source: '17track' }),
  ev(day(14), 'at_local_facility', 'last_mile', { number: S10_OK, source: '17track', location: 'Madrid' }),
];

const rcnThenLocal = [
  ...journeyTo('import_customs'),
  ev(day(15), 'at_local_facility', 'last_mile', { number: S10_ES_LOCAL, source: '17track', location: 'CTA Madrid' }),
];

const shenzhen = [
  ev(day(0), 'accepted', 'origin', { location: 'Shenzhen' }),
  ev(day(2), 'delivered', 'final', { location: 'Shenzhen' }),
];

const SCENARIOS: Scenario[] = [
  // --- do-not-flag cases from the doc ---
  {
    name: 'LP code that later becomes an S10 number: one parcel, nothing wrong',
    facts: quiet({ parcel: makeParcel({ numbers: [LP, S10_OK], deadline: farDeadline }), events: lpThenS10 }),
    now: day(16),
    flags: [],
    reasons: [],
  },
  {
    name: 'R…CN number that changes to a local number in the destination country',
    facts: quiet({ events: rcnThenLocal, parcel: makeParcel({ numbers: [S10_OK, S10_ES_LOCAL], deadline: farDeadline }), shippingMethod: 'China Post Registered Air Mail' }),
    now: day(17),
    flags: [],
    reasons: [],
  },
  {
    name: 'all-digit local number unknown to the trackers for a month',
    facts: quiet({ parcel: makeParcel({ numbers: ['123456789012'], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(30),
    flags: [],
    reasons: [],
  },
  {
    name: 'U-series number silent for weeks after export: untracked, never fake or stalled',
    facts: quiet({
      parcel: makeParcel({ numbers: [S10_UNTRACKED], serviceClass: 'economy', deadline: farDeadline }),
      events: journeyTo('line_haul', { number: S10_UNTRACKED }),
    }),
    now: day(44),
    flags: ['untracked'],
    reasons: ['untracked_after_export'],
  },
  {
    name: 'Cainiao economy parcel silent for 40 days after export: untracked only',
    facts: quiet({
      parcel: makeParcel({ untrackedService: true, serviceClass: 'economy', service: 'Cainiao Economy', deadline: farDeadline }),
      events: journeyTo('line_haul'),
    }),
    now: day(44),
    flags: ['untracked'],
    reasons: ['untracked_after_export'],
  },
  {
    name: 'U-series number the carrier never heard of after 30 days: not fake',
    facts: quiet({ parcel: makeParcel({ numbers: [S10_UNTRACKED], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(30),
    flags: ['untracked'],
    reasons: ['untracked_after_export'],
  },
  {
    name: 'tracked parcel with a 50-day export gap: stalled, but the gap is no sign of a fake',
    facts: quiet({ events: journeyTo('line_haul') }),
    now: day(54),
    flags: ['stalled'],
    reasons: ['no_event_for_days'],
    confidence: { no_event_for_days: 'high' },
  },
  {
    name: 'untracked parcel silent 65 days after export: now worth a stall warning',
    facts: quiet({
      parcel: makeParcel({ numbers: [S10_UNTRACKED], serviceClass: 'economy', deadline: farDeadline }),
      events: journeyTo('line_haul', { number: S10_UNTRACKED }),
    }),
    now: day(70),
    flags: ['untracked', 'stalled'],
    reasons: ['untracked_after_export', 'no_event_for_days'],
  },
  // --- invalid numbers ---
  {
    name: 'S10 number with a wrong check digit',
    facts: quiet({ parcel: makeParcel({ numbers: [S10_BAD_CHECK], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(3),
    flags: ['invalid_number'],
    reasons: ['s10_check_digit'],
    confidence: { s10_check_digit: 'high' },
  },
  {
    name: 'S10 number with a country code that does not exist',
    facts: quiet({ parcel: makeParcel({ numbers: [S10_BAD_COUNTRY], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(3),
    flags: ['invalid_number'],
    reasons: ['s10_country'],
  },
  {
    name: 'order id pasted as the tracking number',
    facts: quiet({ parcel: makeParcel({ numbers: ['8123456789012345'], addedFrom: 'paste', deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(1),
    flags: ['invalid_number'],
    reasons: ['order_id'],
  },
  {
    name: 'bad check digit on a number the carrier scans anyway: the scans win',
    facts: quiet({ parcel: makeParcel({ numbers: [S10_BAD_CHECK], deadline: farDeadline }), events: journeyTo('line_haul', { number: S10_BAD_CHECK }) }),
    now: day(8),
    flags: [],
    reasons: [],
  },
  // --- fake-number signals ---
  {
    name: 'no carrier record 9 days after shipping: still unknown',
    facts: quiet({ events: [], status: 'not_found' }),
    now: day(9),
    flags: [],
    reasons: [],
  },
  {
    name: 'no carrier record 15 days after shipping: suspicious (medium)',
    facts: quiet({ events: [], status: 'not_found' }),
    now: day(15),
    flags: ['suspected_fake'],
    reasons: ['no_carrier_record'],
    confidence: { no_carrier_record: 'medium' },
  },
  {
    name: 'no carrier record 22 days after shipping: suspicious (high)',
    facts: quiet({ events: [], status: 'not_found' }),
    now: day(22),
    flags: ['suspected_fake'],
    reasons: ['no_carrier_record'],
    confidence: { no_carrier_record: 'high' },
  },
  {
    name: 'LP code without record for 15 days: within its longer grace',
    facts: quiet({ parcel: makeParcel({ numbers: [LP], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(15),
    flags: [],
    reasons: [],
  },
  {
    name: 'LP code without record for 22 days: suspicious (medium)',
    facts: quiet({ parcel: makeParcel({ numbers: [LP], deadline: farDeadline }), events: [], status: 'not_found' }),
    now: day(22),
    flags: ['suspected_fake'],
    reasons: ['no_carrier_record'],
    confidence: { no_carrier_record: 'medium' },
  },
  {
    name: 'label created 22 days ago and nothing since: reserved label, and stalled',
    facts: quiet({ events: journeyTo('info_received') }),
    now: day(22),
    flags: ['suspected_fake', 'stalled'],
    reasons: ['reserved_label', 'no_event_for_days'],
    confidence: { reserved_label: 'high' },
  },
  {
    name: 'tracking goes to Israel, the order to Spain',
    facts: quiet({ parcel: makeParcel({ destCountry: 'Israel', deadline: farDeadline }) }),
    now: day(6),
    flags: ['suspected_fake'],
    reasons: ['destination_country_mismatch'],
    confidence: { destination_country_mismatch: 'high' },
  },
  {
    name: 'tracking names the destination in Spanish ("España"): same country',
    facts: quiet({ parcel: makeParcel({ destCountry: 'España', deadline: farDeadline }) }),
    now: day(6),
    flags: [],
    reasons: [],
  },
  {
    name: '"delivered" in Shenzhen 2 days after shipping to Spain',
    facts: makeFacts({ parcel: makeParcel({ deadline: { at: day(5), basis: 'aliexpress' } }), events: shenzhen }),
    now: day(3),
    flags: ['suspected_fake', 'protection_ending'],
    reasons: ['delivered_in_origin_country', 'delivered_too_fast', 'deadline_soon'],
    confidence: { delivered_in_origin_country: 'high', delivered_too_fast: 'high' },
  },
  {
    name: 'delivered in Madrid but to another postcode',
    facts: quiet({ events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final', { location: 'MADRID 28045' })] }),
    now: day(19),
    flags: ['suspected_fake'],
    reasons: ['delivered_elsewhere'],
    confidence: { delivered_elsewhere: 'medium' },
  },
  {
    name: 'delivered in another town only (spellings vary): a low hint, no flag',
    facts: quiet({ events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final', { location: 'Getafe' })] }),
    now: day(19),
    flags: [],
    reasons: ['delivered_elsewhere'],
    confidence: { delivered_elsewhere: 'low' },
  },
  {
    name: 'delivered at the order address after 18 days: nothing to say',
    facts: quiet({ events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final', { location: 'Madrid, 28001, Spain' })] }),
    now: day(19),
    flags: [],
    reasons: [],
  },
  {
    name: 'shipped from a Spanish warehouse and delivered in 2 days: domestic, plausible',
    facts: quiet({
      parcel: makeParcel({ originCountry: 'ES', deadline: farDeadline }),
      events: [ev(day(0), 'accepted', 'last_mile'), ev(day(2), 'delivered', 'final', { location: 'Madrid' })],
    }),
    now: day(3),
    flags: [],
    reasons: [],
  },
  {
    name: 'scans from before the order was placed: a number from an old shipment',
    facts: quiet({ events: [ev(day(-40), 'accepted', 'origin'), ev(day(-38), 'in_transit', 'line_haul')] }),
    now: day(2),
    flags: ['suspected_fake', 'stalled'],
    reasons: ['events_before_order', 'no_event_for_days'],
    confidence: { events_before_order: 'high' },
  },
  {
    name: 'one number on two unrelated orders from different stores',
    facts: quiet({
      sameNumberOrders: [makeOrder({ id: OTHER_ORDER_ID, placedAt: day(-60), store: { name: 'Fashion Queen Official' } })],
    }),
    now: day(6),
    flags: ['suspected_fake'],
    reasons: ['number_reused'],
    confidence: { number_reused: 'high' },
  },
  {
    name: 'one number on two orders of different stores placed 2 days apart: a Choice consolidation',
    facts: quiet({
      sameNumberOrders: [makeOrder({ id: OTHER_ORDER_ID, placedAt: day(-1), store: { name: 'Fashion Queen Official' } })],
    }),
    now: day(6),
    flags: [],
    reasons: [],
  },
  {
    name: 'one number on two orders of the same store: a split shipment',
    facts: quiet({ sameNumberOrders: [makeOrder({ id: OTHER_ORDER_ID, placedAt: day(-60) })] }),
    now: day(6),
    flags: [],
    reasons: [],
  },
  {
    name: 'DHL ordered, a YunExpress number received: a weak hint only',
    facts: quiet({ parcel: makeParcel({ numbers: ['YT1234567890123456'], service: undefined, deadline: farDeadline }), shippingMethod: 'DHL' }),
    now: day(6),
    flags: [],
    reasons: ['carrier_differs'],
    confidence: { carrier_differs: 'low' },
  },
  {
    name: 'DHL ordered, YunExpress number unknown for 15 days: two signals, high',
    facts: quiet({
      parcel: makeParcel({ numbers: ['YT1234567890123456'], service: undefined, deadline: farDeadline }),
      shippingMethod: 'DHL Express',
      events: [],
      status: 'not_found',
    }),
    now: day(15),
    flags: ['suspected_fake'],
    reasons: ['no_carrier_record', 'carrier_differs'],
    confidence: { no_carrier_record: 'high', carrier_differs: 'high' },
  },
  // --- stalls ---
  {
    name: 'standard parcel 10 days in line haul: within the 14-day allowance',
    facts: quiet({ events: journeyTo('line_haul') }),
    now: day(14),
    flags: [],
    reasons: [],
  },
  {
    name: 'standard parcel 16 days in line haul: stalled by the default',
    facts: quiet({ events: journeyTo('line_haul') }),
    now: day(20),
    flags: ['stalled'],
    reasons: ['no_event_for_days'],
    confidence: { no_event_for_days: 'medium' },
  },
  {
    name: 'delivered parcels never stall',
    facts: quiet({ events: [...journeyTo('last_mile'), ev(day(18), 'delivered', 'final', { location: 'Madrid' })] }),
    now: day(200),
    flags: [],
    reasons: [],
  },
  {
    name: 'returned to sender: terminal, never stalls (protection still matters)',
    facts: quiet({ events: [...journeyTo('last_mile'), ev(day(20), 'exception', 'last_mile', { text: 'Returned to sender' })] }),
    now: day(60),
    flags: [],
    reasons: [],
  },
  // --- deadlines and promises ---
  {
    name: 'protection ending in 5 days, not delivered',
    facts: makeFacts({ parcel: makeParcel({ deadline: { at: day(25), basis: 'aliexpress' } }), events: journeyTo('last_mile') }),
    now: day(20),
    flags: ['protection_ending'],
    reasons: ['deadline_soon'],
    confidence: { deadline_soon: 'high' },
  },
  {
    name: 'past AliExpress\u2019s promised date and not delivered',
    facts: quiet({
      parcel: makeParcel({ deadline: farDeadline, eta: [{ source: 'aliexpress', from: day(10), to: day(20) }] }),
      events: [...journeyTo('last_mile'), ev(day(21), 'at_local_facility', 'last_mile')],
    }),
    now: day(22.5),
    flags: ['late'],
    reasons: ['past_promised_date'],
  },
  {
    name: 'every flag at once, unique and in FLAGS order',
    facts: makeFacts({
      parcel: makeParcel({
        numbers: [S10_UNTRACKED, S10_BAD_CHECK],
        destCountry: 'Israel',
        deadline: { at: day(50), basis: 'aliexpress' },
        eta: [{ source: 'aliexpress', to: day(40) }],
      }),
      events: journeyTo('origin', { number: S10_UNTRACKED }),
      orders: [makeOrder({ id: ORDER_ID })],
    }),
    now: day(45),
    flags: ['untracked', 'invalid_number', 'suspected_fake', 'stalled', 'protection_ending', 'late'],
    reasons: [
      'untracked_after_export',
      's10_check_digit',
      'destination_country_mismatch',
      'no_event_for_days',
      'deadline_soon',
      'past_promised_date',
    ],
  },
];

function checkCatalogue(facts: ParcelFacts, now: number): void {
  for (const v of assessParcel(facts, now).verdicts) {
    const spec = REASONS[v.flag][v.reason];
    expect(spec, `${v.flag}/${v.reason} is in REASONS`).toBeDefined();
    if (!spec) continue;
    const keys = Object.keys(v.evidence);
    for (const k of spec.required) expect(keys, `${v.reason} evidence has ${k}`).toContain(k);
    for (const k of keys) expect([...spec.required, ...spec.optional], `${v.reason} documents ${k}`).toContain(k);
    expect(v.judgedAt).toBe(now);
  }
}

describe('assessParcel scenarios', () => {
  it.each(SCENARIOS)('$name', ({ facts, now, flags, reasons, confidence }) => {
    const result = assessParcel(facts, now);
    expect(result.flags).toEqual(flags);
    expect(result.verdicts.map((v) => v.reason).sort()).toEqual([...reasons].sort());
    for (const [reason, level] of Object.entries(confidence ?? {})) {
      expect(result.verdicts.find((v) => v.reason === reason)?.confidence, reason).toBe(level);
    }
    checkCatalogue(facts, now);
  });
});
