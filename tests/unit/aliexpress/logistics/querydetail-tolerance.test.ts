import { describe, expect, it } from 'vitest';
import { parseQueryDetail } from '../../../../src/aliexpress/logistics/querydetail';
import { okData } from './fixtures';
import { classifyEvent } from '../../../../src/tracking/classify';

// A renamed or retyped field degrades to "missing"; nothing the payload does may throw.
const CONTEXT = { orderId: '8200000000000001', fetchedAt: Date.parse('2026-07-12T12:00:00Z'), timeZone: 'GMT-03:00', classify: classifyEvent };
const node = (extra: Record<string, unknown>) => ({ time: 1_783_000_000_000, trackingName: 'In transit', trackingSecondCode: 'AE_SC_INBOUND_SUCCESS', ...extra });
const moduleWith = (line: Record<string, unknown>, more: Record<string, unknown> = {}) => ({ module: { trackingDetailLineList: [line], ...more } });

describe('parseQueryDetail tolerance', () => {
  it.each([undefined, null, 42, 'text', [], {}])('never throws on %j', (data) => {
    expect(() => parseQueryDetail(data, CONTEXT)).not.toThrow();
    expect(parseQueryDetail(data, CONTEXT).packages).toEqual([]);
  });

  it('names a missing package list as a problem', () => {
    expect(parseQueryDetail({ module: {} }, CONTEXT)).toEqual({ packages: [], coupons: [], problems: ['trackingDetailLineList: missing'] });
    expect(parseQueryDetail({ module: 'x' }, CONTEXT).problems).toEqual(['data.module: not an object']);
  });

  it('accepts a bare module (no `module` wrapper)', () => {
    const data = okData('economy-untracked.json');
    const bare = (data as { module: unknown }).module;
    expect(parseQueryDetail(bare, CONTEXT).packages[0]?.numbers).toEqual(['UN483029164MU']);
  });

  it('skips odd entries one by one and says which', () => {
    const result = parseQueryDetail(
      {
        module: {
          trackingDetailLineList: [
            'not a package',
            {
              mailNo: 'rb 123456785 gb',
              detailList: [node({}), 7, node({ time: 'yesterday' }), node({ trackingName: '', trackingSecondCode: '', trackingDetailDesc: ' ' }), node({ time: '1783000000001' })],
              packageItemList: [{ itemTitle: '' }, { itemTitle: 'Cable', count: 'two', itemId: 'x1' }],
            },
          ],
        },
      },
      CONTEXT,
    );
    expect(result.packages).toHaveLength(1);
    const [pkg] = result.packages;
    expect(pkg?.numbers).toEqual(['RB123456785GB']);
    expect(pkg?.events.map((e) => e.time)).toEqual([1_783_000_000_000, 1_783_000_000_001]);
    expect(pkg?.items).toEqual([{ title: 'Cable', itemId: 'x1' }]);
    expect(result.problems).toEqual([
      'package 1: not an object',
      'package 2 item 1: no title',
      'package 2 event 2: not an object',
      'package 2 event 3: no time',
      'package 2 event 4: neither text nor code',
    ]);
  });

  it('degrades retyped fields to missing instead of failing the package', () => {
    const result = parseQueryDetail(
      moduleWith(
        { mailNo: 12345, originMailNo: { nested: true }, logisticsCarrierName: ['x'], logisticsCpInfo: 'J&T', etaInfo: 5, packageItemList: 'none', detailList: { a: 1 } },
        { logisticsReceiverInfo: { country: 7, city: null, zipCode: '01000' }, fastDeliveryInfoDTO: { fdContentList: 'Refund…' } },
      ),
      CONTEXT,
    );
    expect(result.packages).toEqual([{ numbers: ['12345'], primaryNumber: '12345', items: [], events: [] }]);
    expect(result.destination).toEqual({ zip: '01000' });
    expect(result.deadline).toBeUndefined();
  });

  it('reads text from trackingName when the description is gone, and the primary code when the second is', () => {
    const result = parseQueryDetail(moduleWith({ mailNo: 'X1', detailList: [{ time: 5, trackingName: 'Delivered', trackingPrimaryCode: 'AE_GTMS_SIGNED', fulfillStage: 1700 }] }), CONTEXT);
    expect(result.packages[0]?.events[0]).toMatchObject({ text: 'Delivered', code: 'AE_GTMS_SIGNED', status: 'delivered' });
  });

  it('uses the code as text when a node has nothing else', () => {
    const result = parseQueryDetail(moduleWith({ mailNo: 'X1', detailList: [{ time: 5, trackingSecondCode: 'AE_SOMETHING_NEW' }] }), CONTEXT);
    expect(result.packages[0]?.events[0]).toMatchObject({ text: 'AE_SOMETHING_NEW', code: 'AE_SOMETHING_NEW' });
  });

  it('drops placeholder numbers and a number that is the order id itself', () => {
    const result = parseQueryDetail(moduleWith({ mailNo: '8200000000000001', originMailNo: ' - ', detailList: [node({})] }), CONTEXT);
    expect(result.packages[0]?.numbers).toEqual([]);
    expect(result.packages[0]?.events[0]?.number).toBe('order:8200000000000001#1');
    expect(result.problems).toEqual(['number 8200000000000001 is the order id: dropped']);
  });

  it('drops a node repeated verbatim', () => {
    const result = parseQueryDetail(moduleWith({ mailNo: 'X1', detailList: [node({}), node({})] }), CONTEXT);
    expect(result.packages[0]?.events).toHaveLength(1);
  });

  it('records a null zone when the request zone is unknown, and reads the deadline in UTC', () => {
    const result = parseQueryDetail(
      moduleWith({ mailNo: 'X1', detailList: [node({})] }, { fastDeliveryInfoDTO: { fdContentList: ['Refund if no delivery before Sep 3, 2026'] } }),
      { orderId: CONTEXT.orderId, fetchedAt: CONTEXT.fetchedAt, classify: classifyEvent },
    );
    expect(result.packages[0]?.events[0]?.timeZone).toBeNull();
    expect(result.deadline?.at).toBe(Date.parse('2026-09-03T23:59:59.999Z'));
  });

  it('falls back to the joined fdContent sentence when the list is missing', () => {
    const result = parseQueryDetail(
      { module: { fastDeliveryInfoDTO: { fdContent: 'Apply for $1.00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 3, 2026 · Refund if package lost' } } },
      CONTEXT,
    );
    expect(result.deadline?.text).toBe('Refund if no delivery before Sep 3, 2026');
    expect(result.coupons).toEqual(['Apply for $1.00 coupon code if delayed by Aug 3, 2026']);
  });
});
