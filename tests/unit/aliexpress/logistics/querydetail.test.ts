import { describe, expect, it } from 'vitest';
import { parseQueryDetail } from '../../../../src/aliexpress/logistics/querydetail';
import { eventId } from '../../../../src/domain/ids';
import type { StatusCode } from '../../../../src/domain/vocabulary';
import { fixtureText, iso, okData } from './fixtures';
import { readEnvelope } from '../../../../src/aliexpress/logistics/envelope';
import { classifyEvent } from '../../../../src/tracking/classify';

/** Statuses that say the parcel left the seller; pre-shipment nodes must never produce one. */
const SHIPPED: ReadonlySet<StatusCode | null> = new Set([
  'accepted', 'in_transit', 'arrived_destination', 'customs', 'at_local_facility', 'out_for_delivery',
  'available_for_pickup', 'delivered', 'failed_attempt',
]);
const isPreShipmentCode = (code: string | null) => code !== null && /^AE_(ORDER_PLACED|ORDER_PAID|GWMS_)/.test(code);
const FETCHED = Date.parse('2026-07-12T12:00:00Z');

describe('delivered-full-journey.json (Brazil, 23 events)', () => {
  const result = parseQueryDetail(okData('delivered-full-journey.json'), { orderId: '8200000000000001', fetchedAt: FETCHED, timeZone: 'GMT-03:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('reads one package with its numbers, LP code first', () => {
    expect(result.packages).toHaveLength(1);
    expect(pkg?.numbers).toEqual(['LP00612345678901', 'AA123456785BR']);
    expect(pkg?.primaryNumber).toBe('LP00612345678901');
    expect(pkg?.service).toBe('AliExpress standard shipping');
    expect(pkg?.lastMile).toEqual({ name: 'J&T Express', url: 'https://www.jtexpress.com.br/' });
    expect(pkg?.eta).toEqual({ from: Date.parse('2026-07-02T21:39:00Z'), to: Date.parse('2026-07-02T21:39:00Z'), text: 'Jul. 02', source: 'aliexpress' });
    expect(pkg?.items).toEqual([
      {
        title: 'HDMI 2.1 Cable 8K@60Hz 4K@120Hz',
        sku: 'Color:Black;Length:2m',
        quantity: 1,
        imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/S1005001234567890.jpg_220x220.jpg',
        itemId: '1005001234567890',
      },
    ]);
  });

  it('keeps every event in payload order (newest first) with code, time and location', () => {
    expect(pkg?.events.map((e) => [e.code, iso(e.time), e.location])).toEqual([
      ['AE_GTMS_SIGNED', '2026-07-02T21:39:00.000Z', null],
      ['AE_GTMS_DO_DEPART', '2026-07-02T11:48:00.000Z', null],
      ['AE_GTMS_DO_ARRIVE', '2026-07-02T09:19:00.000Z', 'Cidade Exemplo,PR'],
      ['AE_GTMS_SC_DEPART', '2026-07-01T22:36:00.000Z', 'Curitiba,PR'],
      ['AE_GTMS_SC_ARRIVE', '2026-07-01T12:17:00.000Z', 'Curitiba,PR'],
      ['AE_GTMS_ACCEPT', '2026-06-30T20:42:00.000Z', 'Curitiba,PR'],
      ['AE_GTMS_ORDER_INFO_UPDATE', '2026-06-30T20:42:00.000Z', null],
      ['AE_CC_HO_OUT_SUCCESS', '2026-06-30T18:07:00.000Z', null],
      ['AE_CC_IM_SUCCESS', '2026-06-30T13:07:00.000Z', null],
      ['AE_CC_IM_START', '2026-06-28T16:52:00.000Z', null],
      ['AE_LH_ARRIVE_SUCCESS', '2026-06-28T00:01:00.000Z', 'Sao Paulo'],
      ['AE_LH_DEPART_SUCCESS', '2026-06-25T14:28:00.000Z', null],
      ['AE_LH_HO_AIRLINE', '2026-06-25T07:25:00.000Z', null],
      ['AE_CC_EX_SUCCESS_SUCCESS', '2026-06-23T21:59:00.000Z', null],
      ['AE_CC_EX_START_SUCCESS', '2026-06-23T21:44:00.000Z', null],
      ['AE_LH_HO_IN_SUCCESS', '2026-06-22T07:05:00.000Z', null],
      ['AE_SC_OUTBOUND_SUCCESS', '2026-06-22T04:09:00.000Z', 'Dongguan'],
      ['AE_SC_INBOUND_SUCCESS', '2026-06-22T03:24:00.000Z', 'Dongguan'],
      ['AE_PICK_UP_SUCCESS', '2026-06-21T18:34:00.000Z', null],
      ['AE_GWMS_OUTBOUND', '2026-06-21T09:30:00.000Z', null],
      ['AE_GWMS_ACCEPT', '2026-06-21T02:10:00.000Z', null],
      ['AE_ORDER_PAID', '2026-06-20T14:07:40.000Z', null],
      ['AE_ORDER_PLACED', '2026-06-20T14:05:12.000Z', null],
    ]);
  });

  it('builds complete domain events: source, number, zone, text, deterministic id', () => {
    const signed = pkg?.events[0];
    const time = Date.parse('2026-07-02T21:39:00Z');
    expect(signed).toEqual({
      id: eventId({ source: 'aliexpress', number: 'LP00612345678901', time, code: 'AE_GTMS_SIGNED', text: 'Package delivered.' }),
      number: 'LP00612345678901',
      source: 'aliexpress',
      time,
      timeZone: 'GMT-03:00',
      location: null,
      code: 'AE_GTMS_SIGNED',
      text: 'Package delivered.',
      status: 'delivered',
      stage: 'final',
    });
    expect(pkg?.events.at(-1)).toMatchObject({ code: 'AE_ORDER_PLACED', text: "Your order's been created", number: 'LP00612345678901' });
    expect(new Set(pkg?.events.map((e) => e.id)).size).toBe(23);
  });

  it('lets pre-shipment nodes stay events without making the parcel shipped', () => {
    const pre = pkg?.events.filter((e) => isPreShipmentCode(e.code)) ?? [];
    expect(pre.map((e) => e.code)).toEqual(['AE_GWMS_OUTBOUND', 'AE_GWMS_ACCEPT', 'AE_ORDER_PAID', 'AE_ORDER_PLACED']);
    for (const event of pre) {
      expect(SHIPPED.has(event.status)).toBe(false);
      expect([null, 'pre_shipment']).toContain(event.stage);
    }
  });

  it('reads the receiver place only, never the name, street or phone', () => {
    expect(result.destination).toEqual({ country: 'Brazil', city: 'Cidade Exemplo', zip: '80000-000' });
    const serialised = JSON.stringify(result);
    for (const secret of ['Rua Exemplo', 'Bairro Exemplo', 'Comprador Exemplo', '11999999999', 'Estado Exemplo']) expect(serialised).not.toContain(secret);
  });

  it('reads the refund deadline (end of Sep 3 in GMT-03:00) and the coupon line', () => {
    expect(result.deadline).toEqual({ at: Date.parse('2026-09-04T02:59:59.999Z'), text: 'Refund if no delivery before Sep 3, 2026', basis: 'aliexpress' });
    expect(result.coupons).toEqual(['Apply for R$5.00 coupon code if delayed by Aug 3, 2026']);
    expect(result.problems).toEqual([]);
  });
});

