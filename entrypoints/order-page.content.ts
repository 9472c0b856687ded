import { startContentScript } from '@/src/page/main';
import { ORDER_PAGE_SCRIPT } from '@/src/page/matches';
import { runOrderPage } from '@/src/page/order-page';

/** One order's detail or tracking page: the ParcelLens panel beside the logistics. My Orders has its own script (orders). */
export default defineContentScript({
  matches: ORDER_PAGE_SCRIPT.matches,
  runAt: 'document_idle',
  // Our CSS goes into each ParcelLens shadow root, never into AliExpress's document.
  cssInjectionMode: 'ui',
  main(ctx) {
    startContentScript(ctx, ORDER_PAGE_SCRIPT.kinds, (ctx, kind, env) =>
      runOrderPage(ctx, { ...env, kind: kind === 'tracking' || kind === 'legacy_tracking' ? 'tracking' : 'order_detail' }),
    );
  },
});
