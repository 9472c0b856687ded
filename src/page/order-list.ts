import { h } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readOrderCard } from '../aliexpress/order-card';
import { readRuOrderCard } from '../aliexpress/ru-order-card';
import { shouldLookUp } from '../aliexpress/logistics/lookup';
import { SELECTORS } from '../aliexpress/selectors';
import type { OrderDraft } from '../aliexpress/types';
import { onBackgroundChange } from '../messaging/client';
import { OrderChip } from '../ui/page/OrderChip';
import type { LookupQueue } from '../aliexpress/logistics/lookup';
import type { OrderAnnotation } from '../views/types';
import { fetchAnnotations, lookupsDue, reportLogistics, reportOrders } from './messages';
import { createIsland, type Island } from './mount';
import { observeElements } from './observe';
import { reportOf } from './reports';
import { debugWarn } from './debug';

interface CardState {
  orderId: string;
  card: Element;
  /** Created once per card element (a promise, so concurrent updates share it). */
  island?: Promise<Island>;
}

/**
 * My Orders: every card, present now or added later ("View orders", tab changes), is read once,
 * reported to the background, looked up politely when shipped, and annotated with one chip.
 */
export function runOrderList(ctx: ContentScriptContext, opts: { site: string; ru: boolean; lookups: LookupQueue }): void {
  const cards = new Map<Element, CardState>();
  const signal = ctx.signal;
  const selector = (opts.ru ? SELECTORS.ruOrderCard : SELECTORS.orderCard).join(',');

  const annotate = async (states: CardState[]) => {
    const live = states.filter((s) => s.card.isConnected);
    if (live.length === 0) return;
    let annotations: OrderAnnotation[];
    try {
      annotations = await fetchAnnotations(live.map((s) => s.orderId));
    } catch (e) {
      debugWarn('annotations failed', e);
      return;
    }
    const byId = new Map(annotations.map((a) => [a.orderId, a]));
    const now = Date.now();
    for (const state of live) {
      const annotation = byId.get(state.orderId);
      if (!annotation || !state.card.isConnected) continue;
      // One island per card element, reused on every update: never annotated twice.
      state.island ??= createIsland(ctx, state.card, 'append', 'order');
      (await state.island).update(h(OrderChip, { annotation, now }));
    }
  };

  const lookUp = async (orders: OrderDraft[]) => {
    const shipped = orders.filter((o) => shouldLookUp(o.state)).map((o) => o.id);
    const due = await lookupsDue(shipped);
    await Promise.all(
      due.map(async (orderId) => {
        const outcome = await opts.lookups.lookup(orderId, { force: true });
        const report = reportOf(orderId, outcome);
        if (report) await reportLogistics(opts.site, report);
        // Chips of this order update when the background broadcasts the change.
      }),
    );
  };

  const onCards = async (elements: Element[]) => {
    const fresh: CardState[] = [];
    const orders: OrderDraft[] = [];
    for (const card of elements) {
      const read = opts.ru ? readRuOrderCard(card, opts.site) : readOrderCard(card, opts.site);
      if (!read.ok) {
        debugWarn('card not read', read.reason, read.problems);
        continue;
      }
      if (read.problems.length > 0) debugWarn(`order ${read.order.id}:`, read.problems);
      const state: CardState = { orderId: read.order.id, card };
      cards.set(card, state);
      fresh.push(state);
      orders.push(read.order);
    }
    if (fresh.length === 0) return;
    try {
      await reportOrders(opts.site, orders);
      await annotate(fresh);
      await lookUp(orders);
    } catch (e) {
      debugWarn('reporting orders failed', e);
    }
  };

  observeElements(document.body, selector, (elements) => void onCards(elements), signal);
  const unsubscribe = onBackgroundChange(() => {
    for (const [card] of cards) if (!card.isConnected) cards.delete(card);
    void annotate([...cards.values()]);
  });
  ctx.onInvalidated(unsubscribe);
}
