import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/domain/clock';
import {
  DEFAULT_ALLOWANCE_DAYS,
  dwellHistoryFrom,
  HISTORY_PRIOR_WEIGHT,
  MAX_ALLOWANCE_DAYS,
  stallAllowance,
  stalledVerdict,
} from '../../../src/intelligence';
import type { DeliveredHistory } from '../../../src/intelligence';
import { day, ev, journeyTo, makeFacts, makeParcel } from './fixtures';

const days = (...n: number[]): number[] => n.map((d) => d * DAY_MS);
const lineHaulHistory = (samples: number[]): DeliveredHistory => ({
  standard: { dwell: { line_haul: days(...samples) }, toDelivery: {}, transit: [] },
});

describe('allowance table', () => {
  it('holds the doc seeds for Economy and is never stricter for Economy than for faster classes', () => {
    expect(DEFAULT_ALLOWANCE_DAYS.economy).toMatchObject({ line_haul: 21, import_customs: 10, last_mile: 7, info_received: 10 });
    for (const stage of Object.keys(DEFAULT_ALLOWANCE_DAYS.economy) as (keyof typeof DEFAULT_ALLOWANCE_DAYS.economy)[]) {
      expect(DEFAULT_ALLOWANCE_DAYS.economy[stage]).toBeGreaterThanOrEqual(DEFAULT_ALLOWANCE_DAYS.standard[stage]);
      expect(DEFAULT_ALLOWANCE_DAYS.standard[stage]).toBeGreaterThanOrEqual(DEFAULT_ALLOWANCE_DAYS.expedited[stage]);
    }
    expect(DEFAULT_ALLOWANCE_DAYS.unknown).toEqual(DEFAULT_ALLOWANCE_DAYS.economy);
  });

  it.each([
    { name: 'no history: the default', samples: [], days: 14, basis: 'default' },
    { name: 'faster history never lowers it', samples: [3, 4, 5, 6, 2, 3, 4, 5, 6, 7], days: 14, basis: 'default' },
    // one 30-day sample: 14 + 1/6 × (30 − 14) = 16.7
    { name: 'one slow parcel nudges it', samples: [30], days: 16.7, basis: 'history' },
    // ten 25-day samples: p90 = 25, 14 + 10/15 × 11 = 21.3
    { name: 'ten parcels mostly decide it', samples: Array<number>(10).fill(25), days: 21.3, basis: 'history' },
    { name: 'capped at the maximum', samples: Array<number>(50).fill(200), days: MAX_ALLOWANCE_DAYS, basis: 'history' },
  ])('$name', ({ samples, days: expected, basis }) => {
    const a = stallAllowance('line_haul', 'standard', lineHaulHistory(samples));
    expect(a.days).toBeCloseTo(expected, 1);
    expect(a.basis).toBe(basis);
    if (basis === 'history') expect(a.samples).toBe(samples.length);
  });

  it('shrinks with the documented prior weight', () => {
    const a = stallAllowance('line_haul', 'standard', lineHaulHistory([24, 24]));
    expect(a.days).toBeCloseTo(14 + (2 / (2 + HISTORY_PRIOR_WEIGHT)) * 10, 1);
  });

  it('gives an untracked parcel the ~60-day export gap after export, but not at origin', () => {
    expect(stallAllowance('line_haul', 'economy', {}, true)).toMatchObject({ days: 60, basis: 'export_gap' });
    expect(stallAllowance('origin', 'economy', {}, true)).toMatchObject({ days: 7, basis: 'default' });
  });
});

describe('stalledVerdict', () => {
  const history = lineHaulHistory(Array<number>(10).fill(25));

  it.each([
    { name: 'by default after 16 silent days', now: day(20), history: {}, stalled: true, basis: 'default' },
    { name: 'not by history after 16 silent days (allowance 21.3)', now: day(20), history, stalled: false },
    { name: 'by history after 23 silent days', now: day(27), history, stalled: true, basis: 'history' },
  ])('standard line haul: stalled $name', ({ now, history: h, stalled, basis }) => {
    const v = stalledVerdict(makeFacts({ events: journeyTo('line_haul'), history: h }), now, false);
    expect(v !== null).toBe(stalled);
    if (v) {
      expect(v.evidence).toMatchObject({ stage: 'line_haul', basis, serviceClass: 'standard', lastEventAt: day(4) });
      expect(v.evidence['days']).toBe(Math.floor((now - day(4)) / DAY_MS));
      if (basis === 'history') expect(v.evidence).toMatchObject({ samples: 10, p90Days: 25, allowanceDays: 21.3 });
    }
  });

  it.each([
    { stage: 'info_received', silent: 11, serviceClass: 'economy', stalled: true },
    { stage: 'info_received', silent: 9, serviceClass: 'economy', stalled: false },
    { stage: 'import_customs', silent: 9, serviceClass: 'economy', stalled: false },
    { stage: 'import_customs', silent: 11, serviceClass: 'economy', stalled: true },
    { stage: 'last_mile', silent: 8, serviceClass: 'standard', stalled: true },
    { stage: 'last_mile', silent: 6, serviceClass: 'expedited', stalled: true },
    { stage: 'line_haul', silent: 20, serviceClass: 'unknown', stalled: false },
  ] as const)('$serviceClass $stage silent $silent days → stalled $stalled', ({ stage, silent, serviceClass, stalled }) => {
    const events = journeyTo(stage);
    const last = Math.max(...events.map((e) => e.time));
    const facts = makeFacts({ events, parcel: makeParcel({ serviceClass }) });
    const v = stalledVerdict(facts, last + silent * DAY_MS + 1, false);
    expect(v !== null).toBe(stalled);
    if (v) expect(v.evidence['stage']).toBe(stage);
  });

  it('an exception that is not a return (held by customs) still stalls', () => {
    const events = [...journeyTo('import_customs'), ev(day(14), 'exception', 'import_customs', { text: 'Held by customs' })];
    expect(stalledVerdict(makeFacts({ events }), day(30), false)?.evidence['stage']).toBe('import_customs');
  });

  it('a final-stage exception (lost) never stalls', () => {
    const events = [...journeyTo('last_mile'), ev(day(16), 'exception', 'final', { text: 'Item lost' })];
    expect(stalledVerdict(makeFacts({ events }), day(90), false)).toBeNull();
  });

  it('is high confidence at half as long again as allowed', () => {
    expect(stalledVerdict(makeFacts({ events: journeyTo('line_haul') }), day(4 + 22), false)?.confidence).toBe('high');
  });
});

describe('dwellHistoryFrom', () => {
  it('measures the longest silence per stage, time to delivery and transit of delivered parcels only', () => {
    const delivered = [
      ...journeyTo('last_mile'),
      ev(day(16), null, null, { text: 'unmapped scan' }),
      ev(day(18), 'delivered', 'final'),
    ];
    const history = dwellHistoryFrom([
      { serviceClass: 'standard', events: [...delivered].reverse() },
      { serviceClass: 'standard', events: journeyTo('line_haul') }, // not delivered: teaches nothing
    ]);
    const std = history.standard;
    expect(std?.dwell.line_haul).toEqual(days(8)); // d4 → d12
    expect(std?.dwell.info_received).toEqual(days(1));
    // the unmapped scan keeps the parcel in the last mile: d15 → d16 → d18 (longest 2)
    expect(std?.dwell.last_mile).toEqual(days(2));
    expect(std?.toDelivery.import_customs).toEqual(days(6)); // d12 → d18
    expect(std?.transit).toEqual(days(18));
    expect(history.economy).toBeUndefined();
  });
});
