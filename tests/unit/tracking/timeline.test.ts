import { describe, expect, it } from 'vitest';
import type { TrackingEvent } from '../../../src/domain/model';
import { eventId } from '../../../src/domain/ids';
import type { Source } from '../../../src/domain/vocabulary';
import { classifyEvent } from '../../../src/tracking/classify';
import { buildTimeline } from '../../../src/tracking/timeline';

interface Scan {
  source?: Source;
  number?: string;
  at: string;
  zone?: string | null;
  code?: string | null;
  text?: string;
  location?: string | null;
}

/** A scan as a carrier parser would hand it over: classified, with its deterministic id. */
function scan(s: Scan): TrackingEvent {
  const source = s.source ?? 'cainiao';
  const number = s.number ?? 'LP00123456789012';
  const time = Date.parse(s.at);
  const code = s.code ?? null;
  const text = s.text ?? '';
  return {
    id: eventId({ source, number, time, code, text }),
    number,
    source,
    time,
    timeZone: s.zone === undefined ? 'GMT+8' : s.zone,
    location: s.location ?? null,
    code,
    text,
    ...classifyEvent({ source, code, text }),
  };
}

describe('buildTimeline: status', () => {
  it('is not_found with no events at all', () => {
    const t = buildTimeline([]);
    expect(t).toEqual({ events: [], legs: [], status: 'not_found' });
  });

  it('is not_found when only pre-shipment nodes exist, yet shows them', () => {
    const t = buildTimeline([
      scan({ source: 'aliexpress', code: 'AE_ORDER_PLACED', text: 'Order placed', at: '2024-03-01T10:00:00Z' }),
      scan({ source: 'aliexpress', code: 'AE_ORDER_PAID', text: 'Payment confirmed', at: '2024-03-01T10:05:00Z' }),
      scan({ source: 'aliexpress', code: 'AE_GWMS_PACKAGE', text: 'Seller packed', at: '2024-03-02T10:00:00Z' }),
    ]);
    expect(t.status).toBe('not_found');
    expect(t.events.map((e) => e.texts[0])).toEqual(['Seller packed', 'Payment confirmed', 'Order placed']);
    expect(t.lastEventAt).toBe(Date.parse('2024-03-02T10:00:00Z'));
    expect(t.legs).toHaveLength(1);
    expect(t.legs[0]?.stage).toBe('pre_shipment');
  });

  it('is info_received once a carrier registered the label', () => {
    const t = buildTimeline([
      scan({ source: 'aliexpress', code: 'AE_ORDER_PAID', at: '2024-03-01T10:05:00Z' }),
      scan({ code: 'GWMS_ACCEPT', text: 'Logistics order created', at: '2024-03-02T01:00:00Z' }),
      scan({ source: 'aliexpress', code: 'AE_GWMS_OUTBOUND', at: '2024-03-03T10:00:00Z' }),
    ]);
    expect(t.status).toBe('info_received');
    expect(t.lastEvent?.stage).toBe('pre_shipment');
  });

  it('follows the newest meaningful event and skips unclassified ones', () => {
    const t = buildTimeline([
      scan({ code: 'LH_DEPART', text: 'Departed', at: '2024-03-05T01:00:00Z' }),
      scan({ code: 'CC_IM_START', text: 'Import clearance', at: '2024-03-09T01:00:00Z' }),
      scan({ code: 'ZZZ', text: 'Mysterious note', at: '2024-03-10T01:00:00Z' }),
    ]);
    expect(t.status).toBe('customs');
    expect(t.lastEvent?.texts).toEqual(['Mysterious note']);
    expect(t.lastEvent?.status).toBeNull();
  });

  it('keeps delivered when later scans only repeat movement', () => {
    const t = buildTimeline([
      scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' }),
      scan({ source: '17track', code: 'InTransit_Other', text: 'Processed at facility', at: '2024-03-21T08:00:00Z', zone: 'GMT+3' }),
    ]);
    expect(t.status).toBe('delivered');
    expect(t.lastEvent?.status).toBe('in_transit');
  });

  it('lets a later return win over delivered', () => {
    const t = buildTimeline([
      scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' }),
      scan({ code: 'EXCEPTION', text: 'Returned to sender', at: '2024-03-22T08:00:00Z' }),
      scan({ code: 'COMMON_INTRANSIT', text: 'In transit', at: '2024-03-23T08:00:00Z' }),
    ]);
    expect(t.status).toBe('exception');
  });

  it('lets a later failed attempt win over delivered, and a new delivery win again', () => {
    const delivered = scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' });
    const failed = scan({ source: 'ship24', code: 'failed_attempt', text: 'Recipient not at home', at: '2024-03-21T08:00:00Z', zone: null });
    expect(buildTimeline([delivered, failed]).status).toBe('failed_attempt');
    const again = scan({ source: 'ship24', code: 'delivered', text: 'Delivered', at: '2024-03-22T08:00:00Z', zone: null });
    expect(buildTimeline([delivered, failed, again]).status).toBe('delivered');
  });

  it('reads a station signature as pickup, never as delivered', () => {
    const t = buildTimeline([scan({ code: 'GTMS_STA_SIGNED', text: 'Signed at station', at: '2024-03-20T08:00:00Z' })]);
    expect(t.status).toBe('available_for_pickup');
  });

  it('breaks a tie at one instant towards the further status', () => {
    const t = buildTimeline([
      scan({ code: 'GTMS_DO_DEPART', text: 'Out for delivery', at: '2024-03-20T08:00:00Z' }),
      scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' }),
    ]);
    expect(t.status).toBe('delivered');
    expect(t.events.map((e) => e.status)).toEqual(['delivered', 'out_for_delivery']);
  });
});

