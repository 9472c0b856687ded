import { describe, expect, it } from 'vitest';
import { getOrder, listOrders, upsertOrders } from '../../../src/storage/orders';
import { freshDb, ORDER_A, ORDER_B, order, T0 } from './helpers';

describe('orders', () => {
  it('rejects invalid orders without storing them and stores the valid rest', async () => {
    const { db } = await freshDb();
    const result = await upsertOrders(db, [order(), { ...order({ id: ORDER_B }), id: '123' }, 'not an order']);
    expect(result.written.map((o) => o.id)).toEqual([ORDER_A]);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(result.rejected[0]?.issues[0]?.path).toBe('id');
    expect(await getOrder(db, ORDER_B)).toBeUndefined();
  });

  it('merges a blank re-reading into what was stored instead of erasing it', async () => {
    const { db } = await freshDb();
    await upsertOrders(db, [order()]);
    await upsertOrders(db, [order({ lastSeenAt: T0 + 60_000, items: [], store: { name: ' ' }, totalText: '', state: 'completed' })]);
    expect(await getOrder(db, ORDER_A)).toEqual(order({ lastSeenAt: T0 + 60_000, state: 'completed' }));
  });

  it('lists newest placed first', async () => {
    const { db } = await freshDb();
    await upsertOrders(db, [order({ placedAt: T0 - 5 }), order({ id: ORDER_B, placedAt: T0 })]);
    expect((await listOrders(db)).map((o) => o.id)).toEqual([ORDER_B, ORDER_A]);
  });
});
