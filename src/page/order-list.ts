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
  /** What the chip shows now (serialised): an unchanged annotation is not rendered again. */
  shown?: string;
  /** The newest annotation from the background, rendered once the card is near the viewport. */
  annotation?: OrderAnnotation;
  near: boolean;
}

/**
 * Chips are drawn when their card comes within this distance of the viewport: a 500-order page
 * reads and reports every card, but renders the few chips a person can see (and more as they scroll).
 */
const NEAR_VIEWPORT = '1000px 0px';

/** Background changes arrive in bursts (one per lookup); the chips follow at most this often. */
const REFRESH_DELAY_MS = 800;

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
    for (const state of live) {
      const annotation = byId.get(state.orderId);
      if (annotation) state.annotation = annotation;
      await render(state);
    }
  };

  const render = async (state: CardState) => {
    const { annotation } = state;
    if (!state.near || !annotation || !state.card.isConnected) return;
    // 500 cards and a change to one order must not re-render 500 chips.
    const shown = JSON.stringify(annotation);
    if (shown === state.shown) return;
    state.shown = shown;
    // One island per card element, reused on every update: never annotated twice.
    state.island ??= createIsland(ctx, state.card, 'append', 'order');
    (await state.island).update(h(OrderChip, { annotation, now: Date.now() }));
  };

  const nearViewport = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const state = cards.get(entry.target);
        if (!state || !entry.isIntersecting) continue;
        state.near = true;
        nearViewport.unobserve(entry.target);
        void render(state);
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  ctx.onInvalidated(() => nearViewport.disconnect());

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
      const state: CardState = { orderId: read.order.id, card, near: false };
      cards.set(card, state);
      nearViewport.observe(card);
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
  let refresh: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = onBackgroundChange(() => {
    clearTimeout(refresh);
    refresh = setTimeout(() => {
      for (const [card] of cards) if (!card.isConnected) cards.delete(card);
      void annotate([...cards.values()]);
    }, REFRESH_DELAY_MS);
  });
  ctx.onInvalidated(unsubscribe);
}