describe('buildTimeline: merging and de-duplication', () => {
  it('counts Cainiao exact repeats once', () => {
    const twice = scan({ code: 'SC_INBOUND_SUCCESS', text: 'Arrived at sorting center', at: '2024-03-02T03:00:00Z' });
    const t = buildTimeline([twice, { ...twice }]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]?.events).toHaveLength(1);
  });

  it('merges the same scan reported under two aliases by one source, keeping both numbers', () => {
    const t = buildTimeline([
      scan({ number: 'LP00123456789012', code: 'GTMS_ACCEPT', text: 'Accepted by last mile', at: '2024-03-15T03:00:00Z' }),
      scan({ number: 'RB123456785GB', code: 'GTMS_ACCEPT', text: 'Accepted by last mile', at: '2024-03-15T03:00:00Z' }),
    ]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]?.numbers).toEqual(['LP00123456789012', 'RB123456785GB']);
    expect(t.events[0]?.events).toHaveLength(2);
  });

  it('merges the same meaning from two sources within ±2 min, keeping both sources and texts', () => {
    const t = buildTimeline([
      scan({ code: 'LH_ARRIVE', text: 'Arrived at destination country', at: '2024-03-08T10:00:00Z' }),
      scan({ source: '17track', number: 'RB123456785GB', code: 'InTransit_Arrival', text: 'Arrival at destination', at: '2024-03-08T10:01:30Z', zone: 'GMT+3' }),
    ]);
    expect(t.events).toHaveLength(1);
    const [entry] = t.events;
    expect(entry?.sources).toEqual(['cainiao', '17track']);
    expect(entry?.texts).toEqual(['Arrived at destination country', 'Arrival at destination']);
    expect(entry?.numbers).toEqual(['LP00123456789012', 'RB123456785GB']);
    expect(entry?.time).toBe(Date.parse('2024-03-08T10:00:00Z'));
  });

  it('keeps them apart beyond the tolerance or with another meaning', () => {
    const base = scan({ code: 'LH_ARRIVE', text: 'Arrived', at: '2024-03-08T10:00:00Z' });
    const late = scan({ source: '17track', code: 'InTransit_Arrival', text: 'Arrival', at: '2024-03-08T10:02:01Z', zone: 'GMT+3' });
    const other = scan({ source: '17track', code: 'InTransit_CustomsProcessing', text: 'Customs', at: '2024-03-08T10:00:00Z', zone: 'GMT+3' });
    expect(buildTimeline([base, late]).events).toHaveLength(2);
    expect(buildTimeline([base, other]).events).toHaveLength(2);
    expect(buildTimeline([base, late], { toleranceMs: 5 * 60_000 }).events).toHaveLength(1);
  });

  it('never merges two different scans of one source, however close', () => {
    const t = buildTimeline([
      scan({ code: 'SC_INBOUND_SUCCESS', text: 'Arrived at sorting center', at: '2024-03-02T03:00:00Z' }),
      scan({ code: 'PU_PICKUP_SUCCESS', text: 'Picked up', at: '2024-03-02T03:01:00Z' }),
    ]);
    expect(t.events).toHaveLength(2);
  });

  it('matches a zone-less source shifted by whole hours to the same moment', () => {
    // Ship24 gives wall-clock time without a zone: read as UTC it is 8 h off Cainiao's GMT+8 scan.
    const cainiao = scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' });
    const ship24 = scan({ source: 'ship24', code: 'delivered', text: 'Delivered to recipient', at: '2024-03-20T16:00:00Z', zone: null });
    const t = buildTimeline([ship24, cainiao]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]?.time).toBe(cainiao.time);
    expect(t.events[0]?.timeZone).toBe('GMT+8');
    expect(t.events[0]?.id).toBe(cainiao.id);
    expect(t.events[0]?.sources).toEqual(['cainiao', 'ship24']);
  });

  it('re-anchors on the source that knows its zone when the zone-less one came first', () => {
    // Brazil, GMT-3: the local 08:00 read as UTC sorts 3 h before the true instant.
    const ship24 = scan({ source: 'ship24', number: 'NX123456785BR', code: 'out_for_delivery', text: 'Saiu para entrega', at: '2024-03-20T08:00:00Z', zone: null });
    const s17 = scan({ source: '17track', number: 'NX123456785BR', code: 'OutForDelivery_Other', text: 'Objeto saiu para entrega', at: '2024-03-20T11:00:00Z', zone: 'GMT-03:00' });
    const t = buildTimeline([s17, ship24]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({ id: s17.id, time: s17.time, timeZone: 'GMT-03:00', sources: ['17track', 'ship24'] });
  });

  it('does not shift when both zones are known or the gap is off the quarter-hour grid', () => {
    const cainiao = scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-20T08:00:00Z' });
    const known = scan({ source: '17track', code: 'Delivered_Other', text: 'Delivered', at: '2024-03-20T16:00:00Z', zone: 'GMT+3' });
    const offGrid = scan({ source: 'ship24', code: 'delivered', text: 'Delivered', at: '2024-03-20T16:07:00Z', zone: null });
    expect(buildTimeline([cainiao, known]).events).toHaveLength(2);
    expect(buildTimeline([cainiao, offGrid]).events).toHaveLength(2);
  });

  it('merges unclassified events only when the words match', () => {
    const a = scan({ code: 'X1', text: 'Mysterious note', at: '2024-03-10T01:00:00Z' });
    const b = scan({ source: '17track', code: 'Z', text: 'mysterious  NOTE', at: '2024-03-10T01:01:00Z', zone: 'GMT+3' });
    const c = scan({ source: 'ship24', code: 'Z', text: 'Other note', at: '2024-03-10T01:00:00Z', zone: null });
    expect(buildTimeline([a, b, c]).events.map((e) => e.sources)).toEqual([['cainiao', '17track'], ['ship24']]);
  });

  it('merges three sources into one entry', () => {
    const t = buildTimeline([
      scan({ code: 'GTMS_DO_DEPART', text: 'Out for delivery', at: '2024-03-19T23:00:00Z' }),
      scan({ source: '17track', code: 'OutForDelivery_Other', text: 'Out for delivery', at: '2024-03-19T23:00:00Z', zone: 'GMT+3' }),
      scan({ source: 'ship24', code: 'out_for_delivery', text: 'With courier', at: '2024-03-20T02:00:00Z', zone: null }),
    ]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]?.sources).toEqual(['cainiao', '17track', 'ship24']);
  });
});

