import { describe, expect, it } from 'vitest';
import { DAY_MS, fixedClock, HOUR_MS, MINUTE_MS } from '../../../src/domain/clock';
import { STATUS_CODES, type StatusCode } from '../../../src/domain/vocabulary';
import { BACKOFF_CAP_MS, baseInterval, manualRefresh, nextCheckAt, type CadenceInput } from '../../../src/scheduling/cadence';

const T0 = Date.parse('2026-03-01T08:00:00Z');
const clock = fixedClock(T0);
const noJitter = () => 0.5; // 1 + 0.2 * (2 * 0.5 - 1) = 1
const fetched = (over: Partial<CadenceInput> = {}): CadenceInput => ({ status: 'in_transit', stage: 'line_haul', stalled: false, lastFetchedAt: T0, lastSuccessAt: T0, failures: 0, ...over });

describe('nextCheckAt', () => {
  it('a number never fetched is due now', () => {
    expect(nextCheckAt({ status: null, stage: null, stalled: false, failures: 0 }, clock, noJitter)).toBe(T0);
  });

  it.each<[StatusCode, number]>([
    ['out_for_delivery', 2 * HOUR_MS],
    ['available_for_pickup', 2 * HOUR_MS],
    ['arrived_destination', 6 * HOUR_MS],
    ['at_local_facility', 6 * HOUR_MS],
    ['failed_attempt', 6 * HOUR_MS],
    ['info_received', 12 * HOUR_MS],
    ['accepted', 12 * HOUR_MS],
    ['in_transit', 12 * HOUR_MS],
    ['not_found', 12 * HOUR_MS],
    ['exception', DAY_MS],
  ])('%s: every %d ms after the last fetch', (status, interval) => {
    expect(nextCheckAt(fetched({ status }), clock, noJitter)).toBe(T0 + interval);
  });

  it('tells import customs (destination side) from export customs (origin side)', () => {
    expect(nextCheckAt(fetched({ status: 'customs', stage: 'import_customs' }), clock, noJitter)).toBe(T0 + 6 * HOUR_MS);
    expect(nextCheckAt(fetched({ status: 'customs', stage: 'export_customs' }), clock, noJitter)).toBe(T0 + 12 * HOUR_MS);
    expect(nextCheckAt(fetched({ status: null, stage: 'last_mile' }), clock, noJitter)).toBe(T0 + 6 * HOUR_MS);
    expect(nextCheckAt(fetched({ status: null, stage: 'pre_shipment' }), clock, noJitter)).toBe(T0 + 12 * HOUR_MS);
  });

  it('a stalled parcel is looked at once a day, whatever its last status', () => {
    expect(nextCheckAt(fetched({ status: 'at_local_facility', stalled: true }), clock, noJitter)).toBe(T0 + DAY_MS);
  });

  it('jitters by at most ±20 %', () => {
    expect(nextCheckAt(fetched(), clock, () => 0)).toBe(T0 + 0.8 * 12 * HOUR_MS);
    expect(nextCheckAt(fetched(), clock, () => 0.999_999)).toBeCloseTo(T0 + 1.2 * 12 * HOUR_MS, -3);
  });

  it('backs off per parcel, doubling from the cadence, capped at 3 days', () => {
    const after = (failures: number) => (nextCheckAt(fetched({ failures }), clock, noJitter) ?? 0) - T0;
    expect([1, 2, 3].map(after)).toEqual([24 * HOUR_MS, 48 * HOUR_MS, BACKOFF_CAP_MS]);
    expect(after(40)).toBe(BACKOFF_CAP_MS);
    expect((nextCheckAt(fetched({ status: 'out_for_delivery', failures: 1 }), clock, noJitter) ?? 0) - T0).toBe(4 * HOUR_MS);
  });

  it('never polls anything but an imminent delivery more often than every few hours', () => {
    for (const status of STATUS_CODES) {
      const interval = baseInterval(status, null, false);
      if (status === 'out_for_delivery' || status === 'available_for_pickup') expect(interval).toBe(2 * HOUR_MS);
      else expect(interval).toBeGreaterThanOrEqual(6 * HOUR_MS);
    }
  });

  describe('delivered', () => {
    it('gets one confirming check a day after delivered was first seen', () => {
      const seen = T0 - 3 * HOUR_MS;
      expect(nextCheckAt(fetched({ status: 'delivered', deliveredSeenAt: seen, lastFetchedAt: seen, lastSuccessAt: seen }), clock, noJitter)).toBe(seen + DAY_MS);
    });

    it('then never again', () => {
      const seen = T0 - DAY_MS;
      expect(nextCheckAt(fetched({ status: 'delivered', deliveredSeenAt: seen, lastFetchedAt: T0, lastSuccessAt: T0 }), clock, noJitter)).toBeNull();
    });

    it('a failing confirming check backs off, and is given up after three tries', () => {
      const seen = T0 - DAY_MS;
      const failing = fetched({ status: 'delivered', deliveredSeenAt: seen, lastSuccessAt: seen, lastFetchedAt: T0, failures: 1 });
      expect(nextCheckAt(failing, clock, noJitter)).toBe(T0 + 2 * DAY_MS);
      expect(nextCheckAt({ ...failing, failures: 3 }, clock, noJitter)).toBeNull();
    });
  });
});

describe('manualRefresh', () => {
  it('is allowed 10 minutes after the last fetch, and says when otherwise', () => {
    expect(manualRefresh(undefined, clock)).toEqual({ allowed: true });
    expect(manualRefresh(T0 - 4 * MINUTE_MS, clock)).toEqual({ allowed: false, allowedAt: T0 + 6 * MINUTE_MS });
    expect(manualRefresh(T0 - 10 * MINUTE_MS, clock)).toEqual({ allowed: true });
  });
});