describe('in-transit-lp-s10.json (Germany, LP + S10)', () => {
  const result = parseQueryDetail(okData('in-transit-lp-s10.json'), { orderId: '8200000000000002', fetchedAt: FETCHED, timeZone: 'GMT+02:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('keeps both numbers, the S10 one carrying a valid check digit', () => {
    expect(pkg?.numbers).toEqual(['LP00623456789012', 'LX702148533CN']);
    // Fixture sanity: UPU S10 weights 8,6,4,2,3,5,9,7 (tracking-numbers.md).
    const serial = [...'70214853'].map(Number);
    const r = serial.reduce((sum, d, i) => sum + d * ([8, 6, 4, 2, 3, 5, 9, 7][i] ?? 0), 0) % 11;
    expect(r === 0 ? 5 : r === 1 ? 0 : 11 - r).toBe(3);
  });

  it('reads the promise window, last mile and nine events newest first', () => {
    expect(pkg?.eta).toEqual({ from: Date.parse('2026-07-14T10:00:00Z'), to: Date.parse('2026-07-24T10:00:00Z'), text: 'Jul. 14 - Jul. 24', source: 'aliexpress' });
    expect(pkg?.lastMile).toEqual({ name: 'Deutsche Post DHL', url: 'https://www.dhl.de/' });
    expect(pkg?.events.map((e) => e.code)).toEqual([
      'AE_CC_IM_START', 'AE_LH_ARRIVE_SUCCESS', 'AE_LH_DEPART_SUCCESS', 'AE_CC_EX_SUCCESS_SUCCESS', 'AE_SC_OUTBOUND_SUCCESS',
      'AE_SC_INBOUND_SUCCESS', 'AE_GOT', 'AE_ORDER_PAID', 'AE_ORDER_PLACED',
    ]);
    expect(pkg?.events[1]).toMatchObject({ location: 'Leipzig', timeZone: 'GMT+02:00', time: Date.parse('2026-07-06T04:18:00Z') });
    expect(pkg?.events.some((e) => e.status === 'delivered')).toBe(false);
  });

  it('reads deadline and coupon', () => {
    expect(result.deadline).toEqual({ at: Date.parse('2026-08-20T21:59:59.999Z'), text: 'Refund if no delivery before Aug 20, 2026', basis: 'aliexpress' });
    expect(result.coupons).toEqual(['Apply for €1.00 coupon code if delayed by Jul 24, 2026']);
    expect(result.destination).toEqual({ country: 'Germany', city: 'Beispielstadt', zip: '10115' });
  });
});

