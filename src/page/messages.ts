import { z } from 'zod/mini';
import { request } from '../messaging/client';
import type { LogisticsReport, SeenOrder } from '../messaging/protocol';
import { OrderAnnotationSchema, ParcelDetailSchema } from '../views/types';

/** The content script's calls to the background, validated both ways. */

const Ok = z.object({ ok: z.literal(true) });

export async function reportOrders(site: string, orders: SeenOrder[]): Promise<void> {
  if (orders.length > 0) await request({ type: 'content/orders-seen', site, orders }, Ok);
}

export async function lookupsDue(orderIds: string[]): Promise<string[]> {
  if (orderIds.length === 0) return [];
  return (await request({ type: 'content/lookups-due', orderIds }, z.object({ ok: z.literal(true), due: z.array(z.string()) }))).due;
}

export async function reportLogistics(site: string, report: LogisticsReport): Promise<void> {
  await request({ type: 'content/logistics', site, report }, Ok);
}

export async function fetchAnnotations(orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return (await request({ type: 'content/annotations', orderIds }, z.object({ ok: z.literal(true), orders: z.array(OrderAnnotationSchema) }))).orders;
}

export async function fetchOrderDetails(orderId: string) {
  return (await request({ type: 'content/order-details', orderId }, z.object({ ok: z.literal(true), details: z.array(ParcelDetailSchema) }))).details;
}
