import type { Flag } from '../domain/vocabulary';

/**
 * Every reason code a rule can give, with the evidence keys its sentence may use. The UI writes one
 * translation per code; a test keeps this catalogue and the rules in step. Times are epoch ms,
 * countries ISO alpha-2, `*Days` whole days unless said otherwise.
 */
export interface ReasonSpec {
  required: readonly string[];
  optional: readonly string[];
}

// Every suspected_fake verdict also carries these: its own weight and how many signals agreed.
const FAKE_COMMON = ['strength', 'signals'] as const;

const NUMBER_CHECK: ReasonSpec = { required: ['number'], optional: ['pattern', 'country'] };
const DEADLINE: ReasonSpec = {
  required: ['daysLeft', 'deadline', 'basis', 'disputeUntil'],
  optional: ['guaranteeDays'],
};

export const REASONS: Readonly<Record<Flag, Readonly<Record<string, ReasonSpec>>>> = {
  untracked: {
    untracked_after_export: {
      required: ['signal', 'expectedFromDays', 'expectedToDays', 'worryAfterDays'],
      optional: ['number', 'service', 'shippedAt', 'expectedFrom', 'expectedTo', 'worryFrom'],
    },
  },
  invalid_number: {
    order_id: { required: ['number'], optional: [] },
    s10_check_digit: NUMBER_CHECK,
    s10_country: NUMBER_CHECK,
    check_digit: NUMBER_CHECK,
    length: NUMBER_CHECK,
    invalid_format: NUMBER_CHECK,
  },
  suspected_fake: {
    no_carrier_record: { required: ['days', 'since', 'lp', 'graceDays', ...FAKE_COMMON], optional: [] },
    reserved_label: { required: ['days', 'since', ...FAKE_COMMON], optional: [] },
    destination_country_mismatch: {
      required: ['trackingCountry', 'orderCountry', ...FAKE_COMMON],
      optional: ['trackingCountryText'],
    },
    delivered_in_origin_country: { required: ['location', 'country', 'orderCountry', ...FAKE_COMMON], optional: [] },
    delivered_elsewhere: {
      required: ['location', 'mismatch', ...FAKE_COMMON],
      optional: ['country', 'orderCountry', 'orderZip', 'orderCity'],
    },
    delivered_too_fast: {
      required: ['days', 'minDays', 'serviceClass', 'shippedAt', 'deliveredAt', 'anchor', ...FAKE_COMMON],
      optional: [],
    },
    events_before_order: { required: ['eventAt', 'placedAt', 'daysBefore', 'number', ...FAKE_COMMON], optional: [] },
    number_reused: {
      required: ['otherOrderId', 'otherDestination', ...FAKE_COMMON],
      optional: ['otherStore', 'store', 'daysApart'],
    },
    carrier_differs: { required: ['ordered', 'actual', ...FAKE_COMMON], optional: [] },
  },
  stalled: {
    no_event_for_days: {
      required: ['stage', 'days', 'allowanceDays', 'defaultDays', 'basis', 'serviceClass', 'lastEventAt'],
      optional: ['samples', 'p90Days'],
    },
  },
  protection_ending: {
    deadline_soon: DEADLINE,
    deadline_passed: DEADLINE,
  },
  late: {
    past_promised_date: { required: ['promisedBy', 'daysLate'], optional: ['text'] },
  },
};

/** Evidence keys holding epoch-ms times: exports and the UI show them as dates. */
const TIME_KEYS: ReadonlySet<string> = new Set([
  'since',
  'shippedAt',
  'deliveredAt',
  'eventAt',
  'placedAt',
  'lastEventAt',
  'deadline',
  'disputeUntil',
  'promisedBy',
  'expectedFrom',
  'expectedTo',
  'worryFrom',
]);

export const isTimeEvidenceKey = (key: string): boolean => TIME_KEYS.has(key);