describe('two-packages.json (France, one order, two packages)', () => {
  const result = parseQueryDetail(okData('two-packages.json'), { orderId: '8200000000000003', fetchedAt: FETCHED, timeZone: 'GMT+02:00', classify: classifyEvent });
  const [first, second] = result.packages;

  it('keeps the packages apart, each with its items and events', () => {
    expect(result.packages).toHaveLength(2);
    expect(first?.numbers).toEqual(['LP00634567890123', '6A12345678901']);
    expect(first?.items.map((i) => i.title)).toEqual(['Silicone Phone Case']);
    expect(first?.events.map((e) => e.code)).toEqual(['AE_GTMS_DELIVERING', 'AE_GTMS_ACCEPT', 'AE_LH_DEPART_SUCCESS', 'AE_PICK_UP_SUCCESS', 'AE_ORDER_PAID', 'AE_ORDER_PLACED']);
    expect(first?.events.every((e) => e.number === 'LP00634567890123')).toBe(true);
    expect(second?.items).toEqual([
      { title: 'Tempered Glass Screen Protector', sku: 'Quantity:2 pcs', quantity: 2, imageUrl: 'https://ae-pic-a1.aliexpress-media.com/kf/S1005004567890123.jpg_220x220.jpg', itemId: '1005004567890123' },
    ]);
    expect(second?.events.map((e) => e.code)).toEqual(['AE_SC_INBOUND_SUCCESS', 'AE_PICK_UP_SUCCESS', 'AE_ORDER_PAID', 'AE_ORDER_PLACED']);
  });

  it('collapses a mailNo equal to the LP code into one number', () => {
    expect(second?.numbers).toEqual(['LP00645678901234']);
    expect(second?.primaryNumber).toBe('LP00645678901234');
    expect(second?.lastMile).toBeUndefined();
  });

  it('files the same order-placed node under each package, with distinct ids', () => {
    const placed = result.packages.map((p) => p.events.find((e) => e.code === 'AE_ORDER_PLACED'));
    expect(placed[0]?.time).toBe(placed[1]?.time);
    expect(placed[0]?.id).not.toBe(placed[1]?.id);
  });

  it('reads the deadline without a coupon line', () => {
    expect(result.deadline?.at).toBe(Date.parse('2026-08-28T21:59:59.999Z'));
    expect(result.coupons).toEqual([]);
  });
});

