import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readDetailPage } from '../aliexpress/detail-page';
import { readTrackingPage } from '../aliexpress/tracking-page';
import { orderIdFromUrl } from '../aliexpress/urls';
import { queryFirst } from '../aliexpress/dom';
import type { LookupQueue } from '../aliexpress/logistics/lookup';
import type { LogisticsReport } from '../messaging/protocol';
import { onBackgroundChange } from '../messaging/client';
import { TrackingPanel } from '../ui/page/TrackingPanel';
import { debugWarn } from './debug';
import { fetchOrderDetails, lookupsDue, reportLogistics, reportOrders } from './messages';
import { createIsland, type Island } from './mount';
import { pagePackages, reportOf } from './reports';

/**
 * Order detail and tracking pages: what the page shows is reported, the order's logistics are looked
 * up (politely), and a ParcelLens panel with the unified timeline sits beside "Logistics Information".
 */
export async function runOrderPage(ctx: ContentScriptContext, opts: { site: string; kind: 'order_detail' | 'tracking'; lookups: LookupQueue }): Promise<void> {
  const detail = opts.kind === 'order_detail' ? readDetailPage(document, opts.site) : undefined;
  const orderId = orderIdFromUrl(location.href) ?? detail?.orderId;
  if (!orderId) {
    debugWarn('no order id on this page');
    return;
  }
  if (detail && detail.state !== 'unknown') {
    await reportOrders(opts.site, [{ id: orderId, site: opts.site, state: detail.state, ...(detail.statusText ? { statusText: detail.statusText } : {}), ...(detail.placedAt !== undefined ? { placedAt: detail.placedAt } : {}), ...(detail.placedText ? { placedText: detail.placedText } : {}), ...(detail.store ? { store: detail.store } : {}), items: detail.items.map(({ title, sku, quantity, imageUrl, itemId }) => ({ title, ...(sku ? { sku } : {}), ...(quantity ? { quantity } : {}), ...(imageUrl ? { imageUrl } : {}), ...(itemId ? { itemId } : {}) })) }]).catch((e) => debugWarn('order report failed', e));
  }

  let island: Promise<Island> | undefined;
  const anchor = queryFirst(document, 'trackingPanel') ?? queryFirst(document, 'detailRoot');
  const show = async () => {
    const details = await fetchOrderDetails(orderId);
    island ??= anchor ? createIsland(ctx, anchor, 'after', 'panel') : createIsland(ctx, document.body, 'prepend', 'panel');
    (await island).update(h(TrackingPanel, { details, now: Date.now() }));
  };

  if (opts.kind === 'tracking') {
    const read = readTrackingPage(document);
    if (read.problems.length > 0) debugWarn('tracking page:', read.problems);
    const packages = pagePackages(read.packages);
    if (packages.length > 0) {
      const report: LogisticsReport = { orderId, from: 'page', outcome: 'ok', packages };
      await reportLogistics(opts.site, report).catch((e) => debugWarn('page report failed', e));
    }
  }
  await show().catch((e) => debugWarn('panel failed', e));
  ctx.onInvalidated(onBackgroundChange(() => void show().catch((e) => debugWarn('panel failed', e))));

  // Looking at an order's tracking is asking for it; the 6-hour rule still spares AliExpress.
  const [due] = await lookupsDue([orderId]);
  if (due) {
    const report = reportOf(orderId, await opts.lookups.lookup(orderId, { force: true }));
    if (report) await reportLogistics(opts.site, report);
  }
}
