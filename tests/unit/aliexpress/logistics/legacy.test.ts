import { describe, expect, it } from 'vitest';
import { parseLegacyTracking } from '../../../../src/aliexpress/logistics/legacy';
import { eventId } from '../../../../src/domain/ids';
import { fixtureText, iso } from './fixtures';
import { classifyEvent } from '../../../../src/tracking/classify';

// The 2019 ajax_logistics_track.htm JSONP, still found in saved pages and old exports.
const CONTEXT = { orderId: '8100000000000009', fetchedAt: Date.parse('2019-06-01T00:00:00Z'), timeZone: 'GMT+08:00', classify: classifyEvent };

describe('legacy-ajax-logistics-track.jsonp', () => {
  const result = parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), CONTEXT);
  const [first, second] = result.packages;

  it('yields the same package shape as querydetail', () => {
    expect(result.packages).toHaveLength(2);
    expect(result.coupons).toEqual([]);
    expect(result.deadline).toBeUndefined();
    expect(result.destination).toBeUndefined();
    expect(result.problems).toEqual([]);
    expect(first).toMatchObject({ numbers: ['RB123456785SG'], primaryNumber: 'RB123456785SG', items: [] });
  });

  it('reads traceList newest first with epoch eventTime', () => {
    expect(first?.events.map((e) => [e.code, iso(e.time), e.text])).toEqual([
      ['GTMS_SIGNED', '2019-05-28T06:12:00.000Z', '[Kyiv] Delivered'],
      ['CC_IM_SUCCESS', '2019-05-20T10:00:00.000Z', 'Import clearance success'],
      ['LH_HO_AIRLINE', '2019-05-14T22:30:00.000Z', 'Handed over to airline'],
      ['SC_INBOUND_SUCCESS', '2019-05-11T03:15:00.000Z', '[Singapore] Arrived at sorting center'],
      ['GWMS_ACCEPT', '2019-05-10T04:33:56.000Z', 'Accepted by carrier'],
    ]);
    const time = Date.parse('2019-05-28T06:12:00Z');
    expect(first?.events[0]).toEqual({
      id: eventId({ source: 'aliexpress', number: 'RB123456785SG', time, code: 'GTMS_SIGNED', text: '[Kyiv] Delivered' }),
      number: 'RB123456785SG',
      source: 'aliexpress',
      time,
      timeZone: 'GMT+08:00',
      location: null,
      code: 'GTMS_SIGNED',
      text: '[Kyiv] Delivered',
      status: 'delivered',
      stage: 'final',
    });
  });

  it('adds the consolidation number as an alias and reads zone-less eventTimeStr in the request zone', () => {
    expect(second?.numbers).toEqual(['LP00123456789012', 'RS615702942NL']);
    expect(second?.events.map((e) => [e.code, iso(e.time)])).toEqual([
      ['SC_OUTBOUND_SUCCESS', '2019-05-16T02:00:00.000Z'],
      ['GWMS_ACCEPT', '2019-05-15T01:00:00.000Z'],
    ]);
  });

  it('reads zone-less times as UTC when the zone is unknown', () => {
    const utc = parseLegacyTracking(fixtureText('legacy-ajax-logistics-track.jsonp'), { orderId: CONTEXT.orderId, fetchedAt: 0, classify: classifyEvent });
    expect(iso(utc.packages[1]?.events[0]?.time)).toBe('2019-05-16T10:00:00.000Z');
    expect(utc.packages[1]?.events[0]?.timeZone).toBeNull();
  });
});

describe('parseLegacyTracking tolerance', () => {
  it.each([
    ['', 'legacy answer: invalid json'],
    ['callback(', 'legacy answer: invalid json'],
    ['cb({})', 'legacy answer: no tracking list'],
    ['cb({"tracking":"none"})', 'legacy answer: no tracking list'],
  ])('%j → %s', (body, problem) => {
    expect(parseLegacyTracking(body, CONTEXT)).toEqual({ packages: [], coupons: [], problems: [problem] });
  });

  it('skips entries it cannot read and keeps a number-less package under a provisional key', () => {
    const body = JSON.stringify({ tracking: [null, { mailNo: '', traceList: [{ action: 'X', eventTime: 5 }, { desc: 'no time' }, 3] }] });
    const result = parseLegacyTracking(body, CONTEXT);
    expect(result.packages).toEqual([
      {
        numbers: [],
        primaryNumber: null,
        items: [],
        events: [expect.objectContaining({ number: 'order:8100000000000009#2', code: 'X', text: 'X', time: 5 })],
      },
    ]);
    expect(result.problems).toEqual(['package 1: not an object', 'package 2 event 2: no time', 'package 2 event 3: not an object']);
  });
});
