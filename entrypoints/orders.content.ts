import { startContentScript } from '@/src/page/main';
import { ORDERS_SCRIPT } from '@/src/page/matches';
import { runOrderList } from '@/src/page/order-list';

/** My Orders lists: one chip per order card. Order and tracking pages have their own script (order-page). */
export default defineContentScript({
  matches: ORDERS_SCRIPT.matches,
  runAt: 'document_idle',
  // Our CSS goes into each ParcelLens shadow root, never into AliExpress's document.
  cssInjectionMode: 'ui',
  main(ctx) {
    startContentScript(ctx, ORDERS_SCRIPT.kinds, (ctx, kind, env) => runOrderList(ctx, { ...env, ru: kind === 'ru_order_list' }));
  },
});
