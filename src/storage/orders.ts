import { OrderSchema, type Order } from '../domain/model';
import { mergeOrder } from './merge';
import type { ParcelDb } from './schema';
import { check, type BatchResult, type Rejection } from './validation';

/**
 * Stores order readings, merged into what we had (see mergeOrder). Invalid ones are rejected and
 * reported, the valid rest written in one transaction.
 */
export async function upsertOrders(db: ParcelDb, orders: readonly unknown[]): Promise<BatchResult<Order>> {
  const valid: Order[] = [];
  const rejected: Rejection[] = [];
  orders.forEach((raw, index) => {
    const result = check(OrderSchema, raw);
    if (result.ok) valid.push(result.value);
    else rejected.push({ index, issues: result.issues });
  });
  const tx = db.transaction('orders', 'readwrite');
  const written: Order[] = [];
  for (const order of valid) {
    const merged = mergeOrder(await tx.store.get(order.id), order);
    await tx.store.put(merged);
    written.push(merged);
  }
  await tx.done;
  return { written, rejected };
}

export function getOrder(db: ParcelDb, id: string): Promise<Order | undefined> {
  return db.get('orders', id);
}

/** Newest order first (placedAt, else when we first saw it). */
export async function listOrders(db: ParcelDb): Promise<Order[]> {
  const orders = await db.getAll('orders');
  const at = (o: Order) => o.placedAt ?? o.firstSeenAt;
  return orders.sort((a, b) => at(b) - at(a) || (a.id < b.id ? -1 : 1));
}