describe('buildTimeline: legs', () => {
  it('groups entries by stage, final first, with the last-mile carrier and stage-less entries in their leg', () => {
    const t = buildTimeline(
      [
        scan({ source: 'aliexpress', code: 'AE_ORDER_PAID', at: '2024-03-01T10:00:00Z' }),
        scan({ code: 'PU_PICKUP_SUCCESS', text: 'Picked up', at: '2024-03-02T10:00:00Z' }),
        scan({ code: 'LH_DEPART', text: 'Departed', at: '2024-03-04T10:00:00Z' }),
        scan({ code: 'EXCEPTION', text: 'Flight delayed', at: '2024-03-05T10:00:00Z' }),
        scan({ code: 'GTMS_ACCEPT', text: 'Accepted by last mile', at: '2024-03-12T10:00:00Z' }),
        scan({ code: 'GTMS_SIGNED', text: 'Delivered', at: '2024-03-15T10:00:00Z' }),
      ],
      { lastMile: { name: 'Royal Mail', url: 'https://www.royalmail.com/track-your-item#/tracking-results/RB123456785GB' } },
    );
    expect(t.legs.map((l) => [l.stage, l.events.length, l.carrier?.name])).toEqual([
      ['final', 1, 'Royal Mail'],
      ['last_mile', 1, 'Royal Mail'],
      ['line_haul', 2, undefined],
      ['origin', 1, undefined],
      ['pre_shipment', 1, undefined],
    ]);
    expect(t.legs[2]?.events[0]?.texts).toEqual(['Flight delayed']);
  });

  it('puts a stage-less first entry in the leg that follows it', () => {
    const t = buildTimeline([
      scan({ code: 'EXCEPTION', text: 'Held', at: '2024-03-01T10:00:00Z' }),
      scan({ code: 'LH_DEPART', text: 'Departed', at: '2024-03-04T10:00:00Z' }),
    ]);
    expect(t.legs).toHaveLength(1);
    expect(t.legs[0]?.stage).toBe('line_haul');
  });

  it('has a stage-less leg when nothing has a stage', () => {
    const t = buildTimeline([scan({ code: 'Q', text: 'Mysterious note', at: '2024-03-01T10:00:00Z' })]);
    expect(t.legs.map((l) => l.stage)).toEqual([null]);
  });
});