describe('pre-shipment-only.json (still at the seller)', () => {
  const result = parseQueryDetail(okData('pre-shipment-only.json'), { orderId: '8200000000000004', fetchedAt: FETCHED, timeZone: 'GMT-03:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('yields a package without numbers whose events sit under a provisional order key', () => {
    expect(pkg?.numbers).toEqual([]);
    expect(pkg?.primaryNumber).toBeNull();
    expect(pkg?.events.map((e) => [e.code, e.number])).toEqual([
      ['AE_GWMS_PACKAGE', 'order:8200000000000004#1'],
      ['AE_GWMS_ACCEPT', 'order:8200000000000004#1'],
      ['AE_ORDER_PAID', 'order:8200000000000004#1'],
      ['AE_ORDER_PLACED', 'order:8200000000000004#1'],
    ]);
  });

  it('never yields a shipped status', () => {
    expect(pkg?.events).toHaveLength(4);
    expect(pkg?.events.filter((e) => SHIPPED.has(e.status))).toEqual([]);
  });

  it('still reads eta, items, deadline', () => {
    expect(pkg?.eta).toEqual({ from: Date.parse('2026-08-02T12:00:00Z'), to: Date.parse('2026-08-12T12:00:00Z'), text: 'Aug. 02 - Aug. 12', source: 'aliexpress' });
    expect(pkg?.items.map((i) => i.title)).toEqual(['LED Desk Lamp']);
    expect(result.deadline?.at).toBe(Date.parse('2026-09-26T02:59:59.999Z'));
    expect(result.problems).toEqual([]);
  });
});

describe('economy-untracked.json (Cainiao Super Economy Global)', () => {
  const result = parseQueryDetail(okData('economy-untracked.json'), { orderId: '8200000000000005', fetchedAt: FETCHED, timeZone: 'GMT-05:00', classify: classifyEvent });
  const [pkg] = result.packages;

  it('uses the U-series number as primary when there is no LP code', () => {
    expect(pkg?.numbers).toEqual(['UN483029164MU']);
    expect(pkg?.primaryNumber).toBe('UN483029164MU');
    expect(pkg?.service).toBe('Cainiao Super Economy Global');
  });

  it('has events up to export only, no eta, no last mile, no promise block', () => {
    expect(pkg?.events).toHaveLength(7);
    expect(pkg?.events[0]).toMatchObject({ code: 'AE_LH_DEPART_SUCCESS', time: Date.parse('2026-05-09T22:15:00Z') });
    expect(pkg?.eta).toBeUndefined();
    expect(pkg?.lastMile).toBeUndefined();
    expect(result.deadline).toBeUndefined();
    expect(result.coupons).toEqual([]);
  });

  it('reads a numeric zip as text', () => {
    expect(result.destination).toEqual({ country: 'United States', city: 'Springfield', zip: '62701' });
    expect(pkg?.items[0]).toMatchObject({ quantity: 3 });
  });
});

describe('jsonp-wrapped.jsonp', () => {
  const envelope = readEnvelope(fixtureText('jsonp-wrapped.jsonp'));
  const result = parseQueryDetail(envelope.kind === 'ok' ? envelope.data : undefined, { orderId: '8200000000000008', fetchedAt: FETCHED, timeZone: 'GMT+02:00', classify: classifyEvent });

  it('parses like plain JSON', () => {
    expect(result.packages.map((p) => [p.numbers, p.events.length])).toEqual([[['LP00678901234567'], 3]]);
    expect(result.destination).toEqual({ country: 'Poland', city: 'Miasto Przykład', zip: '00-001' });
    expect(result.deadline?.at).toBe(Date.parse('2026-09-10T21:59:59.999Z'));
  });
});
